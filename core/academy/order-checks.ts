import type { ErrorCode } from '../errors/codes';

/** Order refusals that go into the mistake notebook: each is a rule a lesson teaches. */
export const LEARNABLE_ORDER_CODES: readonly ErrorCode[] = [
  'ORDER_BELOW_MOQ',
  'ORDER_NOT_CASE_MULTIPLE',
  'ORDER_OVER_MAX',
  'STOCK_SHORT',
  'CREDIT_EXCEEDED',
  'PRODUCT_NOT_FOR_TIER',
  'PROMOTION_ENDED',
  'PRODUCT_DISCONTINUED',
];

/** What of each line an accepted order shows about the checks it passed. */
export interface CheckedLine {
  /** Minimum order quantity, in bottles. */
  moq: number;
  caseSize: number;
  maxPerOrder: number;
  tiersAllowed: readonly string[];
}

/**
 * The learnable checks an accepted order really exercised, so the notebook can close the
 * matching open mistakes. A check counts only when some line could have failed it: a minimum
 * needs moq above the case size (one whole case always meets a smaller one), whole cases need a
 * case size above 1, a limit needs maxPerOrder, a tier rule needs tiersAllowed;
 * credit counts only when the order went through without a credit hold. Promotion and
 * discontinued refusals are left to reviews: an order does not show they were understood.
 */
export function checksPassed(lines: readonly CheckedLine[], creditHold: boolean): ErrorCode[] {
  const passed = new Set<ErrorCode>(['STOCK_SHORT']);

  if (lines.some((line) => line.moq > line.caseSize)) {
    passed.add('ORDER_BELOW_MOQ');
  }

  if (lines.some((line) => line.caseSize > 1)) {
    passed.add('ORDER_NOT_CASE_MULTIPLE');
  }

  if (lines.some((line) => line.maxPerOrder > 0)) {
    passed.add('ORDER_OVER_MAX');
  }

  if (!creditHold) {
    passed.add('CREDIT_EXCEEDED');
  }

  if (lines.some((line) => line.tiersAllowed.length > 0)) {
    passed.add('PRODUCT_NOT_FOR_TIER');
  }

  return LEARNABLE_ORDER_CODES.filter((code) => passed.has(code));
}
