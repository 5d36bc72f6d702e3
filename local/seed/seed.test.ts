import { describe, expect, it } from 'vitest';
import { BADGES, COURSES, LESSONS, REWARDS } from '../../content/academy';
import { deterministicId } from '../../server/ids';
import type { DealerDoc, ProductDoc, Tier } from '../../types/documents';
import { demoDealers, DEMO_DEALER_IDS } from './dealers';
import { DEMO_ACCOUNTS, demoDocuments, seedDemo, type SeedDocument } from './index';
import { DEMO_CATEGORIES, demoProducts } from './products';
import { demoSettings } from './settings';
import { demoUsers } from './users';
import { demoLedger, demoWallets, OPENING_POINTS } from './wallets';

const NOW = new Date('2026-12-04T08:00:00.000Z');
const TIERS: Tier[] = ['new', 'core', 'top'];
const products = demoProducts(NOW);
const dealers = demoDealers();

function isFen(value: number): boolean {
  return Number.isSafeInteger(value) && value > 0;
}

function isMultiple(quantity: number, caseSize: number): boolean {
  return Number.isSafeInteger(quantity) && quantity > 0 && quantity % caseSize === 0;
}

/** Every rule a seeded product must meet, as readable complaints. */
function productProblems(p: ProductDoc): string[] {
  const problems: string[] = [];
  const tierPrices = Object.values(p.tierPricesFen);

  if (!isFen(p.basePriceFen)) problems.push('base price is not positive integer fen');
  if (!Number.isSafeInteger(p.caseSize) || p.caseSize < 1) problems.push('bad caseSize');
  if (!isMultiple(p.moq, p.caseSize)) problems.push('moq is not a whole number of cases');
  if (p.maxPerOrder !== 0 && !(isMultiple(p.maxPerOrder, p.caseSize) && p.maxPerOrder >= p.moq)) {
    problems.push('maxPerOrder is neither 0 nor whole cases at or above moq');
  }
  if (!Number.isSafeInteger(p.stock) || p.stock < 0) problems.push('bad stock');
  if (tierPrices.some((fen) => !isFen(fen) || fen > p.basePriceFen)) {
    problems.push('a tier price is not fen at or below base');
  }

  const lowestTierPrice = Math.min(p.basePriceFen, ...tierPrices);
  p.quantityTiers.forEach((qt, index) => {
    const previous = p.quantityTiers[index - 1];
    if (!isFen(qt.priceFen) || qt.priceFen >= lowestTierPrice) {
      problems.push('quantity tier is not cheaper than every tier price');
    }
    if (!isMultiple(qt.minQuantity, p.caseSize) || qt.minQuantity < p.moq) {
      problems.push('quantity tier starts off a case boundary or below moq');
    }
    if (previous && !(qt.minQuantity > previous.minQuantity && qt.priceFen < previous.priceFen)) {
      problems.push('quantity tiers do not go up in quantity and down in price');
    }
  });

  const expectedSearch = [p.name, p.sku, p.category, p.spec].join(' ').toLowerCase();
  if (p.searchText !== expectedSearch) problems.push('searchText does not match');
  if (p.description.length < 20) problems.push('description too short');
  if (p.updatedAt !== NOW.toISOString()) problems.push('updatedAt is not now');

  return problems;
}

function isLowStock(p: ProductDoc): boolean {
  return p.status === 'active' && p.stock > 0 && p.stock < 2 * p.caseSize;
}

