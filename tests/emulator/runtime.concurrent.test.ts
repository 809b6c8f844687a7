/**
 * Executions running AT THE SAME TIME in worker threads against one world, with real lock
 * contention (`runConcurrent`). Looked up: Google's LockService guide — the script lock
 * serialises every execution of the script; tryLock returns false when the lock is not free in
 * time; waitLock throws "Lock timeout: another process was holding the lock for too long.".
 */
import { createWorld } from '../../emulator/backend';
import type { PropertiesBackend } from '../../emulator/backend/properties';
import { bundleFromSource, runConcurrent } from '../../emulator/runtime';
import { FIXTURE } from './runtimeFixture';

const bundle = bundleFromSource(FIXTURE);
const counter = (w: ReturnType<typeof createWorld>) =>
  Number(w.module<PropertiesBackend>('properties').read('script').counter);

describe('runConcurrent', () => {
  test('20 increments under the script lock give exactly 20', async () => {
    const w = createWorld();
    const calls = Array.from({ length: 20 }, (_, i) => ({
      entry: 'incrementLocked',
      args: [30],
      options: { user: `u${i}@x.id` },
    }));
    const results = await runConcurrent(w, bundle, calls);
    expect(results.map((r) => r.error)).toEqual(calls.map(() => null));
    expect(counter(w)).toBe(20);
  });

  test('20 increments without a lock lose updates', async () => {
    const w = createWorld();
    const calls = Array.from({ length: 20 }, () => ({ entry: 'incrementUnlocked', args: [300] }));
    const results = await runConcurrent(w, FIXTURE, calls);
    expect(results.every((r) => r.error === null)).toBe(true);
    expect(counter(w)).toBeLessThan(20);
  });

  test('tryLock(100) returns false, after really waiting, while another holds the lock', async () => {
    const w = createWorld();
    const [holder, contender] = await runConcurrent(w, bundle, [
      { entry: 'holdScriptLock', args: [0, true] },
      { entry: 'tryScriptLock', args: [100] },
    ]);
    expect(holder.value).toBe('held');
    const c = contender.value as { got: boolean; waited: number };
    expect(c.got).toBe(false);
    expect(c.waited).toBeGreaterThanOrEqual(95);
  });

  test('waitLock throws the exact message when the holder keeps the lock too long', async () => {
    const w = createWorld();
    const [, contender] = await runConcurrent(w, bundle, [
      { entry: 'holdScriptLock', args: [0, true] },
      { entry: 'waitScriptLock', args: [100] },
    ]);
    expect(contender.error?.message).toBe(
      'Lock timeout: another process was holding the lock for too long.',
    );
  });

  test('waitLock gets the lock once the holder ends', async () => {
    const w = createWorld();
    const [, contender] = await runConcurrent(w, bundle, [
      { entry: 'holdScriptLock', args: [200, false] },
      { entry: 'waitScriptLock', args: [60000] },
    ]);
    expect(contender.error).toBeNull();
    expect(contender.value).toBe('got it');
  });

  test('executions really overlap: two that each wait for the other both meet', async () => {
    const w = createWorld();
    // Run one after the other, each would wait its 60 s out and return false: no clock is read.
    const results = await runConcurrent(w, bundle, [
      { entry: 'meet', args: ['a', 'b'] },
      { entry: 'meet', args: ['b', 'a'] },
    ]);
    expect(results.map((r) => [r.error, r.value])).toEqual([
      [null, true],
      [null, true],
    ]);
  });

  test("results come back in call order with each execution's user", async () => {
    const w = createWorld();
    const results = await runConcurrent(w, bundle, [
      { entry: 'whoAmI', options: { user: 'a@x.id' } },
      { entry: 'whoAmI', options: { user: '' } },
      { entry: 'whoAmI', options: { user: 'c@x.id' } },
    ]);
    expect(results.map((r) => r.value)).toEqual(['a@x.id', '', 'c@x.id']);
  });
});
