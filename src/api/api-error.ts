import type { ErrorCode } from '../../core/errors/codes';

/** A code from core's table, or NETWORK when the call never got an answer. */
export type ApiErrorCode = ErrorCode | 'NETWORK';

/** A function call that came back with `{ ok: false }`, or never came back at all. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);

    // Transpiled for older WeChat base libraries, a subclass of Error loses its prototype.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** The message to show for anything a call threw: ours verbatim, anything else generic. */
export function errorMessage(error: unknown, fallback: string): string {
  return error instanceof ApiError ? error.message : fallback;
}
