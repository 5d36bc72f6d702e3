import type { Quote, QuotingDealer } from '../../../../core/order/build-order';
import type { QuoteResult } from '../../../../types/functions/order';

/** What the phone sees of a quote: no internal params, and the credit policy spelled out. */
export function toQuoteResult(quote: Quote, dealer: QuotingDealer): QuoteResult {
  return {
    lines: quote.lines,
    totalFen: quote.totalFen,
    problems: quote.problems.map(({ productId, code, message }) => ({ productId, code, message })),
    credit: { ...quote.credit, policy: dealer.overCreditPolicy },
  };
}
