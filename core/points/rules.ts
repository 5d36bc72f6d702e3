import type { PointsRule } from '../../types/academy';

/** The points a streak day earns; every 7th consecutive day earns the bonus on top. */
const STREAK_DAY_POINTS = 5;
const STREAK_WEEK_BONUS = 5;
const STREAK_BONUS_EVERY = 7;

/**
 * Earning rules. `amount` is the fixed award, or 0 where the caller supplies it (a badge's
 * points, a reward's cost, a staff adjustment). `dailyCap` limits what one rule earns per
 * Beijing day; null = no cap (streak_day is once a day through its source key instead).
 */
export const POINT_RULES: Record<PointsRule, { amount: number; dailyCap: number | null }> = {
  lesson_passed: { amount: 20, dailyCap: 100 },
  course_finished: { amount: 50, dailyCap: null },
  streak_day: { amount: STREAK_DAY_POINTS, dailyCap: null },
  review_right: { amount: 2, dailyCap: 10 },
  badge_awarded: { amount: 0, dailyCap: null },
  redeem: { amount: 0, dailyCap: null },
  staff_adjust: { amount: 0, dailyCap: null },
};

/**
 * What of `amount` a rule may still earn today, given what it has earned today already:
 * the full amount, the part left under the cap, or 0. Spending (negative amounts) is never
 * capped.
 */
export function cappedAmount(rule: PointsRule, amount: number, earnedToday: number): number {
  const cap = POINT_RULES[rule].dailyCap;
  if (cap === null || amount <= 0) {
    return amount;
  }

  return Math.max(0, Math.min(amount, cap - earnedToday));
}

/** Points for a learning day that makes a streak `streakDays` long (10 on days 7, 14, ...). */
export function streakDayAmount(streakDays: number): number {
  const bonus = streakDays > 0 && streakDays % STREAK_BONUS_EVERY === 0 ? STREAK_WEEK_BONUS : 0;
  return STREAK_DAY_POINTS + bonus;
}
