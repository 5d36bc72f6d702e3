import { type CellValue, readSheet } from 'read-excel-file/node';
import { DomainError } from '../../../../core/errors/domain-error';
import { parseCsv } from './csv';
import { FILE_PROBLEMS_ZH_CN as problems } from './messages.zh-CN';
import { MAX_DATA_ROWS, MAX_FILE_BYTES, countDataRows, headerRowIndex } from './table';

/**
 * Reads an uploaded price list (.xlsx: its first sheet; .csv: UTF-8 or GBK/GB18030) into rows
 * of trimmed text cells, so both formats are validated by the same rules afterwards. A file
 * that cannot be read, is empty or holds more than MAX_DATA_ROWS rows is IMPORT_FILE_INVALID.
 */
export async function readTable(bytes: Uint8Array, fileName: string): Promise<string[][]> {
  const extension = /\.([^.]+)$/.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
  if (extension === 'xls') throw invalid(problems.legacyXls());
  if (extension !== 'csv' && extension !== 'xlsx') {
    throw invalid(problems.unsupportedType(fileName));
  }
  if (bytes.byteLength === 0) throw invalid(problems.empty());
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw invalid(problems.tooBig(MAX_FILE_BYTES / 1024 / 1024));
  }

  const table = extension === 'csv' ? readCsv(bytes) : await readXlsx(bytes);

  if (headerRowIndex(table) < 0) throw invalid(problems.empty());
  const rows = countDataRows(table);
  if (rows > MAX_DATA_ROWS) throw invalid(problems.tooManyRows(rows, MAX_DATA_ROWS));
  return table;
}

function readCsv(bytes: Uint8Array): string[][] {
  return parseCsv(decodeText(bytes)).map((cells) => cells.map((cell) => cell.trim()));
}

/**
 * UTF-8 first (its decoder drops a BOM); any invalid sequence means the file is not UTF-8,
 * which for a Chinese Excel CSV means GBK, read through its superset GB18030.
 */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes).replace(/^\uFEFF/, '');
  }
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const sheet = await readSheet(buffer);
    return sheet.map((cells) => cells.map(cellText));
  } catch (error) {
    const legacy =
      error instanceof Error && 'code' in error && error.code === 'XLS_FILE_NOT_SUPPORTED';
    throw invalid(legacy ? problems.legacyXls() : problems.notXlsx());
  }
}

/**
 * A cell as the text a person would type. String(n) gives the shortest form that reads back
 * as the same number (128.5, not 128.50000001); a value with hidden extra decimals stays
 * visible, and the price parser rejects it rather than rounding it.
 */
function cellText(cell: CellValue | null | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

function invalid(reason: string): DomainError {
  return new DomainError('IMPORT_FILE_INVALID', { reason });
}
