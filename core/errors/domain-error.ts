import { type ErrorCode, type ErrorParams, isErrorCode } from './codes';
import { ERROR_MESSAGES_ZH_CN } from './messages.zh-CN';

export type { ErrorCode, ErrorParams } from './codes';

/** The Chinese message for a code, filled in with what the params name. */
export function messageFor(code: ErrorCode, params: ErrorParams = {}): string {
  return ERROR_MESSAGES_ZH_CN[code](params);
}

/**
 * A business rule said no. Carries a stable code and the values behind it; the function
 * boundary turns it into `{ ok: false, code, message }`. Anything else thrown is a fault.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
  ) {
    super(messageFor(code, params));

    // Transpiled to ES5 (older WeChat base libraries) a subclass of Error loses its prototype.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/**
 * Tells whether `x` is a DomainError. Checks the shape as well as the class because each
 * cloud function bundle carries its own copy of this class, and the local runtime loads
 * several bundles into one process, where `instanceof` across bundles fails.
 */
export function isDomainError(x: unknown): x is DomainError {
  if (x instanceof DomainError) {
    return true;
  }

  if (!(x instanceof Error) || x.name !== 'DomainError') {
    return false;
  }

  const shape = x as Error & { code?: unknown; params?: unknown };
  return isErrorCode(shape.code) && typeof shape.params === 'object' && shape.params !== null;
}
