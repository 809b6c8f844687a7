/**
 * Staying inside the Sheets API quota (60 requests per minute per user) and surviving its
 * refusals: every request first waits for a slot in a sliding minute, and a 429 or 5xx answer
 * (or a dropped connection) is retried with exponential backoff and jitter, as Google asks
 * (https://developers.google.com/sheets/api/limits#exponential). Time comes from a `Clock`, so
 * tests run a ten-minute import in seconds.
 */
import type { Clock } from '../emulator/rest/clock';

export const REQUESTS_PER_MINUTE = 60;
const MINUTE = 60_000;

export class RateLimiter {
  private readonly times: number[] = [];
  /** Every request started: when. */
  readonly started: number[] = [];

  constructor(
    private readonly clock: Clock,
    readonly perMinute = REQUESTS_PER_MINUTE,
  ) {}

  /** Waits until one more request fits in the last minute, then counts it. */
  async acquire(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      while (this.times.length > 0 && now - this.times[0] >= MINUTE) this.times.shift();
      if (this.times.length < this.perMinute) {
        this.times.push(now);
        this.started.push(now);
        return;
      }
      await this.clock.sleep(this.times[0] + MINUTE - now);
    }
  }
}

export interface RetryOptions {
  clock: Clock;
  limiter: RateLimiter;
  /** Attempts in all (default 8). */
  attempts?: number;
  /** First wait in ms (default 1000), doubled each time, at most 64 s. */
  baseMs?: number;
  onRetry?: (info: { attempt: number; status: number | string; waitMs: number }) => void;
  random?: () => number;
}

/** The HTTP status of a googleapis error, or a network error code. */
export function statusOf(e: unknown): number | string | undefined {
  const err = e as { status?: number; code?: number | string; response?: { status?: number } };
  return err?.response?.status ?? err?.status ?? err?.code;
}

function retryable(status: number | string | undefined): boolean {
  if (typeof status === 'number') return status === 429 || status >= 500;
  return status === 'ECONNRESET' || status === 'ECONNREFUSED' || status === 'ETIMEDOUT';
}

/** Runs one API request inside the quota, retrying what may succeed later. */
export async function withRetry<T>(fn: () => Promise<T>, o: RetryOptions): Promise<T> {
  const attempts = o.attempts ?? 8;
  const base = o.baseMs ?? 1000;
  const random = o.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    await o.limiter.acquire();
    try {
      return await fn();
    } catch (e) {
      const status = statusOf(e);
      if (!retryable(status) || attempt >= attempts) throw e;
      const waitMs = Math.min(base * 2 ** (attempt - 1), 64_000) + Math.floor(random() * 1000);
      o.onRetry?.({ attempt, status: status ?? '?', waitMs });
      await o.clock.sleep(waitMs);
    }
  }
}
