import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRuntime, type Runtime } from '../../local/runtime';
import { DEMO_ACCOUNTS, seedDemo } from '../../local/seed';

export type Account = 'dealer-new' | 'dealer-core' | 'dealer-top' | 'mentor' | 'staff';

/** A reply envelope as tests read it. */
export type Reply<T = Record<string, unknown>> =
  { ok: true; data: T } | { ok: false; code: string; message: string };

export interface TestRuntime {
  runtime: Runtime;
  dataDir: string;
  /** Calls a function as a demo account (or with no identity when account is null). */
  call<T = Record<string, unknown>>(
    account: Account | null,
    fn: string,
    event: Record<string, unknown>,
  ): Promise<Reply<T>>;
  /** Like call, but fails the test unless the reply is ok. */
  data<T = Record<string, unknown>>(
    account: Account | null,
    fn: string,
    event: Record<string, unknown>,
  ): Promise<T>;
  close(): Promise<void>;
}

/** The openid the demo seed gives an account. */
export function openidOf(account: Account): string {
  const openid = DEMO_ACCOUNTS[account];
  if (!openid) throw new Error(`no demo account ${account}`);
  return openid;
}

/** A runtime on a fresh SQLite file in a temp folder, seeded with the demo brand. */
export async function startTestRuntime(): Promise<TestRuntime> {
  process.env.DEALER_HUB_QUIET = '1';
  const dataDir = mkdtempSync(join(tmpdir(), 'dealer-hub-test-'));
  const runtime = await createRuntime({ dataDir, seed: (store) => seedDemo(store) });

  const call = async <T>(account: Account | null, fn: string, event: Record<string, unknown>) => {
    const openid = account ? openidOf(account) : null;
    return (await runtime.invoke(fn, event, { openid })) as Reply<T>;
  };
  const data = async <T>(account: Account | null, fn: string, event: Record<string, unknown>) => {
    const reply = await call<T>(account, fn, event);
    if (!reply.ok)
      throw new Error(`${fn}.${String(event.action)} failed: ${reply.code} ${reply.message}`);
    return reply.data;
  };

  const close = async () => {
    await runtime.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { runtime, dataDir, call, data, close };
}
