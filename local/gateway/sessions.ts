import { randomBytes } from 'node:crypto';

import type { Store } from '../store';

/** Sessions live in SQLite (indexed by token), so a signed-in browser survives a restart. */
const SESSIONS = 'sessions';

/** How long a demo sign-in lasts; an older token counts as no token at all. */
export const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

function isExpired(createdAt: unknown, now: number): boolean {
  const created = typeof createdAt === 'string' ? Date.parse(createdAt) : Number.NaN;
  return Number.isNaN(created) || now - created > SESSION_TTL_MS;
}

async function removeAll(store: Store, sessions: Array<Record<string, unknown>>): Promise<void> {
  for (const session of sessions) {
    const id = session._id;
    if (typeof id === 'string' || typeof id === 'number') await store.remove(SESSIONS, id);
  }
}

/**
 * Creates a session for a demo account and returns its random bearer token. Expired sessions
 * are dropped here, so signing in again and again does not grow the table forever.
 */
export async function createSession(
  store: Store,
  account: string,
  openid: string,
): Promise<string> {
  const now = Date.now();
  const cutoff = new Date(now - SESSION_TTL_MS).toISOString();
  await removeAll(store, await store.find(SESSIONS, { createdAt: { $lt: cutoff } }));

  const token = randomBytes(24).toString('base64url');
  await store.insert(SESSIONS, { token, account, openid, createdAt: new Date(now).toISOString() });
  return token;
}

/** The openid a token was issued for, or null for a missing, unknown or expired token. */
export async function openidForToken(
  store: Store,
  token: string | undefined,
): Promise<string | null> {
  if (!token) return null;

  const [session] = await store.find(SESSIONS, { token }, { limit: 1 });
  if (!session || isExpired(session.createdAt, Date.now())) return null;
  return typeof session.openid === 'string' ? session.openid : null;
}

/** Ends the session a token belongs to (signing out); an unknown token is a no-op. */
export async function endSession(store: Store, token: string | undefined): Promise<void> {
  if (!token) return;

  await removeAll(store, await store.find(SESSIONS, { token }));
}
