import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { LocalStore } from '../store';
import { runInInvocation, type Invocation } from './context';
import { FileStorage } from './files';
import { localOpenapi } from './openapi';

type Openapi = {
  subscribeMessage: { send(options: unknown): Promise<unknown> };
  wxacode: { get(options: unknown): Promise<unknown> };
};

let dir: string;
let store: LocalStore;
let invocation: Invocation;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dealer-hub-openapi-'));
  store = LocalStore.open(join(dir, 'db.sqlite'));
  invocation = {
    functionName: 'probe',
    wxContext: { APPID: 'local-appid', ENV: 'local', SOURCE: 'wx_trigger' },
    store,
    files: new FileStorage(join(dir, 'storage')),
    transactionId: null,
  };
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('local cloud.openapi', () => {
  it('puts a subscription message in the outbox instead of sending it to WeChat', async () => {
    const openapi = localOpenapi() as Openapi;
    const message = {
      touser: 'openid-a',
      templateId: 'tmpl-1',
      page: 'academy/notebook',
      data: { thing1: { value: '复习' } },
    };

    const reply = await runInInvocation(invocation, () => openapi.subscribeMessage.send(message));

    expect(reply).toMatchObject({ errCode: 0 });
    const [stored] = await store.find('outbox', {});
    expect(stored).toMatchObject(message);
  });

  it('still refuses every other open API without the network', async () => {
    const openapi = localOpenapi() as Openapi;

    await expect(openapi.wxacode.get({ path: 'x' })).rejects.toThrow(
      'cloud.openapi.wxacode.get is not available',
    );
  });
});
