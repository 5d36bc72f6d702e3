import { isEqual, isNumber } from 'mingo/util';

import { isPlainObject, type MongoObject } from './codec';

/** A top-level field an update may write: not `_id`, no dots, no positional `$`. */
const PLAIN_FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESERVED_FIELDS = new Set(['_id', '__proto__']);

type Change = { op: '$set' | '$inc'; field: string; value: unknown };

function isPlainField(field: string): boolean {
  return PLAIN_FIELD.test(field) && !RESERVED_FIELDS.has(field);
}

/** The changes of a `$set` / `$inc` modifier on plain fields, or null when it is anything else. */
function simpleChanges(doc: MongoObject, modifier: MongoObject): Change[] | null {
  const changes: Change[] = [];
  const fields = new Set<string>();

  for (const [op, fieldValues] of Object.entries(modifier)) {
    if ((op !== '$set' && op !== '$inc') || !isPlainObject(fieldValues)) return null;

    for (const [field, value] of Object.entries(fieldValues)) {
      if (!isPlainField(field) || fields.has(field)) return null;
      // mingo leaves a non-numeric field alone on $inc: let it decide those.
      if (op === '$inc' && !(isNumber(value) && isIncrementable(doc[field]))) return null;
      fields.add(field);
      changes.push({ op, field, value });
    }
  }
  return changes;
}

function isIncrementable(current: unknown): boolean {
  return current === undefined || isNumber(current);
}

/**
 * Applies the update shapes the SDK sends most (`doc().update()` with plain fields and
 * `_.inc`) without building a mingo update context, which costs far more than the update.
 * Mirrors mingo: `$set` of an equal value and `$inc` by 0 of an existing number change
 * nothing. Returns whether the document changed, or null when mingo must apply the
 * modifier (dotted paths, other operators, conflicts), before touching the document.
 */
export function applySimpleUpdate(doc: MongoObject, modifier: MongoObject): boolean | null {
  const changes = simpleChanges(doc, modifier);
  if (changes === null) return null;

  let changed = false;
  for (const { op, field, value } of changes) {
    const current = doc[field];
    if (op === '$set') {
      if (isEqual(current, value)) continue;
      doc[field] = value;
      changed = true;
      continue;
    }

    const next = (typeof current === 'number' ? current : 0) + (value as number);
    if (next === current) continue;
    doc[field] = next;
    changed = true;
  }
  return changed;
}
