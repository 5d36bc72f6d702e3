import { describe, expect, it } from 'vitest';

import { loadEjson } from '../sdk/bson';
import { decodeEjson, encodeDocument } from './codec';

const relaxed = (value: unknown): string => loadEjson().stringify(value, { relaxed: true });

describe('document codec', () => {
  it('encodes a plain document exactly as relaxed EJSON does', () => {
    const order = {
      _id: 'o1',
      items: [{ productId: 'p1', quantity: 12, unitPriceFen: 12_800 }],
      totalFen: 153_600,
      ratio: 0.5,
      creditHold: false,
      note: null,
      dealerName: '宁波甬江名酒',
    };

    expect(encodeDocument(order)).toBe(relaxed(order));
  });

  it('still encodes dates, non-finite numbers and undefined the EJSON way', () => {
    const doc = { _id: 'x', at: new Date(Date.UTC(2026, 11, 4)), bad: Number.NaN, gone: undefined };

    expect(encodeDocument(doc)).toBe(relaxed(doc));
    expect(encodeDocument(doc)).toContain('"$date"');
    expect(encodeDocument(doc)).toContain('"gone":null');
  });

  it('decodes operator-free text and EJSON values to the same values', () => {
    expect(decodeEjson('{"_id":"d-002","n":3}')).toEqual({ _id: 'd-002', n: 3 });
    expect(decodeEjson('{"$inc":{"stock":{"$numberInt":"-6"}}}')).toEqual({ $inc: { stock: -6 } });
    expect(decodeEjson('{"at":{"$date":"2026-12-04T00:00:00Z"}}')).toEqual({
      at: new Date(Date.UTC(2026, 11, 4)),
    });
  });

  it('refuses a NUL in a field name as EJSON does', () => {
    expect(() => decodeEjson('{"a\\u0000b":1}')).toThrow();
  });
});

describe('reading the EJSON the SDK sends for writes', () => {
  const bsonRead = (text: string): unknown => loadEjson().parse(text, { relaxed: true });

  it.each([
    ['an _.inc', '{"$inc":{"stock":{"$numberInt":"-6"}}}'],
    ['a $set of a double', '{"$set":{"ratio":{"$numberDouble":"0.25"},"n":{"$numberInt":"7"}}}'],
    ['special doubles', '{"a":{"$numberDouble":"-0.0"},"b":{"$numberDouble":"Infinity"}}'],
    [
      'an order with item lines',
      '{"items":[{"quantity":{"$numberInt":"12"}},[{"$numberInt":"1"}]]}',
    ],
    ['an _.in query', '{"_id":{"$in":["p1","p2"]},"status":"active"}'],
  ])('reads %s exactly as bson does', (_name, text) => {
    expect(decodeEjson(text)).toEqual(bsonRead(text));
  });

  it.each([
    ['a date', '{"$set":{"at":{"$date":"2026-12-04T00:00:00Z"}},"n":{"$numberInt":"1"}}'],
    ['a long', '{"$inc":{"big":{"$numberLong":"9007199254740993"}}}'],
    ['a number with another key', '{"n":{"$numberInt":"5","note":"x"}}'],
  ])('still reads %s through bson', (_name, text) => {
    expect(decodeEjson(text)).toEqual(bsonRead(text));
  });

  it('turns a regular expression into a RegExp mingo can match', () => {
    const filter = decodeEjson('{"name":{"$regularExpression":{"pattern":"^酱","options":"i"}}}');

    expect(filter).toEqual({ name: /^酱/i });
  });
});
