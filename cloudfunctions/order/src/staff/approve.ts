import type { ActionContext } from '../../../../server/boundary';
import { requireRole } from '../../../../server/users';
import { parseInput } from '../../../../server/validate';
import type { OrderDoc } from '../../../../types/documents';
import { transitionOrder } from '../orders/transition';
import { orderIdSchema } from '../schemas';

/** Staff confirm a submitted order, including one held for going over the credit limit. */
export async function approve({ openid, event, now }: ActionContext): Promise<OrderDoc> {
  const { orderId } = parseInput(orderIdSchema, event);
  const staff = await requireRole(openid, ['staff']);
  return transitionOrder({ orderId, action: 'approve', by: staff._id, now });
}
