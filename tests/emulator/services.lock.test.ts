/**
 * LockService in one thread (modeled waits). Looked up: Google's Lock reference — tryLock
 * returns false if the lock could not be acquired in time; waitLock throws "Lock timeout:
 * another process was holding the lock for too long."; getDocumentLock returns null when the
 * script is not bound to a document; locks are released when the execution ends. Real
 * contention between executions running at once is tested in runtime.concurrent.test.ts.
 */
import type { LocksBackend } from '../../emulator/backend/locks';
import { LOCK_TIMEOUT } from '../../emulator/gas/services/lock';
import { open, serviceWorld } from './servicesHarness';

describe('LockService (modeled)', () => {
  test('an uncontended tryLock succeeds, hasLock is true, releaseLock frees it', () => {
    const w = serviceWorld();
    const a = open(w);
    const lock = a.g.LockService.getScriptLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    expect(w.module<LocksBackend>('locks').holder('script')).toBeNull();
    a.end();
  });

  test('tryLock returns false while another execution holds the script lock', () => {
    const w = serviceWorld();
    const a = open(w);
    const b = open(w);
    expect(a.g.LockService.getScriptLock().tryLock(100)).toBe(true);
    expect(b.g.LockService.getScriptLock().tryLock(3000)).toBe(false);
    // the failed wait is modeled: the execution spent its timeout
    expect(b.ctx.ledger.summary().byMethod['Lock.wait'].ms).toBe(3000);
    a.end();
    b.end();
  });

  test('waitLock throws the exact Apps Script message on timeout', () => {
    const w = serviceWorld();
    const a = open(w);
    const b = open(w);
    a.g.LockService.getScriptLock().waitLock(100);
    expect(() => b.g.LockService.getScriptLock().waitLock(100)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(LOCK_TIMEOUT).toBe('Lock timeout: another process was holding the lock for too long.');
    a.end();
    b.end();
  });

  test('locks are released when the execution ends', () => {
    const w = serviceWorld();
    const a = open(w);
    const b = open(w);
    a.g.LockService.getScriptLock().waitLock(100);
    a.end(); // never released explicitly
    expect(b.g.LockService.getScriptLock().tryLock(0)).toBe(true);
    b.end();
  });

  test('a lock is re-entrant within one execution', () => {
    const w = serviceWorld();
    const a = open(w);
    expect(a.g.LockService.getScriptLock().tryLock(0)).toBe(true);
    expect(a.g.LockService.getScriptLock().tryLock(0)).toBe(true);
    a.end();
  });

  test('getDocumentLock is null without a container and separate per document', () => {
    const w = serviceWorld();
    const none = open(w);
    expect(none.g.LockService.getDocumentLock()).toBeNull();
    const a = open(w, { activeSpreadsheetId: 'ss1' });
    const b = open(w, { activeSpreadsheetId: 'ss2' });
    const c = open(w, { activeSpreadsheetId: 'ss1' });
    expect(a.g.LockService.getDocumentLock()?.tryLock(0)).toBe(true);
    expect(b.g.LockService.getDocumentLock()?.tryLock(0)).toBe(true);
    expect(c.g.LockService.getDocumentLock()?.tryLock(0)).toBe(false);
    // the document lock does not block the script lock
    expect(c.g.LockService.getScriptLock().tryLock(0)).toBe(true);
    [none, a, b, c].forEach((x) => x.end());
  });

  test('user locks are per user', () => {
    const w = serviceWorld();
    const a = open(w, { user: 'a@x.id' });
    const a2 = open(w, { user: 'a@x.id' });
    const b = open(w, { user: 'b@x.id' });
    expect(a.g.LockService.getUserLock().tryLock(0)).toBe(true);
    expect(a2.g.LockService.getUserLock().tryLock(0)).toBe(false);
    expect(b.g.LockService.getUserLock().tryLock(0)).toBe(true);
    [a, a2, b].forEach((x) => x.end());
  });

  test('an injected fault on tryLock leaves the lock free', () => {
    const w = serviceWorld();
    const a = open(w, { faults: [{ target: 'Lock.tryLock', at: 1 }] });
    expect(() => a.g.LockService.getScriptLock().tryLock(10)).toThrow('injected fault');
    expect(w.module<LocksBackend>('locks').holder('script')).toBeNull();
    a.end();
  });
});
