import Taro from '@tarojs/taro';
import { isErrorCode } from '../../core/errors/codes';
import { t } from '../locale';
import { ApiError } from './api-error';
import { readToken } from './token';

/** A spreadsheet the user picked: a temp path inside WeChat, a Blob in the browser. */
export type PickedFile =
  { kind: 'weapp'; name: string; path: string } | { kind: 'h5'; name: string; blob: Blob };

const ACCEPTED = /\.(xlsx|csv)$/i;

/** Class of the browser's hidden file input, so a browser test can set files on it directly. */
export const FILE_INPUT_CLASS = 'staff-import__file-input';

/** Whether the name looks like a file the import understands. */
export function isSpreadsheetName(name: string): boolean {
  return ACCEPTED.test(name);
}

async function pickInWeapp(): Promise<PickedFile | null> {
  try {
    const chosen = await Taro.chooseMessageFile({
      count: 1,
      type: 'file',
      extension: ['xlsx', 'csv'],
    });
    const file = chosen.tempFiles[0];
    return file ? { kind: 'weapp', name: file.name, path: file.path } : null;
  } catch {
    // The user closed the chat file picker: not an error.
    return null;
  }
}

function fileInput(): HTMLInputElement {
  const existing = document.querySelector<HTMLInputElement>(`input.${FILE_INPUT_CLASS}`);
  if (existing) {
    return existing;
  }

  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.xlsx,.csv';
  input.className = FILE_INPUT_CLASS;
  input.style.display = 'none';
  document.body.appendChild(input);
  return input;
}

function pickInBrowser(): Promise<PickedFile | null> {
  const input = fileInput();
  input.value = '';

  return new Promise((resolve) => {
    input.onchange = () => {
      const file = input.files?.[0];
      resolve(file ? { kind: 'h5', name: file.name, blob: file } : null);
    };
    input.click();
  });
}

/** Lets staff pick one .xlsx or .csv file: from a WeChat chat, or from disk in the browser. */
export function pickSpreadsheet(): Promise<PickedFile | null> {
  return process.env.TARO_ENV === 'weapp' ? pickInWeapp() : pickInBrowser();
}

async function uploadInWeapp(file: Extract<PickedFile, { kind: 'weapp' }>): Promise<string> {
  const safeName = file.name.replace(/[^\w.-]/g, '_');
  const uploaded = await Taro.cloud.uploadFile({
    cloudPath: `imports/${Date.now()}-${safeName}`,
    filePath: file.path,
  });
  return uploaded.fileID;
}

async function uploadInBrowser(file: Extract<PickedFile, { kind: 'h5' }>): Promise<string> {
  const response = await fetch(`/storage/upload?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      Authorization: `Bearer ${readToken()}`,
    },
    body: file.blob,
  });
  const body: unknown = await response.json();

  // Success is a bare { fileID }; a refusal is the usual { ok: false, code, message }.
  const reply = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof reply.fileID === 'string') {
    return reply.fileID;
  }

  const code = isErrorCode(reply.code) ? reply.code : 'INTERNAL';
  const message = typeof reply.message === 'string' ? reply.message : t.common.serverError;
  throw new ApiError(code, message);
}

/** Stores the picked file where the `order` function can read it; returns its fileID. */
export async function uploadSpreadsheet(file: PickedFile): Promise<string> {
  try {
    return file.kind === 'weapp' ? await uploadInWeapp(file) : await uploadInBrowser(file);
  } catch (error) {
    if (error instanceof ApiError) {
      throw error;
    }

    throw new ApiError('NETWORK', t.common.networkError);
  }
}
