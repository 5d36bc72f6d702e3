import { type Doc, type MongoObject } from './codec';
import { AsyncLock } from './lock';
import {
  aggregateDocs,
  explainCandidates,
  findDocs,
  readMatching,
  type FindOptions,
  type ReadStats,
} from './read';
import { ensureCollection, openSqlite, type SqliteDb } from './sqlite';
import { Transactions } from './transactions';
import {
  getDoc,
  insertDocs,
  removeDocs,
  replaceDoc,
  updateDocs,
  type ReplaceResult,
} from './write';

/**
 * The store as the rest of local/ (seed, gateway, tests) uses it. Every call waits for the
 * connection, so it never lands inside a cloud function's open transaction.
 */
export interface Store {
  /** One document by id, or null. */
  get(collection: string, id: string | number): Promise<Doc | null>;
  /** Every matching document (no default limit, unlike the SDK's `get()`). */
  find(collection: string, filter?: MongoObject, options?: FindOptions): Promise<MongoObject[]>;
  count(collection: string, filter?: MongoObject): Promise<number>;
  /** Inserts one document; returns its id. An existing `_id` throws DuplicateKeyError. */
  insert(collection: string, doc: MongoObject): Promise<string | number>;
  /** Inserts many documents in one SQLite transaction (all or none). */
  insertMany(collection: string, docs: MongoObject[]): Promise<Array<string | number>>;
  /** Updates one document: plain fields are `$set`, or pass MongoDB update operators. */
  update(collection: string, id: string | number, patch: MongoObject): Promise<boolean>;
  remove(collection: string, id: string | number): Promise<boolean>;
  /** SQLite's query plan for a filter's candidate rows: shows whether an index is used. */
  explain(collection: string, filter: MongoObject): string[];
  /** Rows read from SQLite by the most recent query. */
  readonly stats: ReadStats;
}

/**
 * Synchronous operations for callers that already hold the connection: the database
 * requester, either inside `exclusive()` or inside the transaction it opened.
 */
export interface StoreOps {
  find(collection: string, filter: MongoObject, options: FindOptions): MongoObject[];
  get(collection: string, id: string | number): Doc | null;
  count(collection: string, filter: MongoObject): number;
  aggregate(collection: string, pipeline: MongoObject[]): MongoObject[];
  insert(collection: string, docs: MongoObject[]): Array<string | number>;
  update(collection: string, filter: MongoObject, data: MongoObject, multi: boolean): number;
  replace(
    collection: string,
    id: string | number,
    data: MongoObject,
    upsert: boolean,
  ): ReplaceResult;
  remove(collection: string, filter: MongoObject, multi: boolean): number;
  createCollection(collection: string): void;
}

/** The SQLite-backed document store behind one runtime. */
export class LocalStore implements Store {
  readonly stats: ReadStats = { rowsRead: 0 };
  readonly transactions: Transactions;
  readonly ops: StoreOps;
  private readonly lock = new AsyncLock();

  private constructor(private readonly db: SqliteDb) {
    this.transactions = new Transactions(db, this.lock);
    this.ops = this.createOps();
    db.exec('CREATE TABLE IF NOT EXISTS local_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  }

  /** Opens (or creates) the store in one SQLite file. */
  static open(file: string): LocalStore {
    return new LocalStore(openSqlite(file));
  }

  /** Runs synchronous work once no transaction holds the connection. */
  exclusive<T>(work: () => T): Promise<T> {
    return this.lock.runSync(work);
  }

  get(collection: string, id: string | number): Promise<Doc | null> {
    return this.exclusive(() => this.ops.get(collection, id));
  }

  find(
    collection: string,
    filter: MongoObject = {},
    options: FindOptions = {},
  ): Promise<MongoObject[]> {
    return this.exclusive(() => this.ops.find(collection, filter, options));
  }

  count(collection: string, filter: MongoObject = {}): Promise<number> {
    return this.exclusive(() => this.ops.count(collection, filter));
  }

  async insert(collection: string, doc: MongoObject): Promise<string | number> {
    const [id] = await this.insertMany(collection, [doc]);
    if (id === undefined) throw new Error('insert returned no id');
    return id;
  }

  insertMany(collection: string, docs: MongoObject[]): Promise<Array<string | number>> {
    return this.exclusive(() => this.ops.insert(collection, docs));
  }

  async update(collection: string, id: string | number, patch: MongoObject): Promise<boolean> {
    const changed = await this.exclusive(() =>
      this.ops.update(collection, { _id: id }, patch, false),
    );
    return changed > 0;
  }

  async remove(collection: string, id: string | number): Promise<boolean> {
    const removed = await this.exclusive(() => this.ops.remove(collection, { _id: id }, false));
    return removed > 0;
  }

  explain(collection: string, filter: MongoObject): string[] {
    return explainCandidates(this.db, collection, filter);
  }

  /** Reads a runtime bookkeeping value (for example whether the demo data was seeded). */
  getMeta(key: string): Promise<string | null> {
    return this.exclusive(() => {
      const row = this.db.prepare('SELECT value FROM local_meta WHERE key = ?').get(key) as
        { value: string } | undefined;
      return row?.value ?? null;
    });
  }

  setMeta(key: string, value: string): Promise<void> {
    return this.exclusive(() => {
      this.db
        .prepare('INSERT OR REPLACE INTO local_meta (key, value) VALUES (?, ?)')
        .run(key, value);
    });
  }

  /** Waits for running work (including an open transaction), then closes the file. */
  close(): Promise<void> {
    return this.exclusive(() => {
      if (this.db.open) this.db.close();
    });
  }

  private createOps(): StoreOps {
    const { db, stats } = this;
    return {
      find: (collection, filter, options) => findDocs(db, collection, filter, options, stats),
      get: (collection, id) => getDoc(db, collection, id, stats),
      count: (collection, filter) => readMatching(db, collection, filter, stats).length,
      aggregate: (collection, pipeline) => aggregateDocs(db, collection, pipeline, stats),
      insert: (collection, docs) => insertDocs(db, collection, docs),
      update: (collection, filter, data, multi) =>
        updateDocs(db, collection, filter, data, multi, stats),
      replace: (collection, id, data, upsert) => replaceDoc(db, collection, id, data, upsert),
      remove: (collection, filter, multi) => removeDocs(db, collection, filter, multi, stats),
      createCollection: (collection) => ensureCollection(db, collection),
    };
  }
}
