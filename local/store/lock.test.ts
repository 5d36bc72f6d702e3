import { describe, expect, it } from 'vitest';

import { AsyncLock } from './lock';

describe('connection lock', () => {
  it('runs synchronous work at once when nobody holds the lock', () => {
    const lock = new AsyncLock();
    let ran = false;

    void lock.runSync(() => {
      ran = true;
    });

    expect(ran).toBe(true);
  });

  it('makes synchronous work wait until an open transaction lets go', async () => {
    const lock = new AsyncLock();
    const order: string[] = [];
    const release = await lock.acquire();

    const read = lock.runSync(() => order.push('read'));
    await Promise.resolve();
    order.push('commit');
    release();
    await read;

    expect(order).toEqual(['commit', 'read']);
  });

  it('keeps first-come order for work queued behind a holder', async () => {
    const lock = new AsyncLock();
    const order: number[] = [];
    const release = await lock.acquire();

    const queued = [1, 2, 3].map((n) => lock.runSync(() => order.push(n)));
    release();
    await Promise.all(queued);
    await lock.runSync(() => order.push(4));

    expect(order).toEqual([1, 2, 3, 4]);
  });

  it('turns a throw inside synchronous work into a rejection', async () => {
    const lock = new AsyncLock();

    await expect(
      lock.runSync(() => {
        throw new Error('bad filter');
      }),
    ).rejects.toThrow('bad filter');
  });
});
