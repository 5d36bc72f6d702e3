/**
 * A FIFO async mutex around the single SQLite connection. An open transaction holds it from
 * BEGIN to COMMIT/ROLLBACK, so other requests' reads and writes wait instead of slipping into
 * (or seeing) a transaction that is not theirs.
 */
export class AsyncLock {
  private tail: Promise<void> = Promise.resolve();
  /** Holders plus waiters: zero means the next caller may go straight in. */
  private claims = 0;

  /** Waits for the lock; call the returned function exactly once to let the next one in. */
  async acquire(): Promise<() => void> {
    const previous = this.tail;
    let open: () => void = () => undefined;
    this.tail = new Promise<void>((resolve) => {
      open = resolve;
    });
    this.claims += 1;
    await previous;

    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.claims -= 1;
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

  /**
   * Runs synchronous work under the lock. When nobody holds or waits for it, the work runs at
   * once: nothing can interleave with a synchronous call, and queueing would only add hops.
   */
  runSync<T>(work: () => T): Promise<T> {
    if (this.claims > 0) return this.run(work);
    // The executor runs `work` now and turns a throw into a rejection.
    return new Promise<T>((resolve) => resolve(work()));
  }
}
