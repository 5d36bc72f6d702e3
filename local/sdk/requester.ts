import { runAction } from './actions';
import { currentInvocation, type Invocation } from './context';
import { readParams, type DbFailure, type DbParams, type DbReply } from './db-types';
import { TX_REFUSED, transactionRefusal } from './tx-rules';

const START = 'database.startTransaction';
const COMMIT = 'database.commitTransaction';
const ABORT = 'database.abortTransaction';

/** Request ids only need to tell replies apart in logs: a counter is enough locally. */
let requestCount = 0;

function failure(code: DbFailure['code'], message: string, requestId: string): DbFailure {
  return { code, message, requestId };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Stands in for CloudBase's HTTP requester as `Db.reqClass`: the real SDK builds every
 * request and parses every reply, and this serves them from the invocation's SQLite store.
 * Nothing here opens a socket. The SDK's config argument to the constructor is not needed.
 */
export class LocalDbRequester {
  /** Serves one action; failures come back as `{ code, message }` replies, as from the cloud. */
  async send(action: string, rawParams?: unknown): Promise<DbReply> {
    requestCount += 1;
    const requestId = `local-${requestCount}`;
    const invocation = currentInvocation();
    if (!invocation) {
      const message = 'database call outside a local runtime invocation (use runtime.invoke)';
      return failure('SYS_ERR', message, requestId);
    }

    try {
      return await dispatch(invocation, action, readParams(rawParams), requestId);
    } catch (error) {
      return failure('DATABASE_REQUEST_FAILED', messageOf(error), requestId);
    }
  }
}

async function dispatch(
  invocation: Invocation,
  action: string,
  params: DbParams,
  requestId: string,
): Promise<DbReply> {
  const { store } = invocation;

  if (action === START) {
    if (invocation.transactionId !== null) {
      const message = `${TX_REFUSED}: a transaction is already open in this invocation`;
      return failure('DATABASE_INVALID_OPERRATOR', message, requestId);
    }
    invocation.transactionId = await store.transactions.begin();
    return { requestId, transactionId: invocation.transactionId };
  }

  if (action === COMMIT || action === ABORT) {
    const id = params.transactionId;
    if (id === undefined || id !== invocation.transactionId) {
      if (action === ABORT) return { requestId };
      return failure('DATABASE_REQUEST_FAILED', `transaction ${String(id)} is not open`, requestId);
    }
    invocation.transactionId = null;
    if (action === COMMIT) store.transactions.commit(id);
    else store.transactions.abort(id);
    return { requestId };
  }

  const refusal = transactionRefusal(invocation, action, params);
  if (refusal !== null) return failure('DATABASE_INVALID_OPERRATOR', refusal, requestId);

  // Inside its own transaction the invocation already holds the connection.
  const run = (): Record<string, unknown> => runAction(store.ops, action, params);
  const data = params.transactionId !== undefined ? run() : await store.exclusive(run);
  return { requestId, data };
}
