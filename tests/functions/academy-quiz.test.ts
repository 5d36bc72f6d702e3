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
    expect(result.questions[0]?.answerIndex).toBe(stored.questions[0]?.answerIndex);
    expect(result.questions[0]?.explanation).toBe(stored.questions[0]?.explanation);
    const progress = (await t.runtime.store.get(
      'lessonProgress',
      `${dealerIdOf('dealer-new')}_l-ordering-1`,
    )) as unknown as LessonProgressDoc;
    expect(progress).toMatchObject({ passed: false, bestScore: 0, attempts: 1, passedAt: null });
    expect(await ledgerOf(t, { sourceKey: 'lesson:l-ordering-1' })).toHaveLength(0);
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
    expect(results.reduce((sum, result) => sum + result.pointsAwarded, 0)).toBe(25);
    expect(results.map((result) => result.nextLessonId)).toContain('l-ordering-2');
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
