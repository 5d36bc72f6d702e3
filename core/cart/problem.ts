import type { ErrorCode, ErrorParams } from '../errors/codes';
import { messageFor } from '../errors/domain-error';

/** productId of a problem that concerns the whole cart rather than one line. */
export const WHOLE_CART = '';

/** One thing wrong with a cart, ready to show beside the line it concerns. */
export interface CartProblem {
  /** The line's product, or WHOLE_CART ('') for the cart as a whole. */
  productId: string;
  code: ErrorCode;
  message: string;
  params: ErrorParams;
}

/** Builds a problem with its Chinese message filled in. */
export function cartProblem(
  productId: string,
  code: ErrorCode,
  params: ErrorParams = {},
): CartProblem {
  return { productId, code, message: messageFor(code, params), params };
}
