/**
 * Writes one kecamatan register: its tabs (Petunjuk, Kasus, Anggota, Daftar Ekspor), one
 * `setValues` per tab, the input columns' drop-downs and date validation, the hidden base
 * column, and a sheet protection on every tab that only the owner may pass, with the input
 * cells left open. The number of calls does not depend on how many rows the register holds.
 */
import { NUMBER_FORMATS } from '../../app/register/cells';
import { encodeRow, mapHeader, type HeaderMap } from '../../app/register/table';
import type { AnyTab } from '../../app/register/tabs';
import {
  HIDDEN_KEYS,
  INPUT_KEYS,
  KEC_CASES,
  KEC_EXPORTED,
  KEC_INSTRUCTIONS_TAB,
  KEC_MEMBERS,
} from '../../app/kecamatan/layout';
import { formatColumn } from '../columnFormat';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const HEADER_BACKGROUND = '#dfe8f5';
const INPUT_BACKGROUND = '#fff8dc';
/** Names Sheets gives the first tab of a new spreadsheet. */
const DEFAULT_SHEET_NAMES = ['Sheet1', 'Lembar1', 'Sheet 1', 'Lembar 1'];

/** The tab named `name`, made if missing (a new spreadsheet's first tab becomes Petunjuk). */
function tab(ss: Spreadsheet, name: string): Sheet {
  const found = ss.getSheetByName(name);
  if (found) return found;
  if (name === KEC_INSTRUCTIONS_TAB) {
    for (const d of DEFAULT_SHEET_NAMES) {
      const first = ss.getSheetByName(d);
      if (first) return first.setName(name);
    }
  }
  return ss.insertSheet(name);
}

/**
 * Sizes the tab to exactly `rows` × `cols` cells (a new tab has 1,000 × 26): every later
 * clear, format and validation then touches the register's own cells only.
 */
function fit(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  const maxCols = sheet.getMaxColumns();
  if (maxCols < cols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
  else if (maxCols > cols) sheet.deleteColumns(cols + 1, maxCols - cols);
}

/** The tab's protection (made once): only the owner edits, except the `open` ranges. */
function protect(sheet: Sheet, description: string, open: GoogleAppsScript.Spreadsheet.Range[]) {
  const protection =
    sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0] ?? sheet.protect();
  protection.setDescription(description);
  protection.setWarningOnly(false);
  // Everyone but the owner (who always may) loses the right to edit protected cells.
  protection.removeEditors(protection.getEditors());
  protection.setUnprotectedRanges(open);
}

/**
 * A row's cells for a tab whose text columns are plain-text (`@`) cells: text is written exactly
 * as it is, with no protective apostrophe. Sheets keeps a string in a plain-text cell as typed —
 * never a formula, number or date — and an apostrophe there would be a visible character: a
 * pendamping's note "- foto KTP buram" would come back as "'- foto KTP buram" and look like a new
 * entry at the next pull-back. Other kinds (dates, numbers) are encoded as the master does.
 */
function plainTextRow(map: HeaderMap, row: Record<string, unknown>): unknown[] {
  const cells = encodeRow(map, row);
  for (const [key, column] of Object.entries(map.tab.columns)) {
    if (NUMBER_FORMATS[column.kind] !== '@') continue;
    const value = row[key];
    cells[map.position[key]] = value === null || value === undefined ? '' : String(value);
  }
  return cells;
}

/**
 * Writes a data tab: clears it, writes header and rows in one call, formats its columns,
 * validates the input columns, hides the technical ones, protects the rest.
 */
function writeTable(
  ss: Spreadsheet,
  def: AnyTab,
  rows: Array<Record<string, unknown>>,
  inputKeys: readonly string[],
): void {
  const sheet = tab(ss, def.name);
  const columns = Object.entries(def.columns);
  const header = columns.map(([, c]) => c.header);
  const map = mapHeader(def, header);
  const height = rows.length + 1;
  // One spare row below the data: a tab keeps a row even when the kecamatan has no case.
  const maxRows = height + 1;
  fit(sheet, maxRows, columns.length);
  // Every cell above is written again below; only the spare row is cleared.
  sheet.getRange(maxRows, 1, 1, columns.length).clearDataValidations().clearContent();
  // The formats first: every text cell is plain text (`@`) before its value is written.
  columns.forEach(([, column], i) => {
    formatColumn(sheet.getRange(2, i + 1, maxRows - 1, 1), column);
  });
  sheet
    .getRange(1, 1, height, columns.length)
    .setValues([header, ...rows.map((r) => plainTextRow(map, r))]);
  sheet.getRange(1, 1, 1, columns.length).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
  const open: GoogleAppsScript.Spreadsheet.Range[] = [];
  for (const key of inputKeys) {
    const at = map.position[key] + 1;
    sheet.setColumnWidth(at, def.columns[key].width ?? 160);
    if (rows.length === 0) continue;
    const range = sheet.getRange(2, at, rows.length, 1).setBackground(INPUT_BACKGROUND);
    if (def.columns[key].kind === 'date') {
      range.setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireDate()
          .setAllowInvalid(false)
          .setHelpText('Isi dengan tanggal, misalnya 05/06/2026.')
          .build(),
      );
    }
    open.push(range);
  }
  for (const key of HIDDEN_KEYS) {
    if (key in def.columns) sheet.hideColumns(map.position[key] + 1);
  }
  protect(
    sheet,
    `Register kecamatan, tab ${def.name}: hanya kolom isian pendamping yang dapat diubah.`,
    open,
  );
}

export interface KecamatanSheetContent {
  instructions: string[];
  cases: Array<Record<string, unknown>>;
  members: Array<Record<string, unknown>>;
  exportVersion: number;
}

/** Writes every tab of a kecamatan register. */
export function writeKecamatanRegister(ss: Spreadsheet, content: KecamatanSheetContent): void {
  const guide = tab(ss, KEC_INSTRUCTIONS_TAB);
  fit(guide, content.instructions.length, 1);
  guide.clearContents();
  guide
    .getRange(1, 1, content.instructions.length, 1)
    .setNumberFormat('@')
    .setValues(content.instructions.map((line) => [line]));
  guide.getRange(1, 1).setFontWeight('bold');
  guide.setColumnWidth(1, 900);
  protect(guide, 'Petunjuk register kecamatan.', []);
  writeTable(ss, KEC_CASES, content.cases, INPUT_KEYS.cases);
  writeTable(ss, KEC_MEMBERS, content.members, INPUT_KEYS.members);
  writeTable(
    ss,
    KEC_EXPORTED,
    [
      ...content.cases.map((c) => ({ id: c.caseId, tab: KEC_CASES.name })),
      ...content.members.map((m) => ({ id: m.memberId, tab: KEC_MEMBERS.name })),
      { id: `VERSI-${content.exportVersion}`, tab: 'Versi' },
    ],
    [],
  );
}
