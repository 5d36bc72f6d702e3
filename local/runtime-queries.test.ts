import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Runtime } from './runtime';
import { guardNetwork, type NetworkGuard } from './test-support/network-guard';
import { asRecord, fixtureRuntime, removeDataDir } from './test-support/runtime';

let guard: NetworkGuard;
let runtime: Runtime;
let dataDir: string;

beforeAll(async () => {
  guard = guardNetwork();
  ({ runtime, dataDir } = await fixtureRuntime());
  await runtime.store.insertMany('products', [
    { _id: 'p1', name: 'Moutai 53', category: 'baijiu', stock: 10, old: 'x', tags: ['gift'] },
    { _id: 'p2', name: 'Penfolds 389', category: 'wine', stock: 6 },
    { _id: 'p3', name: 'Tsingtao', category: 'beer', stock: 0 },
  ]);
});

afterAll(async () => {
  await runtime.close();
  guard.restore();
  removeDataDir(dataDir);
});

const probe = async (event: Record<string, unknown>) =>
  asRecord(await runtime.invoke('probe', event, { openid: 'openid-1' }));

describe('queries', () => {
  beforeAll(async () => {
    const docs = Array.from({ length: 1205 }, (_, index) => ({
      _id: `row-${String(index).padStart(4, '0')}`,
      n: index,
      parity: index % 2 === 0 ? 'even' : 'odd',
    }));
    await runtime.store.insertMany('rows', docs);
  });

  it('returns 100 documents from get() without a limit', async () => {
    const reply = await probe({ action: 'list', collection: 'rows' });

    expect((reply.data as unknown[]).length).toBe(100);
  });

  it('caps a get() limit at 1000 documents', async () => {
    const reply = await probe({ action: 'list', collection: 'rows', limit: 5000 });

    expect((reply.data as unknown[]).length).toBe(1000);
  });

  it('sorts, skips and limits in the MongoDB order', async () => {
    const reply = await probe({
      action: 'list',
      collection: 'rows',
      where: { parity: 'odd' },
      orderBy: [['n', 'desc']],
      skip: 2,
      limit: 3,
    });

    expect((reply.data as Array<{ n: number }>).map((row) => row.n)).toEqual([1199, 1197, 1195]);
  });

  it('counts matching documents', async () => {
    const reply = await probe({ action: 'count', collection: 'rows', where: { parity: 'even' } });

    expect(reply.total).toBe(603);
  });

  it('updates every match of where().update() and reports how many changed', async () => {
    const reply = await probe({
      action: 'whereUpdate',
      collection: 'rows',
      where: { parity: 'odd' },
      data: { flagged: true },
    });

    expect(reply.stats).toEqual({ updated: 602 });
    expect(await runtime.store.count('rows', { flagged: true })).toBe(602);
  });

  it('aggregates, returning 20 results unless the pipeline sets a limit', async () => {
    const grouped = await probe({ action: 'aggregateSum' });
    const limited = await probe({ action: 'aggregateSum', limit: 1 });
    const all = await probe({ action: 'aggregateAll', collection: 'rows' });

    expect(grouped.list).toEqual([
      { _id: 'baijiu', stock: 10 },
      { _id: 'beer', stock: 0 },
      { _id: 'wine', stock: 6 },
    ]);
    expect((limited.list as unknown[]).length).toBe(1);
    expect((all.list as unknown[]).length).toBe(20);
  });

  it('never attempts a connection to another host', () => {
    expect(guard.attempts).toEqual([]);
  });
});
