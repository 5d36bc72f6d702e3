import type { ErrorCode } from '../core/errors/codes';

/** Every cloud function replies with this envelope. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; code: ErrorCode; message: string };

/** Paged list: pass `nextCursor` back as `cursor` for the next page; null means the end. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
