/**
 * CacheService: expiry on the backend clock, limits and errors. Looked up: Google's Cache
 * reference (get → null when missing; getAll returns only the keys found; expiry max 21,600 s;
 * key ≤ 250 chars, value ≤ 100 KB, 1,000 items), live errors "Argument too large: key" and
 * "Argument too large: value" (Eloise1988/COINGECKO#13, joseballester/muFunds#13), J. Poehnelt
 * "Exploring Apps Script CacheService limits" (types coerced to strings, FIFO eviction of ~10 %).
 */
import type { ClockBackend } from '../../emulator/backend/clock';
import { run, serviceWorld } from './servicesHarness';

function clock(w: ReturnType<typeof serviceWorld>): ClockBackend {
  return w.module<ClockBackend>('clock');
}

describe('CacheService', () => {
  test('an entry lives 600 seconds by default', () => {
    const w = serviceWorld();
    run(w, (g) => g.CacheService.getScriptCache().put('idx', 'v'));
    clock(w).advance(599_000);
    expect(run(w, (g) => g.CacheService.getScriptCache().get('idx'))).toBe('v');
    clock(w).advance(2_000);
    expect(run(w, (g) => g.CacheService.getScriptCache().get('idx'))).toBeNull();
  });

  test('an explicit expiration is honoured', () => {
    const w = serviceWorld();
    run(w, (g) => g.CacheService.getScriptCache().put('k', 'v', 5));
    clock(w).advance(4_000);
    expect(run(w, (g) => g.CacheService.getScriptCache().get('k'))).toBe('v');
    clock(w).advance(1_500);
    expect(run(w, (g) => g.CacheService.getScriptCache().get('k'))).toBeNull();
  });

  test('an expiration over 21,600 seconds lives at most 6 hours', () => {
    const w = serviceWorld();
    run(w, (g) => g.CacheService.getScriptCache().put('k', 'v', 100_000));
    clock(w).advance(21_599_000);
    expect(run(w, (g) => g.CacheService.getScriptCache().get('k'))).toBe('v');
    clock(w).advance(2_000);
    expect(run(w, (g) => g.CacheService.getScriptCache().get('k'))).toBeNull();
  });

  test('getAll returns only the keys found; putAll, remove and removeAll', () => {
    const w = serviceWorld();
    run(w, (g) => {
      const c = g.CacheService.getScriptCache();
      c.putAll({ a: '1', b: '2', c: '3' });
      expect(c.getAll(['a', 'b', 'missing'])).toEqual({ a: '1', b: '2' });
      c.remove('a');
      c.removeAll(['b']);
      expect(c.getAll(['a', 'b', 'c'])).toEqual({ c: '3' });
    });
  });

  test('values are converted to strings', () => {
    const w = serviceWorld();
    run(w, (g) => {
      const c = g.CacheService.getScriptCache();
      c.put('n', 12 as unknown as string);
      expect(c.get('n')).toBe('12');
    });
  });

  test('a key over 250 characters throws "Argument too large: key"', () => {
    const w = serviceWorld();
    run(w, (g) => {
      const c = g.CacheService.getScriptCache();
      expect(() => c.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
      expect(() => c.get('k'.repeat(251))).toThrow('Argument too large: key');
      expect(() => c.put('k'.repeat(250), 'v')).not.toThrow();
    });
  });

  test('a value over 100 KB throws "Argument too large: value"', () => {
    const w = serviceWorld();
    run(w, (g) => {
      const c = g.CacheService.getScriptCache();
      expect(() => c.put('k', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
      expect(c.get('k')).toBeNull();
      expect(() => c.put('k', 'x'.repeat(100 * 1024))).not.toThrow();
    });
  });

  test('user caches are per user; the document cache is null without a container', () => {
    const w = serviceWorld();
    run(w, (g) => g.CacheService.getUserCache().put('k', 'mine'), { user: 'a@x.id' });
    expect(run(w, (g) => g.CacheService.getUserCache().get('k'), { user: 'b@x.id' })).toBeNull();
    expect(run(w, (g) => g.CacheService.getDocumentCache())).toBeNull();
    expect(
      run(w, (g) => g.CacheService.getDocumentCache() !== null, { activeSpreadsheetId: 's' }),
    ).toBe(true);
  });

  test('a cache holds at most 1,000 entries and evicts the oldest first', () => {
    const w = serviceWorld();
    run(w, (g) => {
      const c = g.CacheService.getScriptCache();
      for (let i = 0; i < 1001; i++) c.put(`k${i}`, String(i));
      expect(c.get('k0')).toBeNull();
      expect(c.get('k1000')).toBe('1000');
      expect(c.get('k500')).toBe('500');
    });
  });

  test('get is cheap (3 ms) and put is dear (90 ms) in the cost model', () => {
    const w = serviceWorld();
    const s = run(w, (g, x) => {
      const c = g.CacheService.getScriptCache();
      c.put('a', '1');
      c.get('a');
      return x.ctx.ledger.summary();
    });
    expect(s.byMethod['Cache.get'].ms).toBe(3);
    expect(s.byMethod['Cache.put'].ms).toBe(90);
  });
});
