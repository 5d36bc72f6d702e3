import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { REPO_ROOT } from '../paths';
import { PINNED_SDK_VERSION, loadPatchedSdk } from './patch';
import { LocalDbRequester } from './requester';

const fromRoot = createRequire(path.join(REPO_ROOT, 'package.json'));
const sdkPath = fromRoot.resolve('wx-server-sdk');
const fromSdk = createRequire(sdkPath);
const nodeSdkPath = fromSdk.resolve('@cloudbase/node-sdk');
const fromNodeSdk = createRequire(nodeSdkPath);

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/**
 * The local runtime hooks into wx-server-sdk's internals. These tests pin what it relies on,
 * so an SDK upgrade that moves the seam fails here, loudly, instead of reaching Tencent.
 */
describe('wx-server-sdk seam', () => {
  it('is the pinned wx-server-sdk version', () => {
    const manifest = readJson(path.join(path.dirname(sdkPath), 'package.json'));

    expect(manifest.version).toBe(PINNED_SDK_VERSION);
    expect(PINNED_SDK_VERSION).toBe('4.0.2');
  });

  it('still routes every database request through @cloudbase/database Db.reqClass', () => {
    const newDbSource = readFileSync(
      path.join(path.dirname(nodeSdkPath), 'database', 'index.js'),
      'utf8',
    );
    const databasePackage = fromNodeSdk.resolve('@cloudbase/database/package.json');
    const querySource = readFileSync(
      path.join(path.dirname(databasePackage), 'dist', 'commonjs', 'query.js'),
      'utf8',
    );

    expect(readJson(path.join(path.dirname(nodeSdkPath), '..', 'package.json')).version).toBe(
      '3.17.2',
    );
    expect(newDbSource).toContain('Db.reqClass = tcbdbapirequester_1.TcbDBApiHttpRequester');
    expect(querySource).toContain('new index_1.Db.reqClass(');
    expect(querySource).toContain("'database.getDocument'");
  });

  it('keeps the local requester in place when node-sdk reassigns Db.reqClass', () => {
    const cloud = loadPatchedSdk(fromRoot);
    const { Db } = fromNodeSdk('@cloudbase/database') as { Db: { reqClass: unknown } };
    Db.reqClass = class Elsewhere {};

    expect(Db.reqClass).toBe(LocalDbRequester);
    expect(cloud.version).toBe(PINNED_SDK_VERSION);
    expect(process.env.TENCENTCLOUD).toBe('true');
  });

  it('replaces getWXContext and the storage APIs on the module object', () => {
    const cloud = loadPatchedSdk(fromRoot);

    expect(typeof cloud.getWXContext).toBe('function');
    expect((cloud.getWXContext as () => unknown)()).toEqual({});
    for (const api of [
      'uploadFile',
      'downloadFile',
      'getTempFileURL',
      'deleteFile',
      'callFunction',
    ]) {
      expect((cloud[api] as { name: string }).name).toBe(api);
    }
  });
});
