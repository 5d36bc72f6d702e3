import { describe, expect, it } from 'vitest';
import { makeLine, makeShippable } from '../test-fixtures';
import { applyShipment } from './ship';

const lines = [
  makeLine({ productId: 'a', name: '酒A', quantity: 12, unitPriceFen: 980 }),
  makeLine({ productId: 'b', name: '酒B', quantity: 6, unitPriceFen: 1990 }),
];

function codeOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return (error as { code?: unknown }).code;
  }
  return undefined;
}

describe('applyShipment', () => {
  it('ships part of an order, then the rest', () => {
    const order = makeShippable(lines);
    expect(order.unshippedFen).toBe(23700);

    const first = applyShipment(order, [{ productId: 'a', quantity: 6 }]);
    expect(first.status).toBe('partially_shipped');
    expect(first.shippedFen).toBe(5880);
    expect(first.unshippedFen).toBe(17820);
    expect(first.items.map((i) => i.shippedQuantity)).toEqual([6, 0]);

    const second = applyShipment(
      { status: first.status, items: first.items, unshippedFen: first.unshippedFen },
      [
        { productId: 'a', quantity: 6 },
        { productId: 'b', quantity: 6 },
      ],
    );
    expect(second.status).toBe('shipped');
    expect(second.shippedFen).toBe(17820);
    expect(second.unshippedFen).toBe(0);
    expect(second.items.map((i) => i.shippedQuantity)).toEqual([12, 6]);
  });

  it('ships a whole order at once', () => {
    const result = applyShipment(makeShippable(lines), [
      { productId: 'b', quantity: 6 },
      { productId: 'a', quantity: 12 },
    ]);
    expect(result).toMatchObject({ status: 'shipped', shippedFen: 23700, unshippedFen: 0 });
  });

  it('leaves the order it was given unchanged', () => {
    const order = makeShippable(lines);
    applyShipment(order, [{ productId: 'a', quantity: 6 }]);
    expect(order.items[0]?.shippedQuantity).toBe(0);
  });

  it('refuses a shipment that breaks a case', () => {
    const order = makeShippable([
      makeLine({ productId: 'c', name: '酒C', quantity: 60, caseSize: 6 }),
    ]);

    expect(codeOf(() => applyShipment(order, [{ productId: 'c', quantity: 31 }]))).toBe(
      'SHIP_NOT_CASE_MULTIPLE',
    );
    expect(applyShipment(order, [{ productId: 'c', quantity: 30 }]).status).toBe(
      'partially_shipped',
    );
  });

  it('refuses a shipment with nothing in it', () => {
    expect(codeOf(() => applyShipment(makeShippable(lines), []))).toBe('SHIP_EMPTY');
    expect(
      codeOf(() => applyShipment(makeShippable(lines), [{ productId: 'a', quantity: 0 }])),
    ).toBe('SHIP_EMPTY');
  });

  it('refuses shipping more than a line has left, counting earlier shipments', () => {
    const partly = makeShippable(
      [makeLine({ productId: 'a', quantity: 12, shippedQuantity: 6 })],
      'partially_shipped',
    );
    expect(codeOf(() => applyShipment(partly, [{ productId: 'a', quantity: 7 }]))).toBe(
      'SHIP_OVER_REMAINING',
    );
  });

  it('adds up repeated lines for one product before comparing with what is left', () => {
    const order = makeShippable(lines);
    const repeated = [
      { productId: 'a', quantity: 6 },
      { productId: 'a', quantity: 7 },
    ];
    expect(codeOf(() => applyShipment(order, repeated))).toBe('SHIP_OVER_REMAINING');
  });

  it('refuses a product that is not in the order', () => {
    expect(
      codeOf(() => applyShipment(makeShippable(lines), [{ productId: 'zzz', quantity: 1 }])),
    ).toBe('NOT_FOUND');
  });

  it('refuses a negative or fractional quantity', () => {
    expect(
      codeOf(() => applyShipment(makeShippable(lines), [{ productId: 'a', quantity: -1 }])),
    ).toBe('QUANTITY_INVALID');
    expect(
      codeOf(() => applyShipment(makeShippable(lines), [{ productId: 'a', quantity: 1.5 }])),
    ).toBe('QUANTITY_INVALID');
  });

  it.each(['submitted', 'shipped', 'cancelled', 'refused', 'received'] as const)(
    'refuses to ship an order that is %s',
    (status) => {
      const order = makeShippable(lines, status);
      expect(codeOf(() => applyShipment(order, [{ productId: 'a', quantity: 6 }]))).toBe(
        'ORDER_STATE_INVALID',
      );
    },
  );
});
