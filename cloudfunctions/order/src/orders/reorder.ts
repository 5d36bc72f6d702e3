import { quoteOrder } from '../../../../core/order/build-order';
import type { ActionContext } from '../../../../server/boundary';
import { requireDealer } from '../../../../server/users';
import { parseInput } from '../../../../server/validate';
import type { OrderReplies } from '../../../../types/functions/order';
import { loadProducts } from '../ordering/load-products';
import { toQuoteResult } from '../ordering/quote-view';
import { orderIdSchema } from '../schemas';
import { readVisibleOrder } from './read-order';

/** An earlier order's lines, quoted again at today's prices, ready to go into the cart. */
export async function reorder({
  openid,
  event,
  now,
}: ActionContext): Promise<OrderReplies['reorder']> {
  const { orderId } = parseInput(orderIdSchema, event);
  const { dealer } = await requireDealer(openid);
  const { order } = await readVisibleOrder(openid, orderId);

  const items = order.items.map(({ productId, quantity }) => ({ productId, quantity }));
  const products = await loadProducts(items.map((item) => item.productId));
  return { items, quote: toQuoteResult(quoteOrder({ items, products, dealer, now }), dealer) };
}
