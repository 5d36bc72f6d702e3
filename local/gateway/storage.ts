import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

import { gatewayMessages as messages } from '../locale.zh-CN';
import { assertStorageName } from '../sdk/files';
import { newDocumentId } from '../store/write';
import { bearerToken, decodeOrUndefined, readBody, sendError, sendJson } from './http';
import type { GatewayContext } from './routes';
import { openidForToken } from './sessions';
import { sendFile } from './static';

/** Largest file `/storage/upload` accepts. */
export const UPLOAD_LIMIT = 5 * 1024 * 1024;

/** Most file systems refuse a longer path segment (ENAMETOOLONG). */
const MAX_FILE_NAME_BYTES = 255;

/** Why an upload is refused before its body is read, or null when it may go ahead. */
async function uploadRefusal(
  ctx: GatewayContext,
  req: IncomingMessage,
): Promise<{ status: 401 | 403; code: 'UNAUTHENTICATED' | 'FORBIDDEN'; message: string } | null> {
  const openid = await openidForToken(ctx.runtime.store, bearerToken(req));
  if (openid === null) {
    return { status: 401, code: 'UNAUTHENTICATED', message: messages.signInRequired };
  }

  // Only the staff import page uploads; anything else stored here is served on our origin.
  const user = await ctx.runtime.store.get('users', openid);
  if (user?.role !== 'staff')
    return { status: 403, code: 'FORBIDDEN', message: messages.staffOnly };
  return null;
}

/** `POST /storage/upload?name=<file name>` (staff only) with the raw file as body -> `{ fileID }`. */
export async function upload(
  ctx: GatewayContext,
  url: URL,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const refusal = await uploadRefusal(ctx, req);
  if (refusal) {
    req.resume();
    return sendError(res, refusal.status, refusal.code, refusal.message);
  }

  const fileName = url.searchParams.get('name') ?? '';
  if (Buffer.byteLength(fileName) > MAX_FILE_NAME_BYTES) {
    req.resume();
    return sendError(res, 400, 'INVALID_INPUT', messages.fileNameTooLong);
  }

  // A fresh folder per upload: two users uploading "价格表.xlsx" never overwrite each other.
  const storageName = `uploads/${newDocumentId()}/${fileName}`;
  try {
    assertStorageName(storageName);
    if (fileName.includes('/')) throw new Error('a file name, not a path');
  } catch {
    req.resume();
    return sendError(res, 400, 'INVALID_INPUT', messages.invalidFileName);
  }

  const read = await readBody(req, UPLOAD_LIMIT);
  if (!read.ok) return sendError(res, 413, 'INVALID_INPUT', messages.fileTooLarge);

  sendJson(res, 200, { fileID: await ctx.runtime.files.save(storageName, read.body) });
}

/** RFC 5987 `filename*` value, so a Chinese file name survives the download. */
function encodeFileName(name: string): string {
  return encodeURIComponent(name).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * `GET /storage/<name>`: a stored file, always as a download. Stored files come from users,
 * so they must never render as HTML, SVG or script on the app's own origin.
 * Resolves false for a malformed, unsafe or missing name.
 */
export async function sendStored(
  ctx: GatewayContext,
  encodedName: string,
  res: ServerResponse,
  headOnly: boolean,
): Promise<boolean> {
  const name = decodeOrUndefined(encodedName);
  let file: string;
  try {
    file = ctx.runtime.files.pathOf(name ?? '');
  } catch {
    return false;
  }

  return sendFile(res, file, headOnly, {
    'content-type': 'application/octet-stream',
    'content-disposition': `attachment; filename*=UTF-8''${encodeFileName(path.basename(file))}`,
    'x-content-type-options': 'nosniff',
  }).catch(() => false);
}
