import { DomainError } from '../../../../core/errors/domain-error';
import type { ActionContext } from '../../../../server/boundary';
import { requireRole } from '../../../../server/users';
import { parseInput } from '../../../../server/validate';
import type { OrderDoc } from '../../../../types/documents';
import { transitionOrder } from '../orders/transition';
import { refuseSchema } from '../schemas';

/** Staff turn a submitted order down; the dealer sees the reason and the stock is released. */
export async function refuse({ openid, event, now }: ActionContext): Promise<OrderDoc> {
  const { orderId, reason } = parseInput(refuseSchema, event);
  const staff = await requireRole(openid, ['staff']);
  if (!reason) throw new DomainError('REFUSE_REASON_REQUIRED');

  return transitionOrder({
    orderId,
    action: 'refuse',
    by: staff._id,
    now,
    note: reason,
    patch: { refuseReason: reason },
  });
}
