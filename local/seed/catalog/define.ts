import type { ProductDoc, ProductStatus, QuantityTier, Tier } from '../../../types/documents';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * One seeded product as written by hand: the defaults most products share are optional, and a
 * promotion's end is relative to the seed's `now` so the demo never goes stale.
 */
export interface ProductSeed {
  _id: string;
  sku: string;
  name: string;
  spec: string;
  caseSize: number;
  moq: number;
  maxPerOrder?: number;
  basePriceFen: number;
  tierPricesFen?: Partial<Record<Tier, number>>;
  quantityTiers?: QuantityTier[];
  tiersAllowed?: Tier[];
  stock: number;
  status?: ProductStatus;
  promotion?: { label: string; endsInDays: number };
  description: string;
}

/** A category's seeded products, one file per category. */
export interface CategorySeed {
  category: string;
  products: ProductSeed[];
}

/** Turns hand-written seeds into stored product documents as of `now`. */
export function toProductDocs(seed: CategorySeed, now: Date): ProductDoc[] {
  const updatedAt = now.toISOString();

  return seed.products.map((product) => {
    const { promotion, ...rest } = product;
    const searchText = [product.name, product.sku, seed.category, product.spec]
      .join(' ')
      .toLowerCase();

    const doc: ProductDoc = {
      ...rest,
      category: seed.category,
      maxPerOrder: product.maxPerOrder ?? 0,
      tierPricesFen: product.tierPricesFen ?? {},
      quantityTiers: product.quantityTiers ?? [],
      tiersAllowed: product.tiersAllowed ?? [],
      status: product.status ?? 'active',
      imageUrl: '',
      searchText,
      updatedAt,
    };
    if (promotion) {
      const endsAt = new Date(now.getTime() + promotion.endsInDays * DAY_MS).toISOString();
      doc.promotion = { label: promotion.label, endsAt };
    }

    return doc;
  });
}
