import { DomainError } from '../core/errors/domain-error';
import type { ErrorCode } from '../core/errors/codes';
import type { DocumentRef, Query } from './db-types';

/**
 * Reads one document, or null when it does not exist. The SDK throws for a missing document,
 * which would make "not found" indistinguishable from a real failure at call sites.
 */
export async function readDoc<T>(ref: DocumentRef): Promise<T | null> {
  try {
    const { data } = await ref.get();
    return (data ?? null) as T | null;
  } catch (error) {
    if (isMissingDocument(error)) return null;
    throw error;
  }
}

/** Reads one document that must exist, else throws the given domain error. */
export async function mustReadDoc<T>(ref: DocumentRef, code: ErrorCode): Promise<T> {
  const doc = await readDoc<T>(ref);
  if (!doc) throw new DomainError(code);
  return doc;
}

/** Runs a query and returns its documents with our type. */
export async function readMany<T>(query: Query): Promise<T[]> {
  const { data } = await query.get();
  return data as T[];
}

function isMissingDocument(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /does not exist|not exist|cannot find document|document.*not found/i.test(text);
}

/** True when an insert failed because a document with that `_id` already exists. */
export function isDuplicateId(error: unknown): boolean {
  const text = error instanceof Error ? error.message : JSON.stringify(error);
  return /duplicate|E11000|already exists/i.test(text);
}
