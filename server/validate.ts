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

/** A control character other than a newline (NUL, escape, ...): never part of typed text. */
const CONTROL = /[^\P{Cc}\n]/u;

/** A UTF-16 surrogate without its partner: breaks storage and display. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Free text a person typed (a reason, a note): trimmed, at most `max` characters, without
 * control characters (newlines are fine) or lone surrogates. A failure names the field.
 */
export function plainText(max: number) {
  return v.pipe(
    v.string(),
    v.check((text) => !LONE_SURROGATE.test(text)),
    v.trim(),
    v.maxLength(max),
    v.check((text) => !CONTROL.test(text)),
  );
}
