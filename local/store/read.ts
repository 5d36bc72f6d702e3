import { aggregate, find, Query } from 'mingo';

import { decodeDocument, isPlainObject, type Doc, type MongoObject } from './codec';
import { indexedFields } from './indexes';
import { simpleMatcher } from './simple-filter';
import { buildPrefilter } from './prefilter';
import { hasCollection, statement, tableOf, type SqliteDb } from './sqlite';

/** Sorting, paging and projection for a query, as the SDK's `get()` sends them. */
export interface FindOptions {
  sort?: Record<string, 1 | -1>;
  skip?: number;
  limit?: number;
  projection?: MongoObject;
}

/** A candidate row: its rowid (to write it back) and the decoded document. */
export interface Row {
  rowid: number;
  doc: Doc;
}

/** Counts rows SQLite handed to mingo, so tests can prove an indexed query read few rows. */
export interface ReadStats {
  rowsRead: number;
}

/** The mingo options every query uses: no `$where` / `$function` scripts from payloads. */
export const MINGO_OPTIONS = { scriptEnabled: false } as const;

/** Aggregations without an explicit `$limit` return 20 results, as in WeChat's cloud. */
export const AGGREGATE_DEFAULT_LIMIT = 20;

function candidateSql(collection: string, filter: MongoObject): { sql: string; params: unknown[] } {
  const { clauses, params } = buildPrefilter(filter, indexedFields(collection));
  const where = clauses.length > 0 ? ` WHERE ${clauses.join(' AND ')}` : '';
  return { sql: `SELECT rowid, body FROM ${tableOf(collection)}${where} ORDER BY rowid`, params };
}

function mingoMatcher(filter: MongoObject): (doc: Doc) => boolean {
  const query = new Query(filter, MINGO_OPTIONS);
  return (doc) => query.test(doc);
}

/** Reads the rows that may match (through an index when the filter allows) and tests them. */
export function readMatching(
  db: SqliteDb,
  collection: string,
  filter: MongoObject,
  stats: ReadStats,
): Row[] {
  if (!hasCollection(db, collection)) return [];

  const { sql, params } = candidateSql(collection, filter);
  const raw = statement(db, sql).all(...params) as Array<{ rowid: number; body: string }>;
  stats.rowsRead = raw.length;

  const matches = simpleMatcher(filter) ?? mingoMatcher(filter);
  const rows: Row[] = [];
  for (const { rowid, body } of raw) {
    const doc = decodeDocument(body);
    if (matches(doc)) rows.push({ rowid, doc });
  }
  return rows;
}

function isCount(value: number | undefined): boolean {
  return value === undefined || (Number.isInteger(value) && value >= 0);
}

/** Paging alone needs no mingo cursor (which costs a query compile per call). */
function isPlainPaging(options: FindOptions): boolean {
  const sorted = options.sort !== undefined && Object.keys(options.sort).length > 0;
  return !sorted && !options.projection && isCount(options.skip) && isCount(options.limit);
}

/** Runs a query with MongoDB sort, skip, limit and projection semantics. */
export function findDocs(
  db: SqliteDb,
  collection: string,
  filter: MongoObject,
  options: FindOptions,
  stats: ReadStats,
): MongoObject[] {
  const docs = readMatching(db, collection, filter, stats).map((row) => row.doc);
  if (isPlainPaging(options)) {
    const skip = options.skip ?? 0;
    return docs.slice(skip, options.limit === undefined ? undefined : skip + options.limit);
  }

  let cursor = find<MongoObject>(docs, {}, options.projection, MINGO_OPTIONS);
  if (options.sort && Object.keys(options.sort).length > 0) cursor = cursor.sort(options.sort);
  if (options.skip) cursor = cursor.skip(options.skip);
  if (options.limit !== undefined) cursor = cursor.limit(options.limit);
  return cursor.all();
}

/** Runs an aggregation pipeline; a leading `$match` pre-filters through the indexes. */
export function aggregateDocs(
  db: SqliteDb,
  collection: string,
  pipeline: MongoObject[],
  stats: ReadStats,
): MongoObject[] {
  const first = pipeline[0];
  const match = first && isPlainObject(first.$match) ? first.$match : {};
  const docs = readMatching(db, collection, match, stats).map((row) => row.doc);
  const stages = pipeline.some((stage) => '$limit' in stage)
    ? pipeline
    : [...pipeline, { $limit: AGGREGATE_DEFAULT_LIMIT }];

  const resolver = (name: string): MongoObject[] =>
    readMatching(db, name, {}, { rowsRead: 0 }).map((row) => row.doc);
  return aggregate(docs, stages, { ...MINGO_OPTIONS, collectionResolver: resolver });
}

/** SQLite's plan for a filter's candidate query (for tests and diagnosis). */
export function explainCandidates(db: SqliteDb, collection: string, filter: MongoObject): string[] {
  const { sql, params } = candidateSql(collection, filter);
  const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>;
  return plan.map((step) => step.detail);
}
