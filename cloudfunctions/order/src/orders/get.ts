import type { ActionContext } from '../../../../server/boundary';
import { parseInput } from '../../../../server/validate';
import type { OrderDoc } from '../../../../types/documents';
import { orderIdSchema } from '../schemas';
import { readVisibleOrder } from './read-order';

/** One order with its lines and status timeline. */
export async function getOrder({ openid, event }: ActionContext): Promise<OrderDoc> {
  const { orderId } = parseInput(orderIdSchema, event);
  const { order } = await readVisibleOrder(openid, orderId);
  return order;
}
