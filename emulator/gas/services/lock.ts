/**
 * `LockService` and `Lock`: the script lock (all users of the script), the document lock (per
 * container document; null without one) and the user lock. Acquisition polls the `locks`
 * backend; with real time it retries until the timeout, otherwise a lock held by another open
 * execution models the full wait and fails. `waitLock` throws Apps Script's exact message.
 */
import { guard } from '../../core/guard';
import type { FacadeContext } from '../context';
import { blockFor } from './wait';

const S = 'LockService';
/** Apps Script's message when `waitLock` times out. */
export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';
/** How often a waiting execution asks again, in real milliseconds. */
const POLL_MS = 5;

/** Tries to take `key` within `timeoutMs`; true if this execution now holds it. */
function acquire(ctx: FacadeContext, key: string, timeoutMs: number): boolean {
  if (ctx.backend<boolean>('locks.tryAcquire', key)) return true;
  const timeout = Math.max(0, Number(timeoutMs) || 0);
  if (!ctx.options.realTime) {
    ctx.ledger.addWait(S, 'Lock.wait', timeout);
    return false;
  }
  // The time really waited also moves the execution's clock (the ledger).
  for (let waited = 0; waited < timeout; waited += POLL_MS) {
    const step = Math.min(POLL_MS, timeout - waited);
    blockFor(step);
    ctx.ledger.addWait(S, 'Lock.wait', step);
    if (ctx.backend<boolean>('locks.tryAcquire', key)) return true;
  }
  return false;
}

function createLock(ctx: FacadeContext, key: string): GoogleAppsScript.Lock.Lock {
  const lock = {
    tryLock(timeoutInMillis: number): boolean {
      ctx.charge(S, 'Lock.tryLock', 'lock');
      return acquire(ctx, key, timeoutInMillis);
    },
    waitLock(timeoutInMillis: number): void {
      ctx.charge(S, 'Lock.waitLock', 'lock');
      if (!acquire(ctx, key, timeoutInMillis)) throw new Error(LOCK_TIMEOUT);
    },
    hasLock(): boolean {
      ctx.charge(S, 'Lock.hasLock', 'local');
      return ctx.backend<boolean>('locks.has', key);
    },
    releaseLock(): void {
      ctx.charge(S, 'Lock.releaseLock', 'lock');
      ctx.backend('locks.release', key);
    },
  };
  return guard(lock, 'Lock') as unknown as GoogleAppsScript.Lock.Lock;
}

export function createLockService(ctx: FacadeContext): GoogleAppsScript.Lock.LockService {
  const doc = ctx.options.activeSpreadsheetId;
  const service = {
    getScriptLock() {
      ctx.charge(S, 'LockService.getScriptLock', 'local');
      return createLock(ctx, 'script');
    },
    getDocumentLock() {
      ctx.charge(S, 'LockService.getDocumentLock', 'local');
      return doc ? createLock(ctx, `document:${doc}`) : null;
    },
    getUserLock() {
      ctx.charge(S, 'LockService.getUserLock', 'local');
      return createLock(ctx, `user:${ctx.options.user}`);
    },
  };
  return guard(service, S) as unknown as GoogleAppsScript.Lock.LockService;
}
