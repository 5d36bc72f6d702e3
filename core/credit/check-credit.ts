import { assertFen } from '../money';

export interface CreditInput {
  creditLimitFen: number;
  /** Shipped but unpaid. */
  receivableFen: number;
  /** Ordered but not yet shipped, not counting this order. */
  openOrderFen: number;
  orderTotalFen: number;
}

export interface CreditCheck {
  /** True when receivable + open orders + this order stay at or under the limit. */
  withinLimit: boolean;
  /** Credit left before this order; 0 when the dealer is already at or over the limit. */
  availableFen: number;
  /** How far this order goes over the limit; 0 when within it. */
  exceedFen: number;
}

/**
 * Checks an order against the dealer's credit limit. Reaching the limit exactly still passes;
 * one fen over does not.
 */
export function checkCredit(input: CreditInput): CreditCheck {
  const { creditLimitFen, receivableFen, openOrderFen, orderTotalFen } = input;
  assertFen(creditLimitFen, 'creditLimitFen');
  assertFen(receivableFen, 'receivableFen');
  assertFen(openOrderFen, 'openOrderFen');
  assertFen(orderTotalFen, 'orderTotalFen');

  const available = creditLimitFen - receivableFen - openOrderFen;
  const exceedFen = Math.max(0, orderTotalFen - available);
  return { withinLimit: exceedFen === 0, availableFen: Math.max(0, available), exceedFen };
}
