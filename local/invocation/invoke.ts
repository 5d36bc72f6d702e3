import { randomUUID } from 'node:crypto';

import { runInInvocation, type Invocation } from '../sdk/context';
import type { FileStorage } from '../sdk/files';
import type { LocalStore } from '../store';
import type { FunctionRegistry } from './functions';

/** Who is calling: the WeChat openid, or null (signed out, or a timer). */
export interface Caller {
  openid: string | null;
}

/** What every invocation of one runtime shares. */
export interface Backend {
  store: LocalStore;
  files: FileStorage;
  registry: FunctionRegistry;
}

/** The app id and environment id getWXContext reports locally. */
export const LOCAL_APPID = 'local-appid';
export const LOCAL_ENV = 'local';

/** Round-trips through JSON, as events and replies do on their way to and from the cloud. */
function overTheWire(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}

function scfContext(functionName: string): Record<string, unknown> {
  return {
    request_id: randomUUID(),
    function_name: functionName,
    function_version: '$LATEST',
    namespace: LOCAL_ENV,
    memory_limit_in_mb: 256,
    time_limit_in_ms: 20000,
    callbackWaitsForEmptyEventLoop: false,
  };
}

/**
 * Runs one function's main in its own invocation context (caller, transaction state). A
 * transaction the function left open is rolled back, so the connection is never stuck.
 */
export async function runFunction(
  backend: Backend,
  name: string,
  event: Record<string, unknown>,
  caller: Caller,
  source: 'wx_client' | 'wx_trigger',
): Promise<unknown> {
  const main = backend.registry.load(name);
  const invocation: Invocation = {
    functionName: name,
    wxContext: { APPID: LOCAL_APPID, ENV: LOCAL_ENV, SOURCE: source },
    store: backend.store,
    files: backend.files,
    transactionId: null,
    callFunction: (callee, calleeEvent) =>
      runFunction(backend, callee, calleeEvent, caller, source),
  };
  if (caller.openid !== null) invocation.wxContext.OPENID = caller.openid;

  const input = overTheWire(event) as Record<string, unknown>;
  try {
    const reply = await runInInvocation(invocation, async () => main(input, scfContext(name)));
    return overTheWire(reply);
  } finally {
    if (invocation.transactionId !== null) {
      backend.store.transactions.abort(invocation.transactionId);
      invocation.transactionId = null;
    }
  }
}
