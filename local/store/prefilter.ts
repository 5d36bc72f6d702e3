import { isPlainObject, type MongoObject } from './codec';
import { fieldExpression } from './sqlite';

/** A value SQLite can compare against a stored field. */
export type SqlValue = string | number;

/** SQL conditions that select a superset of the documents a filter matches. */
export interface Prefilter {
  clauses: string[];
  params: SqlValue[];
}

const RANGE_OPERATORS: Readonly<Record<string, string>> = {
  $gt: '>',
  $gte: '>=',
  $lt: '<',
  $lte: '<=',
};

/**
 * Turns the parts of a filter on `_id` or an indexed field (equality, `$eq`, `$in`, ranges)
 * into SQL, so SQLite reads only candidate rows through an index. Anything it cannot express
 * is left out: mingo checks the whole filter on the candidates afterwards, so leaving a
 * condition out may read more rows but never changes the result.
 */
export function buildPrefilter(filter: MongoObject, indexed: readonly string[]): Prefilter {
  const prefilter: Prefilter = { clauses: [], params: [] };
  collect(filter, indexed, prefilter);
  return prefilter;
}

function collect(filter: MongoObject, indexed: readonly string[], out: Prefilter): void {
  for (const [key, condition] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(condition)) {
      for (const part of condition) if (isPlainObject(part)) collect(part, indexed, out);
      continue;
    }

    if (key === '_id') addConditions('id', condition, true, out);
    else if (indexed.includes(key)) addConditions(fieldExpression(key), condition, false, out);
  }
}

function addConditions(expr: string, condition: unknown, isId: boolean, out: Prefilter): void {
  const direct = toSqlValue(condition, isId);
  if (direct !== undefined) {
    out.clauses.push(`${expr} = ?`);
    out.params.push(direct);
    return;
  }
  if (!isPlainObject(condition)) return;

  for (const [operator, operand] of Object.entries(condition)) {
    if (operator === '$eq') addConditions(expr, operand, isId, out);
    else if (operator === '$in') addIn(expr, operand, isId, out);
    else addRange(expr, operator, operand, isId, out);
  }
}

function addIn(expr: string, operand: unknown, isId: boolean, out: Prefilter): void {
  if (!Array.isArray(operand)) return;

  const values = operand.map((item) => toSqlValue(item, isId));
  if (values.some((value) => value === undefined)) return;
  if (values.length === 0) {
    out.clauses.push('0');
    return;
  }

  out.clauses.push(`${expr} IN (${values.map(() => '?').join(', ')})`);
  out.params.push(...(values as SqlValue[]));
}

function addRange(
  expr: string,
  operator: string,
  operand: unknown,
  isId: boolean,
  out: Prefilter,
): void {
  const sqlOperator = RANGE_OPERATORS[operator];
  // `id` is TEXT: a numeric range over it would compare as text, so only strings qualify.
  const usable = typeof operand === 'string' || (!isId && typeof operand === 'number');
  if (sqlOperator === undefined || !usable) return;

  out.clauses.push(`${expr} ${sqlOperator} ?`);
  out.params.push(operand);
}

function toSqlValue(value: unknown, isId: boolean): SqlValue | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return isId ? String(value) : value;
  if (typeof value === 'boolean' && !isId) return value ? 1 : 0;
  return undefined;
}
