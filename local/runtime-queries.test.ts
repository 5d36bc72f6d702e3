import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startProbeSuite, type ProbeSuite } from './test-support/probe-suite';

let suite: ProbeSuite;

beforeAll(async () => {
  suite = await startProbeSuite();
});

afterAll(async () => {
  await suite.close();
});

const probe = (event: Record<string, unknown>) => suite.probe(event);

describe('queries', () => {
  beforeAll(async () => {
    const docs = Array.from({ length: 1205 }, (_, index) => ({
      _id: `row-${String(index).padStart(4, '0')}`,
      n: index,
      parity: index % 2 === 0 ? 'even' : 'odd',
    }));
    await suite.runtime.store.insertMany('rows', docs);
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
    expect(await suite.runtime.store.count('rows', { flagged: true })).toBe(602);
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
    expect(suite.guard.attempts).toEqual([]);
  });
});
