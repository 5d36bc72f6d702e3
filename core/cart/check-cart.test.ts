import { describe, expect, it } from 'vitest';
import { makeProduct } from '../test-fixtures';
import { MAX_CART_LINES, checkCart } from './check-cart';

const now = new Date('2026-12-04T08:00:00.000Z');
const a = makeProduct({ _id: 'a', name: '酒A' });
const b = makeProduct({ _id: 'b', name: '酒B', moq: 6 });

describe('checkCart', () => {
  it('refuses an empty cart', () => {
    const cart = checkCart({ items: [], products: [a], tier: 'core', now });
    expect(cart.lines).toEqual([]);
    expect(cart.problems.map((p) => [p.productId, p.code])).toEqual([['', 'CART_EMPTY']]);
  });

  it('merges lines for the same product before checking the minimum', () => {
    const items = [
      { productId: 'a', quantity: 24 },
      { productId: 'b', quantity: 6 },
      { productId: 'a', quantity: 12 },
    ];
    const cart = checkCart({ items, products: [a, b], tier: 'core', now });
    expect(cart.problems).toEqual([]);
    expect(cart.lines.map((l) => [l.product._id, l.quantity])).toEqual([
      ['a', 36],
      ['b', 6],
    ]);
  });

  it('reports an unknown product and still checks the other lines', () => {
    const items = [
      { productId: 'gone', quantity: 6 },
      { productId: 'a', quantity: 12 },
    ];
    const cart = checkCart({ items, products: new Map([['a', a]]), tier: 'core', now });
    expect(cart.problems.map((p) => [p.productId, p.code])).toEqual([
      ['gone', 'PRODUCT_NOT_FOUND'],
      ['a', 'ORDER_BELOW_MOQ'],
    ]);
    expect(cart.lines).toHaveLength(1);
  });

  it(`refuses more than ${MAX_CART_LINES} different products`, () => {
    const products = Array.from({ length: 51 }, (_, i) => makeProduct({ _id: `p${i}`, moq: 6 }));
    const items = products.map((p) => ({ productId: p._id, quantity: 6 }));
    const cart = checkCart({ items, products, tier: 'core', now });
    expect(cart.problems.map((p) => p.code)).toEqual(['CART_TOO_MANY_LINES']);
    expect(cart.problems[0]?.message).toBe('一笔订单最多 50 种商品，当前 51 种，请分成几笔下单');
  });

  it('accepts exactly 50 different products', () => {
    const products = Array.from({ length: 50 }, (_, i) => makeProduct({ _id: `p${i}`, moq: 6 }));
    const items = products.map((p) => ({ productId: p._id, quantity: 6 }));
    expect(checkCart({ items, products, tier: 'core', now }).problems).toEqual([]);
  });
});
