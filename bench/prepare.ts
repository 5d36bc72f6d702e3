import type { Store } from '../local/store';

export interface BenchProduct {
  _id: string;
  caseSize: number;
  initialStock: number;
}

/**
 * Eight products with simple rules; one holds little stock so the run also proves that stock
 * never goes below zero when demand outruns it. Dealers get room on credit so it never refuses.
 */
export async function prepareCatalogue(store: Store): Promise<BenchProduct[]> {
  const products: BenchProduct[] = [];
  for (let i = 0; i < 8; i += 1) {
    const product = {
      _id: `bench-p${i}`,
      initialStock: i === 0 ? 120 : 1_000_000,
      caseSize: 6,
    };
    await store.insert('products', {
      _id: product._id,
      sku: `BENCH-${i}`,
      name: `压测酒 ${i}`,
      category: '压测',
      spec: '52%vol 500ml',
      caseSize: 6,
      moq: 6,
      maxPerOrder: 0,
      basePriceFen: 12_800 + i * 990,
      tierPricesFen: {},
      quantityTiers: [],
      tiersAllowed: [],
      stock: product.initialStock,
      status: 'active',
      imageUrl: '',
      description: '',
      searchText: `bench-${i}`,
      updatedAt: new Date().toISOString(),
    });
    products.push(product);
  }

  for (const dealer of await store.find('dealers', {})) {
    await store.update('dealers', String(dealer._id), { creditLimitFen: 1e13 });
  }
  return products;
}