describe('demo catalogue', () => {
  it('has at least 40 products with unique ids and SKUs', () => {
    expect(products.length).toBeGreaterThanOrEqual(40);
    expect(new Set(products.map((p) => p._id)).size).toBe(products.length);
    expect(new Set(products.map((p) => p.sku)).size).toBe(products.length);
    expect(products[0]?._id).toBe('p-001');
  });

  it('fills all eight categories', () => {
    expect(DEMO_CATEGORIES).toHaveLength(8);
    for (const category of DEMO_CATEGORIES) {
      expect(products.filter((p) => p.category === category).length).toBeGreaterThanOrEqual(5);
    }
  });

  it('has only valid products: fen prices, case multiples, tiers cheaper than base', () => {
    const complaints = products
      .map((p) => ({ id: p._id, problems: productProblems(p) }))
      .filter((entry) => entry.problems.length > 0);

    expect(complaints).toEqual([]);
  });

  it('includes a moq that is several cases and quantity tiers on about a third', () => {
    expect(products.some((p) => p.moq === 36 && p.caseSize === 6)).toBe(true);

    const withTiers = products.filter((p) => p.quantityTiers.length > 0).length;
    expect(withTiers / products.length).toBeGreaterThan(0.25);
    expect(withTiers / products.length).toBeLessThan(0.4);
  });

  it('restricts a few premium products to higher tiers and limits scarce ones', () => {
    const restricted = products.filter((p) => p.tiersAllowed.length > 0);

    expect(restricted.map((p) => p._id)).toEqual(['p-003', 'p-004', 'p-011', 'p-032', 'p-041']);
    expect(restricted.every((p) => !p.tiersAllowed.includes('new'))).toBe(true);
    expect(products.filter((p) => p.maxPerOrder > 0).length).toBeGreaterThanOrEqual(3);
  });

  it('has at least 3 out-of-stock and 3 low-stock products on sale', () => {
    const out = products.filter((p) => p.status === 'active' && p.stock === 0);

    expect(out.map((p) => p._id)).toEqual(['p-004', 'p-014', 'p-029']);
    expect(products.filter(isLowStock).length).toBeGreaterThanOrEqual(3);
  });

  it('has one or two discontinued products', () => {
    const discontinued = products.filter((p) => p.status === 'discontinued');
    expect(discontinued.map((p) => p._id)).toEqual(['p-007', 'p-047']);
  });

  it('has one ended promotion and others ending weeks after now', () => {
    const promoted = products.filter((p) => p.promotion);
    const ended = promoted.filter((p) => Date.parse(p.promotion?.endsAt ?? '') <= NOW.getTime());
    const running = promoted.filter((p) => !ended.includes(p));

    expect(ended.map((p) => p._id)).toEqual(['p-035']);
    expect(ended[0]?.promotion?.endsAt).toBe('2026-11-29T08:00:00.000Z');
    expect(running.map((p) => p.promotion?.endsAt)).toEqual([
      '2027-01-01T08:00:00.000Z',
      '2026-12-25T08:00:00.000Z',
    ]);
  });
});

