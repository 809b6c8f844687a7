/**
 * Real (not warning-only) protection of what only Admins change (issue 13): the whole Pengguna
 * and Langkah SOP tabs, and the rows of Pengaturan that hold rule settings (the counters'
 * rows stay writable: every intake and numbering writes them as the user at the keyboard).
 * Editors: the spreadsheet's owner (always, by Google's rule) and the trusted Admins; everyone
 * else gets Sheets' "protected cell" refusal, in the grid and from a script alike
 * (Apps Script reference, class Protection: `protect()`, `removeEditors`, `setWarningOnly`).
 */
import { isCounterSetting } from '../app/register/authority';
import { SETTINGS, SOP_STEPS, USERS } from '../app/register/tabs';
import { SheetTable } from './sheetTable';

const WHOLE_TAB = (tab: string) =>
  `Tab ${tab}: hanya Admin (perubahan lewat WRSE › Admin › Pengguna & aturan, tercatat di Riwayat).`;
const RULE_ROWS = 'Pengaturan aturan: hanya Admin';

function setEditors(p: GoogleAppsScript.Spreadsheet.Protection, admins: readonly string[]): void {
  const me = Session.getEffectiveUser().getEmail();
  // Google's sample: make sure the user running this stays an editor while others are removed.
  if (me) p.addEditor(me);
  const keep = new Set(admins);
  const others = p
    .getEditors()
    .map((u) => u.getEmail().toLowerCase())
    .filter((e) => !keep.has(e));
  if (others.length) p.removeEditors(others);
  if (admins.length) p.addEditors([...admins]);
  if (p.isWarningOnly()) p.setWarningOnly(false);
}

/** Protects the Admin-only tabs and rows, with `admins` (lower-case e-mails) as editors. */
export function protectAdminTabs(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  admins: readonly string[],
): void {
  for (const name of [USERS.name, SOP_STEPS.name]) {
    const sheet = spreadsheet.getSheetByName(name);
    if (!sheet) continue;
    const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
    const p = existing ?? sheet.protect();
    if (p.getDescription() !== WHOLE_TAB(name)) p.setDescription(WHOLE_TAB(name));
    setEditors(p, admins);
  }
  const settings = spreadsheet.getSheetByName(SETTINGS.name);
  if (!settings) return;
  for (const p of settings.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (p.getDescription().startsWith(RULE_ROWS)) p.remove();
  }
  const table = SheetTable.open(spreadsheet, SETTINGS);
  const width = table.headerMap().width;
  // One protection per run of consecutive rule-setting rows.
  const rows = table
    .all()
    .filter((r) => !isCounterSetting(String(r.row.key)))
    .map((r) => r.rowNumber)
    .sort((a, b) => a - b);
  let start = -1;
  let prev = -1;
  const runs: Array<[number, number]> = [];
  for (const n of rows) {
    if (n !== prev + 1) {
      if (start > 0) runs.push([start, prev]);
      start = n;
    }
    prev = n;
  }
  if (start > 0) runs.push([start, prev]);
  for (const [first, last] of runs) {
    const p = settings
      .getRange(first, 1, last - first + 1, width)
      .protect()
      .setDescription(`${RULE_ROWS} (baris ${first}–${last}).`);
    setEditors(p, admins);
  }
}
