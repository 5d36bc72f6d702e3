import type { DbParams } from './db-types';
import type { Invocation } from './context';

/** Prefix of every refusal, so a test or a log search can find them. */
export const TX_REFUSED = 'LOCAL_TRANSACTION_REFUSED';

const SINGLE_DOCUMENT_ACTIONS = new Set([
  'database.getDocument',
  'database.modifyDocument',
  'database.removeDocument',
]);

function isSingleDocument(action: string, params: DbParams): boolean {
  if (action === 'database.insertDocument') return true;
  return SINGLE_DOCUMENT_ACTIONS.has(action) && params.queryType === 'DOC';
}

function describe(action: string, params: DbParams): string {
  const where = params.queryType === 'DOC' ? 'doc()' : 'where()';
  const names: Record<string, string> = {
    'database.getDocument': params.queryType === 'DOC' ? 'doc().get()' : 'a query get()',
    'database.modifyDocument': `${where}.${params.merge === false ? 'set' : 'update'}()`,
    'database.removeDocument': `${where}.remove()`,
    'database.insertDocument': 'add()',
    'database.calculateDocument': 'count()',
    'database.aggregateDocuments': 'aggregate()',
    'database.modifyAndReturnDoc': 'updateAndReturn()',
    'database.addCollection': 'createCollection()',
  };
  const name = names[action] ?? action;
  return params.collectionName ? `${name} on "${params.collectionName}"` : name;
}

/**
 * Decides whether a database call may run given the invocation's open transaction. WeChat's
 * cloud supports only doc().get/set/update/remove and add inside a transaction, and silently
 * runs anything else outside it; here such a call is refused so the mistake shows up locally.
 * Calls the SDK sends without the transaction id (where().update(), count(), any call on
 * `db` instead of the transaction) are caught through the invocation's own state.
 */
export function transactionRefusal(
  invocation: Invocation,
  action: string,
  params: DbParams,
): string | null {
  const open = invocation.transactionId;
  const operation = describe(action, params);

  if (params.transactionId !== undefined && params.transactionId !== open) {
    return `${TX_REFUSED}: ${operation} uses a transaction that is no longer open`;
  }
  if (open === null) return null;

  if (params.transactionId === undefined) {
    return isSingleDocument(action, params)
      ? `${TX_REFUSED}: ${operation} was called on db, outside the open transaction; ` +
          'use transaction.collection(name).doc(id) inside it'
      : `${TX_REFUSED}: ${operation} is not allowed inside a transaction; WeChat's cloud ` +
          'allows only doc().get/set/update/remove and add there and would run it outside';
  }
  if (!isSingleDocument(action, params)) {
    return (
      `${TX_REFUSED}: ${operation} is not allowed inside a transaction; only ` +
      'doc().get/set/update/remove and add are'
    );
  }
  return null;
}
