import { update } from 'mingo';
import type { Modifier } from 'mingo/updater';
import { describe, expect, it } from 'vitest';

import type { MongoObject } from './codec';
import { applySimpleUpdate } from './simple-update';

function product(): MongoObject {
  return { _id: 'p1', stock: 120, name: '酱香 53%', tags: ['gift'], note: 'text' };
}

/** What mingo does to a fresh copy of the same document: the reference behaviour. */
function viaMingo(modifier: MongoObject): { doc: MongoObject; changed: boolean } {
  const doc = product();
  const changed = update(doc, modifier as Modifier<MongoObject>).length > 0;
  return { doc, changed };
}

describe('simple updates applied without mingo', () => {
  it.each<[string, MongoObject, boolean]>([
    ['takes stock with _.inc', { $inc: { stock: -6 } }, true],
    ['starts a missing counter from zero', { $inc: { sold: 6 } }, true],
    ['sets plain fields', { $set: { name: '酱香 52%', status: 'active' } }, true],
    ['reports no change for an equal value', { $set: { name: '酱香 53%', tags: ['gift'] } }, false],
    ['reports no change for _.inc(0)', { $inc: { stock: 0 } }, false],
    ['combines $set and $inc', { $set: { status: 'active' }, $inc: { stock: 6 } }, true],
  ])('%s exactly as mingo does', (_name, modifier, changed) => {
    const doc = product();

    expect(applySimpleUpdate(doc, modifier)).toBe(changed);
    expect(doc).toEqual(viaMingo(modifier).doc);
    expect(viaMingo(modifier).changed).toBe(changed);
  });

  it.each<[string, MongoObject]>([
    ['a dotted path', { $set: { 'tags.0': 'new' } }],
    ['another operator', { $push: { tags: 'new' } }],
    ['_.inc of a text field', { $inc: { note: 1 } }],
    ['_.inc by a text amount', { $inc: { stock: '1' } }],
    ['_id', { $set: { _id: 'p2' } }],
    ['the same field twice', { $set: { stock: 1 }, $inc: { stock: 1 } }],
  ])('leaves %s to mingo and does not touch the document', (_name, modifier) => {
    const doc = product();

    expect(applySimpleUpdate(doc, modifier)).toBeNull();
    expect(doc).toEqual(product());
  });
});
