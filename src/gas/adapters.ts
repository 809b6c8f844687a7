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

/** The office's time zone (WIB) and Sheets' locale code for Indonesia (File › Settings). */
export const OFFICE_TIME_ZONE = 'Asia/Jakarta';
export const OFFICE_LOCALE = 'in_ID';

/**
 * Sets `spreadsheet` to the office's time zone and locale where it differs, and says what it
 * changed (Indonesian, for the Admin; empty when nothing). A new spreadsheet takes its
 * creator's settings (a laptop set to another zone or to English), and then a typed 05/06/2026
 * is read as May 6 and a date written by the script shows a day off: so every spreadsheet the
 * add-on makes or writes dates into is set first. The locale may read back as `id_ID` too.
 */
export function ensureOfficeZone(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  const changed: string[] = [];
  const zone = spreadsheet.getSpreadsheetTimeZone();
  if (zone !== OFFICE_TIME_ZONE) {
    spreadsheet.setSpreadsheetTimeZone(OFFICE_TIME_ZONE);
    changed.push(`zona waktu ${zone} menjadi ${OFFICE_TIME_ZONE} (WIB)`);
  }
  const locale = spreadsheet.getSpreadsheetLocale();
  if (!/^(in|id)_ID$/.test(locale)) {
    spreadsheet.setSpreadsheetLocale(OFFICE_LOCALE);
    changed.push(`lokal ${locale} menjadi Indonesia (${OFFICE_LOCALE})`);
  }
  return changed;
}

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
