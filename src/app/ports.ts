/**
 * The ports the use cases work through. Each is small and says what the application needs, not
 * how Apps Script provides it; `src/gas/` implements them, tests may implement them in memory.
 */
import type { AnyTab } from './register/tabs';

/** Who changed a row, and when (ISO instant). */
export interface Stamp {
  readonly by: string;
  readonly at: string;
}

/** A row as stored, with where it stands now (rows move: never keep the number). */
export interface StoredRow<R> {
  readonly row: R;
  readonly rowNumber: number;
}

/** One tab of the register, rows found by their write-once ID. */
export interface TableStore<R extends Record<string, unknown> = Record<string, unknown>> {
  readonly tab: AnyTab;
  /** The row with this ID, or null. */
  get(id: string): StoredRow<R> | null;
  /** Rows whose `key` column is exactly one of `values` (one search on Google's side). */
  findBy(
    key: keyof R & string,
    values: readonly string[],
    options?: { matchCase?: boolean },
  ): Array<StoredRow<R>>;
  /** Every row: only for small reference tabs. */
  all(): Array<StoredRow<R>>;
  /** Deletes the row with this ID, if any (index tabs). Hold the lock. */
  remove(id: string): void;
  /** Appends rows (validated; versioned tabs get version 1 and stamps). Hold the lock. */
  insert(rows: readonly R[], stamp: Stamp): void;
  /**
   * Changes one row if it is still at `expectedVersion` (a stale form is refused; null: no
   * check, for counters and index rows written under the lock). Returns the row as written.
   */
  update(id: string, expectedVersion: number | null, changes: Partial<R>, stamp: Stamp): R;
}

/** The clock: the only source of "now". */
export interface Clock {
  /** The current instant, ISO UTC. */
  now(): string;
}

/** The user at the keyboard ('' when Apps Script does not tell). */
export interface CurrentUser {
  email(): string;
}

/** The script lock: everything that reads-then-writes shared rows runs inside it. */
export interface Mutex {
  /** Runs `work` holding the lock; commits writes before releasing. */
  withLock<T>(work: () => T): T;
}
