import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '../../types/envelope';
import type { ProductListItem } from '../../types/functions/order';
import { addProduct } from '../support/products';
import { startTestRuntime, type TestRuntime } from '../support/runtime';

let t: TestRuntime;

beforeAll(async () => {
  t = await startTestRuntime();
});

afterAll(async () => {
  await t.close();
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
    await addProduct(t, 't-keyword', {
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
