import { applyShipment } from '../../../../core/order/ship';
import type { ActionContext } from '../../../../server/boundary';
import { db } from '../../../../server/cloud';
import type { TransactionDb } from '../../../../server/db-types';
import { mustReadDoc } from '../../../../server/documents';
import { requireRole } from '../../../../server/users';
import { parseInput } from '../../../../server/validate';
import type { DealerDoc, OrderDoc, TimelineEntry } from '../../../../types/documents';
import { shipSchema } from '../schemas';

type ShipInput = { orderId: string; lines: { productId: string; quantity: number }[] };

/**
 * Staff ship all or part of an approved order. The shipped value moves from the dealer's open
 * orders to their receivables, which is what the credit check counts from then on.
 */
export async function ship({ openid, event, now }: ActionContext): Promise<OrderDoc> {
  const input = parseInput(shipSchema, event);
  const staff = await requireRole(openid, ['staff']);
  return db().runTransaction((tx) => shipInTransaction(tx, input, staff._id, now));
}

async function shipInTransaction(tx: TransactionDb, input: ShipInput, by: string, now: Date) {
  const orderRef = tx.collection('orders').doc(input.orderId);
  const order = await mustReadDoc<OrderDoc>(orderRef, 'ORDER_NOT_FOUND');
  const shipment = applyShipment(order, input.lines);

  const dealerRef = tx.collection('dealers').doc(order.dealerId);
  const dealer = await mustReadDoc<DealerDoc>(dealerRef, 'NOT_FOUND');
  await dealerRef.update({
    data: {
      openOrderFen: Math.max(0, dealer.openOrderFen - shipment.shippedFen),
      receivableFen: dealer.receivableFen + shipment.shippedFen,
    },
  });

  const at = now.toISOString();
  const entry: TimelineEntry = { status: shipment.status, at, by };
  const changes = {
    items: shipment.items,
    status: shipment.status,
    unshippedFen: shipment.unshippedFen,
    timeline: [...order.timeline, entry],
    updatedAt: at,
  };
  await orderRef.update({ data: changes });
  return { ...order, ...changes };
}
