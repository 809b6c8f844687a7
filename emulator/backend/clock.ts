/**
 * The backend clock: Google's notion of "now" for services that expire or schedule things
 * (cache expiry, `after(ms)` triggers). It follows real time plus an offset that tests move
 * forward with `advance(ms)`, so a 10-minute expiry can be checked without waiting.
 */
import type { BackendModule } from './world';

export class ClockBackend implements BackendModule {
  readonly name: string;
  private offsetMs: number;
  /** When the latest execution that ran on the real clock ended (its start + modeled time). */
  private lastEndMs: number;

  constructor() {
    this.name = 'clock';
    this.offsetMs = 0;
    this.lastEndMs = 0;
  }

  /**
   * When an execution on the real clock starts: now, but never before the previous one ended.
   * An execution's clock runs ahead of real time by its modeled milliseconds, so without this
   * the next execution, started a real millisecond later, would be stamped before the previous
   * one's last write — time running backwards, which Google's executions never see.
   */
  startAt(): number {
    return Math.max(this.now(), this.lastEndMs);
  }

  /** Records that an execution on the real clock ended at `endMs`. */
  ended(endMs: number): void {
    this.lastEndMs = Math.max(this.lastEndMs, endMs);
  }

  /** Milliseconds since the epoch, as Google's side sees them. */
  now(): number {
    return Date.now() + this.offsetMs;
  }

  /** Moves the clock forward (tests: "after 11 minutes the cache entry is gone"). */
  advance(ms: number): void {
    this.offsetMs += ms;
  }

  handle(op: string, args: unknown[]): unknown {
    if (op === 'now') return this.now();
    if (op === 'advance') return this.advance(Number(args[0]));
    throw new Error(`Apps Script emulation: clock.${op} is not an operation.`);
  }

  snapshot(): unknown {
    return { offsetMs: this.offsetMs, lastEndMs: this.lastEndMs };
  }

  restore(state: unknown): void {
    const st = state as { offsetMs?: number; lastEndMs?: number };
    this.offsetMs = st.offsetMs ?? 0;
    this.lastEndMs = st.lastEndMs ?? 0;
  }
}
