import { addDays } from '../time/beijing-day';

/** Days between reviews at each step of the schedule: the gaps widen as memory settles. */
export const REVIEW_INTERVALS_DAYS = [1, 2, 4, 7, 15, 30] as const;

const LONGEST_INTERVAL = REVIEW_INTERVALS_DAYS[REVIEW_INTERVALS_DAYS.length - 1] ?? 30;

/** When a new (or reopened) mistake first comes up: tomorrow. */
export function firstReviewDay(today: string): string {
  return addDays(today, REVIEW_INTERVALS_DAYS[0]);
}

/**
 * When an entry answered right on review would come up again at a given step: the gaps widen
 * as memory settles (30 days once the schedule runs out). A right review closes the entry
 * today, so this is the spacing for entries kept open, e.g. a repeated refusal.
 */
export function intervalAtStep(reviewStep: number): number {
  return REVIEW_INTERVALS_DAYS[Math.max(0, reviewStep)] ?? LONGEST_INTERVAL;
}

/**
 * After a wrong review: the dealer has not learned it yet, so the entry starts over and comes
 * back tomorrow - never further out than it already was.
 */
export function scheduleAfterWrong(today: string): { reviewStep: number; nextReviewDay: string } {
  return { reviewStep: 0, nextReviewDay: firstReviewDay(today) };
}

/** A review is due on its day and any day after (early review is allowed, just not pushed). */
export function isDue(nextReviewDay: string, today: string): boolean {
  return nextReviewDay <= today;
}
