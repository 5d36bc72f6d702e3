import { describe, expect, it } from 'vitest';
import { LEARNABLE_ORDER_CODES, checksPassed } from './order-checks';

const singleBottles = { moq: 12, caseSize: 1, maxPerOrder: 0, tiersAllowed: [] };

describe('checksPassed', () => {
  it('proves minimum and stock for any accepted order, and credit without a hold', () => {
    expect(checksPassed([singleBottles], false)).toEqual([
      'ORDER_BELOW_MOQ',
      'STOCK_SHORT',
      'CREDIT_EXCEEDED',
    ]);
  });

  it('does not prove credit when the order waits on a credit hold', () => {
    expect(checksPassed([singleBottles], true)).toEqual(['ORDER_BELOW_MOQ', 'STOCK_SHORT']);
  });

  it('proves whole cases only with a line sold in cases of more than one bottle', () => {
    const cases = { moq: 6, caseSize: 6, maxPerOrder: 0, tiersAllowed: [] };
    expect(checksPassed([singleBottles, cases], true)).toContain('ORDER_NOT_CASE_MULTIPLE');
    expect(checksPassed([singleBottles], true)).not.toContain('ORDER_NOT_CASE_MULTIPLE');
  });

  it('proves the per-order limit and tier rules only when a line has them', () => {
    const limited = { moq: 12, caseSize: 6, maxPerOrder: 60, tiersAllowed: ['core'] };
    expect(checksPassed([limited], false)).toEqual([
      'ORDER_BELOW_MOQ',
      'ORDER_NOT_CASE_MULTIPLE',
      'ORDER_OVER_MAX',
      'STOCK_SHORT',
      'CREDIT_EXCEEDED',
      'PRODUCT_NOT_FOR_TIER',
    ]);
  });

  it('unrelated orders close mistakes: the minimum counts only when a line could have failed it', () => {
    const oneCaseMinimum = { moq: 6, caseSize: 6, maxPerOrder: 0, tiersAllowed: [] };
    const noMinimum = { moq: 0, caseSize: 1, maxPerOrder: 0, tiersAllowed: [] };
    expect(checksPassed([oneCaseMinimum, noMinimum], false)).toEqual([
      'ORDER_NOT_CASE_MULTIPLE',
      'STOCK_SHORT',
      'CREDIT_EXCEEDED',
    ]);
    expect(checksPassed([oneCaseMinimum, { ...oneCaseMinimum, moq: 12 }], false)).toContain(
      'ORDER_BELOW_MOQ',
    );
  });

  it('never closes promotion or discontinued mistakes by an order', () => {
    const limited = { moq: 12, caseSize: 6, maxPerOrder: 60, tiersAllowed: ['core'] };
    const proved = checksPassed([limited], false);
    expect(proved).not.toContain('PROMOTION_ENDED');
    expect(proved).not.toContain('PRODUCT_DISCONTINUED');
  });

  it('lists the eight learnable order refusals', () => {
    expect(LEARNABLE_ORDER_CODES).toHaveLength(8);
    expect(new Set(LEARNABLE_ORDER_CODES).size).toBe(8);
  });
});
