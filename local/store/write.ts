import { randomUUID } from 'node:crypto';

import { update as mingoUpdate } from 'mingo';
import type { Modifier } from 'mingo/updater';

import { encodeDocument, type Doc, type MongoObject } from './codec';
import { readMatching, type ReadStats } from './read';
import { applySimpleUpdate } from './simple-update';
import { ensureCollection, statement, tableOf, type SqliteDb } from './sqlite';

/**
 * Inserting an `_id` that already exists. The message follows MongoDB's E11000 wording, which
 * is what CloudBase passes on, so function code can recognise "already done" the same way
 * locally and in the cloud.
 */
export class DuplicateKeyError extends Error {
  constructor(collection: string, id: string | number) {
    super(
      `E11000 duplicate key error collection: ${collection} index: _id_ dup key: ` +
        `{ _id: ${JSON.stringify(id)} }`,
    );
    this.name = 'DuplicateKeyError';
  }
}

/** Result of a whole-document write (`doc().set()`). */
export interface ReplaceResult {
  updated: number;
  upsertedId?: string | number;
}

/**
 * A fresh 32-hex-digit id, the shape CloudBase generates. randomUUID draws from a cached
 * entropy pool, unlike randomBytes, which fills a fresh buffer on every call.
 */
export function newDocumentId(): string {
  return randomUUID().replace(/-/g, '');
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Inserts documents atomically (all or none); a missing `_id` gets a generated one. */
export function insertDocs(
  db: SqliteDb,
  collection: string,
  docs: MongoObject[],
): Array<string | number> {
  ensureCollection(db, collection);
  const insert = statement(db, `INSERT INTO ${tableOf(collection)} (id, body) VALUES (?, ?)`);

  const insertOne = (input: MongoObject): string | number => {
    const id =
      typeof input._id === 'string' || typeof input._id === 'number' ? input._id : newDocumentId();
    try {
      insert.run(String(id), encodeDocument({ ...input, _id: id }));
    } catch (error) {
      if (isUniqueViolation(error)) throw new DuplicateKeyError(collection, id);
      throw error;
    }
    return id;
  };

  // One INSERT is atomic by itself; several need a transaction (a savepoint inside one).
  if (docs.length === 1) return docs.map(insertOne);
  return db.transaction((batch: MongoObject[]) => batch.map(insertOne))(docs);
}

/** Turns an update without operators into `$set`, as the cloud's merge update does. */
function toModifier(data: MongoObject): MongoObject {
  const hasOperators = Object.keys(data).some((key) => key.startsWith('$'));
  return hasOperators ? data : { $set: data };
}

/** Applies a modifier in place; tells whether the document changed. */
function applyModifier(doc: Doc, modifier: MongoObject): boolean {
  const simple = applySimpleUpdate(doc, modifier);
  return simple ?? mingoUpdate(doc, modifier as Modifier<MongoObject>).length > 0;
}

/** Applies an update to matching documents; returns how many actually changed. */
export function updateDocs(
  db: SqliteDb,
  collection: string,
  filter: MongoObject,
  data: MongoObject,
  multi: boolean,
  stats: ReadStats,
): number {
  const modifier = toModifier(data);
  const rows = readMatching(db, collection, filter, stats);
  const targets = multi ? rows : rows.slice(0, 1);
  const write = statement(db, `UPDATE ${tableOf(collection)} SET body = ? WHERE rowid = ?`);

  let changed = 0;
  for (const { rowid, doc } of targets) {
    const id = doc._id;
    if (!applyModifier(doc, modifier)) continue;
    if (doc._id !== id) throw new Error('_id cannot be changed');
    write.run(encodeDocument(doc), rowid);
    changed += 1;
  }
  return changed;
}

/** Replaces one document by id (keeping the id); with upsert, creates it when missing. */
export function replaceDoc(
  db: SqliteDb,
  collection: string,
  id: string | number,
  data: MongoObject,
  upsert: boolean,
): ReplaceResult {
  ensureCollection(db, collection);
  const table = tableOf(collection);
  const body = encodeDocument({ ...data, _id: id });
  const current = statement(db, `SELECT body FROM ${table} WHERE id = ?`).get(String(id)) as
    { body: string } | undefined;

  if (current === undefined) {
    if (!upsert) return { updated: 0 };
    insertDocs(db, collection, [{ ...data, _id: id }]);
    return { updated: 0, upsertedId: id };
  }
  if (current.body === body) return { updated: 0 };

  statement(db, `UPDATE ${table} SET body = ? WHERE id = ?`).run(body, String(id));
  return { updated: 1 };
}

/** Removes matching documents (only the first without multi); returns how many. */
export function removeDocs(
  db: SqliteDb,
  collection: string,
  filter: MongoObject,
  multi: boolean,
  stats: ReadStats,
): number {
  const rows = readMatching(db, collection, filter, stats);
  const targets = multi ? rows : rows.slice(0, 1);
  const remove = statement(db, `DELETE FROM ${tableOf(collection)} WHERE rowid = ?`);
  for (const { rowid } of targets) remove.run(rowid);
  return targets.length;
}

/** Reads one document by id, or null. */
export function getDoc(
  db: SqliteDb,
  collection: string,
  id: string | number,
  stats: ReadStats,
): Doc | null {
  return readMatching(db, collection, { _id: id }, stats)[0]?.doc ?? null;
}
