import { beijingDay } from '../../core/time/beijing-day';
import { deterministicId } from '../../server/ids';
import type { LedgerEntryDoc, WalletDoc } from '../../types/academy';
import type { Tier } from '../../types/documents';
import { DEMO_DEALER_IDS } from './dealers';
import { DEMO_ACCOUNTS } from './users';

/** Opening points per demo dealer: enough for the top dealer to redeem an ad slot at once. */
export const OPENING_POINTS: Readonly<Record<Tier, number>> = { new: 0, core: 300, top: 1200 };

const OPENING_SOURCE_KEY = 'adjust:opening-balance';

const TIERS: Tier[] = ['new', 'core', 'top'];

/**
 * Opening ledger entries, written as staff adjustments so a wallet's balance always equals the
 * sum of its ledger. A zero opening balance gets no entry, as an award of 0 never does.
 */
export function demoLedger(now: Date): LedgerEntryDoc[] {
  const day = beijingDay(now);

  return TIERS.filter((tier) => OPENING_POINTS[tier] > 0).map((tier) => {
    const dealerId = DEMO_DEALER_IDS[tier];
    return {
      _id: deterministicId('l', dealerId, OPENING_SOURCE_KEY),
      dealerId,
      rule: 'staff_adjust',
      sourceKey: OPENING_SOURCE_KEY,
      amount: OPENING_POINTS[tier],
      balanceAfter: OPENING_POINTS[tier],
      day,
      note: '开户赠送积分',
      by: DEMO_ACCOUNTS.staff ?? 'staff',
      createdAt: now.toISOString(),
    };
  });
}

/** `wallets/<dealerId>` for the three bound demo dealers, matching `demoLedger`. */
export function demoWallets(now: Date): WalletDoc[] {
  const day = beijingDay(now);

  return TIERS.map((tier) => ({
    _id: DEMO_DEALER_IDS[tier],
    balance: OPENING_POINTS[tier],
    earnedToday: {},
    day,
    learningDays: [],
  }));
}
