import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderDoc, ProductDoc } from '../../types/documents';
import type { Page } from '../../types/envelope';
import type { ProductListItem, QuoteResult } from '../../types/functions/order';
import { startTestRuntime, type TestRuntime } from '../support/runtime';

let t: TestRuntime;

beforeAll(async () => {
  t = await startTestRuntime();
});

afterAll(async () => {
  await t.close();
});

/** A fresh product with known rules, so tests do not depend on the demo catalogue's numbers. */
async function addProduct(id: string, fields: Partial<ProductDoc> = {}): Promise<ProductDoc> {
  const product: ProductDoc = {
    _id: id,
    sku: id.toUpperCase(),
    name: `测试酒 ${id}`,
    category: '测试',
    spec: '52%vol 500ml',
    caseSize: 6,
    moq: 12,
    maxPerOrder: 0,
    basePriceFen: 9980,
    tierPricesFen: {},
    quantityTiers: [],
    tiersAllowed: [],
    stock: 600,
    status: 'active',
    imageUrl: '',
    description: '',
    searchText: id,
    updatedAt: new Date().toISOString(),
    ...fields,
  };
  await t.runtime.store.insert('products', { ...product });
  return product;
}

async function stockOf(productId: string): Promise<number> {
  const product = await t.runtime.store.get('products', productId);
  return Number(product?.stock);
}

describe('order.submit', () => {
  it('gives one order and the same id when the same requestId is submitted twice', async () => {
    await addProduct('t-twice');
    const event = {
      action: 'submit',
      requestId: 'req-twice-0001',
      items: [{ productId: 't-twice', quantity: 12 }],
    };

    const first = await t.data<OrderDoc>('dealer-new', 'order', event);
    const second = await t.data<OrderDoc>('dealer-new', 'order', event);

    expect(second._id).toBe(first._id);
    expect(first.totalFen).toBe(119760);
    expect(await stockOf('t-twice')).toBe(588);
    const orders = await t.runtime.store.find('orders', { requestId: 'req-twice-0001' });
    expect(orders).toHaveLength(1);
  });

  it('refuses a reused requestId that carries a different cart', async () => {
    await addProduct('t-reuse');
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
    await addProduct('t-race', { caseSize: 1, moq: 1, stock: 10 });

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
    expect(await stockOf('t-race')).toBe(0);
  });

  it('ignores openid, dealer, prices and totals sent by the client', async () => {
    await addProduct('t-forged', { tierPricesFen: { new: 8800 } });

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
    await addProduct('t-moq', { moq: 36 });

    const reply = await t.call('dealer-new', 'order', {
      action: 'submit',
      requestId: 'req-moq-00001',
      items: [{ productId: 't-moq', quantity: 24 }],
    });

    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.code).toBe('ORDER_BELOW_MOQ');
    expect(reply.message).toContain('6 箱');
    expect(await stockOf('t-moq')).toBe(600);
  });

  it('quotes instantly with every problem of the cart and exact fen totals', async () => {
    await addProduct('t-quote', { caseSize: 6, moq: 6, basePriceFen: 1990 });

    const quote = await t.data<QuoteResult>('dealer-new', 'order', {
      action: 'quote',
      items: [{ productId: 't-quote', quantity: 7 }],
    });

    expect(quote.totalFen).toBe(13930);
    expect(quote.problems.map((problem) => problem.code)).toEqual(['ORDER_NOT_CASE_MULTIPLE']);
  });
});

