import type { ProductDoc, Tier } from '../../types/documents';
import { type CartProblem, cartProblem } from './problem';

/** What of a product the cart rules read. */
export type CheckedProduct = Pick<
  ProductDoc,
  | '_id'
  | 'name'
  | 'caseSize'
  | 'moq'
  | 'maxPerOrder'
  | 'stock'
  | 'status'
  | 'tiersAllowed'
  | 'promotion'
>;

export interface LineInput {
  product: CheckedProduct;
  tier: Tier;
  /** Bottles. */
  quantity: number;
  now: Date;
}

/** An unparsable end date counts as ended: selling past a promotion costs more than not. */
function promotionEnded(product: CheckedProduct, now: Date): boolean {
  if (!product.promotion) {
    return false;
  }

  const endsAt = Date.parse(product.promotion.endsAt);
  return Number.isNaN(endsAt) || endsAt <= now.getTime();
}

/** Reasons the product cannot be ordered at all; quantity rules are moot after these. */
function availabilityProblems(input: LineInput): CartProblem[] {
  const { product, tier, now } = input;
  const params = { productId: product._id, productName: product.name };

  if (product.status === 'discontinued') {
    return [cartProblem(product._id, 'PRODUCT_DISCONTINUED', params)];
  }

  if (product.tiersAllowed.length > 0 && !product.tiersAllowed.includes(tier)) {
    return [cartProblem(product._id, 'PRODUCT_NOT_FOR_TIER', { ...params, tier })];
  }

  if (product.promotion && promotionEnded(product, now)) {
    const { label, endsAt } = product.promotion;
    return [
      cartProblem(product._id, 'PROMOTION_ENDED', { ...params, promotionLabel: label, endsAt }),
    ];
  }

  return [];
}

/**
 * Everything wrong with one cart line, empty when it may be ordered. Checked on the phone
 * for instant feedback and again on the server, which decides.
 */
export function checkLine(input: LineInput): CartProblem[] {
  const { product, quantity } = input;

  const unavailable = availabilityProblems(input);
  if (unavailable.length > 0) {
    return unavailable;
  }

  const params = {
    productId: product._id,
    productName: product.name,
    quantity,
    caseSize: product.caseSize,
  };
  if (!Number.isSafeInteger(quantity) || quantity <= 0) {
    return [cartProblem(product._id, 'QUANTITY_INVALID', params)];
  }

  const problems: CartProblem[] = [];
  if (quantity < product.moq) {
    problems.push(cartProblem(product._id, 'ORDER_BELOW_MOQ', { ...params, moq: product.moq }));
  }

  if (product.caseSize > 1 && quantity % product.caseSize !== 0) {
    problems.push(cartProblem(product._id, 'ORDER_NOT_CASE_MULTIPLE', params));
  }

  if (product.maxPerOrder > 0 && quantity > product.maxPerOrder) {
    const maxPerOrder = product.maxPerOrder;
    problems.push(cartProblem(product._id, 'ORDER_OVER_MAX', { ...params, maxPerOrder }));
  }

  if (quantity > product.stock) {
    problems.push(cartProblem(product._id, 'STOCK_SHORT', { ...params, stock: product.stock }));
  }

  return problems;
}
