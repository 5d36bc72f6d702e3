import { describe, expect, it } from 'vitest';

import { buildPrefilter } from './prefilter';

const INDEXED = ['dealerId', 'status', 'createdAt', 'active'];

describe('SQL pre-filter', () => {
  it('turns equality, $in and ranges on indexed fields into SQL', () => {
    const prefilter = buildPrefilter(
      {
        dealerId: 'd1',
        status: { $in: ['a', 'b'] },
        createdAt: { $gte: '2026', $lt: '2027' },
        note: 'x',
      },
      INDEXED,
    );

    expect(prefilter.clauses).toEqual([
      "json_extract(body, '$.dealerId') = ?",
      "json_extract(body, '$.status') IN (?, ?)",
      "json_extract(body, '$.createdAt') >= ?",
      "json_extract(body, '$.createdAt') < ?",
    ]);
    expect(prefilter.params).toEqual(['d1', 'a', 'b', '2026', '2027']);
  });

  it('uses the _id column and looks inside $and', () => {
    const prefilter = buildPrefilter({ $and: [{ _id: 7 }, { active: true }] }, INDEXED);

    expect(prefilter.clauses).toEqual(['id = ?', "json_extract(body, '$.active') = ?"]);
    expect(prefilter.params).toEqual(['7', 1]);
  });

  it('leaves out what SQL cannot decide: $or, regexes, nulls, dates', () => {
    const prefilter = buildPrefilter(
      { $or: [{ dealerId: 'a' }], status: /x/, dealerId: null, createdAt: { $gt: new Date(0) } },
      INDEXED,
    );

    expect(prefilter.clauses).toEqual([]);
  });

  it('matches nothing for an empty $in', () => {
    expect(buildPrefilter({ status: { $in: [] } }, INDEXED).clauses).toEqual(['0']);
  });
});
