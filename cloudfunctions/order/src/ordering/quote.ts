import { quoteOrder } from '../../../../core/order/build-order';
import type { ActionContext } from '../../../../server/boundary';
import { requireDealer } from '../../../../server/users';
import { parseInput } from '../../../../server/validate';
import type { QuoteResult } from '../../../../types/functions/order';
import { quoteSchema } from '../schemas';
import { loadProducts } from './load-products';
import { toQuoteResult } from './quote-view';

/** Prices a cart at today's prices and lists every problem, without placing anything. */
export async function quote({ openid, event, now }: ActionContext): Promise<QuoteResult> {
  const { items } = parseInput(quoteSchema, event);
  const { dealer } = await requireDealer(openid);

  const products = await loadProducts(items.map((item) => item.productId));
  return toQuoteResult(quoteOrder({ items, products, dealer, now }), dealer);
}
