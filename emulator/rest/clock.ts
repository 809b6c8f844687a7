/**
 * Time for the REST stand-in's quota and the admin CLI's rate limiter: real time, or a virtual
 * clock that tests and benchmarks share between both sides, so a job that Google would spread
 * over ten minutes runs in seconds while its requests per minute are still measured in the time
 * the quota sees.
 */

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Waits `ms` (a virtual clock moves forward at once). */
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** A clock that only moves when someone sleeps (or `advance` is called). */
export class VirtualClock implements Clock {
  private ms: number;

  constructor(start = Date.UTC(2026, 0, 5, 1, 0, 0)) {
    this.ms = start;
  }

  now(): number {
    return this.ms;
  }

  advance(ms: number): void {
    this.ms += Math.max(0, ms);
  }

  sleep(ms: number): Promise<void> {
    this.advance(ms);
    return Promise.resolve();
  }
}
