import Taro from '@tarojs/taro';
import { t } from '../locale';
import { ApiError } from './api-error';
import { readToken, saveToken } from './token';

/** The demo accounts the local runtime seeds; only the browser build signs in this way. */
export const DEMO_ACCOUNTS = [
  'dealer-new',
  'dealer-core',
  'dealer-top',
  'mentor',
  'staff',
] as const;

export type DemoAccount = (typeof DEMO_ACCOUNTS)[number];

/** Signs in to the local gateway as a demo account and keeps the session token. */
export async function loginDemo(account: DemoAccount): Promise<void> {
  let body: unknown;
  try {
    const reply = await Taro.request<unknown>({
      url: '/auth/login',
      method: 'POST',
      data: { account },
      header: { 'content-type': 'application/json' },
    });
    body = reply.data;
  } catch {
    throw new ApiError('NETWORK', t.common.networkError);
  }

  const token = typeof body === 'object' && body !== null && 'token' in body ? body.token : null;
  if (typeof token !== 'string' || token === '') {
    throw new ApiError('UNAUTHENTICATED', t.common.serverError);
  }

  saveToken(token);
}

/**
 * Ends the gateway session of the browser build, so the token stops working even if a copy
 * of it survives. Fire-and-forget: signing out must not wait for (or fail with) the network.
 * Call it before the token is cleared.
 */
export function logoutDemo(): void {
  const token = readToken();
  if (process.env.TARO_ENV !== 'h5' || token === '') {
    return;
  }

  fetch('/auth/logout', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    keepalive: true,
  }).catch(() => undefined);
}
