import * as v from 'valibot';
import { DomainError } from '../core/errors/domain-error';

/**
 * Parses an event against its schema. A bad input becomes INVALID_INPUT naming the first
 * failing field (e.g. `items.1.quantity`), never a crash deeper in the function.
 */
export function parseInput<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;

  const issue = result.issues[0];
  const field = (issue && v.getDotPath(issue)) || 'event';
  throw new DomainError('INVALID_INPUT', { field });
}

/** A client-made id for one user intent (reused on retry), e.g. a UUID. */
export const requestIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/));

/** A document id as our functions create them. */
export const docIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(64));

/** An opaque paging cursor returned by a previous page. */
export const cursorSchema = v.optional(v.nullable(v.pipe(v.string(), v.maxLength(200))));
