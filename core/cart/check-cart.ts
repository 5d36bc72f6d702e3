import type { Tier } from '../../types/documents';
import { type CheckedProduct, checkLine } from './check-line';
import { type CartProblem, WHOLE_CART, cartProblem } from './problem';

/** More lines than this make one order too large to review and ship sensibly. */
export const MAX_CART_LINES = 50;

/**
 * Most bottles one line may hold, after lines naming the same product are merged. Far above
 * any real order; with MAX_CART_LINES it keeps every total a safe integer of fen.
 */
export const MAX_LINE_QUANTITY = 1_000_000;

/** A line as the client sends it: a product and a quantity in bottles. */
export interface CartItem {
  productId: string;
  quantity: number;
}

/** Products by id, or a plain list of them. */
export type ProductSource<P extends { _id: string }> = ReadonlyMap<string, P> | readonly P[];

export interface CartInput<P extends CheckedProduct> {
  items: readonly CartItem[];
  products: ProductSource<P>;
  tier: Tier;
  now: Date;
}

export interface CheckedCart<P extends CheckedProduct> {
  /** One line per known product, duplicates merged, in the order first seen. */
  lines: { product: P; quantity: number }[];
  problems: CartProblem[];
}

function isMap<P extends { _id: string }>(
  products: ProductSource<P>,
): products is ReadonlyMap<string, P> {
  return products instanceof Map;
}

/** Indexes products by id unless they already are. */
export function toProductMap<P extends { _id: string }>(
  products: ProductSource<P>,
): ReadonlyMap<string, P> {
  if (isMap(products)) {
    return products;
  }

  return new Map(products.map((product) => [product._id, product]));
}

/** Sums the quantities of lines naming the same product, keeping first-seen order. */
export function mergeItems(items: readonly CartItem[]): CartItem[] {
  const merged = new Map<string, number>();
  for (const item of items) {
    merged.set(item.productId, (merged.get(item.productId) ?? 0) + item.quantity);
  }

  return [...merged].map(([productId, quantity]) => ({ productId, quantity }));
}

/**
 * Checks a whole cart: empty, too many lines, unknown products, and every line's own rules.
 * Returns the merged lines with their products so callers can price them.
 */
export function checkCart<P extends CheckedProduct>(input: CartInput<P>): CheckedCart<P> {
  const { tier, now } = input;
  const items = mergeItems(input.items);
  if (items.length === 0) {
    return { lines: [], problems: [cartProblem(WHOLE_CART, 'CART_EMPTY')] };
  }

  const problems: CartProblem[] = [];
  if (items.length > MAX_CART_LINES) {
    const params = { lineCount: items.length, maxLines: MAX_CART_LINES };
    problems.push(cartProblem(WHOLE_CART, 'CART_TOO_MANY_LINES', params));
  }

  const products = toProductMap(input.products);
  const lines: CheckedCart<P>['lines'] = [];
  for (const { productId, quantity } of items) {
    const product = products.get(productId);
    if (!product) {
      problems.push(cartProblem(productId, 'PRODUCT_NOT_FOUND', { productId }));
      continue;
    }

    if (quantity > MAX_LINE_QUANTITY) {
      problems.push(cartProblem(productId, 'QUANTITY_INVALID', { productId, quantity }));
      continue;
    }

    lines.push({ product, quantity });
    problems.push(...checkLine({ product, tier, quantity, now }));
  }

  return { lines, problems };
}
