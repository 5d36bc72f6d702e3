import { applyEntry, newWallet, recordLearningDay } from '../../core/points/wallet';
import { cappedAmount } from '../../core/points/rules';
import { beijingDay } from '../../core/time/beijing-day';
import type { LedgerEntryDoc, PointsRule, WalletDoc } from '../../types/academy';
import { db } from '../cloud';
import type { TransactionDb } from '../db-types';
import { withoutId } from '../doc-data';
import { isDuplicateId, readDoc } from '../documents';
import { ledgerId } from './ledger';

/** One award (or staff adjustment) of points, identified by its source key. */
export interface Award {
  dealerId: string;
  rule: PointsRule;
  sourceKey: string;
  /** The points before the daily cap, or how to work them out from the wallet (streaks). */
  amount: number | ((wallet: WalletDoc, today: string) => number);
  note: string;
  /** openid of whoever caused it ('system' for learning awards). */
  by: string;
  now: Date;
  /** Counts today as a learning day (a quiz submission). */
  learningDay?: boolean;
}

export interface AwardResult {
  /** Points that moved now: 0 when already awarded or capped. */
  amount: number;
  balance: number;
  entry: LedgerEntryDoc | null;
}

/**
 * Awards points once per (dealer, source key), in one transaction: the ledger entry's
 * deterministic id makes a retry or a concurrent twin a no-op, and the wallet's daily
 * earnings cap the amount. A negative amount below the balance is POINTS_INSUFFICIENT.
 */
export async function awardPoints(award: Award): Promise<AwardResult> {
  try {
    return await db().runTransaction((tx) => awardInTransaction(tx, award));
  } catch (error) {
    if (!isDuplicateId(error)) throw error;

    const wallet = await readDoc<WalletDoc>(db().collection('wallets').doc(award.dealerId));
    return { amount: 0, balance: wallet?.balance ?? 0, entry: null };
  }
}

async function awardInTransaction(tx: TransactionDb, award: Award): Promise<AwardResult> {
  const { dealerId, rule, now } = award;
  const today = beijingDay(now);
  const walletRef = tx.collection('wallets').doc(dealerId);
  const stored = await readDoc<WalletDoc>(walletRef);
  const id = ledgerId(dealerId, award.sourceKey);

  const earlier = await readDoc<LedgerEntryDoc>(tx.collection('ledger').doc(id));
  if (earlier) return { amount: 0, balance: stored?.balance ?? 0, entry: null };

  let wallet = stored ?? newWallet(dealerId, today);
  if (award.learningDay) wallet = recordLearningDay(wallet, today);
  const earnedToday = wallet.day === today ? (wallet.earnedToday[rule] ?? 0) : 0;
  const raw = typeof award.amount === 'number' ? award.amount : award.amount(wallet, today);
  const amount = cappedAmount(rule, raw, earnedToday);

  let entry: LedgerEntryDoc | null = null;
  if (amount !== 0) {
    wallet = applyEntry(wallet, rule, amount, today);
    entry = ledgerEntry(award, id, amount, wallet.balance, today);
    await tx.collection('ledger').add({ data: entry });
  }

  if (entry || wallet !== stored) await walletRef.set({ data: withoutId(wallet) });
  return { amount, balance: wallet.balance, entry };
}

function ledgerEntry(
  award: Award,
  id: string,
  amount: number,
  balanceAfter: number,
  day: string,
): LedgerEntryDoc {
  return {
    _id: id,
    dealerId: award.dealerId,
    rule: award.rule,
    sourceKey: award.sourceKey,
    amount,
    balanceAfter,
    day,
    note: award.note,
    by: award.by,
    createdAt: award.now.toISOString(),
  };
}
