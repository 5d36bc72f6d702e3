import type { ActionContext } from '../../../../server/boundary';
import { requireRole } from '../../../../server/users';
import { parseInput } from '../../../../server/validate';
import type { Page } from '../../../../types/envelope';
import type { OrderSummary } from '../../../../types/functions/order';
import { pageOrders } from '../orders/list-mine';
import { listQueueSchema } from '../schemas';

/** Staff's work queue: orders in one status, oldest first (submitted by default). */
export async function listQueue({ openid, event }: ActionContext): Promise<Page<OrderSummary>> {
  const { status, cursor } = parseInput(listQueueSchema, event);
  await requireRole(openid, ['staff']);
  return pageOrders({ status: status ?? 'submitted' }, cursor ?? null, 'asc');
}
