/**
 * Staying inside the Sheets API quota (60 requests per minute per user) and surviving its
 * refusals: every request first waits for a slot in a sliding minute, and a 429 or 5xx answer,
 * a connection that could not be made, or a dropped connection on a request safe to repeat is
 * retried with exponential backoff and jitter, as Google asks
 * (https://developers.google.com/sheets/api/limits#exponential). Which requests are safe to
 * repeat follows the client library's own rule (gaxios retries GET, HEAD, PUT, OPTIONS and
 * DELETE), plus the POSTs that write fixed values to fixed places (`values.batchUpdate`,
 * `values.clear`): an append, a create, a copy or a structural batchUpdate sent twice would
 * act twice. Time comes from a `Clock`, so
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

/**
 * The HTTP status of a googleapis error, or the code of the network error under it. With the
 * fetch implementation a dropped connection reaches us as a `GaxiosError` whose `cause` is
 * fetch's `TypeError('fetch failed')`, whose `cause` is undici's socket error
 * (`UND_ERR_SOCKET`, "other side closed") or the system error (`ECONNRESET`, "read
 * ECONNRESET"): the code sits two `cause`s down, so every level is looked at.
 */
export function statusOf(e: unknown): number | string | undefined {
  const seen = new Set<unknown>();
  for (let cur = e; cur && typeof cur === 'object' && !seen.has(cur);) {
    seen.add(cur);
    const err = cur as {
      status?: unknown;
      code?: unknown;
      response?: { status?: unknown };
      cause?: unknown;
    };
    const status = err.response?.status ?? err.status;
    if (typeof status === 'number') return status;
    if (typeof err.code === 'number') return err.code;
    if (typeof err.code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(err.code)) return err.code;
    cur = err.cause;
  }
  return undefined;
}

/**
 * Network errors in which the connection went away before an answer came. The request may or
 * may not have reached Google, so only a request that is safe to send twice is retried.
 */
const DROPPED = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);
/** Network errors in which no connection was made: the request was never sent. */
const NOT_SENT = new Set([
  'ECONNREFUSED',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Whether a failure may succeed later, given whether the request is safe to repeat. */
export function retryable(status: number | string | undefined, idempotent = true): boolean {
  if (typeof status === 'number') return status === 429 || status >= 500;
  if (status === undefined) return false;
  if (NOT_SENT.has(status)) return true;
  return idempotent && DROPPED.has(status);
}

/** A dropped connection on a request that is not safe to repeat: its outcome is unknown. */
export class OutcomeUnknown extends Error {
  constructor(
    readonly request: string,
    readonly code: string,
  ) {
    super(
      `Koneksi terputus (${code}) sebelum jawaban atas permintaan ${request} diterima, sehingga ` +
        'tidak diketahui apakah permintaan itu sudah dijalankan Google. Permintaan ini tidak ' +
        'diulang otomatis agar tidak tercatat dua kali: periksa register, lalu jalankan perintah ' +
        'yang sama sekali lagi (perintah ini aman diulang).',
    );
  }
}

/**
 * Runs one API request inside the quota, retrying what may succeed later: 429 and 5xx answers,
 * a connection that could not be made, and — for a request that is safe to send twice
 * (`idempotent`, the default) — a connection dropped before the answer. A non-idempotent
 * request whose connection dropped ends in `OutcomeUnknown`.
 */
export async function withRetry<T>(
  fn: () => Promise<T>,
  o: RetryOptions & { idempotent?: boolean; name?: string },
): Promise<T> {
  const attempts = o.attempts ?? 8;
  const base = o.baseMs ?? 1000;
  const random = o.random ?? Math.random;
  const idempotent = o.idempotent ?? true;
  for (let attempt = 1; ; attempt++) {
    await o.limiter.acquire();
    try {
      return await fn();
    } catch (e) {
      const status = statusOf(e);
      if (!retryable(status, idempotent) || attempt >= attempts) {
        if (typeof status === 'string' && DROPPED.has(status) && !idempotent)
          throw new OutcomeUnknown(o.name ?? 'ini', status);
        throw e;
      }
      const waitMs = Math.min(base * 2 ** (attempt - 1), 64_000) + Math.floor(random() * 1000);
      o.onRetry?.({ attempt, status: status ?? '?', waitMs });
      await o.clock.sleep(waitMs);
    }
  }
}
