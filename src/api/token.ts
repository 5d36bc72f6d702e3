import Taro from '@tarojs/taro';

const TOKEN_KEY = 'dealerhub.token';

/** The H5 session token from the local gateway's login; empty when signed out. */
export function readToken(): string {
  const token: unknown = Taro.getStorageSync(TOKEN_KEY);
  return typeof token === 'string' ? token : '';
}

/** Keeps the H5 session token across reloads. */
export function saveToken(token: string): void {
  Taro.setStorageSync(TOKEN_KEY, token);
}

/** Forgets the H5 session token. */
export function clearToken(): void {
  Taro.removeStorageSync(TOKEN_KEY);
}
