import { randomUUID } from 'node:crypto';

import { currentInvocation } from './context';
import { unavailable } from './unavailable';

function field(options: unknown, key: string): unknown {
  return typeof options === 'object' && options !== null
    ? (options as Record<string, unknown>)[key]
    : undefined;
}

/**
 * `cloud.openapi.subscribeMessage.send(...)` kept on this machine: the message becomes an
 * `outbox` document (types/academy.ts OutboxMessageDoc) instead of a call to WeChat.
 */
async function sendSubscribeMessage(options: unknown): Promise<Record<string, unknown>> {
  const invocation = currentInvocation();
  if (!invocation) throw new Error('subscribeMessage.send:fail outside a local runtime invocation');
  if (invocation.transactionId !== null) {
    // The store would wait for the connection this transaction holds: a deadlock.
    throw new Error('subscribeMessage.send:fail inside an open transaction');
  }

  const touser = field(options, 'touser');
  const templateId = field(options, 'templateId');
  if (typeof touser !== 'string' || typeof templateId !== 'string') {
    throw new Error('subscribeMessage.send:fail touser and templateId are required');
  }

  const page = field(options, 'page');
  const data = field(options, 'data');
  await invocation.store.insert('outbox', {
    _id: randomUUID(),
    touser,
    templateId,
    page: typeof page === 'string' ? page : '',
    data: typeof data === 'object' && data !== null ? data : {},
    createdAt: new Date().toISOString(),
  });
  return { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' };
}

/**
 * The local `cloud.openapi`: subscription messages land in the outbox; every other open API
 * still rejects without touching the network.
 */
export function localOpenapi(): unknown {
  const subscribeMessage = new Proxy(
    { send: sendSubscribeMessage },
    {
      get(target, key) {
        if (key === 'send') return target.send;
        if (typeof key === 'symbol') return undefined;
        return unavailable(`cloud.openapi.subscribeMessage.${key}`);
      },
    },
  );

  return new Proxy(
    {},
    {
      get(_target, key) {
        if (key === 'subscribeMessage') return subscribeMessage;
        if (typeof key === 'symbol') return undefined;
        return unavailable(`cloud.openapi.${key}`);
      },
    },
  );
}
