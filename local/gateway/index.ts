import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { gatewayMessages as messages } from '../locale.zh-CN';
import type { Runtime } from '../runtime';
import { STORAGE_URL_PREFIX } from '../sdk/files';
import { sendError } from './http';
import { callFunction, login, upload, type GatewayContext } from './routes';
import { sendFile, serveStatic } from './static';

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

async function route(
  ctx: GatewayContext,
  staticDir: string | undefined,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const fn = FN_ROUTE.exec(url.pathname);

  if (req.method === 'POST') {
    if (url.pathname === '/auth/login') return login(ctx, req, res);
    if (fn?.[1]) return callFunction(ctx, decodeURIComponent(fn[1]), req, res);
    if (url.pathname === '/storage/upload') return upload(ctx, url, req, res);
  }

  if (req.method === 'GET' || req.method === 'HEAD') {
    const headOnly = req.method === 'HEAD';
    if (url.pathname.startsWith(STORAGE_URL_PREFIX)) {
      const name = decodeURIComponent(url.pathname.slice(STORAGE_URL_PREFIX.length));
      if (await sendFile(res, ctx.runtime.files.pathOf(name), headOnly).catch(() => false)) return;
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

  const server = createServer((req, res) => {
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

  const { port } = server.address() as AddressInfo;
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
