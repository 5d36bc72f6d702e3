import Taro from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import { errorMessage } from '../api/api-error';
import { t } from '../locale';

/**
 * Runs one user action at a time and toasts how it went. A second tap while one is running is
 * ignored; the ref, unlike state, already knows on the very next tap.
 */
export function useAction() {
  const running = useRef(false);
  const [busy, setBusy] = useState(false);

  const run = useCallback(async (work: () => Promise<unknown>, done: string): Promise<boolean> => {
    if (running.current) return false;

    running.current = true;
    setBusy(true);
    try {
      await work();
      void Taro.showToast({ title: done, icon: 'success' });
      return true;
    } catch (error) {
      void Taro.showToast({ title: errorMessage(error, t.common.failed), icon: 'none' });
      return false;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  return { busy, run };
}
