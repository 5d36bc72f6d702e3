/**
 * A FIFO async mutex around the single SQLite connection. An open transaction holds it from
 * BEGIN to COMMIT/ROLLBACK, so other requests' reads and writes wait instead of slipping into
 * (or seeing) a transaction that is not theirs.
 */
export class AsyncLock {
  private tail: Promise<void> = Promise.resolve();

  /** Waits for the lock; call the returned function exactly once to let the next one in. */
  async acquire(): Promise<() => void> {
    const previous = this.tail;
    let open: () => void = () => undefined;
    this.tail = new Promise<void>((resolve) => {
      open = resolve;
    });
    await previous;

    let released = false;
    return () => {
      if (released) return;
      released = true;
      open();
    };
  }

  /** Runs `work` while holding the lock. */
  async run<T>(work: () => T | Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}
