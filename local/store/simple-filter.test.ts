import { Query } from 'mingo';
import { describe, expect, it } from 'vitest';

import type { Doc, MongoObject } from './codec';
import { MINGO_OPTIONS } from './read';
import { simpleMatcher } from './simple-filter';

const DOCS: Doc[] = [
  { _id: 'o1', dealerId: 'd1', status: 'submitted', totalFen: 500, creditHold: false },
  { _id: 'o2', dealerId: 'd2', status: 'approved', totalFen: 500, creditHold: true },
  { _id: 5, dealerId: 'd1', status: 'approved', tags: ['gift', 'new'] },
  { _id: '5', dealerId: ['d1', 'd3'], status: 'submitted' },
];

function matchedIds(matches: (doc: Doc) => boolean): Array<string | number> {
  return DOCS.filter(matches).map((doc) => doc._id);
}

function mingoIds(filter: MongoObject): Array<string | number> {
  const query = new Query(filter, MINGO_OPTIONS);
  return matchedIds((doc) => query.test(doc));
}

describe('simple filters checked without mingo', () => {
  it.each<[string, MongoObject, Array<string | number>]>([
    ['a doc(id) lookup', { _id: 'o2' }, ['o2']],
    ['a number id, which does not match the text id "5"', { _id: 5 }, [5]],
    ['two equalities at once', { dealerId: 'd1', status: 'approved' }, [5]],
    ['an equality on an array field, which matches an element', { dealerId: 'd3' }, ['5']],
    ['a boolean', { creditHold: false }, ['o1']],
    ['a number', { totalFen: 500 }, ['o1', 'o2']],
    ['_.in(ids)', { _id: { $in: ['o1', 5, 'missing'] } }, ['o1', 5]],
    ['_.in on an array field', { tags: { $in: ['new'] } }, [5]],
    ['an empty filter', {}, ['o1', 'o2', 5, '5']],
  ])('matches %s exactly as mingo does', (_name, filter, expected) => {
    const matches = simpleMatcher(filter);

    expect(matches).toBeDefined();
    expect(matchedIds(matches ?? (() => false))).toEqual(expected);
    expect(mingoIds(filter)).toEqual(expected);
  });

  it.each<[string, MongoObject]>([
    ['a dotted path', { 'items.productId': 'p1' }],
    ['a range', { totalFen: { $gte: 100 } }],
    ['null, which also matches a missing field', { note: null }],
    ['$in with null', { note: { $in: [null, 'x'] } }],
    ['$or', { $or: [{ status: 'approved' }, { creditHold: true }] }],
    ['a regular expression', { status: /^sub/ }],
    ['__proto__', JSON.parse('{"__proto__": "x"}') as MongoObject],
  ])('leaves %s to mingo', (_name, filter) => {
    expect(simpleMatcher(filter)).toBeUndefined();
  });
});
