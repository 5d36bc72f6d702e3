import { DomainError } from '../../../core/errors/domain-error';
import { applyEntry } from '../../../core/points/wallet';
import { beijingDay } from '../../../core/time/beijing-day';
import type { ActionContext } from '../../../server/boundary';
import { db } from '../../../server/cloud';
import type { TransactionDb } from '../../../server/db-types';
import { withoutId } from '../../../server/doc-data';
import { isDuplicateId, mustReadDoc, readDoc } from '../../../server/documents';
import { deterministicId } from '../../../server/ids';
import { ledgerId, sourceKeys } from '../../../server/points/ledger';
import { requireDealer } from '../../../server/users';
import { parseInput } from '../../../server/validate';
import type { LedgerEntryDoc, RedemptionDoc, RewardDoc, WalletDoc } from '../../../types/academy';
import type { PointsReplies } from '../../../types/functions/points';
import { redeemSchema } from './schemas';

type Reply = PointsReplies['redeem'];

interface Intent {
  dealerId: string;
  rewardId: string;
  requestId: string;
  by: string;
  now: Date;
}

/**
 * Spends points on a reward, once per (dealer, requestId), in one transaction that checks
 * and takes both the points and one unit of stock: neither can go below zero.
 */
export async function redeem({ openid, event, now }: ActionContext): Promise<Reply> {
  const { rewardId, requestId } = parseInput(redeemSchema, event);
  const { user, dealer } = await requireDealer(openid);
  const intent: Intent = { dealerId: dealer._id, rewardId, requestId, by: user._id, now };

  try {
    return await db().runTransaction((tx) => redeemInTransaction(tx, intent));
  } catch (error) {
    if (!isDuplicateId(error)) throw error;
    return db().runTransaction((tx) => redeemInTransaction(tx, intent));
  }
}

async function redeemInTransaction(tx: TransactionDb, intent: Intent): Promise<Reply> {
  const { dealerId, now } = intent;
  const today = beijingDay(now);
  const redemptionId = deterministicId('r', dealerId, intent.requestId);
  const redemptionRef = tx.collection('redemptions').doc(redemptionId);
  const walletRef = tx.collection('wallets').doc(dealerId);
  const wallet = await readDoc<WalletDoc>(walletRef);

  const earlier = await readDoc<RedemptionDoc>(redemptionRef);
  if (earlier && earlier.rewardId !== intent.rewardId) throw new DomainError('REQUEST_ID_REUSED');
  if (earlier) return { redemption: earlier, balance: wallet?.balance ?? 0 };

  const rewardRef = tx.collection('rewards').doc(intent.rewardId);
  const reward = await mustReadDoc<RewardDoc>(rewardRef, 'REWARD_NOT_FOUND');
  if (!reward.active || reward.stock < 1) throw new DomainError('REWARD_OUT_OF_STOCK');
  if (!wallet || wallet.balance < reward.costPoints) {
    const balance = wallet?.balance ?? 0;
    throw new DomainError('POINTS_INSUFFICIENT', { points: reward.costPoints, balance });
  }

  const after = applyEntry(wallet, 'redeem', -reward.costPoints, today);
  const redemption = redemptionOf(redemptionId, intent, reward);
  await tx.collection('redemptions').add({ data: redemption });
  await tx.collection('ledger').add({ data: ledgerEntry(intent, reward, after.balance, today) });
  await walletRef.set({ data: withoutId(after) });
  await rewardRef.update({ data: { stock: reward.stock - 1 } });
  return { redemption, balance: after.balance };
}

function redemptionOf(id: string, intent: Intent, reward: RewardDoc): RedemptionDoc {
  return {
    _id: id,
    dealerId: intent.dealerId,
    rewardId: reward._id,
    rewardTitle: reward.title,
    costPoints: reward.costPoints,
    requestId: intent.requestId,
    status: 'pending_fulfilment',
    createdAt: intent.now.toISOString(),
  };
}

function ledgerEntry(
  intent: Intent,
  reward: RewardDoc,
  balanceAfter: number,
  day: string,
): LedgerEntryDoc {
  const sourceKey = sourceKeys.redeem(intent.requestId);
  return {
    _id: ledgerId(intent.dealerId, sourceKey),
    dealerId: intent.dealerId,
    rule: 'redeem',
    sourceKey,
    amount: -reward.costPoints,
    balanceAfter,
    day,
    note: reward.title,
    by: intent.by,
    createdAt: intent.now.toISOString(),
  };
}
