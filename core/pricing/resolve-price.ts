import type { DealerDoc, PriceSource, ProductDoc, QuantityTier } from '../../types/documents';
import { assertFen } from '../money';

/** What of a product the price lookup reads. */
export type PricedProduct = Pick<
  ProductDoc,
  '_id' | 'basePriceFen' | 'tierPricesFen' | 'quantityTiers'
>;

/** What of a dealer the price lookup reads. */
export type PricingDealer = Pick<DealerDoc, 'tier' | 'agreedPricesFen'>;

export interface ResolvedPrice {
  unitPriceFen: number;
  source: PriceSource;
}

/** The tier with the largest minQuantity the quantity reaches; on a tie, the lower price. */
function bestQuantityTier(
  tiers: readonly QuantityTier[],
  quantity: number,
): QuantityTier | undefined {
  let best: QuantityTier | undefined;
  for (const tier of tiers) {
    if (tier.minQuantity > quantity) {
      continue;
    }

    const reachesFurther = !best || tier.minQuantity > best.minQuantity;
    const sameButCheaper =
      best && tier.minQuantity === best.minQuantity && tier.priceFen < best.priceFen;
    if (reachesFurther || sameButCheaper) {
      best = tier;
    }
  }

  return best;
}

function resolve(product: PricedProduct, dealer: PricingDealer, quantity: number): ResolvedPrice {
  // typeof rather than `in`: a stored map may carry inherited keys such as 'constructor'.
  const agreed = dealer.agreedPricesFen[product._id];
  if (typeof agreed === 'number') {
    return { unitPriceFen: agreed, source: 'agreed' };
  }

  const quantityTier = bestQuantityTier(product.quantityTiers, quantity);
  if (quantityTier) {
    return { unitPriceFen: quantityTier.priceFen, source: 'quantity_tier' };
  }

  const tierPrice = product.tierPricesFen[dealer.tier];
  if (typeof tierPrice === 'number') {
    return { unitPriceFen: tierPrice, source: 'tier' };
  }

  return { unitPriceFen: product.basePriceFen, source: 'base' };
}

/**
 * The unit price this dealer pays for `quantity` bottles of `product`, and where it came
 * from: the dealer's agreed price, else the best quantity tier the line reaches, else the
 * dealer tier's price list, else the base price.
 */
export function resolvePrice(
  product: PricedProduct,
  dealer: PricingDealer,
  quantity: number,
): ResolvedPrice {
  const price = resolve(product, dealer, quantity);

  assertFen(price.unitPriceFen, `price of ${product._id} (${price.source})`);
  if (price.unitPriceFen < 0) {
    throw new RangeError(`price of ${product._id} (${price.source}) is negative`);
  }

  return price;
}
