import { describe, expect, it } from 'vitest';
import { makeProduct } from '../test-fixtures';
import { checkLine } from './check-line';

const now = new Date('2026-12-04T08:00:00.000Z');
const product = makeProduct({ caseSize: 6, moq: 36, stock: 600 });

function codes(quantity: number, overrides = {}): string[] {
  const line = { product: { ...product, ...overrides }, tier: 'core' as const, quantity, now };
  return checkLine(line).map((problem) => problem.code);
}

describe('checkLine: minimum order quantity and case multiples', () => {
  it('accepts a line at the minimum that is a whole number of cases', () => {
    expect(checkLine({ product, tier: 'core', quantity: 36, now })).toEqual([]);
    expect(codes(42)).toEqual([]);
  });

  it('refuses an order below the minimum quantity and names both in cases', () => {
    const problems = checkLine({ product, tier: 'core', quantity: 24, now });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.code).toBe('ORDER_BELOW_MOQ');
    expect(problems[0]?.productId).toBe('p-feitian');
    expect(problems[0]?.params).toMatchObject({ moq: 36, quantity: 24, caseSize: 6 });
    expect(problems[0]?.message).toBe(
      '「飞天53度500ml」最小起订量为 6 箱（36 瓶），当前 4 箱（24 瓶），请加到 6 箱以上',
    );
  });

  it('refuses a quantity that is not a whole number of cases and offers the nearest ones', () => {
    const problems = checkLine({ product, tier: 'core', quantity: 40, now });
    expect(problems.map((p) => p.code)).toEqual(['ORDER_NOT_CASE_MULTIPLE']);
    expect(problems[0]?.message).toBe(
      '「飞天53度500ml」需按整箱订货（每箱 6 瓶），当前 40 瓶，请改为 6 箱（36 瓶）或 7 箱（42 瓶）',
    );
  });

  it('reports both faults when a line is below the minimum and not whole cases', () => {
    expect(codes(25)).toEqual(['ORDER_BELOW_MOQ', 'ORDER_NOT_CASE_MULTIPLE']);
  });

  it('asks for the smallest whole-case quantity when the minimum is not whole cases', () => {
    const problems = checkLine({
      product: { ...product, moq: 25 },
      tier: 'core',
      quantity: 12,
      now,
    });
    expect(problems[0]?.message).toBe(
      '「飞天53度500ml」最小起订量为 25 瓶，当前 2 箱（12 瓶），请加到 5 箱以上',
    );
  });

  it('treats a case size of 1 as single bottles', () => {
    expect(codes(7, { caseSize: 1, moq: 1 })).toEqual([]);
  });
});

describe('checkLine: quantity, limits and stock', () => {
  it.each([0, -6, 6.5, Number.NaN])('refuses quantity %s as not a positive whole number', (q) => {
    expect(codes(q)).toEqual(['QUANTITY_INVALID']);
  });

  it('refuses more than the maximum per order, but only when a maximum is set', () => {
    expect(codes(72, { maxPerOrder: 60 })).toEqual(['ORDER_OVER_MAX']);
    expect(codes(60, { maxPerOrder: 60 })).toEqual([]);
    expect(codes(6000, { maxPerOrder: 0, stock: 6000 })).toEqual([]);
  });

  it('refuses more than the stock and says how much is left', () => {
    const problems = checkLine({
      product: { ...product, stock: 48 },
      tier: 'core',
      quantity: 60,
      now,
    });
    expect(problems.map((p) => p.code)).toEqual(['STOCK_SHORT']);
    expect(problems[0]?.message).toBe(
      '「飞天53度500ml」库存仅剩 8 箱（48 瓶），当前 10 箱（60 瓶），最多可订 8 箱（48 瓶），请减少数量',
    );
  });

  it('offers the whole cases the stock still covers when stock is not whole cases', () => {
    const product25 = { ...product, stock: 25 };
    const problems = checkLine({ product: product25, tier: 'core', quantity: 36, now });
    expect(problems[0]?.message).toBe(
      '「飞天53度500ml」库存仅剩 25 瓶，当前 6 箱（36 瓶），最多可订 4 箱（24 瓶），请减少数量',
    );
  });

  it('says less than a case is left when stock cannot fill one case', () => {
    const product5 = { ...product, stock: 5 };
    const problems = checkLine({ product: product5, tier: 'core', quantity: 36, now });
    expect(problems[0]?.message).toBe(
      '「飞天53度500ml」库存仅剩 5 瓶，不足一箱，请先从购物车移除，或稍后再订',
    );
  });

  it('says out of stock, not "only 0 left", when stock is zero', () => {
    const problems = checkLine({
      product: { ...product, stock: 0 },
      tier: 'core',
      quantity: 36,
      now,
    });
    expect(problems[0]?.code).toBe('STOCK_SHORT');
    expect(problems[0]?.message).toBe('「飞天53度500ml」暂时缺货，请先从购物车移除，或稍后再订');
  });

  it('accepts exactly the stock left', () => {
    expect(codes(48, { stock: 48 })).toEqual([]);
  });
});

describe('checkLine: availability', () => {
  it('refuses a discontinued product and skips the quantity rules', () => {
    expect(codes(1, { status: 'discontinued' })).toEqual(['PRODUCT_DISCONTINUED']);
  });

  it('refuses a product not sold to the dealer tier', () => {
    const problems = checkLine({
      product: { ...product, tiersAllowed: ['top'] },
      tier: 'new',
      quantity: 36,
      now,
    });
    expect(problems.map((p) => p.code)).toEqual(['PRODUCT_NOT_FOR_TIER']);
    expect(problems[0]?.message).toContain('新手经销商');
  });

  it('sells to every tier when the allowed list is empty, and to a listed tier', () => {
    expect(codes(36, { tiersAllowed: [] })).toEqual([]);
    expect(codes(36, { tiersAllowed: ['core', 'top'] })).toEqual([]);
  });

  it('refuses a promotional product once its promotion has ended, at the very instant', () => {
    const promotion = { label: '双12特惠', endsAt: '2026-12-04T08:00:00.000Z' };
    const problems = checkLine({
      product: { ...product, promotion },
      tier: 'core',
      quantity: 36,
      now,
    });
    expect(problems.map((p) => p.code)).toEqual(['PROMOTION_ENDED']);
    expect(problems[0]?.message).toBe(
      '「飞天53度500ml」的「双12特惠」活动已于 2026-12-04 16:00 结束，不能再按活动订货，请从购物车移除',
    );
  });

  it('accepts a promotional product one millisecond before the end', () => {
    const promotion = { label: '双12特惠', endsAt: '2026-12-04T08:00:00.001Z' };
    expect(codes(36, { promotion })).toEqual([]);
  });

  it('treats an unreadable promotion end as ended', () => {
    expect(codes(36, { promotion: { label: 'x', endsAt: 'soon' } })).toEqual(['PROMOTION_ENDED']);
  });
});
