import { db } from '../../../../server/cloud';
import { readMany } from '../../../../server/documents';
import type { OrderDoc } from '../../../../types/documents';
import { transitionOrder } from '../orders/transition';
import { DomainError } from '../../../../core/errors/domain-error';

/** Orders handled per query; the timer loops until none are overdue. */
const BATCH = 100;

/** Safety stop so one run cannot loop forever if an order keeps failing to cancel. */
const MAX_BATCHES = 50;

/**
 * Cancels submitted orders the brand did not confirm in time and releases their stock. Each
 * order is re-checked inside its own transaction, so an approval racing the timer wins cleanly.
 */
export async function cancelOverdueOrders(now: Date): Promise<{ cancelled: number }> {
  const database = db();
  const _ = database.command;
  const overdue = { status: 'submitted', confirmBy: _.lte(now.toISOString()) };
  let cancelled = 0;

  for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
    const orders = await readMany<OrderDoc>(
      database.collection('orders').where(overdue).orderBy('confirmBy', 'asc').limit(BATCH),
    );
    if (orders.length === 0) break;

    for (const order of orders) {
      if (await cancelIfStillOverdue(order._id, now)) cancelled += 1;
    }
    if (orders.length < BATCH) break;
  }

  return { cancelled };
}

async function cancelIfStillOverdue(orderId: string, now: Date): Promise<boolean> {
  try {
    await transitionOrder({
      orderId,
      action: 'timeout',
      by: 'timer',
      now,
      guard: (order) => {
        if (order.confirmBy > now.toISOString()) throw new DomainError('ORDER_STATE_INVALID');
      },
    });
    return true;
  } catch (error) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}
