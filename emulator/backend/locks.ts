/**
 * LockService on Google's side: who holds the script lock, each document lock and each user
 * lock. Acquisition never blocks here (the backend answers at once); the facade polls, waiting
 * in real time when executions really run at once (worker threads) and only modeling the wait
 * otherwise. A lock is re-entrant within one execution and released when its execution ends.
 */
import type { BackendModule, CallContext } from './world';

/** `script`, `document:<id>` or `user:<e-mail>`. */
export type LockKey = string;

interface Held {
  execId: string;
  since: number;
}

export class LocksBackend implements BackendModule {
  readonly name: string;
  private held: Map<LockKey, Held>;

  constructor() {
    this.name = 'locks';
    this.held = new Map();
  }

  /** Which execution holds `key`, if any (tests, playground). */
  holder(key: LockKey): string | null {
    return this.held.get(key)?.execId ?? null;
  }

  handle(op: string, args: unknown[], ctx: CallContext): unknown {
    const key = String(args[0]);
    const h = this.held.get(key);
    switch (op) {
      case 'tryAcquire':
        if (h && h.execId !== ctx.execId) return false;
        if (!h) this.held.set(key, { execId: ctx.execId, since: Date.now() });
        return true;
      case 'release':
        if (h?.execId === ctx.execId) this.held.delete(key);
        return;
      case 'has':
        return h?.execId === ctx.execId;
      default:
        throw new Error(`Apps Script emulation: locks.${op} is not an operation.`);
    }
  }

  onExecutionEnd(execId: string): void {
    for (const [key, h] of this.held) if (h.execId === execId) this.held.delete(key);
  }

  /** Locks belong to running executions: nothing survives a save. */
  snapshot(): unknown {
    return {};
  }

  restore(): void {
    this.held.clear();
  }
}
