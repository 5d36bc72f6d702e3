import type { OrderDoc } from '../../../../types/documents';
import type { OrderSummary } from '../../../../types/functions/order';

/** The list row of an order. */
export function toSummary(order: OrderDoc): OrderSummary {
  return {
    _id: order._id,
    status: order.status,
    totalFen: order.totalFen,
    lineCount: order.items.length,
    bottleCount: order.items.reduce((sum, line) => sum + line.quantity, 0),
    creditHold: order.creditHold,
    dealerName: order.dealerName,
    createdAt: order.createdAt,
  };
}
