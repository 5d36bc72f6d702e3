import type { DealerDoc, Tier } from '../../types/documents';

/** Dealer ids of the three bound demo dealers, one per tier. */
export const DEMO_DEALER_IDS: Readonly<Record<Tier, string>> = {
  new: 'd-001',
  core: 'd-002',
  top: 'd-003',
};

/**
 * Demo dealers. The first three are bound to the demo accounts; the rest wait for someone to
 * bind with their invite code. Agreed prices sit below the dealer's tier price and below any
 * quantity tier, so an agreed price is never worse than what the dealer would pay without it.
 */
export function demoDealers(): DealerDoc[] {
  return [
    {
      _id: DEMO_DEALER_IDS.new,
      name: '岳阳洞庭酒类商行',
      tier: 'new',
      region: '华中',
      creditLimitFen: 5_000_000,
      receivableFen: 820_000,
      openOrderFen: 0,
      overCreditPolicy: 'refuse',
      agreedPricesFen: {},
      inviteCode: 'HX7Q2M4A',
    },
    {
      _id: DEMO_DEALER_IDS.core,
      name: '宁波甬江名酒供应链有限公司',
      tier: 'core',
      region: '华东',
      creditLimitFen: 30_000_000,
      receivableFen: 4_600_000,
      openOrderFen: 0,
      overCreditPolicy: 'approval',
      agreedPricesFen: { 'p-009': 17000, 'p-020': 9800, 'p-026': 13900 },
      inviteCode: 'ZJ3K8P5W',
    },
    {
      _id: DEMO_DEALER_IDS.top,
      name: '重庆山城酒业集团',
      tier: 'top',
      region: '西南',
      creditLimitFen: 150_000_000,
      receivableFen: 32_000_000,
      openOrderFen: 0,
      overCreditPolicy: 'approval',
      agreedPricesFen: { 'p-001': 32500, 'p-002': 76800, 'p-028': 5500, 'p-043': 1560 },
      inviteCode: 'CQ9T6R2B',
    },
    {
      _id: 'd-004',
      name: '郑州中原酒水贸易有限公司',
      tier: 'new',
      region: '华中',
      creditLimitFen: 3_000_000,
      receivableFen: 0,
      openOrderFen: 0,
      overCreditPolicy: 'refuse',
      agreedPricesFen: {},
      inviteCode: 'ZY4N7D3F',
    },
    {
      _id: 'd-005',
      name: '青岛海岸酒业有限公司',
      tier: 'core',
      region: '华东',
      creditLimitFen: 20_000_000,
      receivableFen: 1_250_000,
      openOrderFen: 0,
      overCreditPolicy: 'approval',
      agreedPricesFen: {},
      inviteCode: 'QD5H2L8C',
    },
    {
      _id: 'd-006',
      name: '西安长安名酒商贸有限公司',
      tier: 'new',
      region: '西北',
      creditLimitFen: 4_000_000,
      receivableFen: 360_000,
      openOrderFen: 0,
      overCreditPolicy: 'refuse',
      agreedPricesFen: {},
      inviteCode: 'XA6M3V9E',
    },
  ];
}
