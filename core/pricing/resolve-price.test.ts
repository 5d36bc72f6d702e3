import { describe, expect, it } from 'vitest';
import { makeDealer, makeProduct } from '../test-fixtures';
import { resolvePrice } from './resolve-price';

const product = makeProduct({
  _id: 'p-1',
  basePriceFen: 10000,
  tierPricesFen: { core: 9500, top: 9000 },
  quantityTiers: [
    { minQuantity: 60, priceFen: 9200 },
    { minQuantity: 120, priceFen: 8800 },
  ],
});

describe('resolvePrice lookup order', () => {
  it("uses the dealer's agreed price first, even where a quantity tier applies", () => {
    const dealer = makeDealer({ agreedPricesFen: { 'p-1': 8000 } });
    expect(resolvePrice(product, dealer, 120)).toEqual({ unitPriceFen: 8000, source: 'agreed' });
  });

  it('ignores agreed prices for other products', () => {
    const dealer = makeDealer({ tier: 'core', agreedPricesFen: { 'p-2': 1 } });
    expect(resolvePrice(product, dealer, 6)).toEqual({ unitPriceFen: 9500, source: 'tier' });
  });

  it('falls through to the quantity tier with the largest minimum the line reaches', () => {
    const dealer = makeDealer({ tier: 'core' });
    expect(resolvePrice(product, dealer, 60)).toEqual({
      unitPriceFen: 9200,
      source: 'quantity_tier',
    });
    expect(resolvePrice(product, dealer, 119)).toEqual({
      unitPriceFen: 9200,
      source: 'quantity_tier',
    });
    expect(resolvePrice(product, dealer, 120)).toEqual({
      unitPriceFen: 8800,
      source: 'quantity_tier',
    });
    expect(resolvePrice(product, dealer, 600)).toEqual({
      unitPriceFen: 8800,
      source: 'quantity_tier',
    });
  });

  it('reads quantity tiers in any stored order', () => {
    const reversed = makeProduct({
      quantityTiers: [
        { minQuantity: 120, priceFen: 8800 },
        { minQuantity: 60, priceFen: 9200 },
      ],
    });
    expect(resolvePrice(reversed, makeDealer(), 130).unitPriceFen).toBe(8800);
  });

  it("falls through to the dealer tier's price list below every quantity tier", () => {
    expect(resolvePrice(product, makeDealer({ tier: 'core' }), 59)).toEqual({
      unitPriceFen: 9500,
      source: 'tier',
    });
    expect(resolvePrice(product, makeDealer({ tier: 'top' }), 59)).toEqual({
      unitPriceFen: 9000,
      source: 'tier',
    });
  });

  it('falls through to the base price when the tier has no list price', () => {
    expect(resolvePrice(product, makeDealer({ tier: 'new' }), 59)).toEqual({
      unitPriceFen: 10000,
      source: 'base',
    });
  });

  it('keeps an agreed price of zero (a free sample) rather than falling through', () => {
    const dealer = makeDealer({ agreedPricesFen: { 'p-1': 0 } });
    expect(resolvePrice(product, dealer, 6)).toEqual({ unitPriceFen: 0, source: 'agreed' });
  });

  it('refuses a stored float price instead of passing it on', () => {
    const broken = makeProduct({ basePriceFen: 99.5 });
    expect(() => resolvePrice(broken, makeDealer({ tier: 'new' }), 6)).toThrow(RangeError);
  });
});
