import { isPlainObject, type Doc, type MongoObject } from './codec';

/** A scalar a plain equality may compare against (null is left to mingo: it matches missing). */
type Scalar = string | number | boolean;

/** A top-level field: no dotted path (which would walk arrays), no operator. */
const TOP_LEVEL_FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;

function isScalar(value: unknown): value is Scalar {
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' || typeof value === 'boolean';
}

/** mingo's `$eq` against a scalar: the value itself, or an element of an array value. */
function equals(value: unknown, expected: Scalar): boolean {
  return value === expected || (Array.isArray(value) && value.includes(expected));
}

function inList(condition: unknown): Scalar[] | undefined {
  if (!isPlainObject(condition) || Object.keys(condition).length !== 1) return undefined;
  const list = condition.$in;
  return Array.isArray(list) && list.every(isScalar) ? list : undefined;
}

/**
 * The filters the SDK sends most - `doc(id)`, `where({ dealerId, status })`, `_.in(ids)` - as
 * a plain predicate with mingo's meaning, or undefined for anything else. Compiling a mingo
 * query costs more than the whole indexed read it would check.
 */
export function simpleMatcher(filter: MongoObject): ((doc: Doc) => boolean) | undefined {
  const checks: Array<(doc: Doc) => boolean> = [];

  for (const [field, condition] of Object.entries(filter)) {
    if (!TOP_LEVEL_FIELD.test(field) || field === '__proto__') return undefined;

    if (isScalar(condition)) {
      checks.push((doc) => equals(doc[field], condition));
      continue;
    }
    const list = inList(condition);
    if (!list) return undefined;
    checks.push((doc) => list.some((item) => equals(doc[field], item)));
  }
  return (doc) => checks.every((check) => check(doc));
}
