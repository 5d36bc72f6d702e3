import { useReachBottom } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from '../../types/envelope';

export interface PagedList<T> {
  items: T[];
  /** True while the first page loads. */
  loading: boolean;
  /** True while a further page loads. */
  loadingMore: boolean;
  error: unknown;
  hasMore: boolean;
  reload: () => void;
  loadMore: () => void;
}

/**
 * A list read page by page with the server's cursor; the next page loads when the user
 * scrolls to the bottom. Changing `key` (a filter) starts again from the first page.
 */
export function usePagedList<T>(
  fetchPage: (cursor: string | null) => Promise<Page<T>>,
  key: string,
): PagedList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(true);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const busy = useRef(false);
  const live = useRef(0);

  const load = useCallback(async (from: string | null, first: boolean, run: number) => {
    busy.current = true;
    setError(null);
    if (first) {
      setLoading(true);
    } else {
      setLoadingMore(true);
    }

    try {
      const page = await fetchRef.current(from);
      if (run !== live.current) {
        return;
      }

      setItems((previous) => (first ? page.items : [...previous, ...page.items]));
      setCursor(page.nextCursor);
      setHasMore(page.nextCursor !== null);
    } catch (failure) {
      if (run === live.current) {
        setError(failure);
      }
    } finally {
      if (run === live.current) {
        busy.current = false;
        setLoading(false);
        setLoadingMore(false);
      }
    }
  }, []);

  useEffect(() => {
    live.current += 1;
    setItems([]);
    setCursor(null);
    setHasMore(true);
    void load(null, true, live.current);
  }, [key, generation, load]);

  const loadMore = useCallback(() => {
    if (busy.current || (!hasMore && !error)) {
      return;
    }

    void load(cursor, false, live.current);
  }, [cursor, hasMore, error, load]);

  useReachBottom(loadMore);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { items, loading, loadingMore, error, hasMore, reload, loadMore };
}
