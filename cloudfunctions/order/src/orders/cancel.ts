import type { ActionContext } from '../../../../server/boundary';
import { requireUser } from '../../../../server/users';
import { parseInput } from '../../../../server/validate';
import type { OrderDoc } from '../../../../types/documents';
import { orderIdSchema } from '../schemas';
import { assertMayRead } from './read-order';
import { transitionOrder } from './transition';

/** The dealer (or staff) cancels an order that has not shipped; its stock goes back on sale. */
export async function cancel({ openid, event, now }: ActionContext): Promise<OrderDoc> {
  const { orderId } = parseInput(orderIdSchema, event);
  const user = await requireUser(openid);

  return transitionOrder({
    orderId,
    action: 'cancel',
    by: user._id,
    now,
    guard: (order) => assertMayRead(user, order),
  });
}
