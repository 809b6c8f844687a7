/**
 * CacheService on Google's side: the script cache, one user cache per e-mail and one document
 * cache per document. Entries expire on the backend clock (default 600 s, at most 21,600 s);
 * a cache holds at most 1,000 entries and evicts the oldest tenth when full (first in, first
 * out, as measured on live projects). Keys over 250 characters and values over 100 KB throw
 * Apps Script's "Argument too large" errors.
 */
import type { ClockBackend } from './clock';
import type { BackendModule, CallContext } from './world';

export const CACHE_KEY_MAX_CHARS = 250;
export const CACHE_VALUE_MAX_BYTES = 100 * 1024;
export const CACHE_DEFAULT_SECONDS = 600;
export const CACHE_MAX_SECONDS = 21600;
export const CACHE_MAX_ENTRIES = 1000;

interface Entry {
  value: string;
  expiresAt: number;
  createdAt: number;
}

type Cache = Record<string, Entry>;

export class CacheBackend implements BackendModule {
  readonly name: string;
  private caches: Record<string, Cache>;
  private sequence: number;

  constructor(private readonly clock: ClockBackend) {
    this.name = 'cache';
    this.caches = {};
    this.sequence = 0;
  }

  private cacheOf(scope: string, ctx: CallContext): Cache {
    const key = scope === 'user' ? `user:${ctx.user}` : scope;
    return (this.caches[key] ??= {});
  }

  /** The live value of `key`, or null (expired entries are dropped). */
  private get(cache: Cache, key: string): string | null {
    checkKey(key);
    const e = cache[key];
    if (!e) return null;
    if (e.expiresAt <= this.clock.now()) {
      delete cache[key];
      return null;
    }
    return e.value;
  }

  handle(op: string, args: unknown[], ctx: CallContext): unknown {
    const cache = this.cacheOf(String(args[0]), ctx);
    switch (op) {
      case 'get':
        return this.get(cache, String(args[1]));
      case 'getAll': {
        const out: Record<string, string> = {};
        for (const k of args[1] as string[]) {
          const v = this.get(cache, k);
          if (v !== null) out[k] = v;
        }
        return out;
      }
      case 'put':
        return this.put(cache, args[1] as Record<string, string>, args[2] as number | null);
      case 'remove':
        for (const k of args[1] as string[]) {
          checkKey(k);
          delete cache[k];
        }
        return;
      default:
        throw new Error(`Apps Script emulation: cache.${op} is not an operation.`);
    }
  }

  private put(cache: Cache, values: Record<string, string>, seconds: number | null): void {
    for (const [k, v] of Object.entries(values)) {
      checkKey(k);
      if (Buffer.byteLength(v, 'utf8') > CACHE_VALUE_MAX_BYTES) {
        throw new Error('Argument too large: value');
      }
    }
    // ⚠ Live projects: an expiration over 6 h is not refused; the entry lives at most 6 h.
    const s = Math.min(seconds ?? CACHE_DEFAULT_SECONDS, CACHE_MAX_SECONDS);
    const now = this.clock.now();
    for (const [k, v] of Object.entries(values)) {
      delete cache[k];
      cache[k] = { value: v, expiresAt: now + s * 1000, createdAt: this.sequence++ };
      if (Object.keys(cache).length > CACHE_MAX_ENTRIES) evictOldest(cache);
    }
  }

  snapshot(): unknown {
    return { caches: JSON.parse(JSON.stringify(this.caches)), sequence: this.sequence };
  }

  restore(state: unknown): void {
    const s = state as { caches?: Record<string, Cache>; sequence?: number };
    this.caches = JSON.parse(JSON.stringify(s.caches ?? {}));
    this.sequence = s.sequence ?? 0;
  }
}

function checkKey(key: string): void {
  if (key.length > CACHE_KEY_MAX_CHARS) throw new Error('Argument too large: key');
}

/** Drops the oldest 10 % of the entries (first in, first out). */
function evictOldest(cache: Cache): void {
  const byAge = Object.keys(cache).sort((a, b) => cache[a].createdAt - cache[b].createdAt);
  for (const k of byAge.slice(0, Math.ceil(CACHE_MAX_ENTRIES / 10))) delete cache[k];
}
