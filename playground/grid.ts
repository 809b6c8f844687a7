/**
 * The register's tabs as the host page's grid sees them, read and edited like a staff member in
 * Sheets would: a page of rows at a time (never a whole 10,000-row tab) with display values,
 * formulas, number formats and validation rules (a list becomes a drop-down, a checkbox a
 * checkbox), and one edit = one in-process execution as the chosen user calling
 * `range.setValue`, so conversions, formulas, protections and validation rejections behave as
 * the emulation of Sheets makes them behave.
 */
import { runInProcess } from '../emulator/runtime';
import type { Playground } from './state';
import { chartsOf, type ChartView } from './charts';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export const PAGE_SIZE = 200;

export interface SheetInfo {
  name: string;
  lastRow: number;
  lastColumn: number;
}

export interface CellRule {
  /** `list`, `checkbox` or `other` (shown, enforced by the emulation on write). */
  kind: 'list' | 'checkbox' | 'other';
  options: string[];
  helpText: string;
  allowInvalid: boolean;
}

export interface SheetPage {
  name: string;
  page: number;
  pages: number;
  pageSize: number;
  lastRow: number;
  /** Row numbers of `rows` (1-based, the header row first). */
  rowNumbers: number[];
  /** Display values; formulas and number formats by cell; rules by cell (null: none). */
  rows: string[][];
  formulas: string[][];
  formats: string[][];
  rules: (CellRule | null)[][];
  /** Raw checkbox states (true/false) where the rule is a checkbox. */
  checked: (boolean | null)[][];
  /** The tab's embedded charts, drawn from their ranges now (the Dasbor tab has them). */
  charts: ChartView[];
}

function ruleOf(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): CellRule | null {
  if (!rule) return null;
  const type = String(rule.getCriteriaType());
  const values = rule.getCriteriaValues();
  return {
    kind: type === 'VALUE_IN_LIST' ? 'list' : type === 'CHECKBOX' ? 'checkbox' : 'other',
    options: type === 'VALUE_IN_LIST' ? (values[0] as unknown[]).map(String) : [],
    helpText: rule.getHelpText() ?? '',
    allowInvalid: rule.getAllowInvalid(),
  };
}

/**
 * The spreadsheet the grid shows: the master (active), or another one of the world by ID — a
 * kecamatan register — opened as the user, so access is Google's (a pendamping opens only hers).
 */
function book(app: App, ss?: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return ss ? app.openById(ss) : app.getActiveSpreadsheet();
}

function run<T>(pg: Playground, user: string, fn: (app: App) => T): T {
  const r = runInProcess(pg.world, { user, activeSpreadsheetId: pg.registerId }, (g) =>
    fn(g.SpreadsheetApp as App),
  );
  if (r.error) throw r.error;
  return r.value as T;
}

/** The tabs and their sizes. */
export function listSheets(pg: Playground, user: string, ss?: string): SheetInfo[] {
  return run(pg, user, (app) =>
    book(app, ss)
      .getSheets()
      .map((s) => ({ name: s.getName(), lastRow: s.getLastRow(), lastColumn: s.getLastColumn() })),
  );
}

/** One page of a tab: the header row plus up to `PAGE_SIZE` rows (page 1 = rows 2…201). */
export function readPage(
  pg: Playground,
  user: string,
  name: string,
  page: number,
  ss?: string,
): SheetPage {
  return run(pg, user, (app) => {
    const sheet = book(app, ss).getSheetByName(name);
    if (!sheet) throw new Error(`Tab ${name} tidak ada.`);
    const lastRow = sheet.getLastRow();
    const width = Math.max(sheet.getLastColumn(), 1);
    const pages = Math.max(1, Math.ceil((lastRow - 1) / PAGE_SIZE));
    const p = Math.min(Math.max(1, Math.floor(page) || 1), pages);
    const first = 2 + (p - 1) * PAGE_SIZE;
    const count = Math.max(1, Math.min(PAGE_SIZE, lastRow - first + 1));
    const read = (r: GoogleAppsScript.Spreadsheet.Range) => ({
      rows: r.getDisplayValues(),
      formulas: r.getFormulas(),
      formats: r.getNumberFormats(),
      rules: r.getDataValidations().map((line) => line.map(ruleOf)),
      values: r.getValues(),
    });
    const head = read(sheet.getRange(1, 1, 1, width));
    const body = read(sheet.getRange(first, 1, count, width));
    const rules = [...head.rules, ...body.rules];
    const values = [...head.values, ...body.values];
    return {
      name,
      page: p,
      pages,
      pageSize: PAGE_SIZE,
      lastRow,
      rowNumbers: [1, ...Array.from({ length: count }, (_, i) => first + i)],
      rows: [...head.rows, ...body.rows],
      formulas: [...head.formulas, ...body.formulas],
      formats: [...head.formats, ...body.formats],
      rules,
      checked: rules.map((line, i) =>
        line.map((rule, j) => (rule?.kind === 'checkbox' ? values[i][j] === true : null)),
      ),
      charts: chartsOf(sheet),
    };
  });
}

