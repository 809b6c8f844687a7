/**
 * `CacheService` and its `Cache`s (script, per-user, per-document), talking to the `cache`
 * backend. Values are converted to strings; expiry defaults to 600 s and is capped at 6 h;
 * `getDocumentCache()` is null outside a container document.
 */
import { guard } from '../../core/guard';
import type { FacadeContext } from '../context';

const S = 'CacheService';

function createCache(ctx: FacadeContext, scope: string): GoogleAppsScript.Cache.Cache {
  const cache = {
    get(key: string): string | null {
      ctx.charge(S, 'Cache.get', 'cache.get');
      return ctx.backend<string | null>('cache.get', scope, String(key));
    },
    getAll(keys: string[]): Record<string, string> {
      ctx.charge(S, 'Cache.getAll', 'cache.get');
      return ctx.backend<Record<string, string>>('cache.getAll', scope, keys.map(String));
    },
    put(key: string, value: unknown, expirationInSeconds?: number): void {
      ctx.charge(S, 'Cache.put', 'cache.put');
      ctx.backend('cache.put', scope, { [String(key)]: String(value) }, expirationInSeconds);
    },
    putAll(values: Record<string, unknown>, expirationInSeconds?: number): void {
      ctx.charge(S, 'Cache.putAll', 'cache.put');
      const strings: Record<string, string> = {};
      for (const [k, v] of Object.entries(values)) strings[k] = String(v);
      ctx.backend('cache.put', scope, strings, expirationInSeconds);
    },
    remove(key: string): void {
      ctx.charge(S, 'Cache.remove', 'cache.put');
      ctx.backend('cache.remove', scope, [String(key)]);
    },
    removeAll(keys: string[]): void {
      ctx.charge(S, 'Cache.removeAll', 'cache.put');
      ctx.backend('cache.remove', scope, keys.map(String));
    },
  };
  return guard(cache, 'Cache') as unknown as GoogleAppsScript.Cache.Cache;
}

export function createCacheService(ctx: FacadeContext): GoogleAppsScript.Cache.CacheService {
  const doc = ctx.options.activeSpreadsheetId;
  const service = {
    getScriptCache() {
      ctx.charge(S, 'CacheService.getScriptCache', 'local');
      return createCache(ctx, 'script');
    },
    getUserCache() {
      ctx.charge(S, 'CacheService.getUserCache', 'local');
      return createCache(ctx, 'user');
    },
    getDocumentCache() {
      ctx.charge(S, 'CacheService.getDocumentCache', 'local');
      return doc ? createCache(ctx, `document:${doc}`) : null;
    },
  };
  return guard(service, S) as unknown as GoogleAppsScript.Cache.CacheService;
}
