import { AsyncLocalStorage } from 'node:async_hooks';

import type { LocalStore } from '../store';
import type { FileStorage } from './files';

/** What `cloud.getWXContext()` returns inside one invocation. */
export interface WXContext {
  OPENID?: string;
  APPID: string;
  UNIONID?: string;
  ENV: string;
  /** How the function was called: 'wx_client' from the app, 'wx_trigger' from a timer. */
  SOURCE: string;
}

/** Everything the patched SDK needs to serve one cloud function invocation. */
export interface Invocation {
  functionName: string;
  wxContext: WXContext;
  store: LocalStore;
  files: FileStorage;
  /** The transaction this invocation has open, if any (at most one at a time). */
  transactionId: string | null;
  /** `cloud.callFunction` in process: invokes another bundle with the same caller. */
  callFunction?: (name: string, event: Record<string, unknown>) => Promise<unknown>;
}

const invocations = new AsyncLocalStorage<Invocation>();

/** Runs `work` (a function's main) with its own caller, store and transaction state. */
export function runInInvocation<T>(invocation: Invocation, work: () => Promise<T>): Promise<T> {
  return invocations.run(invocation, work);
}

/** The invocation the current async call chain belongs to, if any. */
export function currentInvocation(): Invocation | undefined {
  return invocations.getStore();
}
