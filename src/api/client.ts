import Taro from '@tarojs/taro';
import { isErrorCode } from '../../core/errors/codes';
import type { AcademyReplies, AcademyRequests } from '../../types/functions/academy';
import type { BadgesReplies, BadgesRequests } from '../../types/functions/badges';
import type { OrderReplies, OrderRequests } from '../../types/functions/order';
import type { PointsReplies, PointsRequests } from '../../types/functions/points';
import type { UserReplies, UserRequests } from '../../types/functions/user';
import { t } from '../locale';
import { ApiError } from './api-error';
import { clearToken, readToken } from './token';

/** Each cloud function's actions: what goes in, what comes back. */
interface Contracts {
  order: { requests: OrderRequests; replies: OrderReplies };
  user: { requests: UserRequests; replies: UserReplies };
  academy: { requests: AcademyRequests; replies: AcademyReplies };
  points: { requests: PointsRequests; replies: PointsReplies };
  badges: { requests: BadgesRequests; replies: BadgesReplies };
}

export type FunctionName = keyof Contracts;
type Action<F extends FunctionName> = keyof Contracts[F]['requests'] &
  keyof Contracts[F]['replies'] &
  string;
type Input<F extends FunctionName, A extends Action<F>> = Contracts[F]['requests'][A];
type Reply<F extends FunctionName, A extends Action<F>> = Contracts[F]['replies'][A];

const LOGIN_ROUTE = 'pages/login/index';

/** Codes that mean "sign in again" rather than "this request was wrong". */
const SIGN_IN_CODES = new Set(['UNAUTHENTICATED', 'NOT_BOUND']);

function networkError(): ApiError {
  return new ApiError('NETWORK', t.common.networkError);
}

async function callCloud(name: FunctionName, event: Record<string, unknown>): Promise<unknown> {
  try {
    const reply = await Taro.cloud.callFunction({ name, data: event });
    return reply.result;
  } catch {
    throw networkError();
  }
}

async function callHttp(name: FunctionName, event: Record<string, unknown>): Promise<unknown> {
  try {
    const reply = await Taro.request<unknown>({
      url: `/fn/${name}`,
      method: 'POST',
      data: event,
      header: { 'content-type': 'application/json', Authorization: `Bearer ${readToken()}` },
    });
    return reply.data;
  } catch {
    throw networkError();
  }
}

/** Sends the user back to sign in, unless they are already there. */
function returnToLogin(): void {
  if (process.env.TARO_ENV === 'h5') {
    clearToken();
  }

  const pages = Taro.getCurrentPages();
  const route = (pages[pages.length - 1]?.route ?? '').replace(/^\//, '').split('?')[0];
  if (route !== LOGIN_ROUTE) {
    void Taro.reLaunch({ url: `/${LOGIN_ROUTE}` });
  }
}

/** Opens the envelope: the data on success, an ApiError with the server's code otherwise. */
function unwrap(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || !('ok' in body)) {
    throw new ApiError('INTERNAL', t.common.serverError);
  }

  const envelope = body as { ok: unknown; data?: unknown; code?: unknown; message?: unknown };
  if (envelope.ok === true) {
    return envelope.data;
  }

  const code = isErrorCode(envelope.code) ? envelope.code : 'INTERNAL';
  const message = typeof envelope.message === 'string' ? envelope.message : t.common.serverError;
  if (SIGN_IN_CODES.has(code)) {
    returnToLogin();
  }

  throw new ApiError(code, message);
}

/**
 * Calls one action of a cloud function and returns its data. In WeChat this goes through
 * wx.cloud; in the browser it is a POST to the local gateway. Pages never know which.
 * Throws ApiError with the server's code on `{ ok: false }`, or NETWORK when no answer came.
 */
export async function call<F extends FunctionName, A extends Action<F>>(
  name: F,
  action: A,
  input: Input<F, A>,
): Promise<Reply<F, A>> {
  const event: Record<string, unknown> = Object.assign({}, input, { action });

  const body =
    process.env.TARO_ENV === 'weapp' ? await callCloud(name, event) : await callHttp(name, event);

  // The contract in types/functions is the one place both sides agree on this shape.
  return unwrap(body) as Reply<F, A>;
}

/** A shorthand bound to one function, so pages write `callOrder('submit', input)`. */
function bindFunction<F extends FunctionName>(name: F) {
  return <A extends Action<F>>(action: A, input: Input<F, A>): Promise<Reply<F, A>> =>
    call(name, action, input);
}

export const callOrder = bindFunction('order');
export const callUser = bindFunction('user');
export const callAcademy = bindFunction('academy');
export const callPoints = bindFunction('points');
export const callBadges = bindFunction('badges');
