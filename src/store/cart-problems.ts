import { checkLine } from '../../core/cart/check-line';
import type { Tier } from '../../types/documents';
import type { CartProblemView, QuoteResult } from '../../types/functions/order';
import type { CartLine } from './cart';

/** Problems of the whole cart (empty cart, credit) are filed under this product id. */
export const WHOLE_CART = '';

/**
 * What is wrong with each line, by product id. The server's quote decides once it has
 * answered for this cart; until then the same core rules run here for instant feedback.
 */
export function cartProblems(
  lines: CartLine[],
  tier: Tier | null,
  quote: QuoteResult | null,
): Map<string, string[]> {
  const found: CartProblemView[] = quote ? quote.problems : localProblems(lines, tier);

  const byProduct = new Map<string, string[]>();
  for (const problem of found) {
    const messages = byProduct.get(problem.productId) ?? [];
    messages.push(problem.message);
    byProduct.set(problem.productId, messages);
  }

  return byProduct;
}

function localProblems(lines: CartLine[], tier: Tier | null): CartProblemView[] {
  if (!tier) {
    return [];
  }

  const now = new Date();
  return lines.flatMap((line) =>
    line.rules ? checkLine({ product: line.rules, tier, quantity: line.quantity, now }) : [],
  );
}
