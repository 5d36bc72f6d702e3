import { DomainError } from '../../../../core/errors/domain-error';
import { cloud } from '../../../../server/cloud';
import { FILE_PROBLEMS_ZH_CN } from './messages.zh-CN';

/** WeChat cloud storage's code for a fileID that names no file (also used locally). */
const STORAGE_FILE_NONEXIST = -503003;

/**
 * The bytes of a file the staff user uploaded. The fileID comes from the client, so one that
 * names no file (never uploaded, or expired) is IMPORT_FILE_INVALID; other failures are faults.
 */
export async function downloadUpload(fileID: string): Promise<Uint8Array> {
  try {
    const { fileContent } = await cloud.downloadFile({ fileID });
    return fileContent;
  } catch (error) {
    if (errCodeOf(error) !== STORAGE_FILE_NONEXIST) throw error;
    throw new DomainError('IMPORT_FILE_INVALID', { reason: FILE_PROBLEMS_ZH_CN.notUploaded() });
  }
}

function errCodeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'errCode' in error
    ? error.errCode
    : undefined;
}
