import type { IncomingMessage, ServerResponse } from 'node:http';

import type { ErrorCode } from '../../core/errors/codes';

/** A request body, or the reason it could not be read. */
export type BodyResult = { ok: true; body: Buffer } | { ok: false; reason: 'too_large' };

/** Reads the whole body up to `limit` bytes; a larger body is drained and reported. */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    let tooLarge = declared > limit;
    const chunks: Buffer[] = [];
    let size = 0;

    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    });
    req.on('end', () =>
      resolve(
        tooLarge ? { ok: false, reason: 'too_large' } : { ok: true, body: Buffer.concat(chunks) },
      ),
    );
    req.on('error', reject);
  });
}

/** Sends a JSON reply that is never cached. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

/** Sends the envelope's failure shape `{ ok: false, code, message }`. */
export function sendError(
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
): void {
  sendJson(res, status, { ok: false, code, message });
}

/** Deepest JSON nesting a body may have; deeper values overflow the stack when re-serialized. */
export const MAX_JSON_DEPTH = 100;

/** Whether a parsed JSON value nests deeper than `limit` (checked without recursion). */
export function isNestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 1 }];
  for (let item = pending.pop(); item; item = pending.pop()) {
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (item.depth > limit) return true;
    for (const child of Object.values(item.value)) {
      pending.push({ value: child, depth: item.depth + 1 });
    }
  }
  return false;
}

/**
 * Parses a JSON object body; anything else (array, number, bad JSON, nesting deeper than
 * MAX_JSON_DEPTH) is undefined.
 */
export function parseJsonObject(body: Buffer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    if (isNestedDeeperThan(value, MAX_JSON_DEPTH)) return undefined;
    return value as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** decodeURIComponent, or undefined for a malformed escape such as `%E0%A4%A`. */
export function decodeOrUndefined(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * Whether a Host header names this gateway on loopback. Anything else (a DNS-rebinding page
 * that resolved its own name to 127.0.0.1) is refused, so it cannot use the demo sign-in.
 */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
  return host !== undefined && allowed.includes(host.toLowerCase());
}

/** The bearer token of a request, if any. */
export function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  const match = header === undefined ? null : /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
}