/**
 * Types `input` into one cell as `user` (a string is converted like typed text; a boolean ticks
 * a checkbox). Returns null, or the message Sheets would show (validation, protection…).
 */
export function editCell(
  pg: Playground,
  user: string,
  edit: { sheet: string; row: number; column: number; input: string | boolean },
  ss?: string,
): { error: string | null; helpText: string } {
  let helpText = '';
  const r = runInProcess(pg.world, { user, activeSpreadsheetId: pg.registerId }, (g) => {
    const sheet = book(g.SpreadsheetApp as App, ss).getSheetByName(edit.sheet);
    if (!sheet) throw new Error(`Tab ${edit.sheet} tidak ada.`);
    const cell = sheet.getRange(edit.row, edit.column);
    helpText = cell.getDataValidation()?.getHelpText() ?? '';
    cell.setValue(edit.input);
  });
  return { error: r.error ? r.error.message : null, helpText };
}

/** The users tab, for the user switcher (e-mail, name, role, kecamatan, active). */
export function listUsers(pg: Playground): Array<Record<string, string>> {
  return run(pg, '', (app) => {
    const sheet = app.getActiveSpreadsheet().getSheetByName('Pengguna');
    if (!sheet || sheet.getLastRow() < 2) return [];
    const width = sheet.getLastColumn();
    const head = sheet.getRange(1, 1, 1, width).getValues()[0].map(String);
    const col = (h: string) => head.indexOf(h);
    const rows = sheet
      .getRange(2, 1, Math.min(sheet.getLastRow() - 1, 500), width)
      .getDisplayValues();
    return rows
      .filter((r) => r[col('Email')])
      .map((r) => ({
        email: r[col('Email')],
        name: r[col('Nama')] ?? '',
        role: r[col('Peran')] ?? '',
        kecamatan: col('Kode Kecamatan') >= 0 ? r[col('Kode Kecamatan')] : '',
        active: col('Aktif') >= 0 ? r[col('Aktif')] : '',
      }));
  });
}

/**
 * The spreadsheets the grid can show to `user`: the master, and each kecamatan register listed
 * in its "Register Kecamatan" tab that the user may open.
 */
export function listSpreadsheets(
  pg: Playground,
  user: string,
): Array<{ id: string; name: string }> {
  const listed = run(pg, '', (app) => {
    const sheet = app.getActiveSpreadsheet().getSheetByName('Register Kecamatan');
    if (!sheet || sheet.getLastRow() < 2) return [];
    const width = sheet.getLastColumn();
    const head = sheet.getRange(1, 1, 1, width).getValues()[0].map(String);
    return sheet
      .getRange(2, 1, sheet.getLastRow() - 1, width)
      .getDisplayValues()
      .map((r) => ({
        id: r[head.indexOf('ID Spreadsheet')],
        name: `Register Kecamatan ${r[head.indexOf('Nama Kecamatan')]}`,
      }))
      .filter((r) => r.id);
  });
  const open = listed.filter(
    (s) => !runInProcess(pg.world, { user }, (g) => (g.SpreadsheetApp as App).openById(s.id)).error,
  );
  return [{ id: '', name: 'Register induk' }, ...open];
}
