/**
 * The small ports of `src/app/ports.ts` on Apps Script services: the clock, the user at the
 * keyboard, and the script lock.
 */
import type { Clock, CurrentUser, Mutex } from '../app/ports';
import { RegisterError } from '../app/register/errors';

/** How long a user waits for another user's write before being told to retry. */
const LOCK_WAIT_MS = 20000;

export const systemClock: Clock = {
  now: () => new Date().toISOString(),
};

export const sessionUser: CurrentUser = {
  // getActiveUser() may be '' (consumer accounts outside the domain, simple triggers).
  email: () =>
    String(Session.getActiveUser().getEmail() || '')
      .trim()
      .toLowerCase(),
};

/**
 * Who the script runs as: the user at the keyboard for a menu or sidebar call, the owner of the
 * trigger for a trigger's run (where the active user may be empty).
 */
export const effectiveUser: CurrentUser = {
  email: () =>
    String(Session.getEffectiveUser().getEmail() || '')
      .trim()
      .toLowerCase(),
};

/** The script lock: serialises every writer of the register; commits before releasing. */
export const scriptLock: Mutex = {
  withLock<T>(work: () => T): T {
    const lock = LockService.getScriptLock();
    if (!lock.tryLock(LOCK_WAIT_MS)) {
      throw new RegisterError(
        'Register sedang dipakai oleh pengguna lain. Mohon tunggu sebentar, lalu ulangi.',
      );
    }
    try {
      const result = work();
      SpreadsheetApp.flush();
      return result;
    } finally {
      lock.releaseLock();
    }
  },
};

/** Where "Siapkan register" records the register's ID, for the web app (which has no container). */
export const REGISTER_ID_KEY = 'wrse.registerId';

/** The register this script is bound to (in the web app: the one set up, by its recorded ID). */
export function activeRegister(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (spreadsheet) return spreadsheet;
  const id = PropertiesService.getScriptProperties().getProperty(REGISTER_ID_KEY);
  if (id) return SpreadsheetApp.openById(id);
  throw new RegisterError('Skrip ini harus dijalankan dari spreadsheet register WRSE.');
}

/** A script property holding JSON (progress of a batch), or null when unset or unreadable. */
export function readJsonProperty<T>(key: string): T | null {
  const text = PropertiesService.getScriptProperties().getProperty(key);
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}
