import { beijingDay } from '../../../../core/time/beijing-day';
import { cloud, db } from '../../../../server/cloud';
import { readMany } from '../../../../server/documents';
import { REMINDER_TEXTS_ZH_CN } from './messages.zh-CN';
import { NOTEBOOK_PAGE, type ReminderSubscriptionDoc } from './subscription';

const BATCH = 100;
const MAX_BATCHES = 50;

/**
 * The daily timer: one subscription message to each subscribed dealer with reviews due today
 * or earlier. A grant is used up by the message it allows; a failed send leaves it for tomorrow.
 */
export async function sendReviewReminders(now: Date): Promise<{ sent: number; failed: number }> {
  const today = beijingDay(now);
  const outcome = { sent: 0, failed: 0 };
  let afterId = '';

  // Pages by id rather than skip: sending marks grants used, which shifts any offset.
  for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
    const subscriptions = await readMany<ReminderSubscriptionDoc>(
      db()
        .collection('reminderSubscriptions')
        .where({ status: 'active', _id: db().command.gt(afterId) })
        .orderBy('_id', 'asc')
        .limit(BATCH),
    );

    for (const subscription of subscriptions) {
      afterId = subscription._id;
      const result = await remind(subscription, today, now);
      if (result === 'sent') outcome.sent += 1;
      if (result === 'failed') outcome.failed += 1;
    }
    if (subscriptions.length < BATCH) break;
  }
  return outcome;
}

async function remind(
  subscription: ReminderSubscriptionDoc,
  today: string,
  now: Date,
): Promise<'sent' | 'failed' | 'nothing_due'> {
  const database = db();
  const { total } = await database
    .collection('mistakes')
    .where({
      dealerId: subscription.dealerId,
      status: 'open',
      nextReviewDay: database.command.lte(today),
    })
    .count();
  if (total === 0) return 'nothing_due';

  try {
    await cloud.openapi.subscribeMessage.send({
      touser: subscription.openid,
      templateId: subscription.templateId,
      page: NOTEBOOK_PAGE,
      data: {
        thing1: { value: REMINDER_TEXTS_ZH_CN.title },
        thing2: { value: REMINDER_TEXTS_ZH_CN.dueCount(total) },
        thing3: { value: REMINDER_TEXTS_ZH_CN.hint },
      },
    });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    console.error(JSON.stringify({ level: 'error', fn: 'academy', step: 'remind', error: text }));
    return 'failed';
  }

  await database
    .collection('reminderSubscriptions')
    .doc(subscription._id)
    .update({ data: { status: 'used', sentAt: now.toISOString() } });
  return 'sent';
}