describe('order lifecycle', () => {
  it('releases stock when the dealer cancels before shipping', async () => {
    await addProduct('t-cancel');
    const order = await t.data<OrderDoc>('dealer-new', 'order', {
      action: 'submit',
      requestId: 'req-cancel-001',
      items: [{ productId: 't-cancel', quantity: 24 }],
    });
    expect(await stockOf('t-cancel')).toBe(576);

    const cancelled = await t.data<OrderDoc>('dealer-new', 'order', {
      action: 'cancel',
      orderId: order._id,
    });

    expect(cancelled.status).toBe('cancelled');
    expect(await stockOf('t-cancel')).toBe(600);
    expect(cancelled.timeline.map((entry) => entry.status)).toEqual(['submitted', 'cancelled']);
  });

  it('lets staff approve and ship part then the rest, moving the value to receivables', async () => {
    await addProduct('t-ship');
    const dealerBefore = await t.data<{ dealer: { receivableFen: number } }>(
      'dealer-core',
      'user',
      { action: 'me' },
    );
    const order = await t.data<OrderDoc>('dealer-core', 'order', {
      action: 'submit',
      requestId: 'req-ship-0001',
      items: [{ productId: 't-ship', quantity: 24 }],
    });

    await t.data('staff', 'order', { action: 'approve', orderId: order._id });
    const part = await t.data<OrderDoc>('staff', 'order', {
      action: 'ship',
      orderId: order._id,
      lines: [{ productId: 't-ship', quantity: 12 }],
    });
    const rest = await t.data<OrderDoc>('staff', 'order', {
      action: 'ship',
      orderId: order._id,
      lines: [{ productId: 't-ship', quantity: 12 }],
    });

    expect(part.status).toBe('partially_shipped');
    expect(rest.status).toBe('shipped');
    const after = await t.data<{ dealer: { receivableFen: number } }>('dealer-core', 'user', {
      action: 'me',
    });
    expect(after.dealer.receivableFen - dealerBefore.dealer.receivableFen).toBe(order.totalFen);
    const cancel = await t.call('dealer-core', 'order', { action: 'cancel', orderId: order._id });
    expect(cancel).toMatchObject({ ok: false, code: 'ORDER_STATE_INVALID' });
  });

  it('refuses with a reason and releases stock; a dealer may not approve', async () => {
    await addProduct('t-refuse');
    const order = await t.data<OrderDoc>('dealer-new', 'order', {
      action: 'submit',
      requestId: 'req-refuse-001',
      items: [{ productId: 't-refuse', quantity: 12 }],
    });

    const byDealer = await t.call('dealer-new', 'order', { action: 'approve', orderId: order._id });
    const noReason = await t.call('staff', 'order', {
      action: 'refuse',
      orderId: order._id,
      reason: ' ',
    });
    const refused = await t.data<OrderDoc>('staff', 'order', {
      action: 'refuse',
      orderId: order._id,
      reason: '该地区暂停供货',
    });

    expect(byDealer).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(noReason).toMatchObject({ ok: false, code: 'REFUSE_REASON_REQUIRED' });
    expect(refused.refuseReason).toBe('该地区暂停供货');
    expect(await stockOf('t-refuse')).toBe(600);
  });

  it('hides another dealer’s order as not found', async () => {
    await addProduct('t-private');
    const order = await t.data<OrderDoc>('dealer-new', 'order', {
      action: 'submit',
      requestId: 'req-private-01',
      items: [{ productId: 't-private', quantity: 12 }],
    });

    const reply = await t.call('dealer-top', 'order', { action: 'get', orderId: order._id });

    expect(reply).toMatchObject({ ok: false, code: 'ORDER_NOT_FOUND' });
  });

  it('cancels unconfirmed orders on the timeout timer and releases their stock', async () => {
    await addProduct('t-timeout');
    await t.runtime.store.update('settings', 'order', { confirmTimeoutMinutes: 0 });
    const order = await t.data<OrderDoc>('dealer-new', 'order', {
      action: 'submit',
      requestId: 'req-timeout-01',
      items: [{ productId: 't-timeout', quantity: 12 }],
    });
    await t.runtime.store.update('settings', 'order', { confirmTimeoutMinutes: 2880 });

    await t.runtime.runTimer('order', 'timeout');

    const after = await t.data<OrderDoc>('dealer-new', 'order', {
      action: 'get',
      orderId: order._id,
    });
    expect(after.status).toBe('cancelled');
    expect(after.timeline.at(-1)?.by).toBe('timer');
    expect(await stockOf('t-timeout')).toBe(600);
  });

  it('does not let a client fake the timer', async () => {
    const reply = await t.call('dealer-new', 'order', { Type: 'Timer', TriggerName: 'timeout' });

    expect(reply).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });
});

describe('catalogue and paging', () => {
  it('pages through every active product of the demo catalogue', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<ProductListItem> = await t.data('dealer-top', 'order', {
        action: 'listProducts',
        cursor,
      });
      seen.push(...page.items.map((item) => item._id));
      cursor = page.nextCursor;
    } while (cursor);

    const active = await t.runtime.store.count('products', { status: 'active' });
    expect(active).toBeGreaterThanOrEqual(40);
    expect(seen).toHaveLength(active);
    expect(new Set(seen).size).toBe(active);
  });

  it('finds products by keyword and by category', async () => {
    await addProduct('t-keyword', {
      name: '云岭测试珍藏',
      searchText: '云岭测试珍藏 t-keyword',
      category: '测试分类',
    });

    const byKeyword = await t.data<Page<ProductListItem>>('dealer-new', 'order', {
      action: 'listProducts',
      keyword: '测试珍藏',
    });
    const byCategory = await t.data<Page<ProductListItem>>('dealer-new', 'order', {
      action: 'listProducts',
      category: '测试分类',
    });

    expect(byKeyword.items.map((item) => item._id)).toEqual(['t-keyword']);
    expect(byCategory.items.map((item) => item._id)).toEqual(['t-keyword']);
  });

  it('pages a dealer through more than 100 orders, newest first, without repeats', async () => {
    const me = await t.data<{ dealer: { _id: string } }>('dealer-top', 'user', { action: 'me' });
    const base = Date.parse('2026-01-01T00:00:00Z');
    const docs = Array.from({ length: 130 }, (_, i) => ({
      _id: `paged-${i}`,
      dealerId: me.dealer._id,
      dealerName: 'x',
      submittedBy: 'x',
      requestId: `paged-${i}`,
      status: 'received',
      items: [],
      totalFen: 100,
      unshippedFen: 0,
      creditHold: false,
      timeline: [],
      confirmBy: new Date(base).toISOString(),
      // Pairs share a createdAt so the cursor's tie-break on _id is exercised.
      createdAt: new Date(base + Math.floor(i / 2) * 1000).toISOString(),
      updatedAt: new Date(base).toISOString(),
    }));
    for (const doc of docs) await t.runtime.store.insert('orders', doc);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<{ _id: string; createdAt: string }> = await t.data('dealer-top', 'order', {
        action: 'listMine',
        cursor,
      });
      seen.push(...page.items.map((item) => item._id));
      cursor = page.nextCursor;
    } while (cursor);

    const paged = seen.filter((id) => id.startsWith('paged-'));
    expect(paged).toHaveLength(130);
    expect(new Set(seen).size).toBe(seen.length);
    expect(paged.slice(0, 2).sort()).toEqual(['paged-128', 'paged-129']);
  });
});
