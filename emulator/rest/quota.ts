/**
 * The Sheets API's per-user quota as the stand-in enforces it: 60 read requests and 60 write
 * requests per minute per user (Google's default "Read/Write requests per minute per user"),
 * counted over a sliding minute. A request over the limit gets HTTP 429 with Google's error
 * body. Every accepted request is recorded, so tests and the benchmark can measure the busiest
 * minute.
 */
import type { Clock } from './clock';

export const SHEETS_PER_MINUTE = 60;
const MINUTE = 60_000;

export type QuotaMetric = 'read' | 'write';

export class SheetsQuota {
  private readonly recent = new Map<string, number[]>();
  /** Every accepted request: when, who, which metric. */
  readonly log: Array<{ at: number; user: string; metric: QuotaMetric }> = [];
  rejected = 0;

  constructor(
    private readonly clock: Clock,
    readonly perMinute = SHEETS_PER_MINUTE,
  ) {}

  /** Counts one request; false when the user is over the limit for this minute. */
  take(user: string, metric: QuotaMetric): boolean {
    const key = `${user}\u0000${metric}`;
    const now = this.clock.now();
    const times = (this.recent.get(key) ?? []).filter((t) => now - t < MINUTE);
    if (times.length >= this.perMinute) {
      this.recent.set(key, times);
      this.rejected += 1;
      return false;
    }
    times.push(now);
    this.recent.set(key, times);
    this.log.push({ at: now, user, metric });
    return true;
  }

  /** The most requests of one user and metric inside any 60-second window. */
  busiestMinute(): number {
    let best = 0;
    const byKey = new Map<string, number[]>();
    for (const e of this.log) {
      const key = `${e.user}\u0000${e.metric}`;
      byKey.set(key, [...(byKey.get(key) ?? []), e.at]);
    }
    for (const times of byKey.values()) {
      let start = 0;
      for (let end = 0; end < times.length; end++) {
        while (times[end] - times[start] >= MINUTE) start++;
        best = Math.max(best, end - start + 1);
      }
    }
    return best;
  }
}

/** Google's body for a request over the per-minute quota. */
export function quotaErrorBody(metric: QuotaMetric): unknown {
  const name = metric === 'read' ? 'Read requests' : 'Write requests';
  const message =
    `Quota exceeded for quota metric '${name}' and limit '${name} per minute per user' of ` +
    `service 'sheets.googleapis.com' for consumer 'project_number:000000000000'.`;
  return {
    error: {
      code: 429,
      message,
      errors: [{ message, domain: 'global', reason: 'rateLimitExceeded' }],
      status: 'RESOURCE_EXHAUSTED',
    },
  };
}
