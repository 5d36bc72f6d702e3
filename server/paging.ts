import { DomainError } from '../core/errors/domain-error';

/** Page size for lists the phone scrolls through. */
export const PAGE_SIZE = 20;

/**
 * A cursor is the sort key of the last item of the previous page, so a page never skips or
 * repeats items when new documents arrive (unlike skip/offset).
 */
export function encodeCursor(parts: string[]): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

/** Decodes a cursor made by encodeCursor; a forged or damaged one is INVALID_INPUT. */
export function decodeCursor(cursor: string, length: number): string[] {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const valid = Array.isArray(parts) && parts.length === length;
    if (valid && parts.every((part) => typeof part === 'string')) return parts as string[];
  } catch {
    // Falls through to the domain error below.
  }
  throw new DomainError('INVALID_INPUT', { field: 'cursor' });
}
