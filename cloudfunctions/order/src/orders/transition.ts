import { DomainError } from '../../../../core/errors/domain-error';
import { nextStatus, type OrderAction } from '../../../../core/order/state';
import { db } from '../../../../server/cloud';
import type { TransactionDb } from '../../../../server/db-types';
import { mustReadDoc } from '../../../../server/documents';
import type { DealerDoc, OrderDoc, TimelineEntry } from '../../../../types/documents';

export interface TransitionRequest {
  orderId: string;
  action: OrderAction;
  /** openid of whoever acts, or 'timer'. */
  by: string;
  now: Date;
  note?: string;
  /** Checked on the order read inside the transaction, e.g. "the caller owns it". */
  guard?: (order: OrderDoc) => void;
  /** Extra fields to write with the new status. */
  patch?: Partial<OrderDoc>;
}

/** Actions that end an order before shipping and hand its stock and credit back. */
const RELEASING: ReadonlySet<OrderAction> = new Set(['cancel', 'refuse', 'timeout']);

/**
 * Moves one order along the state machine inside a transaction, appending to its timeline.
 * Cancelling, refusing and timing out release the reserved stock and the dealer's open amount.
 */
export function transitionOrder(request: TransitionRequest): Promise<OrderDoc> {
  return db().runTransaction((tx) => transitionInTransaction(tx, request));
}

async function transitionInTransaction(tx: TransactionDb, request: TransitionRequest) {
  const { orderId, action, by, now, note } = request;
  const orderRef = tx.collection('orders').doc(orderId);
  const order = await mustReadDoc<OrderDoc>(orderRef, 'ORDER_NOT_FOUND');
  request.guard?.(order);

  const status = nextStatus(order.status, action);
  if (RELEASING.has(action)) await release(tx, order);

  const at = now.toISOString();
  const entry: TimelineEntry = { status, at, by, ...(note ? { note } : {}) };
  const changes: Partial<OrderDoc> = {
    unshippedFen: RELEASING.has(action) ? 0 : order.unshippedFen,
    ...request.patch,
    status,
    timeline: [...order.timeline, entry],
    updatedAt: at,
  };

  const result = await orderRef.update({ data: changes });
  if (result.stats.updated !== 1) throw new DomainError('ORDER_NOT_FOUND', { orderId });
  return { ...order, ...changes };
}

/** Puts unshipped bottles back in stock and takes the order off the dealer's open amount. */
async function release(tx: TransactionDb, order: OrderDoc): Promise<void> {
  const _ = db().command;
  for (const line of order.items) {
    const bottles = line.quantity - line.shippedQuantity;
    if (bottles <= 0) continue;
    await tx
      .collection('products')
      .doc(line.productId)
      .update({ data: { stock: _.inc(bottles) } });
  }

  const dealerRef = tx.collection('dealers').doc(order.dealerId);
  const dealer = await mustReadDoc<DealerDoc>(dealerRef, 'NOT_FOUND');
  const openOrderFen = Math.max(0, dealer.openOrderFen - order.unshippedFen);
  await dealerRef.update({ data: { openOrderFen } });
}
