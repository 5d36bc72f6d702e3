import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LessonProgressDoc } from '../../types/academy';
import type { CourseView, LessonView, QuizResult } from '../../types/functions/academy';
import { startTestRuntime, type TestRuntime } from '../support/runtime';
import {
  dealerIdOf,
  ledgerOf,
  lessonDoc,
  mistakesOf,
  rightAnswers,
  walletOf,
  wrongAnswers,
} from './academy-support';

let t: TestRuntime;

beforeAll(async () => {
  t = await startTestRuntime();
});

afterAll(async () => {
  await t.close();
});

/** Only the first answer right: a failing attempt with one correct flag. */
async function oneRightAnswer(): Promise<number[]> {
  const right = await rightAnswers(t, 'l-ordering-1');
  const wrong = await wrongAnswers(t, 'l-ordering-1');
  return [right[0] ?? 0, ...wrong.slice(1)];
}

describe('academy lessons and quizzes', () => {
  it('lists the dealer’s path with the first level open and the next one locked', async () => {
    const { courses } = await t.data<{ courses: CourseView[] }>('dealer-new', 'academy', {
      action: 'listCourses',
    });

    expect(courses.map((course) => course._id)).toEqual(['c-ordering', 'c-exceptions', 'c-credit']);
    const [first, second] = courses[0]?.levels ?? [];
    expect(first).toMatchObject({ lessonId: 'l-ordering-1', locked: false, passed: false });
    expect(second).toMatchObject({ lessonId: 'l-ordering-2', locked: true });
    expect(second?.lockMessage).toContain('通过上一关');
  });

  it('never sends the right answers or explanations with a lesson', async () => {
    const view = await t.data<LessonView>('dealer-new', 'academy', {
      action: 'getLesson',
      lessonId: 'l-ordering-1',
    });

    const stored = await lessonDoc(t, 'l-ordering-1');
    expect(view.questions).toHaveLength(stored.questions.length);
    expect(view.questions[0]?.prompt).toBe(stored.questions[0]?.prompt);
    const text = JSON.stringify(view);
    expect(text).not.toContain('answerIndex');
    expect(text).not.toContain('explanation');
    expect(text).not.toContain(stored.questions[0]?.explanation ?? '');
  });

  it('refuses a locked level’s lesson and quiz with LESSON_LOCKED', async () => {
    const answers = await rightAnswers(t, 'l-ordering-2');

    const quiz = await t.call('dealer-core', 'academy', {
      action: 'submitQuiz',
      lessonId: 'l-ordering-2',
      requestId: 'req-locked-001',
      answers,
    });
    const lesson = await t.call('dealer-core', 'academy', {
      action: 'getLesson',
      lessonId: 'l-ordering-2',
    });

    expect(quiz).toMatchObject({ ok: false, code: 'LESSON_LOCKED' });
    expect(lesson).toMatchObject({ ok: false, code: 'LESSON_LOCKED' });
    expect(
      await t.runtime.store.get('lessonProgress', `${dealerIdOf('dealer-core')}_l-ordering-2`),
    ).toBeNull();
  });

  it('grades on the server and ignores a client’s passed and score', async () => {
    const result = await t.data<QuizResult>('dealer-new', 'academy', {
      action: 'submitQuiz',
      lessonId: 'l-ordering-1',
      requestId: 'req-forged-quiz',
      answers: await wrongAnswers(t, 'l-ordering-1'),
      passed: true,
      score: 99,
      total: 1,
    });

    const stored = await lessonDoc(t, 'l-ordering-1');
    expect(result.passed).toBe(false);
    expect(result.score).toBe(0);
    expect(result.total).toBe(stored.questions.length);
    expect(result.questions.every((q) => !q.correct)).toBe(true);
    const progress = (await t.runtime.store.get(
      'lessonProgress',
      `${dealerIdOf('dealer-new')}_l-ordering-1`,
    )) as unknown as LessonProgressDoc;
    expect(progress).toMatchObject({ passed: false, bestScore: 0, attempts: 1, passedAt: null });
    expect(await ledgerOf(t, { sourceKey: 'lesson:l-ordering-1' })).toHaveLength(0);
  });

  it('a failed quiz hands over the answers: a failed attempt reveals no answer or explanation', async () => {
    const answers = await oneRightAnswer();
    const dealerId = dealerIdOf('dealer-core');

    const failed = await t.data<QuizResult>('dealer-core', 'academy', {
      action: 'submitQuiz',
      lessonId: 'l-ordering-1',
      requestId: 'req-fail-reveal',
      answers,
    });

    expect(failed.passed).toBe(false);
    expect(failed.questions.map((q) => [q.answerIndex, q.explanation])).toEqual(
      failed.questions.map(() => [null, '']),
    );
    expect(failed.questions.map((q) => q.correct)).toEqual(answers.map((_, i) => i === 0));
    expect(failed.pointsAwarded).toBe(0);
    expect(await ledgerOf(t, { dealerId, rule: 'streak_day' })).toHaveLength(0);
  });

  it('reveals every answer and explanation once the attempt passes', async () => {
    const stored = await lessonDoc(t, 'l-ordering-1');

    const passed = await t.data<QuizResult>('dealer-core', 'academy', {
      action: 'submitQuiz',
      lessonId: 'l-ordering-1',
      requestId: 'req-pass-reveal',
      answers: await rightAnswers(t, 'l-ordering-1'),
    });

    expect(passed.passed).toBe(true);
    expect(passed.questions.map((q) => [q.answerIndex, q.explanation])).toEqual(
      stored.questions.map((q) => [q.answerIndex, q.explanation]),
    );
    const streak = await ledgerOf(t, { dealerId: dealerIdOf('dealer-core'), rule: 'streak_day' });
    expect(streak).toHaveLength(1);
  });

  it('submitQuiz ignores requestId: a replay returns the stored result and records nothing again', async () => {
    const dealerId = dealerIdOf('dealer-core');
    const event = {
      action: 'submitQuiz',
      lessonId: 'l-ordering-1',
      requestId: 'req-fail-reveal',
      answers: await oneRightAnswer(),
    };
    const progressId = `${dealerId}_l-ordering-1`;
    const before = await t.runtime.store.get('lessonProgress', progressId);
    const mistakesBefore = await mistakesOf(t, { dealerId });

    const replay = await t.data<QuizResult>('dealer-core', 'academy', event);
    const reused = await t.call('dealer-core', 'academy', {
      ...event,
      answers: await rightAnswers(t, 'l-ordering-1'),
    });

    expect(replay.passed).toBe(false);
    expect(replay.questions.every((q) => q.answerIndex === null)).toBe(true);
    expect(await t.runtime.store.get('lessonProgress', progressId)).toEqual(before);
    expect(await mistakesOf(t, { dealerId })).toEqual(mistakesBefore);
    expect(reused).toMatchObject({ ok: false, code: 'REQUEST_ID_REUSED' });
  });

  it('notes every wrong quiz answer in the notebook, linked to its lesson', async () => {
    const mistakes = await mistakesOf(t, { dealerId: dealerIdOf('dealer-new'), source: 'quiz' });
    const stored = await lessonDoc(t, 'l-ordering-1');

    expect(mistakes.map((m) => m.questionId).sort()).toEqual(
      stored.questions.map((q) => q._id).sort(),
    );
    expect(mistakes.every((m) => m.lessonId === 'l-ordering-1' && m.status === 'open')).toBe(true);
  });

  it('refuses answers that do not match the question count', async () => {
    const reply = await t.call('dealer-new', 'academy', {
      action: 'submitQuiz',
      lessonId: 'l-ordering-1',
      requestId: 'req-short-quiz',
      answers: [0],
    });

    expect(reply).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });

  it('awards lesson points once when the same pass arrives 10 times at once', async () => {
    const dealerId = dealerIdOf('dealer-top');
    const event = {
      action: 'submitQuiz',
      lessonId: 'l-ordering-1',
      requestId: 'req-top-ordering-1',
      answers: await rightAnswers(t, 'l-ordering-1'),
    };

    const before = (await walletOf(t, dealerId))?.balance ?? 0;

    const results = await Promise.all(
      Array.from({ length: 10 }, () => t.data<QuizResult>('dealer-top', 'academy', event)),
    );

    expect(results.every((result) => result.passed)).toBe(true);
    const lessonEntries = await ledgerOf(t, { dealerId, sourceKey: 'lesson:l-ordering-1' });
    expect(lessonEntries).toHaveLength(1);
    expect(lessonEntries[0]?.amount).toBe(20);
    expect(await ledgerOf(t, { dealerId, rule: 'streak_day' })).toHaveLength(1);
    const wallet = await walletOf(t, dealerId);
    expect(wallet?.balance).toBe(before + 25);
    expect(results.every((result) => result.pointsAwarded === 25)).toBe(true);
    expect(results.every((result) => result.nextLessonId === 'l-ordering-2')).toBe(true);
    const progress = await t.runtime.store.get('lessonProgress', `${dealerId}_l-ordering-1`);
    expect(progress).toMatchObject({ attempts: 1, passed: true });
  });

  it('opens the next level once a level is passed', async () => {
    const { courses } = await t.data<{ courses: CourseView[] }>('dealer-top', 'academy', {
      action: 'listCourses',
    });

    const levels = courses.find((course) => course._id === 'c-ordering')?.levels ?? [];
    expect(levels[0]).toMatchObject({ passed: true, locked: false });
    expect(levels[1]).toMatchObject({ locked: false, passed: false });
  });
});
