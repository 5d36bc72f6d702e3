import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleAfterWrong } from '../../core/academy/review-schedule';
import { addDays, beijingDay } from '../../core/time/beijing-day';
import type { MistakeDoc } from '../../types/academy';
import type { MistakeView, ReviewQuestion } from '../../types/functions/academy';
import type { Page } from '../../types/envelope';
import { startTestRuntime, type TestRuntime } from '../support/runtime';
import { dealerIdOf, ledgerOf, lessonDoc, mistakesOf, rightAnswers } from './academy-support';

let t: TestRuntime;

beforeAll(async () => {
  t = await startTestRuntime();
});

afterAll(async () => {
  await t.close();
});

type ReviewReply = {
  correct: boolean;
  answerIndex: number | null;
  explanation: string;
  closed: boolean;
  pointsAwarded: number;
};

/** Answers the first question wrong and the rest right: one notebook entry. */
async function missFirstQuestion(account: 'dealer-new' | 'dealer-core'): Promise<MistakeDoc> {
  const lesson = await lessonDoc(t, 'l-ordering-1');
  const answers = await rightAnswers(t, 'l-ordering-1');
  const first = lesson.questions[0];
  if (!first) throw new Error('lesson without questions');
  answers[0] = (first.answerIndex + 1) % first.options.length;

  await t.data(account, 'academy', {
    action: 'submitQuiz',
    lessonId: 'l-ordering-1',
    requestId: `req-miss-${account}`,
    answers,
  });
  const [mistake] = await mistakesOf(t, { dealerId: dealerIdOf(account), questionId: first._id });
  if (!mistake) throw new Error('no mistake recorded');
  return mistake;
}

