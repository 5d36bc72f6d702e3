import type { DealerDoc, OrderDoc, OrderLine, ProductDoc } from '../types/documents';

/** A plain active product: 6 bottles a case, moq 36, no limit, plenty of stock, ¥100.00. */
export function makeProduct(overrides: Partial<ProductDoc> = {}): ProductDoc {
  return {
    _id: 'p-feitian',
    sku: 'MT-53-500',
    name: '飞天53度500ml',
    category: 'baijiu',
    spec: '500ml×6',
    caseSize: 6,
    moq: 36,
    maxPerOrder: 0,
    basePriceFen: 10000,
    tierPricesFen: {},
    quantityTiers: [],
    tiersAllowed: [],
    stock: 600,
    status: 'active',
    imageUrl: '',
    description: '',
    searchText: '飞天53度500ml',
    updatedAt: '2026-12-01T00:00:00.000Z',
    ...overrides,
  };
}

/** A core-tier dealer with a ¥10,000.00 limit, nothing owed, refusing over-credit orders. */
export function makeDealer(overrides: Partial<DealerDoc> = {}): DealerDoc {
  return {
    _id: 'd-1',
    name: '杭州酒业',
    tier: 'core',
    region: '华东',
    creditLimitFen: 1_000_000,
    receivableFen: 0,
    openOrderFen: 0,
    overCreditPolicy: 'refuse',
    agreedPricesFen: {},
    inviteCode: 'ABC123',
    ...overrides,
  };
}

/** An order line nothing of which has shipped yet. */
export function makeLine(overrides: Partial<OrderLine> = {}): OrderLine {
  const line: OrderLine = {
    productId: 'p-feitian',
    name: '飞天53度500ml',
    spec: '500ml×6',
    caseSize: 6,
    quantity: 12,
    unitPriceFen: 10000,
    priceSource: 'base',
    lineTotalFen: 120000,
    shippedQuantity: 0,
    ...overrides,
  };
  return { ...line, lineTotalFen: line.unitPriceFen * line.quantity };
}

/** The parts of an order a shipment reads, with unshippedFen derived from its lines. */
export function makeShippable(
  items: OrderLine[],
  status: OrderDoc['status'] = 'approved',
): Pick<OrderDoc, 'status' | 'items' | 'unshippedFen'> {
  const unshippedFen = items.reduce(
    (sum, line) => sum + (line.quantity - line.shippedQuantity) * line.unitPriceFen,
    0,
  );
  return { status, items, unshippedFen };
}
