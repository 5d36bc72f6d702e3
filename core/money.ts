/**
 * Money is integer fen everywhere. These helpers refuse anything else, so a float price is
 * caught where it enters rather than rounding silently on a statement months later.
 */

/** Digits with optional thousands commas, then at most two decimals: '1,234.50', '12.5'. */
const YUAN_PATTERN = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/** Throws unless `value` is a safe integer; `what` names it in the error for the log. */
export function assertFen(value: number, what = 'amount'): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${what} must be an integer number of fen, got ${String(value)}`);
  }
}

/** Formats fen as yuan for display: 123450 -> '¥1,234.50', -1230 -> '-¥12.30'. */
export function formatFen(fen: number): string {
  assertFen(fen, 'formatFen');

  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+$)/g, ',');
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}¥${yuan}.${cents}`;
}

/**
 * Parses a yuan amount typed by a person or read from a price list into fen, or null when it
 * is not a plain non-negative amount with at most two decimals. Works on the digits as text,
 * so '19.90' is exactly 1990 and never 1989.9999.
 */
export function parseYuanToFen(text: string): number | null {
  const match = YUAN_PATTERN.exec(text.trim());
  if (!match) {
    return null;
  }

  const whole = (match[1] ?? '').replace(/,/g, '');
  const decimals = (match[2] ?? '').padEnd(2, '0');
  const fen = Number(whole + decimals);
  return Number.isSafeInteger(fen) ? fen : null;
}

/** Price of one order line: unit price in fen times quantity in bottles. */
export function lineTotalFen(unitPriceFen: number, quantity: number): number {
  assertFen(unitPriceFen, 'unitPriceFen');
  if (!Number.isSafeInteger(quantity) || quantity < 0) {
    throw new RangeError(`quantity must be a non-negative integer, got ${String(quantity)}`);
  }

  const total = unitPriceFen * quantity;
  assertFen(total, 'lineTotalFen');
  return total;
}

/** Adds amounts in fen; throws if any is not an integer or the sum leaves the safe range. */
export function sumFen(values: readonly number[]): number {
  let total = 0;
  for (const value of values) {
    assertFen(value, 'sumFen item');
    total += value;
  }

  assertFen(total, 'sumFen');
  return total;
}
