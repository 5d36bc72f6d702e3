import { describe, expect, it } from 'vitest';
import type { ProductDoc } from '../../../../types/documents';
import { mergedProductFields, newProductFields } from './product-fields';
import type { ImportedProduct } from './read-row';

const imported: ImportedProduct = {
  row: 2,
  sku: 'YL-NX-201',
  name: '云岭窖香·三年',
  category: '浓香白酒',
  spec: '52%vol 500ml',
  caseSize: 6,
  moq: 12,
  maxPerOrder: 0,
  basePriceFen: 12980,
  tierPricesFen: { new: null, core: 11800 },
  stock: 4800,
  status: 'active',
  updatedAt: '2026-12-04T02:00:00.000Z',
};

const stored: ProductDoc = {
  _id: 'seed-nx-201',
  sku: 'YL-NX-201',
  name: '云岭窖香三年',
  category: '白酒',
  spec: '500ml',
  caseSize: 12,
  moq: 12,
  maxPerOrder: 60,
  basePriceFen: 12500,
  tierPricesFen: { new: 12300, core: 12000, top: 11000 },
  quantityTiers: [{ minQuantity: 120, priceFen: 11500 }],
  tiersAllowed: ['core', 'top'],
  stock: 10,
  status: 'discontinued',
  promotion: { label: '双12特惠', endsAt: '2026-12-12T15:59:00.000Z' },
  imageUrl: 'cloud://img/nx-201.png',
  description: '窖藏三年',
  searchText: 'old',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('product fields from an import', () => {
  it('gives a new product empty extras, an active status and its search text', () => {
    expect(newProductFields({ ...imported, status: undefined, spec: undefined })).toEqual({
      sku: 'YL-NX-201',
      name: '云岭窖香·三年',
      category: '浓香白酒',
      spec: '',
      caseSize: 6,
      moq: 12,
      maxPerOrder: 0,
      basePriceFen: 12980,
      tierPricesFen: { core: 11800 },
      quantityTiers: [],
      tiersAllowed: [],
      stock: 4800,
      status: 'active',
      imageUrl: '',
      description: '',
      searchText: '云岭窖香·三年 yl-nx-201 浓香白酒 ',
      updatedAt: '2026-12-04T02:00:00.000Z',
    });
  });

  it('updates an existing product but keeps what the file has no column for', () => {
    const fields = mergedProductFields(stored, imported);

    expect(fields).not.toHaveProperty('_id');
    expect(fields).toMatchObject({
      name: '云岭窖香·三年',
      caseSize: 6,
      maxPerOrder: 0,
      basePriceFen: 12980,
      stock: 4800,
      status: 'active',
      quantityTiers: [{ minQuantity: 120, priceFen: 11500 }],
      tiersAllowed: ['core', 'top'],
      promotion: { label: '双12特惠', endsAt: '2026-12-12T15:59:00.000Z' },
      imageUrl: 'cloud://img/nx-201.png',
      description: '窖藏三年',
      searchText: '云岭窖香·三年 yl-nx-201 浓香白酒 52%vol 500ml',
      updatedAt: '2026-12-04T02:00:00.000Z',
    });
  });

  it('removes a tier price whose cell is empty and keeps one whose column is missing', () => {
    expect(mergedProductFields(stored, imported).tierPricesFen).toEqual({
      core: 11800,
      top: 11000,
    });
  });

  it('keeps spec, limit and status when the file leaves those columns out', () => {
    const partial = { ...imported, spec: undefined, maxPerOrder: undefined, status: undefined };

    const fields = mergedProductFields(stored, partial);

    expect([fields.spec, fields.maxPerOrder, fields.status]).toEqual(['500ml', 60, 'discontinued']);
  });
});
