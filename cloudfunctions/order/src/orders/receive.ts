import type { ActionContext } from '../../../../server/boundary';
import { requireDealer } from '../../../../server/users';
import { parseInput } from '../../../../server/validate';
import type { OrderDoc } from '../../../../types/documents';
import { orderIdSchema } from '../schemas';
import { assertMayRead } from './read-order';
import { transitionOrder } from './transition';

/** The dealer confirms a fully shipped order arrived, which ends its life. */
export async function receive({ openid, event, now }: ActionContext): Promise<OrderDoc> {
  const { orderId } = parseInput(orderIdSchema, event);
  const { user } = await requireDealer(openid);

  return transitionOrder({
    orderId,
    action: 'receive',
    by: user._id,
    now,
    guard: (order) => assertMayRead(user, order),
  });
}
