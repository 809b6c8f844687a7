/**
 * "Siapkan register": creates every register tab that is missing (headers, frozen header row,
 * plain-text NIK/KK and text columns, date and money formats, drop-downs, checkboxes, a
 * warning-only protection of the header), adds columns a tab lacks, and adds the reference rows
 * (SOP steps, settings, the user who runs it as Admin) whose keys are missing. It never changes
 * or removes a cell that holds data, so it is safe to run again at any time. The audited origin
 * of the first Admin, the SOP steps and the rule settings, and the real protection of what only
 * Admins change, follow in `recordSetupAuthority` (`usecases/admin.ts`, issue 13).
 */
import type { Column } from '../app/register/columns';
import { RegisterError } from '../app/register/errors';
import { AREA_SEEDS, HOLIDAY_SEEDS, SETTING_SEEDS, SOP_STEP_SEEDS } from '../app/register/seeds';
import { encodeRow, mapHeader, missingHeaders, unknownHeaders } from '../app/register/table';
import {
  ALL_TABS,
  AREAS,
  CASES,
  HOLIDAYS,
  SETTINGS,
  SOP_STEPS,
  USERS,
  type AnyTab,
} from '../app/register/tabs';
import type { Stamp } from '../app/ports';
import { columnLetter } from './sheetTable';
import { formatColumn } from './columnFormat';

export interface SetupReport {
  createdTabs: string[];
  addedColumns: Array<{ tab: string; headers: string[] }>;
  addedRows: Array<{ tab: string; count: number }>;
  /** Whether the register had no Pengguna tab before (the runner became the first Admin). */
  firstSetup?: boolean;
  /** What was recorded in the audit and protected (`recordSetupAuthority`). */
  notes?: string[];
}

const HEADER_BACKGROUND = '#dfe8f5';

function writeHeaders(sheet: GoogleAppsScript.Spreadsheet.Sheet, first: number, columns: Column[]) {
  sheet
    .getRange(1, first, 1, columns.length)
    .setValues([columns.map((c) => c.header)])
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND);
  columns.forEach((column, i) => {
    formatColumn(sheet.getRange(2, first + i, sheet.getMaxRows() - 1, 1), column);
    if (column.width) sheet.setColumnWidth(first + i, column.width);
  });
}

const OVERDUE_BACKGROUND = '#f4c7c3';
const NEAR_BACKGROUND = '#fce8b2';

/**
 * Colours the due date of a running case: red once it has passed, yellow on its last day
 * (conditional formatting, evaluated by Sheets as time passes; the columns are found by header).
 */
function markDueDates(sheet: GoogleAppsScript.Spreadsheet.Sheet, tab: AnyTab): void {
  const keys = Object.keys(tab.columns);
  const letter = (key: string) => columnLetter(keys.indexOf(key) + 1);
  const due = `$${letter('dueAt')}2`;
  const running = `$${letter('status')}2="Berjalan"`;
  const range = sheet.getRange(2, keys.indexOf('dueAt') + 1, sheet.getMaxRows() - 1, 1);
  const rule = (formula: string, color: string) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(formula)
      .setBackground(color)
      .setRanges([range])
      .build();
  sheet.setConditionalFormatRules([
    rule(`=AND(${running},${due}<>"",${due}<NOW())`, OVERDUE_BACKGROUND),
    rule(`=AND(${running},${due}<>"",${due}<NOW()+1)`, NEAR_BACKGROUND),
  ]);
}

function createTab(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, tab: AnyTab) {
  const sheet = spreadsheet.insertSheet(tab.name);
  const columns = Object.values(tab.columns);
  // A new tab is 26 columns wide; unused columns count against the 10 million cells of a
  // spreadsheet (a 300,000-row DTSEN extract would waste 6.3 million of them).
  const spare = sheet.getMaxColumns() - columns.length;
  if (spare > 0) sheet.deleteColumns(columns.length + 1, spare);
  writeHeaders(sheet, 1, columns);
  sheet.setFrozenRows(1);
  if (tab.name === CASES.name) markDueDates(sheet, tab);
  sheet
    .getRange(1, 1, 1, columns.length)
    .protect()
    .setDescription(`Judul kolom tab ${tab.name}: register menemukan kolom dari judul ini.`)
    .setWarningOnly(true);
  return sheet;
}

/** Adds the tab's missing columns at the end, unless a needed header may have been renamed. */
function upgradeTab(sheet: GoogleAppsScript.Spreadsheet.Sheet, tab: AnyTab): string[] {
  const width = Math.max(sheet.getLastColumn(), 1);
  const headerRow = sheet.getRange(1, 1, 1, width).getValues()[0];
  const missing = missingHeaders(tab, headerRow);
  if (missing.length === 0) return [];
  const unknown = unknownHeaders(tab, headerRow);
  if (unknown.length > 0) {
    throw new RegisterError(
      `Tab "${tab.name}": kolom ${missing.map((h) => `"${h}"`).join(', ')} tidak ditemukan, ` +
        `sedangkan ada kolom yang tidak dikenal (${unknown.map((h) => `"${h}"`).join(', ')}). ` +
        'Jika judul kolom diubah, kembalikan judulnya, lalu jalankan Siapkan register lagi. ' +
        'Tidak ada yang diubah pada tab ini.',
    );
  }
  const columns = Object.values(tab.columns).filter((c) => missing.includes(c.header));
  const first = headerRow.filter((h) => String(h).trim() !== '').length === 0 ? 1 : width + 1;
  if (first + columns.length - 1 > sheet.getMaxColumns()) {
    sheet.insertColumnsAfter(
      sheet.getMaxColumns(),
      first + columns.length - 1 - sheet.getMaxColumns(),
    );
  }
  writeHeaders(sheet, first, columns);
  if (sheet.getFrozenRows() < 1) sheet.setFrozenRows(1);
  return columns.map((c) => c.header);
}

