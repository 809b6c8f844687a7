/**
 * Test harness for the SpreadsheetApp emulation: an in-process world with one register
 * spreadsheet (owner `pemilik@example.go.id`, editor `staf@example.go.id`, tab `Data`) and
 * executions built the way the runtime builds them (`createExecution`).
 */
import { createWorld } from '../../emulator/backend';
import type { SheetsBackend } from '../../emulator/backend/sheets';
import type { World } from '../../emulator/backend/world';
import type { FaultSpec } from '../../emulator/core/ledger';
import { createExecution } from '../../emulator/gas';
import type { FacadeContext } from '../../emulator/gas/context';

export const OWNER = 'pemilik@example.go.id';
export const STAF = 'staf@example.go.id';

export interface Fixture {
  world: World;
  sheets: SheetsBackend;
  ssId: string;
}

/**
 * A world holding one spreadsheet with a `Data` tab (1000 × 26), set (as the office's register
 * is) to Asia/Jakarta and the Indonesian locale: a new spreadsheet would take its creator's.
 */
export function fixture(): Fixture {
  const world = createWorld();
  const sheets = world.module<SheetsBackend>('sheets');
  const ssId = sheets.createSpreadsheet({
    name: 'Register WRSE',
    owner: OWNER,
    editors: [STAF],
    sheets: ['Data'],
    timeZone: 'Asia/Jakarta',
    locale: 'in_ID',
  });
  return { world, sheets, ssId };
}

export interface Exec {
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  ctx: FacadeContext;
  /** The active spreadsheet's `Data` tab. */
  data: GoogleAppsScript.Spreadsheet.Sheet;
  end(): void;
}

let n = 0;

/** Opens an execution bound to the fixture's spreadsheet. */
export function exec(
  f: Fixture,
  opts: { user?: string; faults?: FaultSpec[]; active?: string | null } = {},
): Exec {
  n += 1;
  const execId = `e${n}`;
  const user = opts.user ?? STAF;
  const activeSpreadsheetId = opts.active === null ? undefined : (opts.active ?? f.ssId);
  const { globals, ctx } = createExecution((op, a) => f.world.handle({ execId, user }, op, a), {
    execId,
    user,
    activeSpreadsheetId,
    faults: opts.faults,
  });
  const app = globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  let data: GoogleAppsScript.Spreadsheet.Sheet | undefined;
  return {
    app,
    ctx,
    get data() {
      data ??= (app.getActive() as GoogleAppsScript.Spreadsheet.Spreadsheet).getSheetByName(
        'Data',
      ) as GoogleAppsScript.Spreadsheet.Sheet;
      return data;
    },
    end() {
      try {
        ctx.end();
      } finally {
        f.world.endExecution(execId);
      }
    },
  };
}

/** Runs `fn` in one execution, then ends it (committing what it queued). */
export function run<T>(f: Fixture, fn: (x: Exec) => T, opts: Parameters<typeof exec>[1] = {}): T {
  const x = exec(f, opts);
  let value: T;
  try {
    value = fn(x);
  } catch (e) {
    try {
      x.end();
    } catch {
      // the first error is the one to report
    }
    throw e;
  }
  x.end();
  return value;
}
