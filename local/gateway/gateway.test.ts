import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { createRuntime, type Runtime } from '../runtime';
import { guardNetwork, type NetworkGuard } from '../test-support/network-guard';
import { FIXTURE_FUNCTIONS, makeDataDir, removeDataDir } from '../test-support/runtime';
import { startGateway, type Gateway } from './index';

const ACCOUNTS = { 'dealer-new': 'openid-dealer-new', staff: 'openid-staff' };

let guard: NetworkGuard;
let dataDir: string;
let staticDir: string;
let runtime: Runtime;
let gateway: Gateway;
const logLines: string[] = [];

async function start(): Promise<void> {
  runtime = await createRuntime({ dataDir, functionsDir: FIXTURE_FUNCTIONS });
  gateway = await startGateway({ runtime, port: 0, staticDir, accounts: ACCOUNTS });
}

async function stop(): Promise<void> {
  await gateway.close();
  await runtime.close();
}

beforeAll(async () => {
  guard = guardNetwork();
  dataDir = makeDataDir();
  staticDir = path.join(dataDir, 'h5');
  mkdirSync(path.join(staticDir, 'js'), { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>dealer-hub</title>');
  writeFileSync(path.join(staticDir, 'js', 'app.1a2b3c4d.js'), 'console.info(1)');
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    logLines.push(String(chunk));
    return true;
  });
  await start();
  await runtime.store.insert('users', { _id: 'openid-staff', role: 'staff' });
});

afterAll(async () => {
  vi.restoreAllMocks();
  await stop();
  guard.restore();
  removeDataDir(dataDir);
});

const post = (route: string, body: string | Blob, headers: Record<string, string> = {}) =>
  fetch(`${gateway.url}${route}`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  });

async function login(account: string): Promise<string> {
  const reply = (await (await post('/auth/login', JSON.stringify({ account }))).json()) as {
    token: string;
  };
  return reply.token;
}

describe('gateway', () => {
  it('listens on 127.0.0.1 on the free port it was given', () => {
    expect(gateway.url).toBe(`http://127.0.0.1:${gateway.port}`);
    expect(gateway.port).toBeGreaterThan(0);
  });

  it('signs in a demo account and calls a function as that caller', async () => {
    const token = await login('dealer-new');
    const response = await post('/fn/echo', JSON.stringify({ action: 'ping', openid: 'forged' }), {
      authorization: `Bearer ${token}`,
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ok: true,
      data: { openid: 'openid-dealer-new', event: { action: 'ping', openid: 'forged' } },
    });
  });

  it('leaves the per-request line to the function boundary unless asked to log requests', async () => {
    const token = await login('dealer-new');
    const logging = await startGateway({ runtime, port: 0, accounts: ACCOUNTS, logRequests: true });
    const call = (url: string) =>
      fetch(`${url}/fn/echo`, {
        method: 'POST',
        body: JSON.stringify({ action: 'ping' }),
        headers: { authorization: `Bearer ${token}` },
      });
    const gatewayLine = (line: string) => line.includes('"fn":"echo","action":"ping","code":"OK"');

    logLines.length = 0;
    await call(gateway.url);
    const byDefault = logLines.filter(gatewayLine).length;
    await call(logging.url);
    await logging.close();

    expect(byDefault).toBe(0);
    expect(logLines.filter(gatewayLine)).toHaveLength(1);
  });

  it('calls a function with no caller when the token is missing or unknown', async () => {
    const missing = await (await post('/fn/echo', '{}')).json();
    const unknown = await (await post('/fn/echo', '{}', { authorization: 'Bearer nope' })).json();

    expect(missing).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(unknown).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('refuses an unknown account with 400', async () => {
    const response = await post('/auth/login', JSON.stringify({ account: 'admin' }));

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      ok: false,
      code: 'INVALID_INPUT',
      message: '没有这个演示账号，请从列表中选择',
    });
  });

  it('refuses demo sign-in when NODE_ENV is production', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const response = await post('/auth/login', JSON.stringify({ account: 'staff' }));
    vi.unstubAllEnvs();

    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it.each([
    ['invalid JSON', '{"action":'],
    ['a JSON array', '[1, 2]'],
  ])('answers %s with 400 INVALID_INPUT', async (_label, body) => {
    const response = await post('/fn/echo', body);

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      ok: false,
      code: 'INVALID_INPUT',
      message: '请求格式不正确',
    });
  });

  it('answers an unknown function with 404 and a crash with 500 INTERNAL', async () => {
    const unknown = await post('/fn/nope', '{}');
    const crash = await post('/fn/echo', JSON.stringify({ action: 'boom' }));

    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(crash.status).toBe(500);
    expect(await crash.json()).toMatchObject({ ok: false, code: 'INTERNAL' });
  });

  it('stores an upload and serves it back by its temp URL', async () => {
    const response = await post('/storage/upload?name=价格表.csv', 'sku,price\nA1,100', {
      'content-type': 'text/csv',
      authorization: `Bearer ${await login('staff')}`,
    });
    const { fileID } = (await response.json()) as { fileID: string };
    const name = fileID.replace('cloud://local/', '');
    const served = await fetch(
      `${gateway.url}/storage/${name.split('/').map(encodeURIComponent).join('/')}`,
    );

    expect(fileID).toMatch(/^cloud:\/\/local\/uploads\/[0-9a-f]{32}\/价格表\.csv$/);
    expect(await served.text()).toBe('sku,price\nA1,100');
    expect(served.headers.get('content-type')).toBe('application/octet-stream');
  });

  it('refuses uploads over 5 MB and names with a path', async () => {
    const authorization = `Bearer ${await login('staff')}`;
    const big = await post(
      '/storage/upload?name=big.bin',
      new Blob([new Uint8Array(5 * 1024 * 1024 + 1)]),
      { authorization },
    );
    const sneaky = await post('/storage/upload?name=../x.txt', 'x', { authorization });

    expect(big.status).toBe(413);
    expect(sneaky.status).toBe(400);
  });

  it('serves the H5 build with content types and falls back to index.html for app routes', async () => {
    const script = await fetch(`${gateway.url}/js/app.1a2b3c4d.js`);
    const route = await fetch(`${gateway.url}/pages/orders/index`);
    const missingAsset = await fetch(`${gateway.url}/js/missing.js`);
    const escape = await fetch(`${gateway.url}/..%2f..%2fetc%2fpasswd`);

    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.info(1)');
    expect(await route.text()).toContain('<title>dealer-hub</title>');
    expect(missingAsset.status).toBe(404);
    expect(await escape.text()).not.toContain('root:');
  });

  it('keeps a session token valid across a restart', async () => {
    const token = await login('staff');
    await stop();
    await start();

    const reply = await (
      await post('/fn/echo', JSON.stringify({ action: 'ping' }), {
        authorization: `Bearer ${token}`,
      })
    ).json();
    expect(reply).toMatchObject({ ok: true, data: { openid: 'openid-staff' } });
  });

  it('never attempts a connection to another host', () => {
    expect(guard.attempts).toEqual([]);
  });
});
