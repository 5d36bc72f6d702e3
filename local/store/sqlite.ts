import Database from 'better-sqlite3';

import { INDEXED_FIELDS, indexedFields } from './indexes';

/** The one better-sqlite3 connection type used throughout the store. */
export type SqliteDb = Database.Database;

const statements = new WeakMap<SqliteDb, Map<string, Database.Statement>>();
const knownCollections = new WeakMap<SqliteDb, Set<string>>();

const COLLECTION_NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_.]{0,63}$/;

/** Opens (or creates) the database file with the settings the store relies on. */
export function openSqlite(file: string): SqliteDb {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  for (const collection of Object.keys(INDEXED_FIELDS)) ensureCollection(db, collection);
  return db;
}

/** Rejects collection names that could not be a CloudBase collection (or could inject SQL). */
export function assertCollectionName(collection: string): void {
  if (!COLLECTION_NAME.test(collection)) {
    throw new Error(`invalid collection name: ${JSON.stringify(collection)}`);
  }
}

/** The quoted table name of a collection. */
export function tableOf(collection: string): string {
  assertCollectionName(collection);
  return `"c_${collection}"`;
}

/** The SQL expression reading one top-level or dotted field of a stored document. */
export function fieldExpression(field: string): string {
  if (!FIELD_NAME.test(field)) throw new Error(`invalid indexed field: ${field}`);
  return `json_extract(body, '$.${field}')`;
}

/** A prepared statement, compiled once per connection and SQL text. */
export function statement(db: SqliteDb, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));

  let prepared = cache.get(sql);
  if (!prepared) cache.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}

/** Tells whether a collection's table exists yet (reads of a missing one return nothing). */
export function hasCollection(db: SqliteDb, collection: string): boolean {
  if (knownCollections.get(db)?.has(collection)) return true;
  assertCollectionName(collection);
  const row = statement(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(
    `c_${collection}`,
  );
  if (row !== undefined) remember(db, collection);
  return row !== undefined;
}

function remember(db: SqliteDb, collection: string): void {
  let known = knownCollections.get(db);
  if (!known) knownCollections.set(db, (known = new Set()));
  known.add(collection);
}

/**
 * Creates a collection's table and its declared indexes if missing. Collections appear on
 * first write, unlike the cloud where they are created in the console first.
 */
export function ensureCollection(db: SqliteDb, collection: string): void {
  if (knownCollections.get(db)?.has(collection)) return;
  const table = tableOf(collection);
  db.exec(`CREATE TABLE IF NOT EXISTS ${table} (id TEXT NOT NULL UNIQUE, body TEXT NOT NULL)`);

  for (const field of indexedFields(collection)) {
    const index = `"ix_${collection}_${field.replace(/\./g, '_')}"`;
    db.exec(`CREATE INDEX IF NOT EXISTS ${index} ON ${table} (${fieldExpression(field)})`);
  }
  remember(db, collection);
}
