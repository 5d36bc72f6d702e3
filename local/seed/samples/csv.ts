import { IMPORT_COLUMNS, type SampleCell } from './rows';

/** Marks a CSV as UTF-8 for Excel, which otherwise guesses the local code page. */
export const UTF8_BOM = '\ufeff';

/** Excel writes CRLF; the importer must take it, so the samples use it too. */
const CSV_LINE_END = '\r\n';

function csvField(cell: SampleCell): string {
  const text = cell === null ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV text of a sheet, header first, without a BOM. */
export function toCsv(rows: readonly SampleCell[][]): string {
  const lines = [[...IMPORT_COLUMNS], ...rows].map((row) => row.map(csvField).join(','));
  return lines.join(CSV_LINE_END) + CSV_LINE_END;
}

