import { useEffect, useRef, useState } from 'react';
import type { CartItem, QuoteResult } from '../../types/functions/order';
import { callOrder } from '../api/client';

export interface QuoteState {
  /** The server's quote for the cart version `key`, or null until it arrives. */
  quote: QuoteResult | null;
  loading: boolean;
  error: unknown;
  retry: () => void;
}

/**
 * Asks the server to price and check the cart, `delayMs` after the last change so a dealer
 * tapping a stepper five times sends one request. A quote for an older cart is never shown.
 */
export function useQuote(items: CartItem[], key: string, delayMs: number): QuoteState {
  const [quote, setQuote] = useState<QuoteResult | null>(null);
  const [loading, setLoading] = useState(items.length > 0);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const itemsRef = useRef(items);
  itemsRef.current = items;

  useEffect(() => {
    let current = true;
    setQuote(null);
    setError(null);
    if (itemsRef.current.length === 0) {
      setLoading(false);
      return undefined;
    }

    setLoading(true);
    const timer = setTimeout(() => {
      callOrder('quote', { items: itemsRef.current })
        .then((result) => {
          if (current) {
            setQuote(result);
          }
        })
        .catch((failure: unknown) => {
          if (current) {
            setError(failure);
          }
        })
        .finally(() => {
          if (current) {
            setLoading(false);
          }
        });
    }, delayMs);

    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, attempt, delayMs]);

  return { quote, loading, error, retry: () => setAttempt((n) => n + 1) };
}
