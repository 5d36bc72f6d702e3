import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, beijingDay } from '../../core/time/beijing-day';
import type { OutboxMessageDoc } from '../../types/academy';
import { openidOf, startTestRuntime, type TestRuntime } from '../support/runtime';
import { dealerIdOf, mistakesOf, wrongAnswers } from './academy-support';

let t: TestRuntime;

beforeAll(async () => {
  t = await startTestRuntime();
});

afterAll(async () => {
  await t.close();
});

/** The server's own template id (REVIEW_TEMPLATE_ID unset in tests). */
const TEMPLATE = 'local-review-reminder';

async function outbox(): Promise<OutboxMessageDoc[]> {
  return (await t.runtime.store.find('outbox', {})) as unknown as OutboxMessageDoc[];
}

describe('review reminders (subscription messages)', () => {
  it('sends one reminder to a subscribed dealer with a review due, and none to others', async () => {
    await t.data('dealer-new', 'academy', {
      action: 'submitQuiz',
      lessonId: 'l-ordering-1',
      requestId: 'req-remind-quiz',
      answers: await wrongAnswers(t, 'l-ordering-1'),
    });
    const yesterday = addDays(beijingDay(new Date()), -1);
    for (const mistake of await mistakesOf(t, { dealerId: dealerIdOf('dealer-new') })) {
      await t.runtime.store.update('mistakes', mistake._id, { nextReviewDay: yesterday });
    }
    for (const account of ['dealer-new', 'dealer-core'] as const) {
      await t.data(account, 'academy', { action: 'subscribeReminders', templateId: TEMPLATE });
    }

    await t.runtime.runTimer('academy', 'reviewReminders');

    const messages = await outbox();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      touser: openidOf('dealer-new'),
      templateId: TEMPLATE,
      page: 'academy/notebook',
    });
    expect(Object.keys(messages[0]?.data ?? {}).length).toBeGreaterThan(0);
  });

  it('uses up the one-time grant: the next run sends nothing until the dealer subscribes again', async () => {
    await t.runtime.runTimer('academy', 'reviewReminders');
    expect(await outbox()).toHaveLength(1);

    await t.data('dealer-new', 'academy', { action: 'subscribeReminders', templateId: TEMPLATE });
    await t.runtime.runTimer('academy', 'reviewReminders');
    expect(await outbox()).toHaveLength(2);
  });

  it("subscribeReminders stores any templateId: a template other than the server's is INVALID_INPUT", async () => {
    const before = await t.runtime.store.get('reminderSubscriptions', dealerIdOf('dealer-core'));

    const reply = await t.call('dealer-core', 'academy', {
      action: 'subscribeReminders',
      templateId: 'someone-elses-template',
    });

    expect(reply).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(reply.ok ? '' : reply.message).toContain('提醒模板');
    expect(await t.runtime.store.get('reminderSubscriptions', dealerIdOf('dealer-core'))).toEqual(
      before,
    );
  });

  it('refuses a subscription from staff, who have no notebook', async () => {
    const reply = await t.call('staff', 'academy', {
      action: 'subscribeReminders',
      templateId: TEMPLATE,
    });

    expect(reply).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});
