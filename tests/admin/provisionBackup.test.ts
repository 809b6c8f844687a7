/**
 * `provision` makes a register the shipped bundle's "Siapkan register" finds complete (same
 * tabs, headers, formats, drop-downs, checkboxes, seed rows); `backup` writes every tab as CSV
 * in a dated folder and copies the spreadsheet in Drive.
 */
import * as fs from 'fs';
import * as path from 'path';
import { backup } from '../../admin/commands/backup';
import { importDtsen } from '../../admin/commands/importDtsen';
import { provision } from '../../admin/commands/provision';
import { parseCsv } from '../../admin/csv';
import type { SheetsBackend } from '../../emulator/backend/sheets';
import type { UiBackend } from '../../emulator/backend/ui';
import type { BookMeta } from '../../emulator/gas/spreadsheet/types';
import { extractCsv, extractRow } from '../../bench/dtsenExtract';
import { ALL_TABS, AREAS, HOLIDAYS, SETTINGS, SOP_STEPS } from '../../src/app/register/tabs';
import { ADMIN } from '../support/register';
import { openBench, type Bench } from './harness';

const ctxOf = { execId: 't', user: '' };

function tabs(bench: Bench, id: string): BookMeta['sheets'] {
  const sheets = bench.register.world.module<SheetsBackend>('sheets');
  return (sheets.handle('open', [id, false], ctxOf) as BookMeta).sheets;
}

function read(bench: Bench, id: string, tab: string, row: number, kind: string): unknown[] {
  const sheets = bench.register.world.module<SheetsBackend>('sheets');
  const t = tabs(bench, id).find((s) => s.name === tab)!;
  return (sheets.handle('read', [id, t.id, row, 1, 1, t.maxCols, kind], ctxOf) as unknown[][])[0];
}

describe('provision', () => {
  let bench: Bench;
  beforeAll(async () => {
    bench = await openBench();
  });
  afterAll(async () => {
    await bench.close();
  });

  it('creates a register that "Siapkan register" finds complete, shaped as the add-on shapes it', async () => {
    const id = await provision(
      { ...bench.ctx, spreadsheetId: '' },
      { title: 'Register WRSE (uji)' },
    );
    expect(bench.out.join('\n')).toMatch(/npm run deploy/);
    expect(tabs(bench, id).map((t) => [t.name, t.maxCols, t.frozenRows])).toEqual(
      ALL_TABS.map((t) => [t.name, Object.keys(t.columns).length, 1]),
    );
    // The first "Siapkan register" by the owner adds nothing to the tabs; it records the first
    // Admin and the reference tabs in Riwayat (the audit chain the CLI does not write), as the
    // provision's printed step 3 says. The second run finds nothing to do.
    const lastAlert = () => {
      const alerts = bench.register.world.module<UiBackend>('ui').ofKind('alert');
      return String(alerts[alerts.length - 1].message);
    };
    const first = bench.register.run('menuSetupRegister', ADMIN, [], { activeSpreadsheetId: id });
    expect(first.error).toBeNull();
    expect(lastAlert().split('\n')).toEqual([
      `Peran Admin ${ADMIN} dicatat di Riwayat.`,
      'Isi tab Langkah SOP dicatat di Riwayat sebagaimana adanya; periksalah di halaman Admin.',
      'Isi tab Pengaturan dicatat di Riwayat sebagaimana adanya; periksalah di halaman Admin.',
    ]);
    const run = bench.register.run('menuSetupRegister', ADMIN, [], { activeSpreadsheetId: id });
    expect(run.error).toBeNull();
    expect(lastAlert()).toBe('Register sudah lengkap; tidak ada yang perlu ditambahkan.');
    // Same formats, rules, styles as the tabs the add-on made in the bench's register.
    for (const t of ALL_TABS) {
      for (const kind of ['formats', 'validations']) {
        for (const row of [2, 1000]) {
          expect([t.name, kind, row, read(bench, id, t.name, row, kind)]).toEqual([
            t.name,
            kind,
            row,
            read(bench, bench.register.id, t.name, row, kind),
          ]);
        }
      }
    }
    // Same seed rows (the change stamps aside).
    const app = (ssId: string, tab: string, width: number) =>
      bench.register.withSheets((_ss, sheets) => {
        const sheet = sheets.openById(ssId).getSheetByName(tab)!;
        return sheet.getRange(1, 1, sheet.getLastRow(), width).getValues();
      }, ADMIN);
    for (const t of [SOP_STEPS, SETTINGS, AREAS, HOLIDAYS]) {
      const width = Object.keys(t.columns).length - (t.versioned ? 5 : 0);
      expect(app(id, t.name, width)).toEqual(app(bench.register.id, t.name, width));
    }
  });
});

describe('backup', () => {
  let bench: Bench;
  beforeAll(async () => {
    bench = await openBench();
  });
  afterAll(async () => {
    await bench.close();
  });

  it('writes every tab as CSV in a dated folder and copies the spreadsheet in Drive', async () => {
    const file = path.join(bench.dir, 'dtsen.csv');
    fs.writeFileSync(file, extractCsv(2500));
    await importDtsen(bench.ctx, { file });
    const before = bench.rest.handler.quota.log.length;
    const result = await backup(bench.ctx, { folder: path.join(bench.dir, 'cadangan') });
    expect(bench.rest.handler.quota.log.length - before).toBe(2);
    expect(path.basename(result.dir)).toBe('2026-01-05_0800');
    expect(result.tabs.map((t) => t.name)).toEqual(ALL_TABS.map((t) => t.name));
    const dtsen = parseCsv(fs.readFileSync(path.join(result.dir, 'DTSEN.csv'), 'utf8'));
    expect(dtsen).toHaveLength(2501);
    expect(dtsen[1].cells).toEqual([...extractRow(0, '31/12/2025')]);
    const manifest = JSON.parse(fs.readFileSync(path.join(result.dir, 'manifest.json'), 'utf8'));
    expect(manifest.driveCopy.id).toBe(result.copyId);
    // The copy is a whole spreadsheet with the same cells.
    const copied = tabs(bench, result.copyId);
    expect(copied.map((t) => t.name)).toEqual(ALL_TABS.map((t) => t.name));
    expect(read(bench, result.copyId, 'DTSEN', 2, 'values')).toEqual(
      read(bench, bench.register.id, 'DTSEN', 2, 'values'),
    );
    await expect(backup(bench.ctx, { folder: path.join(bench.dir, 'cadangan') })).rejects.toThrow(
      /sudah ada; tidak ada yang ditimpa/,
    );
  });
});
