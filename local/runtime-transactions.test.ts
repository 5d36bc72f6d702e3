import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { Runtime } from './runtime';
import { guardNetwork, type NetworkGuard } from './test-support/network-guard';
import { asRecord, fixtureRuntime, removeDataDir } from './test-support/runtime';

let guard: NetworkGuard;
let runtime: Runtime;
let dataDir: string;

beforeAll(async () => {
  guard = guardNetwork();
  ({ runtime, dataDir } = await fixtureRuntime());
});

afterAll(async () => {
  await runtime.close();
  guard.restore();
  removeDataDir(dataDir);
});

beforeEach(async () => {
  await runtime.store.remove('products', 'stocked');
  await runtime.store.insert('products', { _id: 'stocked', name: 'Fenjiu', stock: 10 });
});

const probe = async (event: Record<string, unknown>) =>
  asRecord(await runtime.invoke('probe', event, { openid: 'openid-tx' }));

const stock = async (): Promise<unknown> => (await runtime.store.get('products', 'stocked'))?.stock;

describe('transactions', () => {
  it('sells exactly the stock to 30 concurrent reservations and never goes below zero', async () => {
    const replies = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        probe({
          action: 'reserveInTransaction',
          productId: 'stocked',
          quantity: 1,
          orderId: `o-${index}`,
        }),
      ),
    );

    expect(replies.filter((reply) => reply.reserved === true)).toHaveLength(10);
    expect(replies.filter((reply) => reply.reserved === false)).toHaveLength(20);
    expect(await stock()).toBe(0);
    expect(await runtime.store.count('orders', { productId: 'stocked' })).toBe(10);
  });

  it('sells exactly the stock to concurrent conditional decrements outside a transaction', async () => {
    const replies = await Promise.all(
      Array.from({ length: 30 }, () =>
        probe({ action: 'reserveWithCondition', productId: 'stocked', quantity: 3 }),
      ),
    );

    expect(replies.filter((reply) => reply.reserved === true)).toHaveLength(3);
    expect(await stock()).toBe(1);
  });

  it.each(['whereUpdate', 'whereRemove', 'count', 'queryGet', 'aggregate', 'dbDoc'])(
    'refuses %s inside a transaction and rolls the transaction back',
    async (kind) => {
      const reply = await probe({ action: 'refusedInTransaction', kind, productId: 'stocked' });

      expect(reply.failed).toBe(true);
      expect(reply.errCode).toBe(-502002);
      expect(String(reply.message)).toContain('LOCAL_TRANSACTION_REFUSED');
      expect(await runtime.store.get('products', 'stocked')).toEqual({
        _id: 'stocked',
        name: 'Fenjiu',
        stock: 10,
      });
    },
  );

  it('rolls back when the callback throws', async () => {
    const reply = await probe({ action: 'throwInTransaction', productId: 'stocked' });

    expect(String(reply.message)).toContain('changed my mind');
    expect(await stock()).toBe(10);
  });

  it('commits or rolls back a transaction started with startTransaction()', async () => {
    await probe({ action: 'manualTransaction', productId: 'stocked', commit: false });
    expect(await stock()).toBe(10);
    expect(await runtime.store.get('products', 'manual-stocked')).toBeNull();

    await probe({ action: 'manualTransaction', productId: 'stocked', commit: true });
    expect(await stock()).toBe(42);
    expect(await runtime.store.get('products', 'manual-stocked')).toEqual({
      _id: 'manual-stocked',
      by: 'manual',
    });
    await runtime.store.remove('products', 'manual-stocked');
  });

  it('rolls back a transaction the function left open and frees the database', async () => {
    await probe({ action: 'leaveTransactionOpen', productId: 'stocked' });

    expect(await stock()).toBe(10);
  });

  it('reports a duplicate add inside a transaction as E11000 and keeps the first', async () => {
    await runtime.store.insert('orders', { _id: 'tx-dup', n: 0 });
    const reply = await probe({ action: 'duplicateInTransaction', id: 'tx-dup' });

    expect(reply.errCode).toBe(-502001);
    expect(String(reply.message)).toContain('E11000 duplicate key error');
    expect(await runtime.store.get('orders', 'tx-dup')).toEqual({ _id: 'tx-dup', n: 0 });
  });

  it('never attempts a connection to another host', () => {
    expect(guard.attempts).toEqual([]);
  });
});
