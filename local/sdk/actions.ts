import {
  decodeEjson,
  decodeObject,
  encodeDocument,
  isPlainObject,
  type MongoObject,
} from '../store/codec';
import type { FindOptions, StoreOps } from '../store';
import type { DbParams } from './db-types';

/** `get()` without a limit returns 100 documents; no query returns more than 1000. */
export const DEFAULT_GET_LIMIT = 100;
export const MAX_GET_LIMIT = 1000;

/** The reply data of one database action, before the request id is added. */
export type ActionData = Record<string, unknown>;

function collectionOf(params: DbParams): string {
  if (!params.collectionName) throw new Error('collectionName is required');
  return params.collectionName;
}

function documentsOf(params: DbParams): MongoObject[] {
  const data = Array.isArray(params.data) ? params.data : params.data ? [params.data] : [];
  return data.map((text) => decodeObject(text));
}

function sortOf(order: string | undefined): Record<string, 1 | -1> {
  const sort: Record<string, 1 | -1> = {};
  for (const [field, direction] of Object.entries(decodeObject(order))) {
    sort[field] = direction === -1 ? -1 : 1;
  }
  return sort;
}

function findOptionsOf(params: DbParams): FindOptions {
  const requested = params.limit && params.limit > 0 ? params.limit : DEFAULT_GET_LIMIT;
  const options: FindOptions = {
    sort: sortOf(params.order),
    skip: params.offset ?? 0,
    limit: Math.min(requested, MAX_GET_LIMIT),
  };
  if (params.projection) options.projection = decodeObject(params.projection);
  return options;
}

function idOf(filter: MongoObject): string | number {
  const id = filter._id;
  if (typeof id !== 'string' && typeof id !== 'number')
    throw new Error('a document _id is required');
  return id;
}

function pipelineOf(params: DbParams): MongoObject[] {
  return (params.stages ?? []).map(({ stageKey, stageValue }) => {
    const value = decodeEjson(stageValue);
    return { [stageKey]: value };
  });
}

/**
 * Serves one database action on a connection the caller already holds, returning what the
 * SDK expects in `data`. Failures throw; the requester turns them into error replies.
 */
export function runAction(ops: StoreOps, action: string, params: DbParams): ActionData {
  switch (action) {
    case 'database.getDocument': {
      const docs = ops.find(
        collectionOf(params),
        decodeObject(params.query),
        findOptionsOf(params),
      );
      return { list: docs.map(encodeDocument) };
    }
    case 'database.insertDocument':
      return { insertedIds: ops.insert(collectionOf(params), documentsOf(params)) };
    case 'database.modifyDocument':
      return modify(ops, params);
    case 'database.modifyAndReturnDoc':
      return modifyAndReturn(ops, params);
    case 'database.removeDocument': {
      const multi = params.multi ?? params.queryType !== 'DOC';
      return { deleted: ops.remove(collectionOf(params), decodeObject(params.query), multi) };
    }
    case 'database.calculateDocument':
      return { total: ops.count(collectionOf(params), decodeObject(params.query)) };
    case 'database.aggregateDocuments':
      return { list: ops.aggregate(collectionOf(params), pipelineOf(params)).map(encodeDocument) };
    case 'database.addCollection':
      ops.createCollection(collectionOf(params));
      return {};
    default:
      throw new Error(`database action not supported locally: ${action}`);
  }
}

function modify(ops: StoreOps, params: DbParams): ActionData {
  const collection = collectionOf(params);
  const filter = decodeObject(params.query);
  const data = decodeObject(typeof params.data === 'string' ? params.data : undefined);

  if (params.merge === false) {
    const result = ops.replace(collection, idOf(filter), data, params.upsert === true);
    return { updated: result.updated, upsert_id: result.upsertedId };
  }

  const multi = params.multi ?? params.queryType !== 'DOC';
  return { updated: ops.update(collection, filter, data, multi) };
}

function modifyAndReturn(ops: StoreOps, params: DbParams): ActionData {
  const collection = collectionOf(params);
  const filter = decodeObject(params.query);
  const data = decodeObject(typeof params.data === 'string' ? params.data : undefined);

  const [target] = ops.find(collection, filter, { limit: 1 });
  if (!target || !isPlainObject(target)) return { updated: 0, doc: null };

  const id = idOf(target);
  const updated = ops.update(collection, { _id: id }, data, false);
  const doc = ops.get(collection, id);
  return { updated, doc: doc ? encodeDocument(doc) : null };
}
