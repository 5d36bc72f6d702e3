import type { ImportRowError } from '../../../../types/functions/order';
import { type CellResult, parseCount } from './cells';
import { COLUMN_HEADERS_ZH_CN, type ColumnKey, type ColumnMap } from './columns.zh-CN';
import { ROW_MESSAGES_ZH_CN as say } from './messages.zh-CN';

/**
 * The cells of one data row, read by column, collecting a fault per bad cell. Every reader
 * returns null after recording a fault, so a row reports all its faults in one pass.
 */
export class RowCells {
  readonly errors: ImportRowError[] = [];

  constructor(
    private readonly cells: readonly string[],
    readonly row: number,
    private readonly columns: ColumnMap,
  ) {}

  /** The trimmed cell, or undefined when the file has no such column. */
  text(key: ColumnKey): string | undefined {
    const index = this.columns[key];
    return index === undefined ? undefined : (this.cells[index] ?? '').trim();
  }

  /** Records a fault of this row's cell in column `key`. */
  fail(key: ColumnKey, message: string): null {
    this.errors.push({ row: this.row, field: COLUMN_HEADERS_ZH_CN[key], message });
    return null;
  }

  /** The value of a parsed cell, or null after recording why it could not be read. */
  take<T>(key: ColumnKey, result: CellResult<T>): T | null {
    return result.ok ? result.value : this.fail(key, result.message);
  }

  /** A cell that must not be empty. */
  required(key: ColumnKey): string | null {
    return this.text(key) || this.fail(key, say.required(COLUMN_HEADERS_ZH_CN[key]));
  }

  /** A required count of bottles; see parseCount for `allowZero`. */
  count(key: ColumnKey, allowZero: boolean): number | null {
    const text = this.required(key);
    if (text === null) return null;

    return this.take(key, parseCount(text, COLUMN_HEADERS_ZH_CN[key], allowZero));
  }

  /** The text unchanged if it has at most `max` characters (Chinese counts one each). */
  limited(key: ColumnKey, text: string | null, max: number): string | null {
    const length = text === null ? 0 : [...text].length;
    if (length <= max) return text;

    return this.fail(key, say.tooLong(COLUMN_HEADERS_ZH_CN[key], max, length));
  }
}
