import { resolvePrice, type PricingDealer } from '../../../../core/pricing/resolve-price';
import { checkLine } from '../../../../core/cart/check-line';
import type { ProductDoc } from '../../../../types/documents';
import type { ProductDetail, ProductListItem, StockState } from '../../../../types/functions/order';

/** Below this many cases in stock a product shows as low, so dealers order before it runs out. */
const LOW_STOCK_CASES = 2;

function stockState(product: ProductDoc): StockState {
  if (product.stock <= 0) return 'out';
  if (product.stock < Math.max(product.moq, product.caseSize * LOW_STOCK_CASES)) return 'low';
  return 'in_stock';
}

/** The smallest valid order line: the moq rounded up to whole cases. */
export function smallestLine(product: Pick<ProductDoc, 'moq' | 'caseSize'>): number {
  return Math.ceil(product.moq / product.caseSize) * product.caseSize;
}

/** A catalogue entry as one dealer sees it: their price and whether they can order it now. */
export function toListItem(product: ProductDoc, dealer: PricingDealer, now: Date): ProductListItem {
  const quantity = smallestLine(product);
  const { unitPriceFen, source } = resolvePrice(product, dealer, quantity);
  const problems = checkLine({ product, tier: dealer.tier, quantity, now });

  return {
    _id: product._id,
    sku: product.sku,
    name: product.name,
    category: product.category,
    spec: product.spec,
    caseSize: product.caseSize,
    moq: product.moq,
    maxPerOrder: product.maxPerOrder,
    priceFen: unitPriceFen,
    priceSource: source,
    basePriceFen: product.basePriceFen,
    stockState: stockState(product),
    stock: product.stock,
    available: problems.length === 0,
    imageUrl: product.imageUrl,
    ...(product.promotion ? { promotion: product.promotion } : {}),
  };
}

/** The product page: the list entry plus what only the detail shows. */
export function toDetail(product: ProductDoc, dealer: PricingDealer, now: Date): ProductDetail {
  return {
    ...toListItem(product, dealer, now),
    description: product.description,
    quantityTiers: product.quantityTiers,
    tiersAllowed: product.tiersAllowed,
  };
}
