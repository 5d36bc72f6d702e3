import type { ProductDoc, Tier } from '../../../../types/documents';
import type { ImportedProduct } from './read-row';

/** A product as written with `doc(id).set`: everything but the id, which the ref carries. */
export type ProductFields = Omit<ProductDoc, '_id'>;

/** The lower-case text keyword search matches: name, sku, category and spec. */
export function searchTextOf(product: Pick<ProductDoc, 'name' | 'sku' | 'category' | 'spec'>) {
  return [product.name, product.sku, product.category, product.spec].join(' ').toLowerCase();
}

/** A product first seen in an import: what the file does not say gets the plain default. */
export function newProductFields(item: ImportedProduct): ProductFields {
  const fields: ProductFields = {
    sku: item.sku,
    name: item.name,
    category: item.category,
    spec: item.spec ?? '',
    caseSize: item.caseSize,
    moq: item.moq,
    maxPerOrder: item.maxPerOrder ?? 0,
    basePriceFen: item.basePriceFen,
    tierPricesFen: mergeTierPrices({}, item.tierPricesFen),
    quantityTiers: [],
    tiersAllowed: [],
    // Not yet: on-hand import; the file's figure is stock available to order, reservations aside.
    stock: item.stock,
    status: item.status ?? 'active',
    imageUrl: '',
    description: '',
    searchText: '',
    updatedAt: item.updatedAt,
  };
  return { ...fields, searchText: searchTextOf(fields) };
}

/**
 * An existing product with the file's values laid over it. Whatever the file has no column
 * for (quantity tiers, promotion, image, description, tiers allowed; optional columns left
 * out) stays as it was.
 */
export function mergedProductFields(current: ProductDoc, item: ImportedProduct): ProductFields {
  const fields: ProductFields = {
    ...withoutId(current),
    sku: item.sku,
    name: item.name,
    category: item.category,
    spec: item.spec ?? current.spec,
    caseSize: item.caseSize,
    moq: item.moq,
    maxPerOrder: item.maxPerOrder ?? current.maxPerOrder,
    basePriceFen: item.basePriceFen,
    tierPricesFen: mergeTierPrices(current.tierPricesFen, item.tierPricesFen),
    stock: item.stock,
    status: item.status ?? current.status,
    updatedAt: item.updatedAt,
  };
  return { ...fields, searchText: searchTextOf(fields) };
}

/** A tier column's price replaces the old one, an empty cell removes it, no column keeps it. */
function mergeTierPrices(
  current: Partial<Record<Tier, number>>,
  imported: Partial<Record<Tier, number | null>>,
): Partial<Record<Tier, number>> {
  const prices = { ...current };
  for (const [tier, price] of Object.entries(imported) as [Tier, number | null][]) {
    if (price === null) delete prices[tier];
    else prices[tier] = price;
  }
  return prices;
}

/** Every stored field but `_id`, including any this import does not know about. */
function withoutId(doc: ProductDoc): ProductFields {
  const copy: ProductFields & { _id?: string } = { ...doc };
  delete copy._id;
  return copy;
}
