import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeDataDir, removeDataDir } from '../test-support/runtime';
import { DuplicateKeyError, LocalStore } from './index';

let dataDir: string;
let store: LocalStore;

const DEALERS = 50;
const ORDERS_PER_DEALER = 40;

beforeAll(async () => {
  dataDir = makeDataDir();
  store = LocalStore.open(path.join(dataDir, 'store.sqlite'));

  const orders = [];
  for (let index = 0; index < DEALERS * ORDERS_PER_DEALER; index += 1) {
    orders.push({
      _id: `order-${index}`,
      dealerId: `dealer-${index % DEALERS}`,
      status: index % 3 === 0 ? 'submitted' : 'approved',
      createdAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
      totalFen: 1000 + index,
    });
  }
  await store.insertMany('orders', orders);
});

afterAll(async () => {
  await store.close();
  removeDataDir(dataDir);
});

describe('indexed queries', () => {
  it('reads a dealer order list through the dealerId index, not a scan', async () => {
    const plan = store.explain('orders', { dealerId: 'dealer-7' });
    const list = await store.find(
      'orders',
      { dealerId: 'dealer-7' },
      { sort: { createdAt: -1 }, limit: 5 },
    );

    expect(plan.join(' | ')).toContain('USING INDEX ix_orders_dealerId');
    expect(plan.filter((step) => step.startsWith('SCAN'))).toEqual([]);
    expect(store.stats.rowsRead).toBe(ORDERS_PER_DEALER);
    expect(list.map((order) => order._id)).toEqual([
      'order-1957',
      'order-1907',
      'order-1857',
      'order-1807',
      'order-1757',
    ]);
  });

  it('uses the index for $in and ranges and still applies the rest of the filter', async () => {
    const since = new Date(Date.UTC(2026, 0, 1) + 1990 * 60_000).toISOString();
    const filter = {
      createdAt: { $gte: since },
      status: { $in: ['submitted'] },
      totalFen: { $gt: 0 },
    };
    const found = await store.find('orders', filter);

    expect(store.explain('orders', filter).join(' | ')).toMatch(
      /USING INDEX ix_orders_(createdAt|status)/,
    );
    expect(found.map((order) => order._id)).toEqual(['order-1992', 'order-1995', 'order-1998']);
  });

  it('finds the same documents with or without an index', async () => {
    const indexed = await store.count('orders', { dealerId: { $in: ['dealer-1', 'dealer-2'] } });
    const scanned = await store.count('orders', {
      $or: [{ dealerId: 'dealer-1' }, { dealerId: 'dealer-2' }],
    });

    expect(indexed).toBe(2 * ORDERS_PER_DEALER);
    expect(scanned).toBe(indexed);
    expect(store.stats.rowsRead).toBe(DEALERS * ORDERS_PER_DEALER);
  });
});

describe('store API', () => {
  it('updates with plain fields as $set and with operators', async () => {
    await store.insert('dealers', { _id: 'd1', name: 'A', receivableFen: 100 });
    await store.update('dealers', 'd1', { name: 'B' });
    await store.update('dealers', 'd1', { $inc: { receivableFen: 50 } });

    expect(await store.get('dealers', 'd1')).toEqual({ _id: 'd1', name: 'B', receivableFen: 150 });
    expect(await store.update('dealers', 'missing', { name: 'C' })).toBe(false);
  });

  it('throws DuplicateKeyError for an existing _id and inserts nothing of a failed batch', async () => {
    await expect(store.insert('dealers', { _id: 'd1' })).rejects.toBeInstanceOf(DuplicateKeyError);
    await expect(store.insertMany('dealers', [{ _id: 'd2' }, { _id: 'd1' }])).rejects.toThrow(
      'E11000',
    );
    expect(await store.get('dealers', 'd2')).toBeNull();
  });

  it('keeps data across a reopen of the file', async () => {
    const file = path.join(dataDir, 'reopen.sqlite');
    const first = LocalStore.open(file);
    await first.insert('users', { _id: 'u1', dealerId: 'd1', at: new Date(0) });
    await first.close();

    const second = LocalStore.open(file);
    expect(await second.get('users', 'u1')).toEqual({ _id: 'u1', dealerId: 'd1', at: new Date(0) });
    await second.close();
  });

  it('reads nothing from a collection that does not exist yet', async () => {
    expect(await store.find('never', { a: 1 })).toEqual([]);
    expect(await store.get('never', 'x')).toBeNull();
  });
});
