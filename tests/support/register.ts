/**
 * Test helpers: a fresh emulated world with an empty master register, the shipped bundle, and
 * ways to run an entry as a user and to look at (or edit, as staff would by hand) the sheets.
 */
import * as path from 'path';
import { createWorld, type World } from '../../emulator/backend';
import {
  loadBundle,
  runEntry,
  runInProcess,
  type Bundle,
  type RunOptions,
} from '../../emulator/runtime';

export const ADMIN = 'admin@dinsos.example.go.id';
export const STAFF = 'staf@dinsos.example.go.id';

let cachedBundle: Bundle | null = null;

/** The built bundle (`npm test` builds before jest runs). */
export function bundle(): Bundle {
  cachedBundle ??= loadBundle(path.resolve(__dirname, '../../dist'));
  return cachedBundle;
}

type Sheets = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export interface TestRegister {
  world: World;
  id: string;
  /** Runs one top-level function of Code.js as `user`, like a menu click or sidebar call. */
  run<T = unknown>(
    entry: string,
    user?: string,
    args?: unknown[],
    options?: RunOptions,
  ): ReturnType<typeof runEntry<T>>;
  /** Runs code against the register in-process (as a staff member editing by hand). */
  withSheets<T>(
    fn: (ss: GoogleAppsScript.Spreadsheet.Spreadsheet, app: Sheets) => T,
    user?: string,
  ): T;
  /** Every value of a tab, header included. */
  values(tab: string): unknown[][];
}

/**
 * Runs `fn` with the execution's Apps Script globals installed on `globalThis`, so that
 * `src/gas` code can run in-process as it runs in Apps Script; restores them afterwards.
 */
export function withGlobals<T>(globals: Record<string, unknown>, fn: () => T): T {
  const target = globalThis as Record<string, unknown>;
  const saved = Object.keys(globals).map(
    (k) => [k, Object.getOwnPropertyDescriptor(target, k)] as const,
  );
  Object.assign(target, globals);
  try {
    return fn();
  } finally {
    for (const [k, d] of saved) {
      if (d) Object.defineProperty(target, k, d);
      else delete target[k];
    }
  }
}

/** A world with one empty spreadsheet (the master register), owned by the admin. */
export function newRegister(name = 'Register WRSE (uji)'): TestRegister {
  const world = createWorld();
  const created = runInProcess(world, { user: ADMIN }, (g) =>
    (g.SpreadsheetApp as Sheets).create(name).getId(),
  );
  if (created.error) throw created.error;
  const id = created.value as string;
  const register: TestRegister = {
    world,
    id,
    run(entry, user = ADMIN, args = [], options = {}) {
      return runEntry(world, bundle(), entry, args, { user, activeSpreadsheetId: id, ...options });
    },
    withSheets(fn, user = ADMIN) {
      const r = runInProcess(world, { user, activeSpreadsheetId: id }, (g) =>
        withGlobals(g, () => {
          const app = g.SpreadsheetApp as Sheets;
          return fn(app.openById(id), app);
        }),
      );
      if (r.error) throw r.error;
      return r.value as ReturnType<typeof fn>;
    },
    values(tab) {
      return register.withSheets((ss) => {
        const sheet = ss.getSheetByName(tab);
        if (!sheet) throw new Error(`no tab ${tab}`);
        return sheet.getDataRange().getValues();
      });
    },
  };
  return register;
}
