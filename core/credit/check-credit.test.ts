import { describe, expect, it } from 'vitest';
import { checkCredit } from './check-credit';

const account = { creditLimitFen: 1_000_000, receivableFen: 300_000, openOrderFen: 200_000 };

describe('checkCredit', () => {
  it('passes an order that reaches the limit exactly', () => {
    expect(checkCredit({ ...account, orderTotalFen: 500_000 })).toEqual({
      withinLimit: true,
      availableFen: 500_000,
      exceedFen: 0,
    });
  });

  it('passes an order one fen under the limit', () => {
    expect(checkCredit({ ...account, orderTotalFen: 499_999 })).toEqual({
      withinLimit: true,
      availableFen: 500_000,
      exceedFen: 0,
    });
  });

  it('refuses an order one fen over the limit and says by how much', () => {
    expect(checkCredit({ ...account, orderTotalFen: 500_001 })).toEqual({
      withinLimit: false,
      availableFen: 500_000,
      exceedFen: 1,
    });
  });

  it('counts receivables and open orders, not only this order', () => {
    const result = checkCredit({ ...account, receivableFen: 900_000, orderTotalFen: 10_000 });
    expect(result.withinLimit).toBe(false);
    expect(result.exceedFen).toBe(110_000);
  });

  it('shows no credit available when the dealer is already over the limit', () => {
    const result = checkCredit({ ...account, receivableFen: 1_200_000, orderTotalFen: 100 });
    expect(result).toEqual({ withinLimit: false, availableFen: 0, exceedFen: 400_100 });
  });

  it('refuses float amounts', () => {
    expect(() => checkCredit({ ...account, orderTotalFen: 0.5 })).toThrow(RangeError);
  });
});
