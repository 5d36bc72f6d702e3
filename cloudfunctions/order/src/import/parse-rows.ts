import { DomainError } from '../../../../core/errors/domain-error';
import type { ImportRowError } from '../../../../types/functions/order';
import { quote } from './cells';
import { COLUMN_HEADERS_ZH_CN, mapColumns } from './columns.zh-CN';
import { FILE_PROBLEMS_ZH_CN, ROW_MESSAGES_ZH_CN } from './messages.zh-CN';
import { type ImportedProduct, readRow } from './read-row';
import { headerRowIndex, isBlankRow } from './table';

export type { ImportedProduct } from './read-row';

/** A price list read row by row: the good rows as products, the bad ones as faults. */
export interface ParsedRows {
  products: ImportedProduct[];
  errors: ImportRowError[];
  /** Non-blank data rows in the file, good and bad. */
  totalRows: number;
}

/**
 * Validates every data row of a table whose first non-blank row is the header. Pure: row
 * numbers are the table's (header = row 1 when the sheet starts at the top), blank rows are
 * skipped, and a SKU seen on an earlier row makes the later row a fault.
 */
export function parseRows(table: string[][], now: Date): ParsedRows {
  const headerIndex = headerRowIndex(table);
  const header = table[headerIndex];
  if (!header)
    throw new DomainError('IMPORT_FILE_INVALID', { reason: FILE_PROBLEMS_ZH_CN.empty() });

  const columns = mapColumns(header);
  const skuColumn = columns.sku ?? 0;
  const firstRowBySku = new Map<string, number>();
  const result: ParsedRows = { products: [], errors: [], totalRows: 0 };

  table.forEach((cells, index) => {
    if (index <= headerIndex || isBlankRow(cells)) return;

    const row = index + 1;
    const outcome = readRow(cells, row, columns, now);
    const duplicate = duplicateSkuError(cells[skuColumn], row, firstRowBySku);
    result.totalRows += 1;
    result.errors.push(...outcome.errors);

    if (duplicate) result.errors.push(duplicate);
    else if (outcome.product) result.products.push(outcome.product);
  });

  return result;
}

/**
 * The fault for a SKU an earlier row already used, else null after remembering this row's SKU.
 * Even a row with other faults claims its SKU: the user meant one product per SKU.
 */
function duplicateSkuError(
  cell: string | undefined,
  row: number,
  firstRowBySku: Map<string, number>,
): ImportRowError | null {
  const sku = (cell ?? '').trim();
  if (!sku) return null;

  const firstRow = firstRowBySku.get(sku);
  if (firstRow === undefined) {
    firstRowBySku.set(sku, row);
    return null;
  }

  const message = ROW_MESSAGES_ZH_CN.duplicateSku(quote(sku), firstRow);
  return { row, field: COLUMN_HEADERS_ZH_CN.sku, message };
}
