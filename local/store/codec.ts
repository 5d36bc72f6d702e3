import { isBsonRegExp, loadEjson } from '../sdk/bson';
import { readCanonicalJson } from './ejson-numbers';

/** A stored document: any JSON-like object with an `_id`. */
export type Doc = { _id: string | number } & Record<string, unknown>;

/** A MongoDB-syntax filter, update modifier or pipeline stage, already decoded. */
export type MongoObject = Record<string, unknown>;

const SERVER_DATE_KEY = '$tcb_server_date';
const JS_REGEX_FLAGS = new Set(['i', 'm', 's', 'u']);

/** Tells a plain object (not a Date, RegExp or bson class) apart. */
export function isPlainObject(value: unknown): value is MongoObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Decodes an EJSON string from the SDK into values mingo can work with: EJSON regexes become
 * RegExp (mingo never matches a BSONRegExp) and `db.serverDate()` becomes the current instant.
 */
export function decodeEjson(text: string): unknown {
  if (isPlainJson(text)) return JSON.parse(text) as unknown;

  const value = readCanonicalJson(text) ?? loadEjson().parse(text, { relaxed: true });
  return normalize(value, Date.now());
}

/**
 * Text without any `$` key (no dates, regexes, server dates or typed numbers) and without NUL
 * in a key (which EJSON refuses) reads the same through JSON.parse, at a fraction of the cost.
 */
function isPlainJson(text: string): boolean {
  return !text.includes('"$') && !text.includes('\\u0000');
}

function normalize(value: unknown, now: number): unknown {
  if (isBsonRegExp(value)) {
    const flags = [...value.options].filter((flag) => JS_REGEX_FLAGS.has(flag)).join('');
    return new RegExp(value.pattern, flags);
  }
  if (Array.isArray(value)) return value.map((item) => normalize(item, now));
  if (!isPlainObject(value)) return value;

  const serverDate = value[SERVER_DATE_KEY];
  if (isPlainObject(serverDate)) {
    const offset = typeof serverDate.offset === 'number' ? serverDate.offset : 0;
    return new Date(now + offset);
  }

  const out: MongoObject = {};
  for (const [key, item] of Object.entries(value)) out[key] = normalize(item, now);
  return out;
}

/** Decodes an EJSON string that must hold an object (a filter, modifier or document). */
export function decodeObject(text: string | undefined): MongoObject {
  if (text === undefined || text === '') return {};
  const value = decodeEjson(text);
  if (!isPlainObject(value)) throw new Error(`expected an object, got ${text.slice(0, 80)}`);
  return value;
}

/** Encodes a document for storage and for replies (relaxed EJSON keeps numbers plain). */
export function encodeDocument(doc: MongoObject): string {
  if (isJsonSafe(doc)) return JSON.stringify(doc);
  return loadEjson().stringify(doc, { relaxed: true });
}

/**
 * Strings, booleans, null, finite numbers, arrays and plain objects of them: relaxed EJSON
 * writes exactly what JSON.stringify writes for these, so the slower EJSON walk is skipped.
 */
function isJsonSafe(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      if (!isJsonSafe(value[index])) return false;
    }
    return true;
  }
  // bson would read an object carrying `_bsontype` as one of its own types.
  if (!isPlainObject(value) || '_bsontype' in value) return false;

  for (const key in value) if (!isJsonSafe(value[key])) return false;
  return true;
}

/** Decodes a stored document; plain JSON (no `$` keys such as dates) skips the EJSON walk. */
export function decodeDocument(text: string): Doc {
  const value: unknown = isPlainJson(text)
    ? JSON.parse(text)
    : loadEjson().parse(text, { relaxed: true });
  if (!isPlainObject(value)) throw new Error('stored document is not an object');
  return value as Doc;
}
