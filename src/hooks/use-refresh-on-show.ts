import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';

/**
 * Calls `refresh` each time the page comes back into view (a tab switch, a return from a
 * detail page), but not on its first appearance, when the page is loading anyway.
 */
export function useRefreshOnShow(refresh: () => void): void {
  const shown = useRef(false);

  useDidShow(() => {
    if (shown.current) {
      refresh();
    }

    shown.current = true;
  });
}
