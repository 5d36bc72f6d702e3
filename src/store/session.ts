import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import type { Me } from '../../types/functions/user';
import { callUser } from '../api/client';
import { clearToken } from '../api/token';
import { clearCart } from './cart';
import { createStore, useStore } from './create-store';

export interface SessionState {
  me: Me | null;
  loading: boolean;
  error: unknown;
}

const signedOut: SessionState = { me: null, loading: false, error: null };
const sessionStore = createStore<SessionState>(signedOut);

let pending: Promise<Me | null> | null = null;

/** Asks the server who the caller is; concurrent callers share one request. */
export function loadMe(): Promise<Me | null> {
  if (pending) {
    return pending;
  }

  sessionStore.set({ ...sessionStore.get(), loading: true, error: null });
  pending = callUser('me', {})
    .then((me) => {
      sessionStore.set({ me, loading: false, error: null });
      return me;
    })
    .catch((error: unknown) => {
      sessionStore.set({ me: null, loading: false, error });
      return null;
    })
    .finally(() => {
      pending = null;
    });
  return pending;
}

/** Records who signed in, as `user.bind` returns it, without asking again. */
export function setMe(me: Me): void {
  sessionStore.set({ me, loading: false, error: null });
}

/** The signed-in user, loaded on first use. */
export function useSession(): SessionState & { reload: () => void } {
  const state = useStore(sessionStore);

  useEffect(() => {
    const current = sessionStore.get();
    if (!current.me && !current.loading && !current.error) {
      void loadMe();
    }
  }, []);

  return { ...state, reload: () => void loadMe() };
}

/** Forgets the session and the cart (the next user may be another dealer). */
export function signOut(): void {
  clearToken();
  clearCart();
  sessionStore.set(signedOut);
  void Taro.reLaunch({ url: '/pages/login/index' });
}
