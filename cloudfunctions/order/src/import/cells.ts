import { parseYuanToFen } from '../../../../core/money';
import { ROW_MESSAGES_ZH_CN as say } from './messages.zh-CN';

/** One cell read as a value, or the message that tells the user what to fix. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Whole bottles, with optional thousands commas as Excel may export them: '1,200'. */
const INTEGER_PATTERN = /^(\d{1,3}(?:,\d{3})+|\d+)$/;

/** A number with more than two decimals; told apart so the message can say exactly that. */
const TOO_MANY_DECIMALS = /^[\d,]+\.\d{3,}$/;

/** Far above any real stock or order size; keeps every later product of quantities safe. */
export const MAX_QUANTITY = 10_000_000;

/** ¥1,000,000.00 per bottle: anything above is a typing slip, not a price. */
export const MAX_PRICE_FEN = 100_000_000;

/** Longest value quoted back in a message, so one wild cell cannot flood the report. */
const QUOTE_LENGTH = 24;

/** A cell's text as quoted in a message, shortened when it is long. */
export function quote(text: string): string {
  return text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text;
}

/**
 * Reads a count of bottles (or bottles per case). `allowZero` separates stock and
 * maxPerOrder (0 is meaningful) from caseSize and moq (must be at least 1).
 */
export function parseCount(text: string, header: string, allowZero: boolean): CellResult<number> {
  const match = INTEGER_PATTERN.exec(text);
  const value = match ? Number(text.replace(/,/g, '')) : Number.NaN;
  const valid = Number.isSafeInteger(value) && (allowZero || value > 0);

  if (!valid) {
    const message = allowZero ? say.nonNegativeInteger : say.positiveInteger;
    return { ok: false, message: message(header, quote(text)) };
  }
  if (value > MAX_QUANTITY) {
    return { ok: false, message: say.tooLarge(header, MAX_QUANTITY.toLocaleString('en-US')) };
  }

  return { ok: true, value };
}

/** Reads a price in yuan as integer fen, exactly ('19.90' is 1990); zero is allowed here. */
export function parsePrice(text: string, header: string): CellResult<number> {
  const fen = parseYuanToFen(text);

  if (fen === null) {
    const message = TOO_MANY_DECIMALS.test(text) ? say.priceDecimals : say.priceFormat;
    return { ok: false, message: message(quote(text)) };
  }
  if (fen > MAX_PRICE_FEN) {
    return {
      ok: false,
      message: say.tooLarge(header, (MAX_PRICE_FEN / 100).toLocaleString('en-US')),
    };
  }

  return { ok: true, value: fen };
}