describe('demo dealers and accounts', () => {
  const boundDealers = TIERS.map((tier) => dealers.find((d) => d._id === DEMO_DEALER_IDS[tier]));

  it('has a bound dealer per tier with distinct credit limits', () => {
    expect(boundDealers.map((d) => d?.tier)).toEqual(TIERS);
    expect(boundDealers.map((d) => d?.creditLimitFen)).toEqual([
      5_000_000, 30_000_000, 150_000_000,
    ]);
    expect(boundDealers.map((d) => d?.overCreditPolicy)).toEqual([
      'refuse',
      'approval',
      'approval',
    ]);
  });

  it('starts every dealer under its limit with no open orders', () => {
    for (const dealer of dealers) {
      expect(dealer.openOrderFen).toBe(0);
      expect(dealer.receivableFen).toBeLessThan(dealer.creditLimitFen);
      expect(Number.isSafeInteger(dealer.receivableFen)).toBe(true);
    }
  });

  it('gives unique 8-character invite codes, with unbound dealers left to bind', () => {
    const codes = dealers.map((d) => d.inviteCode);

    expect(codes.every((code) => /^[A-Z0-9]{8}$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect(dealers.length - boundDealers.length).toBeGreaterThanOrEqual(2);
  });

  it('agrees prices below the tier price and quantity tiers for core and top only', () => {
    const priced = (dealer: DealerDoc | undefined) => Object.keys(dealer?.agreedPricesFen ?? {});

    expect(priced(boundDealers[0])).toEqual([]);
    expect(priced(boundDealers[1]).length).toBeGreaterThanOrEqual(2);
    expect(priced(boundDealers[2]).length).toBeGreaterThanOrEqual(2);

    for (const dealer of dealers) {
      for (const [productId, fen] of Object.entries(dealer.agreedPricesFen)) {
        const product = products.find((p) => p._id === productId);
        const tierPrice = product?.tierPricesFen[dealer.tier] ?? product?.basePriceFen ?? 0;
        const quantityPrices = product?.quantityTiers.map((qt) => qt.priceFen) ?? [];
        expect(fen).toBeLessThan(Math.min(tierPrice, ...quantityPrices));
      }
    }
  });

  it('maps exactly the five demo accounts to users with the right roles', () => {
    const users = demoUsers(NOW);
    const roleOf = (account: string) => users.find((u) => u._id === DEMO_ACCOUNTS[account]);

    expect(Object.keys(DEMO_ACCOUNTS).sort()).toEqual(
      ['dealer-core', 'dealer-new', 'dealer-top', 'mentor', 'staff'].sort(),
    );
    expect(roleOf('dealer-new')?.dealerId).toBe(DEMO_DEALER_IDS.new);
    expect(roleOf('dealer-core')?.dealerId).toBe(DEMO_DEALER_IDS.core);
    expect(roleOf('dealer-top')?.dealerId).toBe(DEMO_DEALER_IDS.top);
    expect(roleOf('dealer-top')?.role).toBe('dealer');
    expect(roleOf('mentor')?.role).toBe('mentor');
    expect(roleOf('staff')?.role).toBe('staff');
    expect(roleOf('staff')?.dealerId).toBeUndefined();
  });
});

describe('seeding', () => {
  it('sets the order confirm timeout to 48 hours', () => {
    expect(demoSettings()).toEqual([{ _id: 'order', confirmTimeoutMinutes: 2880 }]);
  });

  it('inserts every demo document once into its collection', async () => {
    const inserted: { collection: string; doc: SeedDocument }[] = [];
    await seedDemo({ insert: (collection, doc) => inserted.push({ collection, doc }) }, NOW);

    const count = (name: string) => inserted.filter((i) => i.collection === name).length;
    expect(count('products')).toBe(products.length);
    expect(count('dealers')).toBe(dealers.length);
    expect(count('users')).toBe(5);
    expect(count('settings')).toBe(1);
    expect(count('courses')).toBe(COURSES.length);
    expect(count('lessons')).toBe(LESSONS.length);
    expect(count('badges')).toBe(BADGES.length);
    expect(count('rewards')).toBe(REWARDS.length);
    expect(count('wallets')).toBe(3);
    expect(count('ledger')).toBe(2);
    expect(Object.keys(demoDocuments(NOW)).sort()).toEqual([
      'badges',
      'courses',
      'dealers',
      'ledger',
      'lessons',
      'products',
      'rewards',
      'settings',
      'users',
      'wallets',
    ]);
    expect(inserted.find((i) => i.doc._id === 'p-001')?.doc.basePriceFen).toBe(39800);
  });
});

describe('academy seed', () => {
  it('seeds the course content with every lesson and its questions', () => {
    const docs = demoDocuments(NOW);
    const lesson = docs.lessons?.find((doc) => doc._id === 'l-ordering-2');

    expect(docs.courses?.map((doc) => doc._id)).toEqual(COURSES.map((c) => c._id));
    expect(lesson?.teaches).toEqual(['ORDER_NOT_CASE_MULTIPLE']);
    expect(Array.isArray(lesson?.questions) && lesson.questions.length).toBeGreaterThanOrEqual(3);
    expect(docs.badges?.find((doc) => doc._id === 'digital-pioneer')?.points).toBe(100);
    expect(docs.rewards?.find((doc) => doc._id === 'r-priority-delivery')?.stock).toBe(2);
  });

  it('opens wallets of 0, 300 and 1200 points for the new, core and top demo dealers', () => {
    const wallets = demoWallets(NOW);

    expect(OPENING_POINTS).toEqual({ new: 0, core: 300, top: 1200 });
    expect(wallets.map((w) => [w._id, w.balance])).toEqual([
      ['d-001', 0],
      ['d-002', 300],
      ['d-003', 1200],
    ]);
    expect(wallets.every((w) => w.day === '2026-12-04' && w.learningDays.length === 0)).toBe(true);
  });

  it('backs every opening balance with staff-adjust ledger entries that sum to it', () => {
    const ledger = demoLedger(NOW);

    for (const wallet of demoWallets(NOW)) {
      const own = ledger.filter((entry) => entry.dealerId === wallet._id);
      expect(own.reduce((sum, entry) => sum + entry.amount, 0)).toBe(wallet.balance);
    }
    expect(ledger.map((entry) => entry._id)).toEqual([
      deterministicId('l', 'd-002', 'adjust:opening-balance'),
      deterministicId('l', 'd-003', 'adjust:opening-balance'),
    ]);
    expect(ledger[1]).toMatchObject({
      dealerId: 'd-003',
      rule: 'staff_adjust',
      sourceKey: 'adjust:opening-balance',
      amount: 1200,
      balanceAfter: 1200,
      day: '2026-12-04',
      note: '开户赠送积分',
      by: DEMO_ACCOUNTS.staff,
    });
  });

  it('dates the opening wallet by the Beijing day, not the UTC day', () => {
    const lateUtc = new Date('2026-12-04T16:30:00.000Z');

    expect(demoWallets(lateUtc)[0]?.day).toBe('2026-12-05');
    expect(demoLedger(lateUtc)[0]?.day).toBe('2026-12-05');
  });
});
