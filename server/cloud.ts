import * as sdk from 'wx-server-sdk';
import type { CloudSdk, Database } from './db-types';

/** The SDK seen through our typed seam; the local runtime swaps only what lies behind it. */
export const cloud = sdk as unknown as CloudSdk;

let database: Database | null = null;

/** The cloud database of the current environment, initialised once per function instance. */
export function db(): Database {
  if (database) return database;

  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
  database = cloud.database();
  return database;
}

/** The caller's OPENID from the function context; null for timers and unauthenticated calls. */
export function callerOpenid(): string | null {
  const openid = cloud.getWXContext().OPENID;
  return openid ? openid : null;
}

/** Sources that mean a person's app made the call, never a trigger. */
const CLIENT_SOURCES = new Set(['wx_client', 'wx_devtools', 'wx_http']);

/** True only for a trigger's call: no caller and no client behind it. */
export function calledByTrigger(): boolean {
  const context = cloud.getWXContext();
  return !context.OPENID && !CLIENT_SOURCES.has(context.SOURCE ?? '');
}
