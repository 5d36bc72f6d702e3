import type { IncomingMessage, ServerResponse } from 'node:http';

import { gatewayMessages as messages } from '../locale.zh-CN';
import { UnknownFunctionError, type Runtime } from '../runtime';
import { bearerToken, parseJsonObject, readBody, sendError, sendJson } from './http';
import { createSession, endSession, openidForToken } from './sessions';

/** Largest JSON body a function call may carry. */
export const FN_BODY_LIMIT = 1024 * 1024;

/** What the route handlers share. */
export interface GatewayContext {
  runtime: Runtime;
  accounts: Record<string, string>;
  /** Failures the gateway caught. */
  log: (line: Record<string, unknown>) => void;
  /** One line per function call; a no-op unless the gateway was asked to log requests. */
  logRequest: (line: Record<string, unknown>) => void;
}

/** `POST /auth/login {"account": "dealer-new"}` -> `{ token }` for a demo account. */
export async function login(
  ctx: GatewayContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (process.env.NODE_ENV === 'production') {
    req.resume();
    return sendError(res, 403, 'FORBIDDEN', messages.loginDisabled);
  }

  const read = await readBody(req, FN_BODY_LIMIT);
  const input = read.ok ? parseJsonObject(read.body) : undefined;
  if (!input) return sendError(res, 400, 'INVALID_INPUT', messages.invalidRequest);

  const account = input.account;
  const openid =
    typeof account === 'string' && Object.hasOwn(ctx.accounts, account)
      ? ctx.accounts[account]
      : undefined;
  if (typeof account !== 'string' || openid === undefined) {
    return sendError(res, 400, 'INVALID_INPUT', messages.unknownAccount);
  }

  sendJson(res, 200, { token: await createSession(ctx.runtime.store, account, openid) });
}

/** `POST /auth/logout` with the bearer token: that session ends, whether or not it existed. */
export async function logout(
  ctx: GatewayContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  req.resume();
  await endSession(ctx.runtime.store, bearerToken(req));
  sendJson(res, 200, { ok: true });
}

function codeOf(reply: unknown): string {
  if (typeof reply !== 'object' || reply === null) return 'NO_ENVELOPE';
  const envelope = reply as { ok?: unknown; code?: unknown };
  return envelope.ok === true ? 'OK' : String(envelope.code ?? 'NO_ENVELOPE');
}

/** `POST /fn/<name>`: the JSON body is the event; the caller comes from the bearer token. */
export async function callFunction(
  ctx: GatewayContext,
  name: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const started = performance.now();
  const read = await readBody(req, FN_BODY_LIMIT);
  const event = read.ok ? parseJsonObject(read.body) : undefined;
  const action = typeof event?.action === 'string' ? event.action : null;
  const finish = (status: number, code: string): void =>
    ctx.logRequest({
      t: 'fn',
      fn: name,
      action,
      code,
      status,
      ms: Math.round(performance.now() - started),
    });

  if (!read.ok) {
    sendError(res, 413, 'INVALID_INPUT', messages.bodyTooLarge);
    return finish(413, 'INVALID_INPUT');
  }
  if (!event) {
    sendError(res, 400, 'INVALID_INPUT', messages.invalidRequest);
    return finish(400, 'INVALID_INPUT');
  }

  try {
    const openid = await openidForToken(ctx.runtime.store, bearerToken(req));
    const reply = await ctx.runtime.invoke(name, event, { openid });
    sendJson(res, 200, reply);
    finish(200, codeOf(reply));
  } catch (error) {
    if (error instanceof UnknownFunctionError) {
      sendError(res, 404, 'NOT_FOUND', messages.unknownFunction);
      return finish(404, 'NOT_FOUND');
    }
    ctx.log({
      t: 'fn_error',
      fn: name,
      action,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    sendError(res, 500, 'INTERNAL', messages.internal);
    finish(500, 'INTERNAL');
  }
}
