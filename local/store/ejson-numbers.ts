/**
 * Keys bson's EJSON reader turns into something other than a plain object (its own types,
 * dates, DBRefs, undefined). Only exact `$numberInt` / `$numberDouble` objects are decoded here.
 */
const BSON_TYPE_KEYS = new Set([
  '$oid',
  '$binary',
  '$uuid',
  '$symbol',
  '$numberInt',
  '$numberDecimal',
  '$numberDouble',
  '$numberLong',
  '$minKey',
  '$maxKey',
  '$regex',
  '$regularExpression',
  '$timestamp',
  '$date',
  '$code',
  '$ref',
  '$id',
  '$dbPointer',
  '$undefined',
]);

const NEEDS_BSON = Symbol('needs bson');

/** `{ "$numberInt": "6" }` -> 6 and `{ "$numberDouble": "0.5" }` -> 0.5, as bson reads them. */
function canonicalNumber(value: Record<string, unknown>): number | undefined {
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;

  const [key] = keys;
  const text = key === undefined ? undefined : value[key];
  if (typeof text !== 'string') return undefined;
  if (key === '$numberInt') return parseInt(text, 10);
  if (key === '$numberDouble') return parseFloat(text);
  return undefined;
}

function revive(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const item = revive(value[index]);
      if (item === NEEDS_BSON) return NEEDS_BSON;
      value[index] = item;
    }
    return value;
  }
  // Straight from JSON.parse: every object here is a plain one.
  if (typeof value !== 'object' || value === null) return value;

  const object = value as Record<string, unknown>;
  const number = canonicalNumber(object);
  if (number !== undefined) return number;
  for (const key of Object.keys(object)) {
    // An own `__proto__` key cannot be written back by assignment: leave it to bson.
    if (BSON_TYPE_KEYS.has(key) || key === '__proto__') return NEEDS_BSON;
    const item = revive(object[key]);
    if (item === NEEDS_BSON) return NEEDS_BSON;
    object[key] = item;
  }
  return object;
}

/**
 * Reads the EJSON the SDK sends for writes - MongoDB operators and canonical numbers such as
 * `{ "$numberInt": "6" }` - with JSON.parse and one walk, which costs a fraction of bson's
 * per-value reviver. Returns undefined when the text holds any other EJSON type (a date, a
 * regex, an ObjectId...): bson must read that text.
 */
export function readCanonicalJson(text: string): unknown {
  // EJSON refuses NUL in field names; JSON.parse would accept it.
  if (text.includes('\\u0000')) return undefined;

  const value = revive(JSON.parse(text));
  return value === NEEDS_BSON ? undefined : value;
}
