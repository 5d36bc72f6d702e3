import type { PointsRule, WalletDoc } from '../../types/academy';
import { DomainError } from '../errors/domain-error';
import { cappedAmount } from './rules';

/** How many Beijing days of activity a wallet remembers; enough for any streak we reward. */
export const LEARNING_DAYS_KEPT = 60;

/** A dealer's empty wallet, as created on the first award. */
export function newWallet(dealerId: string, today: string): WalletDoc {
  return { _id: dealerId, balance: 0, earnedToday: {}, day: today, learningDays: [] };
}

/** What a rule has earned on `today`; a wallet last touched on another day has earned 0. */
export function earnedTodayFor(wallet: WalletDoc, rule: PointsRule, today: string): number {
  return wallet.day === today ? (wallet.earnedToday[rule] ?? 0) : 0;
}

/** The part of `amount` the rule may still earn today under its daily cap. */
export function awardAmount(
  wallet: WalletDoc,
  rule: PointsRule,
  amount: number,
  today: string,
): number {
  return cappedAmount(rule, amount, earnedTodayFor(wallet, rule, today));
}

/**
 * The wallet after one ledger entry of `amount` (already capped: see awardAmount; the ledger
 * entry and the wallet must move by the same number). Starts a fresh earnedToday on a new
 * Beijing day. Throws POINTS_INSUFFICIENT rather than let the balance go below zero.
 */
export function applyEntry(
  wallet: WalletDoc,
  rule: PointsRule,
  amount: number,
  today: string,
): WalletDoc {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`points must be an integer, got ${String(amount)}`);
  }

  const balance = wallet.balance + amount;
  if (balance < 0) {
    throw new DomainError('POINTS_INSUFFICIENT', { points: -amount, balance: wallet.balance });
  }

  const earnedToday = wallet.day === today ? { ...wallet.earnedToday } : {};

  // Only earnings count towards a cap; spending does not give an allowance back.
  if (amount > 0) {
    earnedToday[rule] = (earnedToday[rule] ?? 0) + amount;
  }

  return { ...wallet, balance, earnedToday, day: today };
}

/** The wallet with `today` recorded as a learning day (once), keeping the newest days. */
export function recordLearningDay(wallet: WalletDoc, today: string): WalletDoc {
  if (wallet.learningDays.includes(today)) {
    return wallet;
  }

  const learningDays = [...wallet.learningDays, today].sort().slice(-LEARNING_DAYS_KEPT);
  return { ...wallet, learningDays };
}
