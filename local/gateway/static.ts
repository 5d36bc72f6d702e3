import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The content type for a file name (binary for unknown extensions). */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * Streams a file with its content type (or the given headers, which win); resolves false when
 * it does not exist.
 */
export async function sendFile(
  res: ServerResponse,
  file: string,
  headOnly = false,
  headers: Record<string, string> = {},
): Promise<boolean> {
  if (!(await isFile(file))) return false;

  res.writeHead(200, {
    'content-type': contentTypeOf(file),
    'cache-control': 'no-cache',
    ...headers,
  });
  if (headOnly) res.end();
  else createReadStream(file).pipe(res);
  return true;
}

/**
 * Serves the H5 build: the file a path names, or index.html for extension-less paths so the
 * app's browser-mode routes load (SPA fallback). Paths never leave `root`.
 */
export async function serveStatic(
  res: ServerResponse,
  root: string,
  urlPath: string,
  headOnly: boolean,
): Promise<boolean> {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath);
  } catch {
    return false;
  }

  const file = path.resolve(root, `.${path.posix.normalize(`/${relative}`)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return false;
  if (await sendFile(res, file === root ? path.join(root, 'index.html') : file, headOnly))
    return true;

  if (path.extname(file) !== '') return false;
  return sendFile(res, path.join(root, 'index.html'), headOnly);
}
