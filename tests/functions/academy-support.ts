import { DEMO_DEALER_IDS } from '../../local/seed';
import type { LedgerEntryDoc, LessonDoc, MistakeDoc, WalletDoc } from '../../types/academy';
import type { QuizResult } from '../../types/functions/academy';
import type { Account, TestRuntime } from '../support/runtime';

/** Course ids of the basics track (spec: every tier's path starts with these). */
export const BASICS = ['c-ordering', 'c-exceptions', 'c-credit'];

/** The dealer id behind a demo dealer account. */
export function dealerIdOf(account: 'dealer-new' | 'dealer-core' | 'dealer-top'): string {
  const tier = account === 'dealer-new' ? 'new' : account === 'dealer-core' ? 'core' : 'top';
  return DEMO_DEALER_IDS[tier];
}

/** A stored lesson, answers included: tests read answers from the store, never the API. */
export async function lessonDoc(t: TestRuntime, lessonId: string): Promise<LessonDoc> {
  const lesson = await t.runtime.store.get('lessons', lessonId);
  if (!lesson) throw new Error(`no lesson ${lessonId} in the store`);
  return lesson as unknown as LessonDoc;
}

export async function rightAnswers(t: TestRuntime, lessonId: string): Promise<number[]> {
  return (await lessonDoc(t, lessonId)).questions.map((question) => question.answerIndex);
}

/** Every answer wrong (the option after the right one). */
export async function wrongAnswers(t: TestRuntime, lessonId: string): Promise<number[]> {
  const lesson = await lessonDoc(t, lessonId);
  return lesson.questions.map((q) => (q.answerIndex + 1) % q.options.length);
}

/** A course's lesson ids in path order. */
export async function courseLessonIds(t: TestRuntime, courseId: string): Promise<string[]> {
  const lessons = await t.runtime.store.find('lessons', { courseId });
  return lessons
    .map((lesson) => lesson as unknown as LessonDoc)
    .sort((a, b) => a.order - b.order)
    .map((lesson) => lesson._id);
}

/** Submits the right answers to one lesson. */
export async function passLesson(
  t: TestRuntime,
  account: Account,
  lessonId: string,
  requestId = `req-${lessonId}`,
): Promise<QuizResult> {
  const answers = await rightAnswers(t, lessonId);
  return t.data<QuizResult>(account, 'academy', {
    action: 'submitQuiz',
    lessonId,
    requestId,
    answers,
  });
}

/** Passes every lesson of the courses in order; returns the last result. */
export async function finishCourses(
  t: TestRuntime,
  account: Account,
  courseIds: string[],
): Promise<QuizResult[]> {
  const results: QuizResult[] = [];
  for (const courseId of courseIds) {
    for (const lessonId of await courseLessonIds(t, courseId)) {
      results.push(await passLesson(t, account, lessonId));
    }
  }
  return results;
}

export async function walletOf(t: TestRuntime, dealerId: string): Promise<WalletDoc | null> {
  return (await t.runtime.store.get('wallets', dealerId)) as unknown as WalletDoc | null;
}

export async function ledgerOf(
  t: TestRuntime,
  filter: Record<string, unknown>,
): Promise<LedgerEntryDoc[]> {
  return (await t.runtime.store.find('ledger', filter)) as unknown as LedgerEntryDoc[];
}

export async function mistakesOf(
  t: TestRuntime,
  filter: Record<string, unknown>,
): Promise<MistakeDoc[]> {
  return (await t.runtime.store.find('mistakes', filter)) as unknown as MistakeDoc[];
}
