import { useCallback, useEffect, useRef, useState } from 'react';

export interface RequestState<T> {
  data: T | null;
  loading: boolean;
  error: unknown;
  reload: () => void;
}

/**
 * Runs `load` when `key` changes and tracks loading, error and data. Answers that arrive after
 * a newer request started are dropped, so a slow reply never overwrites a fresh one.
 */
export function useRequest<T>(load: () => Promise<T>, key: string): RequestState<T> {
  const [data, setData] = useState<T | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let current = true;
    setLoading(true);
    setError(null);

    loadRef.current().then(
      (value) => {
        if (current) {
          setData(value);
          setLoading(false);
        }
      },
      (failure: unknown) => {
        if (current) {
          setError(failure);
          setLoading(false);
        }
      },
    );

    return () => {
      current = false;
    };
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { data, loading, error, reload };
}
