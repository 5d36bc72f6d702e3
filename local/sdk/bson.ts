import { createRequire } from 'node:module';
import path from 'node:path';

import { REPO_ROOT } from '../paths';

/** The part of bson's EJSON the local backend uses; the SDK speaks EJSON on the wire. */
export interface Ejson {
  parse(text: string, options?: { relaxed?: boolean }): unknown;
  stringify(value: unknown, options?: { relaxed?: boolean }): string;
}

/** What a decoded EJSON regular expression looks like (bson's BSONRegExp). */
interface BsonRegExpLike {
  _bsontype: 'BSONRegExp';
  pattern: string;
  options: string;
}

let cached: Ejson | undefined;

/**
 * Loads EJSON from the very bson copy @cloudbase/database uses, so what we decode and encode
 * matches what the SDK sends and parses (bson is not a direct dependency of dealer-hub).
 */
export function loadEjson(): Ejson {
  if (cached) return cached;

  const fromRoot = createRequire(path.join(REPO_ROOT, 'package.json'));
  const sdkRequire = createRequire(fromRoot.resolve('wx-server-sdk'));
  const nodeSdkRequire = createRequire(sdkRequire.resolve('@cloudbase/node-sdk'));
  const databaseRequire = createRequire(nodeSdkRequire.resolve('@cloudbase/database'));
  const bson: unknown = databaseRequire('bson');
  cached = readEjson(bson);
  return cached;
}

function readEjson(bson: unknown): Ejson {
  if (typeof bson !== 'object' || bson === null || !('EJSON' in bson)) {
    throw new Error('bson without EJSON: the wx-server-sdk seam changed');
  }
  return bson.EJSON as Ejson;
}

/** Tells a decoded BSONRegExp apart so it can become a RegExp mingo can match with. */
export function isBsonRegExp(value: unknown): value is BsonRegExpLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { _bsontype?: unknown })._bsontype === 'BSONRegExp'
  );
}
