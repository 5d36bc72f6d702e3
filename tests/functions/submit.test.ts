import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderDoc } from '../../types/documents';
import type { QuoteResult } from '../../types/functions/order';
import { addProduct, stockOf } from '../support/products';
import { startTestRuntime, type TestRuntime } from '../support/runtime';

let t: TestRuntime;

beforeAll(async () => {
  t = await startTestRuntime();
});

afterAll(async () => {
  await t.close();
});

describe('order.submit', () => {
  it('gives one order and the same id when the same requestId is submitted twice', async () => {
    await addProduct(t, 't-twice');
    const event = {
      action: 'submit',
      requestId: 'req-twice-0001',
      items: [{ productId: 't-twice', quantity: 12 }],
    };

    const first = await t.data<OrderDoc>('dealer-new', 'order', event);
    const second = await t.data<OrderDoc>('dealer-new', 'order', event);

    expect(second._id).toBe(first._id);
    expect(first.totalFen).toBe(119760);
    expect(await stockOf(t, 't-twice')).toBe(588);
    const orders = await t.runtime.store.find('orders', { requestId: 'req-twice-0001' });
    expect(orders).toHaveLength(1);
  });

  it('refuses a reused requestId that carries a different cart', async () => {
    await addProduct(t, 't-reuse');
    const items = [{ productId: 't-reuse', quantity: 12 }];
    await t.data('dealer-new', 'order', { action: 'submit', requestId: 'req-reuse-0001', items });

    const other = [{ productId: 't-reuse', quantity: 18 }];
    const reply = await t.call('dealer-new', 'order', {
      action: 'submit',
      requestId: 'req-reuse-0001',
      items: other,
    });

    expect(reply).toMatchObject({ ok: false, code: 'REQUEST_ID_REUSED' });
  });

  it('sells exactly the stock when 30 dealers race for 10 bottles', async () => {
    await addProduct(t, 't-race', { caseSize: 1, moq: 1, stock: 10 });

    const replies = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t.call('dealer-top', 'order', {
          action: 'submit',
          requestId: `req-race-${String(i).padStart(4, '0')}`,
          items: [{ productId: 't-race', quantity: 1 }],
        }),
      ),
    );

    const placed = replies.filter((reply) => reply.ok);
    const refused = replies.filter((reply) => !reply.ok);
    expect(placed).toHaveLength(10);
    expect(refused.every((reply) => !reply.ok && reply.code === 'STOCK_SHORT')).toBe(true);
    expect(await stockOf(t, 't-race')).toBe(0);
  });

  it('ignores openid, dealer, prices and totals sent by the client', async () => {
    await addProduct(t, 't-forged', { tierPricesFen: { new: 8800 } });

    const order = await t.data<OrderDoc>('dealer-new', 'order', {
      action: 'submit',
      requestId: 'req-forged-001',
      openid: 'demo-openid-dealer-top',
      dealerId: 'someone-else',
      totalFen: 1,
      items: [{ productId: 't-forged', quantity: 12, priceFen: 1, unitPriceFen: 1 }],
    });

    const me = await t.data<{ dealer: { _id: string } }>('dealer-new', 'user', { action: 'me' });
    expect(order.dealerId).toBe(me.dealer._id);
    expect(order.items[0]?.unitPriceFen).toBe(8800);
    expect(order.totalFen).toBe(105600);
  });

  it('refuses an order below the minimum quantity with its code and a Chinese message', async () => {
    await addProduct(t, 't-moq', { moq: 36 });

    const reply = await t.call('dealer-new', 'order', {
      action: 'submit',
      requestId: 'req-moq-00001',
      items: [{ productId: 't-moq', quantity: 24 }],
    });

    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.code).toBe('ORDER_BELOW_MOQ');
    expect(reply.message).toContain('6 箱');
    expect(await stockOf(t, 't-moq')).toBe(600);
  });

  it('quotes instantly with every problem of the cart and exact fen totals', async () => {
    await addProduct(t, 't-quote', { caseSize: 6, moq: 6, basePriceFen: 1990 });

    const quote = await t.data<QuoteResult>('dealer-new', 'order', {
      action: 'quote',
      items: [{ productId: 't-quote', quantity: 7 }],
    });

    expect(quote.totalFen).toBe(13930);
    expect(quote.problems.map((problem) => problem.code)).toEqual(['ORDER_NOT_CASE_MULTIPLE']);
  });

  it('refuses an order over the credit limit when the dealer’s policy is to refuse', async () => {
    await addProduct(t, 't-credit-refuse', { caseSize: 1, moq: 1, basePriceFen: 100_000 });
    const me = await t.data<{
      dealer: { creditLimitFen: number; receivableFen: number; openOrderFen: number };
    }>('dealer-new', 'user', { action: 'me' });
    const availableFen =
      me.dealer.creditLimitFen - me.dealer.receivableFen - me.dealer.openOrderFen;
    const bottles = Math.floor(availableFen / 100_000) + 1;

    const reply = await t.call('dealer-new', 'order', {
      action: 'submit',
      requestId: 'req-credit-refuse',
      items: [{ productId: 't-credit-refuse', quantity: bottles }],
    });

    expect(reply).toMatchObject({ ok: false, code: 'CREDIT_EXCEEDED' });
    expect(await stockOf(t, 't-credit-refuse')).toBe(600);
  });

  it('places an over-limit order on hold for approval when the policy is to wait', async () => {
    await addProduct(t, 't-credit-hold', {
      caseSize: 1,
      moq: 1,
      basePriceFen: 100_000,
      stock: 10_000,
    });

    const order = await t.data<OrderDoc>('dealer-core', 'order', {
      action: 'submit',
      requestId: 'req-credit-hold',
      items: [{ productId: 't-credit-hold', quantity: 3_000 }],
    });

    expect(order.status).toBe('submitted');
    expect(order.creditHold).toBe(true);
    expect(order.totalFen).toBe(300_000_000);
  });
});
