/**
 * The CLI's rate limiter, backoff and progress bar, on a virtual clock: never more than 60
 * requests in a sliding minute, retries only what can succeed later (429, 5xx, dropped
 * connections) with growing waits, and a progress line with rate and time left that redraws on
 * a terminal and prints plain lines at each 10 % elsewhere.
 */
import { OutcomeUnknown, RateLimiter, retryable, statusOf, withRetry } from '../../admin/limiter';
import { Progress } from '../../admin/progress';
import { VirtualClock } from '../../emulator/rest/clock';

describe('rate limiter and backoff', () => {
  it('lets 60 requests through per sliding minute', async () => {
    const clock = new VirtualClock(0);
    const limiter = new RateLimiter(clock);
    for (let i = 0; i < 150; i++) await limiter.acquire();
    expect(limiter.started.slice(0, 60).every((t) => t === 0)).toBe(true);
    expect(limiter.started[60]).toBe(60_000);
    expect(limiter.started[120]).toBe(120_000);
    for (let i = 0; i + 60 < limiter.started.length; i++)
      expect(limiter.started[i + 60] - limiter.started[i]).toBeGreaterThanOrEqual(60_000);
  });

  it('retries 429 and 5xx with doubling waits, and never a 400', async () => {
    const clock = new VirtualClock(0);
    const limiter = new RateLimiter(clock);
    const waits: number[] = [];
    let calls = 0;
    const value = await withRetry(
      async () => {
        calls += 1;
        if (calls <= 3) throw Object.assign(new Error('x'), { status: calls === 1 ? 429 : 503 });
        return 'ok';
      },
      { clock, limiter, random: () => 0, onRetry: (r) => waits.push(r.waitMs) },
    );
    expect([value, calls, waits]).toEqual(['ok', 4, [1000, 2000, 4000]]);
    let bad = 0;
    await expect(
      withRetry(
        async () => {
          bad += 1;
          throw Object.assign(new Error('Unable to parse range'), { status: 400 });
        },
        { clock, limiter },
      ),
    ).rejects.toThrow('Unable to parse range');
    expect(bad).toBe(1);
    let always = 0;
    await expect(
      withRetry(
        async () => {
          always += 1;
          throw Object.assign(new Error('down'), { status: 503 });
        },
        { clock, limiter, attempts: 3, random: () => 0 },
      ),
    ).rejects.toThrow('down');
    expect(always).toBe(3);
  });
});

describe('dropped connections', () => {
  // What googleapis (gaxios over fetch) throws when the connection goes away: the code is two
  // causes down, under fetch's TypeError.
  const dropped = (code: string) =>
    Object.assign(new Error('fetch failed'), {
      code: undefined,
      status: undefined,
      cause: Object.assign(new TypeError('fetch failed'), {
        cause: Object.assign(new Error(`read ${code}`), { code }),
      }),
    });

  it('finds the code under the causes, and the HTTP status before it', () => {
    expect(statusOf(dropped('ECONNRESET'))).toBe('ECONNRESET');
    expect(statusOf(dropped('UND_ERR_SOCKET'))).toBe('UND_ERR_SOCKET');
    expect(statusOf({ response: { status: 503 }, cause: dropped('ECONNRESET') })).toBe(503);
    expect(statusOf(new Error('x'))).toBeUndefined();
    const loop: { cause?: unknown } = {};
    loop.cause = loop;
    expect(statusOf(loop)).toBeUndefined();
  });

  it('retries a dropped connection only for a request safe to repeat; a refused one always', () => {
    expect(retryable('ECONNRESET', true)).toBe(true);
    expect(retryable('UND_ERR_SOCKET', true)).toBe(true);
    expect(retryable('ECONNRESET', false)).toBe(false);
    expect(retryable('ECONNREFUSED', false)).toBe(true);
    expect(retryable('ENOTFOUND', true)).toBe(false);
    expect(retryable(400, true)).toBe(false);
    expect(retryable(429, false)).toBe(true);
  });

  it('repeats an idempotent request after a reset, and stops a non-idempotent one with a clear message', async () => {
    const clock = new VirtualClock(0);
    const limiter = new RateLimiter(clock);
    let calls = 0;
    const value = await withRetry(
      async () => {
        calls += 1;
        if (calls === 1) throw dropped('ECONNRESET');
        return 'ok';
      },
      { clock, limiter, random: () => 0 },
    );
    expect([value, calls, clock.now()]).toEqual(['ok', 2, 1000]);
    let appends = 0;
    const err = await withRetry(
      async () => {
        appends += 1;
        throw dropped('ECONNRESET');
      },
      { clock, limiter, idempotent: false, name: 'values.append' },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutcomeUnknown);
    expect(appends).toBe(1);
  });
});

describe('progress bar', () => {
  it('shows rows, rate and time left; redraws on a terminal, plain lines at each 10 % otherwise', () => {
    const clock = new VirtualClock(0);
    const plain: string[] = [];
    const p = new Progress(
      'Impor DTSEN',
      300_000,
      { write: (t) => plain.push(t), isTTY: false },
      clock,
    );
    for (let done = 0; done <= 300_000; done += 5000) {
      clock.advance(1000);
      p.update(done);
    }
    expect(plain).toHaveLength(11);
    expect(plain[5]).toBe(
      'Impor DTSEN [############------------] 50% 150.000/300.000 baris · 4.839 baris/detik · sisa 0:31\n',
    );
    const tty: string[] = [];
    const q = new Progress('Impor', 10, { write: (t) => tty.push(t), isTTY: true }, clock);
    q.update(3);
    q.finish();
    expect(tty[0].startsWith('\rImpor [')).toBe(true);
    expect(tty[tty.length - 1]).toBe('\n');
  });
});
