import type { LedgerEntryDoc, RedemptionDoc, RewardDoc } from '../academy';
import type { Page } from '../envelope';

export interface PointsRequests {
  balance: Record<string, never>;
  history: { cursor?: string | null };
  listRewards: Record<string, never>;
  redeem: { rewardId: string; requestId: string };
  adjust: { dealerId: string; amount: number; reason: string; requestId: string };
}

export interface PointsReplies {
  balance: { balance: number; streakDays: number; earnedToday: number };
  history: Page<LedgerEntryDoc>;
  listRewards: { rewards: RewardDoc[] };
  redeem: { redemption: RedemptionDoc; balance: number };
  adjust: { entry: LedgerEntryDoc; balance: number };
}