describe('the mistake notebook', () => {
  it('records a wrong quiz answer with its lesson and a review tomorrow', async () => {
    const mistake = await missFirstQuestion('dealer-new');

    const page = await t.data<Page<MistakeView>>('dealer-new', 'academy', {
      action: 'listMistakes',
    });

    const today = beijingDay(new Date());
    expect(mistake).toMatchObject({ source: 'quiz', status: 'open', occurrences: 1 });
    expect(mistake.nextReviewDay > today).toBe(true);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ _id: mistake._id, lessonId: 'l-ordering-1', due: false });
    expect(page.items[0]?.lessonTitle).toBe((await lessonDoc(t, 'l-ordering-1')).title);
    expect(page.items[0]).not.toHaveProperty('dealerId');
  });

  it('reviews with the same question and without its answer', async () => {
    const [mistake] = await mistakesOf(t, { dealerId: dealerIdOf('dealer-new') });

    const review = await t.data<ReviewQuestion>('dealer-new', 'academy', {
      action: 'getReview',
      mistakeId: mistake?._id,
    });

    expect(review.questionId).toBe(mistake?.questionId);
    expect(JSON.stringify(review)).not.toContain('answerIndex');
  });

  it('review schedule runs backwards: a wrong review brings the entry back tomorrow, revealing nothing', async () => {
    const [mistake] = await mistakesOf(t, { dealerId: dealerIdOf('dealer-new') });
    const lesson = await lessonDoc(t, 'l-ordering-1');
    const question = lesson.questions.find((q) => q._id === mistake?.questionId);
    if (!mistake || !question) throw new Error('fixture missing');
    await t.runtime.store.update('mistakes', mistake._id, {
      reviewStep: 3,
      nextReviewDay: '2099-01-01',
    });

    const reply = await t.data<ReviewReply>('dealer-new', 'academy', {
      action: 'submitReview',
      mistakeId: mistake._id,
      questionId: question._id,
      requestId: 'req-review-wrong',
      answerIndex: (question.answerIndex + 1) % question.options.length,
    });

    const after = (await t.runtime.store.get('mistakes', mistake._id)) as unknown as MistakeDoc;
    const tomorrow = addDays(beijingDay(new Date()), 1);
    expect(scheduleAfterWrong(beijingDay(new Date()))).toEqual({
      reviewStep: 0,
      nextReviewDay: tomorrow,
    });
    expect(reply).toEqual({
      correct: false,
      answerIndex: null,
      explanation: '',
      closed: false,
      pointsAwarded: 0,
    });
    expect(after).toMatchObject({ status: 'open', reviewStep: 0, nextReviewDay: tomorrow });
  });

  it('submitReview ignores requestId: a replay returns the stored reply and moves nothing', async () => {
    const [mistake] = await mistakesOf(t, { dealerId: dealerIdOf('dealer-new') });
    const lesson = await lessonDoc(t, 'l-ordering-1');
    const question = lesson.questions.find((q) => q._id === mistake?.questionId);
    if (!mistake || !question) throw new Error('fixture missing');
    const event = {
      action: 'submitReview',
      mistakeId: mistake._id,
      questionId: question._id,
      requestId: 'req-review-wrong',
      answerIndex: (question.answerIndex + 1) % question.options.length,
    };
    await t.runtime.store.update('mistakes', mistake._id, { nextReviewDay: '2099-01-01' });

    const replay = await t.data<ReviewReply>('dealer-new', 'academy', event);
    const reused = await t.call('dealer-new', 'academy', {
      ...event,
      answerIndex: question.answerIndex,
    });

    expect(replay).toMatchObject({ correct: false, answerIndex: null, closed: false });
    expect(await t.runtime.store.get('mistakes', mistake._id)).toMatchObject({
      status: 'open',
      nextReviewDay: '2099-01-01',
    });
    expect(reused).toMatchObject({ ok: false, code: 'REQUEST_ID_REUSED' });
  });

  it('submitReview with an answerIndex that is not an option is INVALID_INPUT and stores nothing', async () => {
    const [mistake] = await mistakesOf(t, { dealerId: dealerIdOf('dealer-new') });
    const lesson = await lessonDoc(t, 'l-ordering-1');
    const question = lesson.questions.find((q) => q._id === mistake?.questionId);
    if (!mistake || !question) throw new Error('fixture missing');
    const before = await t.runtime.store.get('mistakes', mistake._id);

    const reply = await t.call('dealer-new', 'academy', {
      action: 'submitReview',
      mistakeId: mistake._id,
      questionId: question._id,
      requestId: 'req-review-outside',
      answerIndex: question.options.length,
    });

    expect(reply).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(reply.ok ? '' : reply.message).toContain('答案');
    expect(await t.runtime.store.get('mistakes', mistake._id)).toEqual(before);
    expect(
      await t.runtime.store.find('reviewAttempts', { requestId: 'req-review-outside' }),
    ).toEqual([]);
    expect(await t.runtime.store.count('reviewAttempts', {})).toBe(1);
  });

  it('closes an entry reviewed right and pays review points', async () => {
    const [mistake] = await mistakesOf(t, { dealerId: dealerIdOf('dealer-new') });
    const lesson = await lessonDoc(t, 'l-ordering-1');
    const question = lesson.questions.find((q) => q._id === mistake?.questionId);
    if (!mistake || !question) throw new Error('fixture missing');

    const reply = await t.data<ReviewReply>('dealer-new', 'academy', {
      action: 'submitReview',
      mistakeId: mistake._id,
      questionId: question._id,
      requestId: 'req-review-right',
      answerIndex: question.answerIndex,
    });

    const after = (await t.runtime.store.get('mistakes', mistake._id)) as unknown as MistakeDoc;
    expect(reply).toMatchObject({ correct: true, closed: true, pointsAwarded: 2 });
    expect(after).toMatchObject({ status: 'closed', closedBy: 'review' });
    const entries = await ledgerOf(t, { dealerId: dealerIdOf('dealer-new'), rule: 'review_right' });
    expect(entries).toHaveLength(1);
    const open = await t.data<Page<MistakeView>>('dealer-new', 'academy', {
      action: 'listMistakes',
      status: 'open',
    });
    expect(open.items).toHaveLength(0);
  });

  it('does not show or review another dealer’s mistake', async () => {
    const theirs = await missFirstQuestion('dealer-core');

    const reply = await t.call('dealer-new', 'academy', {
      action: 'getReview',
      mistakeId: theirs._id,
    });

    expect(reply).toMatchObject({ ok: false, code: 'MISTAKE_NOT_FOUND' });
  });
});
