import { DomainError } from '../../../../core/errors/domain-error';
import type { ActionContext } from '../../../../server/boundary';
import { db } from '../../../../server/cloud';
import { withoutId } from '../../../../server/doc-data';
import { requireDealer } from '../../../../server/users';
import { parseInput } from '../../../../server/validate';
import type { AcademyReplies } from '../../../../types/functions/academy';
import { subscribeSchema } from '../schemas';
import { reviewTemplateId, type ReminderSubscriptionDoc } from './subscription';

/**
 * Stores the grant the app just asked for on the dealer's tap (`requestSubscribeMessage`),
 * so the daily timer may send one review reminder. Only our own template is accepted: a grant
 * for any other id would let the timer send a message nobody agreed to.
 */
export async function subscribeReminders({
  openid,
  event,
  now,
}: ActionContext): Promise<AcademyReplies['subscribeReminders']> {
  const { templateId: asked } = parseInput(subscribeSchema, event);
  const templateId = reviewTemplateId();
  if (asked !== templateId) throw new DomainError('INVALID_INPUT', { field: 'templateId' });
  const { user, dealer } = await requireDealer(openid);

  const subscription: ReminderSubscriptionDoc = {
    _id: dealer._id,
    dealerId: dealer._id,
    openid: user._id,
    templateId,
    status: 'active',
    subscribedAt: now.toISOString(),
    sentAt: null,
  };
  await db()
    .collection('reminderSubscriptions')
    .doc(dealer._id)
    .set({ data: withoutId(subscription) });
  return { subscribed: true };
}
