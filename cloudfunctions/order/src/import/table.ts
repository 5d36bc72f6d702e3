/** Most data rows one import may hold; larger price lists are split into several files. */
export const MAX_DATA_ROWS = 2000;

/** Largest upload read at all: a 2,000-row price list is far smaller than this. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** True when every cell of a row is empty, so the row is skipped rather than reported. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Index of the header row: the first row with any text, or -1 for a table without one. */
export function headerRowIndex(table: readonly string[][]): number {
  return table.findIndex((cells) => !isBlankRow(cells));
}

/** How many non-blank rows follow the header. */
export function countDataRows(table: readonly string[][]): number {
  const header = headerRowIndex(table);
  if (header < 0) return 0;

  return table.slice(header + 1).filter((cells) => !isBlankRow(cells)).length;
}
