import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startProbeSuite, type ProbeSuite } from './test-support/probe-suite';
import { asRecord } from './test-support/runtime';

let suite: ProbeSuite;

beforeAll(async () => {
  suite = await startProbeSuite();
});

afterAll(async () => {
  await suite.close();
});

const probe = (event: Record<string, unknown>) => suite.probe(event);

describe('database through the real wx-server-sdk', () => {
  it('adds a document and reads it back by id', async () => {
    const added = await probe({
      action: 'add',
      collection: 'notes',
      doc: { _id: 'n1', text: '你好' },
    });
    const read = await probe({ action: 'get', collection: 'notes', id: 'n1' });

    expect(added._id).toBe('n1');
    expect(read.data).toEqual({ _id: 'n1', text: '你好' });
  });

  it('generates a 32-hex-digit id when none is given', async () => {
    const added = await probe({ action: 'add', collection: 'notes', doc: { text: 'no id' } });

    expect(added._id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('refuses a duplicate _id with errCode -502001 and an E11000 message', async () => {
    await probe({ action: 'add', collection: 'notes', doc: { _id: 'dup', n: 1 } });
    const second = await probe({ action: 'add', collection: 'notes', doc: { _id: 'dup', n: 2 } });

    expect(second.failed).toBe(true);
    expect(second.errCode).toBe(-502001);
    expect(String(second.message)).toContain('E11000 duplicate key error collection: notes');
    expect((await suite.runtime.store.get('notes', 'dup'))?.n).toBe(1);
  });

  it('fails doc().get() of a missing document with errCode -1', async () => {
    const reply = await probe({ action: 'get', collection: 'notes', id: 'missing' });

    expect(reply).toMatchObject({ failed: true, errCode: -1 });
    expect(String(reply.message)).toContain('document with _id missing does not exist');
  });

  it('reports updated: 0 for doc().update() of a missing document', async () => {
    const reply = await probe({
      action: 'update',
      collection: 'notes',
      id: 'missing',
      data: { a: 1 },
    });

    expect(reply.stats).toEqual({ updated: 0 });
    expect(await suite.runtime.store.get('notes', 'missing')).toBeNull();
  });

  it('applies MongoDB operators and matches nested objects as dot paths', async () => {
    const reply = await probe({ action: 'operators', id: 'p1' });

    expect(reply.doc).toEqual({
      _id: 'p1',
      name: 'Moutai 53',
      category: 'baijiu',
      stock: 8,
      tags: ['gift', 'new'],
      meta: { seenBy: 'probe' },
    });
    expect(reply).toMatchObject({ between: 2, either: 1, inList: 2, named: 1, nested: 1 });
  });

  it('replaces a document with set() and creates it when missing', async () => {
    await probe({ action: 'add', collection: 'notes', doc: { _id: 's1', a: 1, b: 2 } });
    const replaced = await probe({ action: 'set', collection: 'notes', id: 's1', data: { c: 3 } });
    const created = await probe({ action: 'set', collection: 'notes', id: 's2', data: { d: 4 } });

    expect(asRecord(replaced.stats)).toEqual({ updated: 1, created: 0 });
    expect(asRecord(created.stats)).toEqual({ updated: 0, created: 1 });
    expect(await suite.runtime.store.get('notes', 's1')).toEqual({ _id: 's1', c: 3 });
    expect(await suite.runtime.store.get('notes', 's2')).toEqual({ _id: 's2', d: 4 });
  });

  it('keeps dates as dates and turns serverDate() into the current instant', async () => {
    const reply = await probe({ action: 'serverDate', id: 'stamp-1' });

    expect(reply).toEqual({ atIsDate: true, whenIsDate: true, when: '1970-01-01T00:00:00.000Z' });
  });

  it('projects fields with field()', async () => {
    const reply = await probe({
      action: 'getFields',
      collection: 'products',
      id: 'p2',
      fields: { name: true },
    });

    expect(reply.data).toEqual({ _id: 'p2', name: 'Penfolds 389' });
  });

  it('removes by id and by condition', async () => {
    await suite.runtime.store.insertMany('scratch', [
      { _id: 'r1', k: 1 },
      { _id: 'r2', k: 2 },
      { _id: 'r3', k: 2 },
    ]);
    const byId = await probe({ action: 'remove', collection: 'scratch', id: 'r1' });
    const byWhere = await probe({ action: 'whereRemove', collection: 'scratch', where: { k: 2 } });

    expect(byId.stats).toEqual({ removed: 1 });
    expect(byWhere.stats).toEqual({ removed: 2 });
    expect(await suite.runtime.store.count('scratch')).toBe(0);
  });
});

describe('network', () => {
  it('never attempts a connection to another host', () => {
    expect(suite.guard.attempts).toEqual([]);
  });
});
