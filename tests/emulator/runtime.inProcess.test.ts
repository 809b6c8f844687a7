/**
 * In-process executions (`runInProcess`, `openExecution`): the execution always ends —
 * commit, then locks released — even when the function throws; what was written before the
 * error stays (platform.md "no transactions").
 */
import { createWorld } from '../../emulator/backend';
import type { LocksBackend } from '../../emulator/backend/locks';
import type { PropertiesBackend } from '../../emulator/backend/properties';
import { openExecution, runInProcess } from '../../emulator/runtime';

type G = {
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
};

describe('runInProcess', () => {
  test('returns the value and the ledger with the execution start', () => {
    const r = runInProcess(createWorld(), { user: 'a@x.id' }, (g) =>
      (g as G).PropertiesService.getScriptProperties().getKeys(),
    );
    expect(r.value).toEqual([]);
    expect(r.error).toBeNull();
    expect(r.ledger.byMethod['execution.start'].ms).toBe(500);
    expect(r.ledger.calls).toBe(2);
  });

  test('an error is returned, not thrown; writes before it stay and locks are released', () => {
    const w = createWorld();
    const r = runInProcess(w, {}, (g) => {
      const { PropertiesService, LockService } = g as G;
      LockService.getScriptLock().waitLock(10);
      PropertiesService.getScriptProperties().setProperty('n', '1');
      throw new Error('gagal');
    });
    expect(r.error?.message).toBe('gagal');
    expect(w.module<PropertiesBackend>('properties').read('script')).toEqual({ n: '1' });
    expect(w.module<LocksBackend>('locks').holder('script')).toBeNull();
  });

  test('end hooks (pending commits) run even when the function throws', () => {
    const w = createWorld();
    const x = openExecution(w);
    let committed = false;
    x.ctx.onEnd(() => {
      committed = true;
    });
    x.end();
    expect(committed).toBe(true);
  });

  test('two open executions contend for the script lock (modeled)', () => {
    const w = createWorld();
    const a = openExecution(w);
    const b = openExecution(w);
    expect((a.globals as G).LockService.getScriptLock().tryLock(10)).toBe(true);
    expect((b.globals as G).LockService.getScriptLock().tryLock(10)).toBe(false);
    a.end();
    expect((b.globals as G).LockService.getScriptLock().tryLock(10)).toBe(true);
    b.end();
  });
});
