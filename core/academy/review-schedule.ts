import { addDays } from '../time/beijing-day';

/** Days until the next review after each wrong answer: the gaps widen as memory settles. */
export const REVIEW_INTERVALS_DAYS = [1, 2, 4, 7, 15, 30] as const;

const LONGEST_INTERVAL = REVIEW_INTERVALS_DAYS[REVIEW_INTERVALS_DAYS.length - 1] ?? 30;

/** When a new (or reopened) mistake first comes up: tomorrow. */
export function firstReviewDay(today: string): string {
  return addDays(today, REVIEW_INTERVALS_DAYS[0]);
}

/**
 * After a wrong review: one step further along the schedule, due again after that step's
 * interval (30 days once the schedule runs out).
 */
export function scheduleAfterWrong(
  reviewStep: number,
  today: string,
): { reviewStep: number; nextReviewDay: string } {
  const next = Math.max(0, reviewStep) + 1;
  const interval = REVIEW_INTERVALS_DAYS[next] ?? LONGEST_INTERVAL;
  return { reviewStep: next, nextReviewDay: addDays(today, interval) };
}

/** A review is due on its day and any day after (early review is allowed, just not pushed). */
export function isDue(nextReviewDay: string, today: string): boolean {
  return nextReviewDay <= today;
}
