import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { gatewayMessages as messages } from '../locale.zh-CN';
import { FILE_ID_PREFIX } from '../sdk/files';
import { guardNetwork, type NetworkGuard } from '../test-support/network-guard';
import { SESSION_TTL_MS } from './sessions';
import { rawRequest, signIn, startTestGateway, type TestGateway } from './test-gateway';

let guard: NetworkGuard;
let server: TestGateway;

beforeAll(async () => {
  guard = guardNetwork();
  server = await startTestGateway();
});

afterAll(async () => {
  await server.stop();
  guard.restore();
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

function upload(name: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${server.gateway.url}/storage/upload?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    body,
    headers,
  });
}

async function callerOf(token: string): Promise<unknown> {
  const reply = await fetch(`${server.gateway.url}/fn/echo`, {
    method: 'POST',
    body: JSON.stringify({ action: 'ping' }),
    headers: bearer(token),
  });
  return reply.json();
}

describe('fault 1: anonymous upload served as HTML on the app origin', () => {
  it('refuses an upload without a session token with 401 UNAUTHENTICATED', async () => {
    const reply = await upload('x.csv', 'a', bearer('not-a-token'));

    expect(reply.status).toBe(401);
    expect(await reply.json()).toEqual({
      ok: false,
      code: 'UNAUTHENTICATED',
      message: messages.signInRequired,
    });
  });

  it('refuses an upload from a signed-in dealer with 403 FORBIDDEN', async () => {
    const token = await signIn(server.gateway, 'dealer-new');
    const reply = await upload('x.csv', 'a', bearer(token));

    expect(reply.status).toBe(403);
    expect(await reply.json()).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      message: messages.staffOnly,
    });
  });

  it.each(['page.html', 'logo.svg', 'app.js'])(
    'serves a stored %s only as a download, never as active content',
    async (name) => {
      const token = await signIn(server.gateway, 'staff');
      const stored = await upload(name, '<script>alert(1)</script>', bearer(token));
      const { fileID } = (await stored.json()) as { fileID: string };
      const served = await fetch(
        `${server.gateway.url}/storage/${fileID.slice(FILE_ID_PREFIX.length)}`,
      );

      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('application/octet-stream');
      expect(served.headers.get('content-disposition')).toBe(
        `attachment; filename*=UTF-8''${name}`,
      );
      expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    },
  );
});

describe('fault 2: sessions never end', () => {
  it('ends the session on POST /auth/logout', async () => {
    const token = await signIn(server.gateway, 'staff');
    const before = await callerOf(token);
    const reply = await fetch(`${server.gateway.url}/auth/logout`, {
      method: 'POST',
      headers: bearer(token),
    });

    expect(before).toMatchObject({ ok: true, data: { openid: 'openid-staff' } });
    expect(reply.status).toBe(200);
    expect(await callerOf(token)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await server.runtime.store.count('sessions', { token })).toBe(0);
  });

  it('treats a session older than 7 days as no token', async () => {
    const createdAt = new Date(Date.now() - SESSION_TTL_MS - 60_000).toISOString();
    await server.runtime.store.insert('sessions', {
      token: 'old-token',
      account: 'staff',
      openid: 'openid-staff',
      createdAt,
    });

    expect(await callerOf('old-token')).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await upload('x.csv', 'a', bearer('old-token'))).toHaveProperty('status', 401);
  });

  it('drops expired sessions when someone signs in', async () => {
    const createdAt = new Date(Date.now() - SESSION_TTL_MS - 60_000).toISOString();
    await server.runtime.store.insert('sessions', { token: 'stale', openid: 'x', createdAt });

    await signIn(server.gateway, 'dealer-new');

    expect(await server.runtime.store.count('sessions', { token: 'stale' })).toBe(0);
  });
});

describe('fault 3: any Host header is answered (DNS rebinding)', () => {
  it.each(['evil.example', 'evil.example:PORT', '127.0.0.1', '127.0.0.1:1', 'localhost.evil:PORT'])(
    'refuses Host %s with 403',
    async (host) => {
      const port = String(server.gateway.port);
      const reply = await rawRequest(server.gateway.port, 'POST', '/auth/login', {
        headers: { host: host.replace('PORT', port), 'content-type': 'application/json' },
        body: JSON.stringify({ account: 'staff' }),
      });

      expect(reply.status).toBe(403);
      expect(JSON.parse(reply.text)).toEqual({
        ok: false,
        code: 'FORBIDDEN',
        message: messages.badHost,
      });
    },
  );

  it.each(['127.0.0.1', 'localhost', 'LOCALHOST', '[::1]'])(
    'answers Host %s on its own port',
    async (name) => {
      const reply = await rawRequest(server.gateway.port, 'POST', '/auth/login', {
        headers: { host: `${name}:${server.gateway.port}` },
        body: JSON.stringify({ account: 'staff' }),
      });

      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.text)).toHaveProperty('token');
    },
  );

  it('never attempts a connection to another host', () => {
    expect(guard.attempts).toEqual([]);
  });
});
