import { randomUUID } from 'node:crypto';

import type { AsyncLock } from './lock';
import type { SqliteDb } from './sqlite';

interface OpenTransaction {
  id: string;
  release: () => void;
}

/**
 * Real SQLite transactions for the SDK's startTransaction / commit / abort. better-sqlite3's
 * own `transaction()` takes only synchronous work, so an async callback needs explicit
 * BEGIN IMMEDIATE / COMMIT / ROLLBACK with the connection lock held in between.
 */
export class Transactions {
  private current: OpenTransaction | null = null;

  constructor(
    private readonly db: SqliteDb,
    private readonly lock: AsyncLock,
  ) {}

  /** Waits for the connection, begins a transaction and returns its id. */
  async begin(): Promise<string> {
    const release = await this.lock.acquire();
    try {
      this.db.exec('BEGIN IMMEDIATE');
    } catch (error) {
      release();
      throw error;
    }

    const id = randomUUID();
    this.current = { id, release };
    return id;
  }

  /** Tells whether `id` is the transaction now holding the connection. */
  isOpen(id: string): boolean {
    return this.current?.id === id;
  }

  /** Commits; a failed commit rolls back. Either way the connection is released. */
  commit(id: string): void {
    const open = this.take(id);
    if (!open) throw new Error(`transaction ${id} is not open`);

    try {
      this.db.exec('COMMIT');
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    } finally {
      open.release();
    }
  }

  /** Rolls back; aborting a transaction that is no longer open does nothing. */
  abort(id: string): void {
    const open = this.take(id);
    if (!open) return;

    try {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
    } finally {
      open.release();
    }
  }

  private take(id: string): OpenTransaction | null {
    const open = this.current;
    if (!open || open.id !== id) return null;
    this.current = null;
    return open;
  }
}
