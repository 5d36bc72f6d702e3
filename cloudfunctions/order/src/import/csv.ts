import { DomainError } from '../../../../core/errors/domain-error';
import { FILE_PROBLEMS_ZH_CN } from './messages.zh-CN';

/**
 * Splits CSV text into rows of cells as Excel writes and reads it: fields may be quoted, a
 * quote inside a quoted field is doubled, and quoted fields may hold commas and line breaks
 * (so one record can span lines). Lines end in LF, CRLF or CR; a final line break adds no row.
 * An unclosed quote makes the file IMPORT_FILE_INVALID naming the row where it opened.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quotedSinceRow = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };

  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    const next = text[index + 1];

    if (quotedSinceRow > 0) {
      if (char === '"' && next === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quotedSinceRow = 0;
      else field += char;
      continue;
    }

    if (char === '"') quotedSinceRow = rows.length + 1;
    else if (char === ',') endField();
    else if (char === '\n') endRow();
    else if (char === '\r') {
      if (next === '\n') index += 1;
      endRow();
    } else field += char;
  }

  if (quotedSinceRow > 0) {
    const reason = FILE_PROBLEMS_ZH_CN.unclosedQuote(quotedSinceRow);
    throw new DomainError('IMPORT_FILE_INVALID', { reason, row: quotedSinceRow });
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
