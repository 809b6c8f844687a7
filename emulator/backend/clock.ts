/**
 * The backend clock: Google's notion of "now" for services that expire or schedule things
 * (cache expiry, `after(ms)` triggers). It follows real time plus an offset that tests move
 * forward with `advance(ms)`, so a 10-minute expiry can be checked without waiting.
 */
import type { BackendModule } from './world';

export class ClockBackend implements BackendModule {
  readonly name: string;
  private offsetMs: number;

  constructor() {
    this.name = 'clock';
    this.offsetMs = 0;
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
    return { offsetMs: this.offsetMs };
  }

  restore(state: unknown): void {
    this.offsetMs = (state as { offsetMs?: number }).offsetMs ?? 0;
  }
}
