import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const scratchDirs: string[] = [];

function scratch(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  scratchDirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

const ROOT = path.resolve(__dirname, '../..');
const GUARD = path.join(__dirname, 'net-guard.cjs');

function fakeWeapp(mainScript: string): string {
  const root = scratch('fake-weapp-');
  mkdirSync(path.join(root, 'pages/home'), { recursive: true });
  writeFileSync(path.join(root, 'app.json'), JSON.stringify({ pages: ['pages/home/index'] }));
  writeFileSync(path.join(root, 'app.js'), mainScript);
  writeFileSync(path.join(root, 'pages/home/index.js'), 'Page({})');
  return root;
}

/** Runs the check with miniprogram-ci pointed at nothing, so it stays fast. */
function runCheck(weappDir: string, env: Record<string, string> = {}) {
  const result = spawnSync('npx', ['tsx', 'scripts/check-weapp.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    // CI exports REQUIRE_MINIPROGRAM_CI=1; each case says for itself whether it wants it.
    env: {
      ...process.env,
      WEAPP_DIR: weappDir,
      MINIPROGRAM_CI_DIR: '/nonexistent',
      REQUIRE_MINIPROGRAM_CI: '',
      ...env,
    },
  });
  return { status: result.status, output: result.stdout };
}

describe('check-weapp', () => {
  it('fails a main package over its budget', () => {
    const result = runCheck(fakeWeapp(`// ${'x'.repeat(701 * 1024)}`));

    expect(result.status).toBe(1);
    expect(result.output).toMatch(/main is 701\.\d KB, over its 700\.0 KB budget/);
  });

  it('skips the compiler check when miniprogram-ci is missing, unless CI requires it', () => {
    const dir = fakeWeapp('App({})');
    const optional = runCheck(dir);

    expect(optional.status).toBe(0);
    expect(optional.output).toContain('miniprogram-ci check SKIPPED');
    expect(runCheck(dir, { REQUIRE_MINIPROGRAM_CI: '1' }).status).toBe(1);
  });

  it('fails a script with a syntax error', () => {
    const result = runCheck(fakeWeapp('App({ a: = })'));

    expect(result.status).toBe(1);
    expect(result.output).toContain('syntax error in app.js');
  });
});

describe('net guard', () => {
  // 127.0.0.2 is outside the guard's allow list, yet stays on this machine if the guard fails.
  it('refuses remote hosts in the process, its workers and forks, and allows 127.0.0.1', () => {
    const child = path.join(scratch('guard-'), 'child.cjs');
    const tryRemote = [
      "try { require('node:net').connect(9, '127.0.0.2').on('error', () => {});",
      "console.log('open') } catch { console.log('refused') }",
    ].join(' ');
    writeFileSync(child, tryRemote);
    const probe = `
      const net = require('node:net');
      require('node:child_process').fork(${JSON.stringify(child)}, [], { execArgv: [], env: {} });
      const { Worker } = require('node:worker_threads');
      eval(${JSON.stringify(tryRemote)});
      new Worker(${JSON.stringify(tryRemote)}, { eval: true, execArgv: [] });
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const local = net.connect(server.address().port, '127.0.0.1');
        local.on('connect', () => { console.log('local ok'); server.close(); });
        local.on('error', () => {});
      });
      server.on('connection', (socket) => socket.destroy());
    `;
    const result = spawnSync(process.execPath, ['--require', GUARD, '-e', probe], {
      encoding: 'utf8',
    });
    const lines = result.stdout.trim().split('\n').sort();

    expect(lines).toEqual(['local ok', 'refused', 'refused', 'refused']);
  });
});