/** Appends the seed rows whose key the tab lacks; returns how many were added. */
function addMissingRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  tab: AnyTab,
  seeds: ReadonlyArray<Record<string, unknown>>,
  stamp: Stamp,
): number {
  if (seeds.length === 0) return 0;
  const width = Math.max(sheet.getLastColumn(), 1);
  const map = mapHeader(tab, sheet.getRange(1, 1, 1, width).getValues()[0]);
  const lastRow = sheet.getLastRow();
  const idPosition = map.position[tab.idKey] + 1;
  const present = new Set(
    lastRow > 1
      ? sheet
          .getRange(`${columnLetter(idPosition)}2:${columnLetter(idPosition)}${lastRow}`)
          .getValues()
          .map((r) => String(r[0]).replace(/^'/, ''))
      : [],
  );
  const rows = seeds
    .filter((seed) => !present.has(String(seed[tab.idKey])))
    .map((seed) => {
      const row = tab.versioned
        ? {
            ...seed,
            version: 1,
            createdBy: stamp.by,
            createdAt: stamp.at,
            updatedBy: stamp.by,
            updatedAt: stamp.at,
          }
        : seed;
      const valid = tab.schema.parse(row) as Record<string, unknown>;
      return encodeRow(map, valid);
    });
  if (rows.length === 0) return 0;
  const first = lastRow + 1;
  const maxRows = sheet.getMaxRows();
  if (first + rows.length - 1 > maxRows) {
    sheet.insertRowsAfter(maxRows, first + rows.length - 1 - maxRows);
  }
  sheet.getRange(first, 1, rows.length, map.width).setValues(rows);
  return rows.length;
}

/** The reference rows of each tab, by tab name. */
function seedsFor(userEmail: string): Map<string, ReadonlyArray<Record<string, unknown>>> {
  const seeds = new Map<string, ReadonlyArray<Record<string, unknown>>>([
    [SOP_STEPS.name, SOP_STEP_SEEDS],
    [SETTINGS.name, SETTING_SEEDS],
    [AREAS.name, AREA_SEEDS],
    [HOLIDAYS.name, HOLIDAY_SEEDS],
  ]);
  if (userEmail) {
    seeds.set(USERS.name, [
      {
        email: userEmail,
        name: userEmail,
        nip: '',
        rank: '',
        position: 'Admin register',
        role: 'Admin',
        kecamatan: '',
        active: true,
      },
    ]);
  }
  return seeds;
}

/**
 * Brings `spreadsheet` up to the register's shape. Run it holding the script lock.
 * Users are seeded only into a newly created Pengguna tab (the first Admin is whoever sets up).
 */
export function setupRegister(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  stamp: Stamp,
): SetupReport {
  const report: SetupReport = { createdTabs: [], addedColumns: [], addedRows: [] };
  const seeds = seedsFor(stamp.by);
  // Check every existing tab before changing anything: a renamed header stops the whole setup.
  const plan = ALL_TABS.map((tab) => ({ tab, sheet: spreadsheet.getSheetByName(tab.name) }));
  for (const { tab, sheet } of plan) {
    if (sheet) {
      const width = Math.max(sheet.getLastColumn(), 1);
      const headerRow = sheet.getRange(1, 1, 1, width).getValues()[0];
      if (missingHeaders(tab, headerRow).length > 0 && unknownHeaders(tab, headerRow).length > 0) {
        upgradeTab(sheet, tab); // throws the message naming the tab and columns
      }
    }
  }
  for (const { tab, sheet: existing } of plan) {
    let sheet = existing;
    if (!sheet) {
      sheet = createTab(spreadsheet, tab);
      report.createdTabs.push(tab.name);
    } else {
      const added = upgradeTab(sheet, tab);
      if (added.length > 0) report.addedColumns.push({ tab: tab.name, headers: added });
    }
    const tabSeeds = seeds.get(tab.name);
    if (tabSeeds && (tab.name !== USERS.name || !existing)) {
      const count = addMissingRows(sheet, tab, tabSeeds, stamp);
      if (count > 0) report.addedRows.push({ tab: tab.name, count });
    }
  }
  removeEmptyDefaultSheet(spreadsheet, report);
  return report;
}

/** Names Sheets gives the first tab of a new spreadsheet, by the creator's language. */
const DEFAULT_SHEET_NAMES = ['Sheet1', 'Lembar1', 'Sheet 1', 'Lembar 1'];

/** Removes the empty first tab of a new spreadsheet, once the register's tabs exist. */
function removeEmptyDefaultSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  report: SetupReport,
): void {
  if (report.createdTabs.length === 0) return;
  for (const name of DEFAULT_SHEET_NAMES) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet && sheet.getLastRow() === 0 && sheet.getLastColumn() === 0) {
      spreadsheet.deleteSheet(sheet);
    }
  }
}

/** The report in Indonesian, for the alert shown after the menu action. */
export function describeSetup(report: SetupReport): string {
  const lines: string[] = [];
  if (report.createdTabs.length) lines.push(`Tab dibuat: ${report.createdTabs.join(', ')}.`);
  for (const c of report.addedColumns)
    lines.push(`Kolom ditambahkan di tab ${c.tab}: ${c.headers.join(', ')}.`);
  for (const r of report.addedRows)
    lines.push(`Baris acuan ditambahkan di tab ${r.tab}: ${r.count}.`);
  for (const note of report.notes ?? []) lines.push(note);
  return lines.length
    ? lines.join('\n')
    : 'Register sudah lengkap; tidak ada yang perlu ditambahkan.';
}
