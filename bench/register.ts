/**
 * Benchmark of the register's data layer on the emulated Sheets: service calls, cells touched
 * and modeled milliseconds (from emulator/core/costs.ts) of "Siapkan register" (run again on a
 * register holding data), reading one case by ID, and updating one case, at several register
 * sizes. The bar: reading or updating one row must not grow with the row count.
 */
import * as path from 'path';
import { createWorld } from '../emulator/backend';
import { loadBundle, runEntry, runInProcess } from '../emulator/runtime';
import type { LedgerSummary } from '../emulator/core/ledger';
import { SheetTable } from '../src/gas/sheetTable';
import { CASES } from '../src/app/register/tabs';
import { encodeRow, mapHeader } from '../src/app/register/table';

const ADMIN = 'admin@dinsos.contoh.go.id';

export interface BenchRow {
  action: string;
  rows: number;
  calls: number;
  cells: number;
  modeledMs: number;
}

function caseRow(i: number): Record<string, unknown> {
  const n = String(i).padStart(6, '0');
  return {
    id: `WRSE-2026-${n}`,
    groupName: `Kelompok Contoh ${n}`,
    business: 'Warung kelontong',
    kecamatan: '35.20.05',
    desa: '35.20.05.2001',
    address: 'Dusun Contoh',
    leader: `Ketua Contoh ${n}`,
    phone: '081200000000',
    receivedOn: '2026-03-02',
    rabTotal: 5000000,
    step: 'S03',
    status: 'Berjalan',
    dueOn: '2026-03-23',
    note: '',
    version: 1,
    createdBy: ADMIN,
    createdAt: '2026-03-02T03:00:00.000Z',
    updatedBy: ADMIN,
    updatedAt: '2026-03-02T03:00:00.000Z',
  };
}

function row(action: string, rows: number, ledger: LedgerSummary): BenchRow {
  return {
    action,
    rows,
    calls: ledger.calls,
    cells: ledger.cells,
    modeledMs: Math.round(ledger.ms),
  };
}

/** Runs the register benchmark at each size; returns one row per action and size. */
export function benchRegister(sizes: readonly number[] = [1000, 10000, 100000]): BenchRow[] {
  const bundle = loadBundle(path.resolve('dist'));
  const out: BenchRow[] = [];
  for (const size of sizes) {
    const world = createWorld();
    const created = runInProcess(world, { user: ADMIN }, (g) =>
      (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
        .create('Register bench')
        .getId(),
    );
    const id = created.value as string;
    const asAdmin = { user: ADMIN, activeSpreadsheetId: id };
    const first = runEntry(world, bundle, 'menuSetupRegister', [], asAdmin);
    if (first.error) throw first.error;
    // Fill the Kasus tab with `size` rows (setup work, not measured).
    const filled = runInProcess(world, asAdmin, (g) => {
      const sheet = (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
        .openById(id)
        .getSheetByName(CASES.name)!;
      const map = mapHeader(CASES, sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]);
      if (sheet.getMaxRows() < size + 1)
        sheet.insertRowsAfter(sheet.getMaxRows(), size + 1 - sheet.getMaxRows());
      const chunk = 10000;
      for (let start = 0; start < size; start += chunk) {
        const rows = [];
        for (let i = start; i < Math.min(size, start + chunk); i++)
          rows.push(encodeRow(map, caseRow(i + 1)));
        sheet.getRange(start + 2, 1, rows.length, map.width).setValues(rows);
      }
    });
    if (filled.error) throw filled.error;

    const again = runEntry(world, bundle, 'menuSetupRegister', [], asAdmin);
    if (again.error) throw again.error;
    out.push(row('Siapkan register (lagi, berisi data)', size, again.ledger));

    const target = `WRSE-2026-${String(Math.ceil(size / 2)).padStart(6, '0')}`;
    const read = runInProcess(world, asAdmin, (g) => {
      const ss = (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(id);
      const found = SheetTable.open(ss, CASES).get(target);
      if (!found) throw new Error(`bench: ${target} not found`);
      return found.row;
    });
    if (read.error) throw read.error;
    out.push(row('Baca satu baris (ID)', size, read.ledger));

    const update = runInProcess(world, asAdmin, (g) => {
      const app = g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      const lock = (g.LockService as GoogleAppsScript.Lock.LockService).getScriptLock();
      lock.waitLock(10000);
      try {
        SheetTable.open(app.openById(id), CASES).update(
          target,
          1,
          { note: 'Diperbarui (bench)' },
          {
            by: ADMIN,
            at: '2026-03-03T03:00:00.000Z',
          },
        );
        app.flush();
      } finally {
        lock.releaseLock();
      }
    });
    if (update.error) throw update.error;
    out.push(row('Ubah satu baris (ID, versi, kunci)', size, update.ledger));
  }
  return out;
}

/** Whether an action's calls, cells and modeled ms stay within `tolerance` across sizes. */
export function flatness(
  rows: readonly BenchRow[],
  tolerance = 0.1,
): Array<{ action: string; flat: boolean }> {
  const actions = [...new Set(rows.map((r) => r.action))];
  return actions.map((action) => {
    const of = rows.filter((r) => r.action === action);
    const flat = (['calls', 'cells', 'modeledMs'] as const).every((k) => {
      const values = of.map((r) => r[k]);
      const min = Math.min(...values);
      return Math.max(...values) <= min * (1 + tolerance) + 1e-9;
    });
    return { action, flat };
  });
}
