import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Caller, Runtime } from './runtime';
import { guardNetwork, type NetworkGuard } from './test-support/network-guard';
import { asRecord, fixtureRuntime, removeDataDir } from './test-support/runtime';

let guard: NetworkGuard;
let runtime: Runtime;
let dataDir: string;
const dealer: Caller = { openid: 'openid-dealer' };

beforeAll(async () => {
  guard = guardNetwork();
  ({ runtime, dataDir } = await fixtureRuntime());
});

afterAll(async () => {
  await runtime.close();
  guard.restore();
  removeDataDir(dataDir);
});

const probe = async (event: Record<string, unknown>, caller: Caller = dealer) =>
  asRecord(await runtime.invoke('probe', event, caller));

describe('runtime invoke', () => {
  it('gives each concurrent invocation its own caller in getWXContext', async () => {
    const callers = ['openid-a', 'openid-b', 'openid-c'];
    const replies = await Promise.all(
      callers.map((openid, index) => probe({ action: 'whoami', ms: 30 - index * 10 }, { openid })),
    );

    expect(replies.map((reply) => reply.OPENID)).toEqual(callers);
    expect(replies[0]).toMatchObject({ APPID: 'local-appid', ENV: 'local', SOURCE: 'wx_client' });
  });

  it('leaves OPENID out for a signed-out caller', async () => {
    const reply = await probe({ action: 'whoami' }, { openid: null });

    expect(reply.OPENID).toBeUndefined();
  });

  it('rejects an unknown function name', async () => {
    await expect(runtime.invoke('nope', {}, dealer)).rejects.toThrow(
      'unknown cloud function: nope',
    );
    await expect(runtime.invoke('../probe', {}, dealer)).rejects.toThrow('unknown cloud function');
  });

  it('passes a thrown error in main back to the caller', async () => {
    await expect(runtime.invoke('probe', { action: 'fail' }, dealer)).rejects.toThrow('on purpose');
  });

  it('runs cloud.callFunction in process with the same caller', async () => {
    const reply = await probe({ action: 'callSelf' });

    expect(reply.OPENID).toBe('openid-dealer');
  });

  it('refuses openapi calls that have no local stand-in instead of reaching Tencent', async () => {
    const reply = await probe({ action: 'openapi' });

    expect(String(reply.message)).toContain('cloud.openapi.wxacode.get is not available');
  });

  it('stores, serves and links uploaded files under the data folder', async () => {
    const reply = await probe({
      action: 'upload',
      cloudPath: 'imports/价格表.csv',
      text: 'sku,price',
    });

    expect(reply).toEqual({
      fileID: 'cloud://local/imports/价格表.csv',
      text: 'sku,price',
      url: `/storage/imports/${encodeURIComponent('价格表.csv')}`,
    });
    const missing = await probe({ action: 'download', fileID: 'cloud://local/nothing.txt' });
    expect(missing.errCode).toBe(-503003);
  });

  it('never attempts a connection to another host', () => {
    expect(guard.attempts).toEqual([]);
  });
});

describe('timer triggers', () => {
  it('runs a timer with the Timer event and no caller', async () => {
    await runtime.runTimer('probe', 'sweep');

    const [run] = await runtime.store.find('timerRuns', { trigger: 'sweep' });
    expect(run?.trigger).toBe('sweep');
    expect(asRecord(run?.context)).toEqual({
      APPID: 'local-appid',
      ENV: 'local',
      SOURCE: 'wx_trigger',
    });
    expect(Date.parse(String(run?.at))).toBeGreaterThan(Date.now() - 60_000);
  });

  it('rejects a trigger the function does not declare', async () => {
    await expect(runtime.runTimer('probe', 'hourly')).rejects.toThrow('no timer trigger hourly');
  });

  it('fires scheduled timers until the runtime closes', async () => {
    const { runtime: timed, dataDir: timedDir } = await fixtureRuntime();
    timed.startTimers();
    await new Promise((resolve) => setTimeout(resolve, 2300));

    const runs = await timed.store.count('timerRuns');
    await timed.close();
    expect(runs).toBeGreaterThanOrEqual(1);
    expect(runs).toBeLessThanOrEqual(3);
    removeDataDir(timedDir);
  });
});

describe('seeding', () => {
  it('seeds a new database once and keeps its data across a restart', async () => {
    let seeded = 0;
    const seed = async (store: Runtime['store']): Promise<void> => {
      seeded += 1;
      await store.insert('products', { _id: 'seeded', stock: 1 });
    };
    const first = await fixtureRuntime({ seed });
    await first.runtime.store.update('products', 'seeded', { stock: 5 });
    await first.runtime.close();

    const second = await fixtureRuntime({ seed, dataDir: first.dataDir });
    const product = await second.runtime.store.get('products', 'seeded');
    await second.runtime.close();
    removeDataDir(first.dataDir);

    expect(seeded).toBe(1);
    expect(product).toEqual({ _id: 'seeded', stock: 5 });
  });
});
