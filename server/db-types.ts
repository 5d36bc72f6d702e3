/**
 * Our own interfaces for the slice of wx-server-sdk's database that dealer-hub uses. The SDK's
 * bundled typings are loose (`any` results), so the seam is typed here once.
 */

/** An opaque query or update operator built by `db.command` (e.g. `_.inc(1)`). */
export type Operator = { readonly __operator?: never } & object;

export interface Command {
  eq(value: unknown): Operator;
  neq(value: unknown): Operator;
  gt(value: unknown): Operator;
  gte(value: unknown): Operator;
  lt(value: unknown): Operator;
  lte(value: unknown): Operator;
  in(values: unknown[]): Operator;
  inc(amount: number): Operator;
  push(value: unknown): Operator;
  and(...conditions: object[]): Operator;
  or(...conditions: object[]): Operator;
}

export interface UpdateResult {
  stats: { updated: number };
}

export interface DocumentRef {
  get(): Promise<{ data: unknown }>;
  set(options: { data: object }): Promise<unknown>;
  update(options: { data: object }): Promise<UpdateResult>;
  remove(): Promise<{ stats: { removed: number } }>;
}

export interface Query {
  where(condition: object): Query;
  orderBy(field: string, direction: 'asc' | 'desc'): Query;
  skip(count: number): Query;
  limit(count: number): Query;
  field(projection: Record<string, boolean>): Query;
  get(): Promise<{ data: unknown[] }>;
  count(): Promise<{ total: number }>;
  update(options: { data: object }): Promise<UpdateResult>;
}

/** An aggregation pipeline; `end()` runs it. The cloud requires an explicit limit stage. */
export interface Aggregate {
  match(condition: object): Aggregate;
  group(spec: object): Aggregate;
  sort(spec: Record<string, 1 | -1>): Aggregate;
  limit(count: number): Aggregate;
  end(): Promise<{ list: unknown[] }>;
}

export interface CollectionRef extends Query {
  doc(id: string): DocumentRef;
  aggregate(): Aggregate;
  add(options: { data: object }): Promise<{ _id: string }>;
}

/** What a transaction callback may touch: single documents only, as in WeChat's cloud. */
export interface TransactionDb {
  collection(name: string): {
    doc(id: string): DocumentRef;
    add(options: { data: object }): Promise<{ _id: string }>;
  };
}

export interface Database {
  collection(name: string): CollectionRef;
  readonly command: Command;
  runTransaction<T>(
    callback: (transaction: TransactionDb) => Promise<T>,
    retries?: number,
  ): Promise<T>;
  RegExp(options: { regexp: string; options?: string }): object;
}

export interface WXContext {
  OPENID?: string;
  APPID?: string;
  UNIONID?: string;
  /** Who started the call, e.g. 'wx_client' (the mini-program), 'wx_trigger' (a timer). */
  SOURCE?: string;
}

/** A subscription message as `openapi.subscribeMessage.send` takes it. */
export interface SubscribeMessage {
  touser: string;
  templateId: string;
  page: string;
  data: Record<string, { value: string }>;
}

export interface CloudSdk {
  init(options: { env: unknown }): void;
  database(): Database;
  getWXContext(): WXContext;
  downloadFile(options: { fileID: string }): Promise<{ fileContent: Uint8Array }>;
  readonly DYNAMIC_CURRENT_ENV: unknown;
  /** WeChat open APIs; needs the API listed under `permissions.openapi` in config.json. */
  readonly openapi: { subscribeMessage: { send(message: SubscribeMessage): Promise<unknown> } };
}
