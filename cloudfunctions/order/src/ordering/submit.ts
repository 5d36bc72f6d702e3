import { mergeItems } from '../../../../core/cart/check-cart';
import type { CartProblem } from '../../../../core/cart/problem';
import type { ErrorCode } from '../../../../core/errors/codes';
import { DomainError } from '../../../../core/errors/domain-error';
import { quoteOrder, type Quote } from '../../../../core/order/build-order';
import type { ActionContext } from '../../../../server/boundary';
import { db } from '../../../../server/cloud';
import type { TransactionDb } from '../../../../server/db-types';
import { isDuplicateId, mustReadDoc, readDoc } from '../../../../server/documents';
import { deterministicId } from '../../../../server/ids';
import { learnFromAcceptedOrder, learnFromRefusal } from '../../../../server/mistakes/from-order';
import { requireDealer } from '../../../../server/users';
import { parseInput } from '../../../../server/validate';
import type { DealerDoc, OrderDoc, ProductDoc, UserDoc } from '../../../../types/documents';
import { submitSchema } from '../schemas';
import { readConfirmTimeoutMinutes } from '../orders/settings';
import { loadProducts } from './load-products';
import { sameItems } from './same-items';

type CartItem = { productId: string; quantity: number };

/** A refused quote: the dealer sees its first problem, the notebook learns from all of them. */
class QuoteRefused extends DomainError {
  constructor(readonly problems: readonly CartProblem[]) {
    super(problems[0]?.code ?? 'INTERNAL', problems[0]?.params ?? {});
  }
}

/** Throws the first problem of a quote as the refusal the dealer sees. */
function refuseOnProblems(quote: Quote): void {
  if (quote.problems.length > 0) throw new QuoteRefused(quote.problems);
}

/** Every problem behind a refusal: all of a refused quote's, or the one error otherwise. */
function refusalsOf(error: DomainError): readonly { code: ErrorCode; message: string }[] {
  return error instanceof QuoteRefused ? error.problems : [error];
}

/**
 * Places an order exactly once per (dealer, requestId): a retry or a double tap returns the
 * order already placed. Prices, totals, stock and credit are decided here, inside one
 * transaction, on fresh data; nothing the client sent besides product ids and quantities counts.
 */
export async function submit({ openid, event, now }: ActionContext): Promise<OrderDoc> {
  const { requestId, items } = parseInput(submitSchema, event);
  const { user, dealer } = await requireDealer(openid);
  const cart = mergeItems(items);
  const products = await loadProducts(cartIds(cart));

  // The notebook learns from both outcomes, outside the order's transaction and never failing it.
  try {
    const order = await place({ requestId, cart, products, user, dealer, now });
    await learnFromAcceptedOrder(dealer._id, products, order.creditHold, now);
    return order;
  } catch (error) {
    if (error instanceof DomainError) await learnFromRefusal(dealer._id, refusalsOf(error), now);
    throw error;
  }
}

interface Attempt {
  requestId: string;
  cart: CartItem[];
  products: ProductDoc[];
  user: UserDoc;
  dealer: DealerDoc;
  now: Date;
}

async function place({ requestId, cart, products, user, dealer, now }: Attempt): Promise<OrderDoc> {
  const orderId = deterministicId('o', dealer._id, requestId);

  const earlier = await readDoc<OrderDoc>(db().collection('orders').doc(orderId));
  if (earlier) return replayed(earlier, cart);

  refuseOnProblems(quoteOrder({ items: cart, products, dealer, now }));
  const confirmTimeoutMinutes = await readConfirmTimeoutMinutes();

  try {
    return await db().runTransaction((tx) =>
      placeInTransaction(tx, { orderId, requestId, cart, user, now, confirmTimeoutMinutes }),
    );
  } catch (error) {
    if (!isDuplicateId(error)) throw error;

    const placed = await mustReadDoc<OrderDoc>(db().collection('orders').doc(orderId), 'INTERNAL');
    return replayed(placed, cart);
  }
}

function cartIds(cart: CartItem[]): string[] {
  return cart.map((item) => item.productId);
}

function replayed(order: OrderDoc, cart: CartItem[]): OrderDoc {
  if (!sameItems(order.items, cart)) throw new DomainError('REQUEST_ID_REUSED');
  return order;
}

interface Placement {
  orderId: string;
  requestId: string;
  cart: CartItem[];
  user: UserDoc;
  now: Date;
  confirmTimeoutMinutes: number;
}

async function placeInTransaction(tx: TransactionDb, placement: Placement): Promise<OrderDoc> {
  const { orderId, cart, user, now } = placement;
  const orders = tx.collection('orders');

  const earlier = await readDoc<OrderDoc>(orders.doc(orderId));
  if (earlier) return replayed(earlier, cart);

  const dealerRef = tx.collection('dealers').doc(user.dealerId ?? '');
  const dealer = await mustReadDoc<DealerDoc>(dealerRef, 'NOT_BOUND');
  const products: ProductDoc[] = [];
  for (const { productId } of cart) {
    const product = await readDoc<ProductDoc>(tx.collection('products').doc(productId));
    if (product) products.push(product);
  }

  const quote = quoteOrder({ items: cart, products, dealer, now });
  refuseOnProblems(quote);

  await reserveStock(tx, cart);
  await dealerRef.update({ data: { openOrderFen: dealer.openOrderFen + quote.totalFen } });

  const order = buildOrder(placement, dealer, quote);
  await orders.add({ data: order });
  return order;
}

/** Takes the ordered bottles out of stock; the quote above proved each line is covered. */
async function reserveStock(tx: TransactionDb, cart: CartItem[]): Promise<void> {
  const _ = db().command;
  for (const { productId, quantity } of cart) {
    const result = await tx
      .collection('products')
      .doc(productId)
      .update({ data: { stock: _.inc(-quantity) } });
    if (result.stats.updated !== 1) throw new DomainError('PRODUCT_NOT_FOUND', { productId });
  }
}

function buildOrder(placement: Placement, dealer: DealerDoc, quote: Quote): OrderDoc {
  const { orderId, requestId, user, now, confirmTimeoutMinutes } = placement;
  const at = now.toISOString();
  const confirmBy = new Date(now.getTime() + confirmTimeoutMinutes * 60_000).toISOString();

  return {
    _id: orderId,
    dealerId: dealer._id,
    dealerName: dealer.name,
    submittedBy: user._id,
    requestId,
    status: 'submitted',
    items: quote.lines,
    totalFen: quote.totalFen,
    unshippedFen: quote.totalFen,
    creditHold: quote.creditHold,
    timeline: [{ status: 'submitted', at, by: user._id }],
    confirmBy,
    createdAt: at,
    updatedAt: at,
  };
}
