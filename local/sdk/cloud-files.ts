import { currentInvocation } from './context';
import { FILE_ID_PREFIX, STORAGE_URL_PREFIX, nameOfFileId, type FileStorage } from './files';

/** The SDK-style error: an Error carrying errCode and errMsg, as wx-server-sdk rejects with. */
export interface CloudApiError extends Error {
  errCode: number;
  errMsg: string;
}

const STORAGE_FILE_NONEXIST = -503003;
const INVALID_PARAM = -501007;

function cloudError(api: string, errCode: number, detail: string): CloudApiError {
  const message = `${api}:fail ${errCode}. ${detail}`;
  return Object.assign(new Error(message), { errCode, errMsg: message });
}

function filesOf(api: string): FileStorage {
  const invocation = currentInvocation();
  if (!invocation)
    throw cloudError(api, INVALID_PARAM, 'called outside a local runtime invocation');
  return invocation.files;
}

function field(options: unknown, key: string): unknown {
  return typeof options === 'object' && options !== null
    ? (options as Record<string, unknown>)[key]
    : undefined;
}

async function toBuffer(content: unknown): Promise<Buffer> {
  if (typeof content === 'string' || content instanceof Uint8Array) return Buffer.from(content);
  if (typeof content === 'object' && content !== null && Symbol.asyncIterator in content) {
    const chunks: Buffer[] = [];
    for await (const chunk of content as AsyncIterable<string | Uint8Array>)
      chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
  }
  throw cloudError('uploadFile', INVALID_PARAM, 'fileContent must be a Buffer or a stream');
}

/** `cloud.uploadFile({ cloudPath, fileContent })` saved under `<dataDir>/storage/`. */
export async function uploadFile(options: unknown): Promise<Record<string, unknown>> {
  const files = filesOf('uploadFile');
  const cloudPath = field(options, 'cloudPath');
  if (typeof cloudPath !== 'string')
    throw cloudError('uploadFile', INVALID_PARAM, 'cloudPath is required');

  const fileID = await files.save(cloudPath, await toBuffer(field(options, 'fileContent')));
  return { fileID, statusCode: 200, errMsg: 'uploadFile:ok' };
}

/** `cloud.downloadFile({ fileID })` read from `<dataDir>/storage/`. */
export async function downloadFile(options: unknown): Promise<Record<string, unknown>> {
  const files = filesOf('downloadFile');
  const fileID = field(options, 'fileID');
  if (typeof fileID !== 'string')
    throw cloudError('downloadFile', INVALID_PARAM, 'fileID is required');

  try {
    return { fileContent: await files.read(fileID), statusCode: 200, errMsg: 'downloadFile:ok' };
  } catch {
    throw cloudError('downloadFile', STORAGE_FILE_NONEXIST, `file not found: ${fileID}`);
  }
}

function fileIdsOf(options: unknown): string[] {
  const list = field(options, 'fileList');
  if (!Array.isArray(list)) return [];
  return list.map((item) => (typeof item === 'string' ? item : String(field(item, 'fileID'))));
}

/** `cloud.getTempFileURL({ fileList })`: URLs relative to the gateway (`/storage/<name>`). */
export async function getTempFileURL(options: unknown): Promise<Record<string, unknown>> {
  filesOf('getTempFileURL');
  const fileList = fileIdsOf(options).map((fileID) => {
    if (!fileID.startsWith(FILE_ID_PREFIX))
      return { fileID, tempFileURL: '', status: -1, errMsg: 'not found' };
    const name = nameOfFileId(fileID);
    const tempFileURL = STORAGE_URL_PREFIX + name.split('/').map(encodeURIComponent).join('/');
    return { fileID, tempFileURL, status: 0, errMsg: 'ok', maxAge: 86400 };
  });
  return { fileList, errMsg: 'getTempFileURL:ok' };
}

/** `cloud.deleteFile({ fileList })`. */
export async function deleteFile(options: unknown): Promise<Record<string, unknown>> {
  const files = filesOf('deleteFile');
  const fileList = await Promise.all(
    fileIdsOf(options).map(async (fileID) => {
      const removed = await files.remove(fileID).catch(() => false);
      return { fileID, status: removed ? 0 : -1, errMsg: removed ? 'ok' : 'not found' };
    }),
  );
  return { fileList, errMsg: 'deleteFile:ok' };
}
