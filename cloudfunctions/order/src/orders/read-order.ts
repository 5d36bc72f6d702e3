import { DomainError } from '../../../../core/errors/domain-error';
import { db } from '../../../../server/cloud';
import { mustReadDoc } from '../../../../server/documents';
import { requireUser } from '../../../../server/users';
import type { OrderDoc, UserDoc } from '../../../../types/documents';

/**
 * Throws ORDER_NOT_FOUND unless the user may see the order: its own dealer, or brand staff.
 * "Not found" rather than "forbidden", so order ids of other dealers reveal nothing.
 */
export function assertMayRead(user: UserDoc, order: OrderDoc): void {
  if (user.role === 'staff') return;
  if (user.role === 'dealer' && user.dealerId === order.dealerId) return;
  throw new DomainError('ORDER_NOT_FOUND', { orderId: order._id });
}

/** An order the caller may see. */
export async function readVisibleOrder(openid: string | null, orderId: string) {
  const user = await requireUser(openid);
  const order = await mustReadDoc<OrderDoc>(
    db().collection('orders').doc(orderId),
    'ORDER_NOT_FOUND',
  );
  assertMayRead(user, order);
  return { user, order };
}
