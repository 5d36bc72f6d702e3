import { describe, expect, it } from 'vitest';
import { makeDealer, makeProduct } from '../test-fixtures';
import { quoteOrder } from './build-order';

const now = new Date('2026-12-04T08:00:00.000Z');
const wine = makeProduct({
  _id: 'wine',
  name: '干红',
  spec: '750ml×6',
  caseSize: 6,
  moq: 6,
  basePriceFen: 980,
});
const beer = makeProduct({
  _id: 'beer',
  name: '精酿',
  spec: '330ml×1',
  caseSize: 1,
  moq: 1,
  basePriceFen: 1990,
});
const cheap = makeProduct({ _id: 'cheap', name: '小样', caseSize: 1, moq: 1, basePriceFen: 10 });
const products = [wine, beer, cheap];

describe('quoteOrder', () => {
  it('prices every line exactly in fen and totals them', () => {
    const quote = quoteOrder({
      items: [
        { productId: 'wine', quantity: 6 },
        { productId: 'beer', quantity: 7 },
        { productId: 'cheap', quantity: 3 },
      ],
      products,
      dealer: makeDealer({ tier: 'new' }),
      now,
    });
    expect(quote.problems).toEqual([]);
    expect(quote.lines.map((l) => [l.productId, l.unitPriceFen, l.lineTotalFen])).toEqual([
      ['wine', 980, 5880],
      ['beer', 1990, 13930],
      ['cheap', 10, 30],
    ]);
    expect(quote.totalFen).toBe(19840);
    expect(quote.lines[0]).toEqual({
      productId: 'wine',
      name: '干红',
      spec: '750ml×6',
      caseSize: 6,
      quantity: 6,
      unitPriceFen: 980,
      priceSource: 'base',
      lineTotalFen: 5880,
      shippedQuantity: 0,
    });
    expect(quote.credit).toEqual({ withinLimit: true, availableFen: 1_000_000, exceedFen: 0 });
    expect(quote.creditHold).toBe(false);
  });

  it("uses the dealer's agreed price", () => {
    const dealer = makeDealer({ agreedPricesFen: { wine: 900 } });
    const quote = quoteOrder({
      items: [{ productId: 'wine', quantity: 12 }],
      products,
      dealer,
      now,
    });
    expect(quote.lines[0]).toMatchObject({
      unitPriceFen: 900,
      priceSource: 'agreed',
      lineTotalFen: 10800,
    });
  });

  it('still prices lines that have problems, so the phone can show them', () => {
    const quote = quoteOrder({
      items: [{ productId: 'wine', quantity: 4 }],
      products,
      dealer: makeDealer(),
      now,
    });
    expect(quote.problems.map((p) => p.code)).toEqual([
      'ORDER_BELOW_MOQ',
      'ORDER_NOT_CASE_MULTIPLE',
    ]);
    expect(quote.totalFen).toBe(3920);
  });

  it('leaves unpriceable lines out of the total', () => {
    const quote = quoteOrder({
      items: [
        { productId: 'beer', quantity: 1.5 },
        { productId: 'ghost', quantity: 1 },
        { productId: 'cheap', quantity: 2 },
      ],
      products,
      dealer: makeDealer(),
      now,
    });
    expect(quote.problems.map((p) => p.code)).toEqual(['QUANTITY_INVALID', 'PRODUCT_NOT_FOUND']);
    expect(quote.lines.map((l) => l.productId)).toEqual(['cheap']);
    expect(quote.totalFen).toBe(20);
  });

  it('refuses an order over the credit limit when the dealer policy is refuse', () => {
    const dealer = makeDealer({ creditLimitFen: 10_000, receivableFen: 3000, openOrderFen: 2000 });
    const quote = quoteOrder({
      items: [{ productId: 'wine', quantity: 6 }],
      products,
      dealer,
      now,
    });
    expect(quote.credit).toEqual({ withinLimit: false, availableFen: 5000, exceedFen: 880 });
    expect(quote.creditHold).toBe(false);
    expect(quote.problems.map((p) => [p.productId, p.code])).toEqual([['', 'CREDIT_EXCEEDED']]);
    expect(quote.problems[0]?.message).toContain('超出授信额度 ¥8.80');
  });

  it('holds an order over the credit limit for approval when the policy is approval', () => {
    const dealer = makeDealer({ creditLimitFen: 5000, overCreditPolicy: 'approval' });
    const quote = quoteOrder({
      items: [{ productId: 'wine', quantity: 6 }],
      products,
      dealer,
      now,
    });
    expect(quote.problems).toEqual([]);
    expect(quote.creditHold).toBe(true);
    expect(quote.credit.exceedFen).toBe(880);
  });

  it('passes an order that reaches the credit limit exactly', () => {
    const dealer = makeDealer({ creditLimitFen: 5880 });
    const quote = quoteOrder({
      items: [{ productId: 'wine', quantity: 6 }],
      products,
      dealer,
      now,
    });
    expect(quote.problems).toEqual([]);
    expect(quote.credit.withinLimit).toBe(true);
  });
});
