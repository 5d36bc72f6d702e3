import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { gatewayMessages as messages } from '../locale.zh-CN';
import type { Runtime } from '../runtime';
import { STORAGE_URL_PREFIX } from '../sdk/files';
import { decodeOrUndefined, isLoopbackHost, sendError } from './http';
import { callFunction, login, logout, type GatewayContext } from './routes';
import { serveStatic } from './static';
import { sendStored, upload } from './storage';

/** What startGateway needs. */
export interface GatewayOptions {
  runtime: Runtime;
  /** 0 picks a free port. */
  port: number;
  /** Only loopback: nothing outside this machine can reach the gateway. */
  host?: '127.0.0.1';
  /** The H5 build to serve (dist/h5); without it only the API routes answer. */
  staticDir?: string;
  /** Demo account name -> openid, for `POST /auth/login`. */
  accounts: Record<string, string>;
  /**
   * Also writes the gateway's own line per `/fn` request (status, code, ms). Off by default:
   * the function boundary already writes the one structured line per request.
   */
  logRequests?: boolean;
  /** Writes nothing to stdout, not even failures the gateway caught (tests, benchmarks). */
  quiet?: boolean;
}

/** A running gateway. */
export interface Gateway {
  url: string;
  port: number;
  close(): Promise<void>;
}

const FN_ROUTE = /^\/fn\/([^/]+)$/;

function writeLine(line: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

const ignore = (): void => undefined;

/** Routes that only take POST: a GET must not fall through to the app's index.html. */
const POST_ONLY = new Set(['/auth/login', '/auth/logout', '/storage/upload']);

async function routePost(
  ctx: GatewayContext,
  url: URL,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  const fn = FN_ROUTE.exec(url.pathname)?.[1];
  if (fn !== undefined) {
    const name = decodeOrUndefined(fn);
    if (name !== undefined) return callFunction(ctx, name, req, res).then(() => true);

    req.resume();
    sendError(res, 400, 'INVALID_INPUT', messages.invalidRequest);
    return true;
  }

  if (url.pathname === '/auth/login') await login(ctx, req, res);
  else if (url.pathname === '/auth/logout') await logout(ctx, req, res);
  else if (url.pathname === '/storage/upload') await upload(ctx, url, req, res);
  else return false;
  return true;
}

async function route(
  ctx: GatewayContext,
  staticDir: string | undefined,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');

  if (req.method === 'POST' && (await routePost(ctx, url, req, res))) return;

  if (POST_ONLY.has(url.pathname) || FN_ROUTE.test(url.pathname)) {
    req.resume();
    res.setHeader('allow', 'POST');
    return sendError(res, 405, 'INVALID_INPUT', messages.methodNotAllowed);
  }

  if (req.method === 'GET' || req.method === 'HEAD') {
    const headOnly = req.method === 'HEAD';
    if (url.pathname.startsWith(STORAGE_URL_PREFIX)) {
      const name = url.pathname.slice(STORAGE_URL_PREFIX.length);
      if (await sendStored(ctx, name, res, headOnly)) return;
    } else if (staticDir && (await serveStatic(res, staticDir, url.pathname, headOnly))) {
      return;
    }
  }

  req.resume();
  sendError(res, 404, 'NOT_FOUND', messages.notFound);
}

/**
 * Starts the local HTTP gateway (node:http only): demo sign-in, cloud function calls, file
 * upload, stored files and the H5 build. Listens on 127.0.0.1 only.
 */
export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const staticDir = options.staticDir ? path.resolve(options.staticDir) : undefined;
  const log = options.quiet ? ignore : writeLine;
  const ctx: GatewayContext = {
    runtime: options.runtime,
    accounts: options.accounts,
    log,
    logRequest: options.logRequests ? log : ignore,
  };

  // Set once listening; no request can arrive before that.
  let port = 0;
  const server = createServer((req, res) => {
    if (!isLoopbackHost(req.headers.host, port)) {
      req.resume();
      return sendError(res, 403, 'FORBIDDEN', messages.badHost);
    }

    route(ctx, staticDir, req, res).catch((error: unknown) => {
      ctx.log({
        t: 'gateway_error',
        error: error instanceof Error ? error.message : String(error),
      });
      if (!res.headersSent) sendError(res, 500, 'INTERNAL', messages.internal);
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });

  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
