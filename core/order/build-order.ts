import type { DealerDoc, OrderLine, ProductDoc } from '../../types/documents';
import { type CartItem, type ProductSource, checkCart } from '../cart/check-cart';
import type { CheckedProduct } from '../cart/check-line';
import { type CartProblem, WHOLE_CART, cartProblem } from '../cart/problem';
import { type CreditCheck, checkCredit } from '../credit/check-credit';
import { lineTotalFen, sumFen } from '../money';
import { type PricedProduct, resolvePrice } from '../pricing/resolve-price';

/** What of a product a quote reads: the cart rules, the price lookup and the line's labels. */
export type QuotedProduct = CheckedProduct & PricedProduct & Pick<ProductDoc, 'spec'>;

/** What of a dealer a quote reads. */
export type QuotingDealer = Pick<
  DealerDoc,
  | 'tier'
  | 'agreedPricesFen'
  | 'creditLimitFen'
  | 'receivableFen'
  | 'openOrderFen'
  | 'overCreditPolicy'
>;

export interface QuoteInput {
  items: readonly CartItem[];
  products: ProductSource<QuotedProduct>;
  dealer: QuotingDealer;
  now: Date;
}

export interface Quote {
  /** Priced lines, nothing shipped yet; a line without a valid bottle count is left out. */
  lines: OrderLine[];
  totalFen: number;
  /** Everything that blocks submitting; empty means the order may be placed. */
  problems: CartProblem[];
  credit: CreditCheck;
  /** Over the limit with policy 'approval': the order may be placed but waits for the brand. */
  creditHold: boolean;
}

function priceLine(product: QuotedProduct, dealer: QuotingDealer, quantity: number): OrderLine {
  const { unitPriceFen, source } = resolvePrice(product, dealer, quantity);
  return {
    productId: product._id,
    name: product.name,
    spec: product.spec,
    caseSize: product.caseSize,
    quantity,
    unitPriceFen,
    priceSource: source,
    lineTotalFen: lineTotalFen(unitPriceFen, quantity),
    shippedQuantity: 0,
  };
}

/**
 * Prices a cart for a dealer and says what stops it becoming an order. The phone calls it for
 * instant feedback; the server calls it again on fresh data and its answer is the one that
 * counts, so the client's prices and totals are never trusted.
 */
export function quoteOrder(input: QuoteInput): Quote {
  const { dealer, now } = input;
  const cart = checkCart({ items: input.items, products: input.products, tier: dealer.tier, now });

  const lines = cart.lines
    .filter(({ quantity }) => Number.isSafeInteger(quantity) && quantity > 0)
    .map(({ product, quantity }) => priceLine(product, dealer, quantity));
  const totalFen = sumFen(lines.map((line) => line.lineTotalFen));

  const credit = checkCredit({
    creditLimitFen: dealer.creditLimitFen,
    receivableFen: dealer.receivableFen,
    openOrderFen: dealer.openOrderFen,
    orderTotalFen: totalFen,
  });
  const problems = [...cart.problems];
  const overLimit = !credit.withinLimit;
  if (overLimit && dealer.overCreditPolicy === 'refuse') {
    const { availableFen, exceedFen } = credit;
    const params = { totalFen, limitFen: dealer.creditLimitFen, availableFen, exceedFen };
    problems.push(cartProblem(WHOLE_CART, 'CREDIT_EXCEEDED', params));
  }

  const creditHold = overLimit && dealer.overCreditPolicy === 'approval';
  return { lines, totalFen, problems, credit, creditHold };
}
