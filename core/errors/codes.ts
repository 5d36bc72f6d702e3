import type { OrderStatus, Tier } from '../../types/documents';
import type { OrderAction } from '../order/state';

/**
 * Every stable error code dealer-hub returns. Clients, the mistake notebook and the training
 * content link to these names, so a code is never renamed or reused for another meaning.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'INTERNAL',
  'NOT_BOUND',
  'INVITE_INVALID',
  'ALREADY_BOUND',
  'PRODUCT_NOT_FOUND',
  'PRODUCT_DISCONTINUED',
  'PRODUCT_NOT_FOR_TIER',
  'PROMOTION_ENDED',
  'CART_EMPTY',
  'CART_TOO_MANY_LINES',
  'QUANTITY_INVALID',
  'ORDER_BELOW_MOQ',
  'ORDER_NOT_CASE_MULTIPLE',
  'ORDER_OVER_MAX',
  'STOCK_SHORT',
  'CREDIT_EXCEEDED',
  'ORDER_NOT_FOUND',
  'ORDER_STATE_INVALID',
  'SHIP_EMPTY',
  'SHIP_OVER_REMAINING',
  'SHIP_NOT_CASE_MULTIPLE',
  'REFUSE_REASON_REQUIRED',
  'IMPORT_FILE_INVALID',
  'IMPORT_HAS_ERRORS',
  'REQUEST_ID_REUSED',
  'LESSON_NOT_FOUND',
  'LESSON_LOCKED',
  'MISTAKE_NOT_FOUND',
  'REWARD_NOT_FOUND',
  'REWARD_OUT_OF_STOCK',
  'POINTS_INSUFFICIENT',
  'FEATURE_LOCKED',
  'ADJUST_REASON_REQUIRED',
  'ADJUST_AMOUNT_INVALID',
  'DEALER_NOT_FOUND',
  'ADJUST_BELOW_ZERO',
  'ADJUST_AMOUNT_TOO_LARGE',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Tells whether an unknown value is one of the codes above (for envelopes read back in). */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/**
 * What an error message may mention. Every field is optional so one shape serves all codes;
 * quantities count bottles and money counts fen, as everywhere else.
 */
export interface ErrorParams {
  /** For the log and the client; no message shows it. */
  orderId?: string;
  productId?: string;
  productName?: string;
  /** The quantity asked for, in bottles. */
  quantity?: number;
  /** Minimum order quantity, in bottles. */
  moq?: number;
  /** Bottles per case; lets a message show "4 箱（24 瓶）". */
  caseSize?: number;
  maxPerOrder?: number;
  /** Bottles available to order. */
  stock?: number;
  /** Bottles of an order line still to ship. */
  remaining?: number;
  limitFen?: number;
  exceedFen?: number;
  availableFen?: number;
  totalFen?: number;
  /** The input field at fault, by its name in the request (`items.2.quantity`). */
  field?: string;
  status?: OrderStatus;
  action?: OrderAction;
  tier?: Tier;
  /** Free text shown as is: a validation detail or an import row's fault. */
  reason?: string;
  /** 1-based row number in an imported file. */
  row?: number;
  /** How many rows of an imported file have errors. */
  errorRows?: number;
  lineCount?: number;
  maxLines?: number;
  promotionLabel?: string;
  /** UTC instant, ISO 8601. */
  endsAt?: string;
  lessonTitle?: string;
  courseTitle?: string;
  rewardTitle?: string;
  /** Points asked for: a reward's cost or a staff adjustment. */
  points?: number;
  /** A dealer's points balance. */
  balance?: number;
  /** The largest single staff adjustment, in points. */
  maxPoints?: number;
}
