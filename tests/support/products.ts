import type { ProductDoc } from '../../types/documents';
import type { TestRuntime } from './runtime';

/** A fresh product with known rules, so tests do not depend on the demo catalogue's numbers. */
export async function addProduct(
  t: TestRuntime,
  id: string,
  fields: Partial<ProductDoc> = {},
): Promise<ProductDoc> {
  const product: ProductDoc = {
    _id: id,
    sku: id.toUpperCase(),
    name: `测试酒 ${id}`,
    category: '测试',
    spec: '52%vol 500ml',
    caseSize: 6,
    moq: 12,
    maxPerOrder: 0,
    basePriceFen: 9980,
    tierPricesFen: {},
    quantityTiers: [],
    tiersAllowed: [],
    stock: 600,
    status: 'active',
    imageUrl: '',
    description: '',
    searchText: id,
    updatedAt: new Date().toISOString(),
    ...fields,
  };
  await t.runtime.store.insert('products', { ...product });
  return product;
}

export async function stockOf(t: TestRuntime, productId: string): Promise<number> {
  const product = await t.runtime.store.get('products', productId);
  return Number(product?.stock);
}
