import { randomBytes } from 'node:crypto';

import type { Store } from '../store';

/** Sessions live in SQLite (indexed by token), so a signed-in browser survives a restart. */
const SESSIONS = 'sessions';

/** Creates a session for a demo account and returns its random bearer token. */
export async function createSession(
  store: Store,
  account: string,
  openid: string,
): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  await store.insert(SESSIONS, { token, account, openid, createdAt: new Date().toISOString() });
  return token;
}

/** The openid a token was issued for, or null for a missing or unknown token. */
export async function openidForToken(
  store: Store,
  token: string | undefined,
): Promise<string | null> {
  if (!token) return null;

  const [session] = await store.find(SESSIONS, { token }, { limit: 1 });
  return typeof session?.openid === 'string' ? session.openid : null;
}
