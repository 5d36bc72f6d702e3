import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { gatewayMessages as messages } from '../locale.zh-CN';
import { guardNetwork, type NetworkGuard } from '../test-support/network-guard';
import { isNestedDeeperThan, MAX_JSON_DEPTH } from './http';
import { rawRequest, signIn, startTestGateway, type TestGateway } from './test-gateway';

let guard: NetworkGuard;
let server: TestGateway;
let staffToken: string;

beforeAll(async () => {
  guard = guardNetwork();
  server = await startTestGateway();
  staffToken = await signIn(server.gateway, 'staff');
});

afterAll(async () => {
  await server.stop();
  guard.restore();
});

const send = (method: string, path: string, body?: string, headers: Record<string, string> = {}) =>
  rawRequest(server.gateway.port, method, path, {
    headers: { host: `127.0.0.1:${server.gateway.port}`, ...headers },
    body,
  });

const nested = (depth: number): string => `{"a":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`;

describe('fault 4: bad paths and bodies answered with 500 INTERNAL', () => {
  it('answers a malformed function name with 400 INVALID_INPUT', async () => {
    const reply = await send('POST', '/fn/%E0%A4%A', '{}');

    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.text)).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });

  it.each([
    '/storage/',
    '/storage/..%2f..%2fdatabase.sqlite',
    '/storage/.x',
    '/storage/a%00b',
    '/storage//etc/passwd',
    '/storage/%E0%A4%A',
    `/storage/${'a'.repeat(300)}`,
  ])('answers GET %s with 404 NOT_FOUND', async (path) => {
    const reply = await send('GET', path);

    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.text)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it.each([
    ['256 characters', `${'a'.repeat(252)}.csv`],
    ['300 characters', `${'a'.repeat(296)}.csv`],
    ['over 255 bytes in Chinese', `${'价'.repeat(86)}.csv`],
  ])('refuses an upload name of %s with 400 and a clear message', async (_label, name) => {
    const reply = await send('POST', `/storage/upload?name=${encodeURIComponent(name)}`, 'x', {
      authorization: `Bearer ${staffToken}`,
    });

    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.text)).toEqual({
      ok: false,
      code: 'INVALID_INPUT',
      message: messages.fileNameTooLong,
    });
  });

  it('still stores an upload whose name is exactly 255 bytes', async () => {
    const name = `${'价'.repeat(83)}ab.csv`;
    const reply = await send('POST', `/storage/upload?name=${encodeURIComponent(name)}`, 'x', {
      authorization: `Bearer ${staffToken}`,
    });

    expect(Buffer.byteLength(name)).toBe(255);
    expect(reply.status).toBe(200);
  });

  it('refuses a JSON body nested deeper than 100 levels with 400 INVALID_INPUT', async () => {
    const deep = await send('POST', '/fn/echo', nested(5000));
    const justDeepEnough = await send('POST', '/fn/echo', nested(MAX_JSON_DEPTH));

    expect(deep.status).toBe(400);
    expect(JSON.parse(deep.text)).toEqual({
      ok: false,
      code: 'INVALID_INPUT',
      message: messages.invalidRequest,
    });
    expect(justDeepEnough.status).toBe(200);
  });

  it('measures JSON nesting by levels of objects and arrays', () => {
    expect(isNestedDeeperThan({ a: [[1]] }, 3)).toBe(false);
    expect(isNestedDeeperThan({ a: [[[]]] }, 3)).toBe(true);
    expect(isNestedDeeperThan('text', 0)).toBe(false);
  });

  it('answers a function body over 1 MB with 413 and a "too large" message', async () => {
    const body = JSON.stringify({ action: 'x', pad: 'x'.repeat(1024 * 1024) });
    const reply = await send('POST', '/fn/echo', body);

    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.text)).toEqual({
      ok: false,
      code: 'INVALID_INPUT',
      message: messages.bodyTooLarge,
    });
  });

  it.each(['/fn/user', '/auth/login', '/auth/logout', '/storage/upload'])(
    'answers GET %s with 405 JSON, not the app page',
    async (path) => {
      const reply = await send('GET', path);

      expect(reply.status).toBe(405);
      expect(reply.headers.allow).toBe('POST');
      expect(JSON.parse(reply.text)).toEqual({
        ok: false,
        code: 'INVALID_INPUT',
        message: messages.methodNotAllowed,
      });
    },
  );

  it('never attempts a connection to another host', () => {
    expect(guard.attempts).toEqual([]);
  });
});
