/**
 * Reading register tabs whole for the batch reports (the dashboard, the recap): per tab one
 * header read, one `getLastRow`, and ONE `getValues` spanning only the columns the report needs,
 * whatever the number of rows. Never used by a sidebar action (those read rows by ID).
 */
import { RegisterError } from '../app/register/errors';
import { decodeRow, mapHeader, type HeaderMap } from '../app/register/table';
import type { AnyTab } from '../app/register/tabs';

/**
 * The rows of `tab`, decoded, with only the columns `keys` (the first key must be filled for a
 * row to count: blank rows are skipped).
 */
export function readColumns(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tab: AnyTab,
  keys: readonly string[],
): Array<Record<string, unknown>> {
  const sheet = spreadsheet.getSheetByName(tab.name);
  if (!sheet) {
    throw new RegisterError(
      `Tab "${tab.name}" tidak ditemukan. Jalankan menu WRSE › Siapkan register, lalu ulangi.`,
    );
  }
  const width = Math.max(sheet.getLastColumn(), 1);
  const map = mapHeader(tab, sheet.getRange(1, 1, 1, width).getValues()[0]);
  const last = sheet.getLastRow();
  if (last < 2) return [];
  const positions = keys.map((k) => map.position[k]);
  const lo = Math.min(...positions);
  const hi = Math.max(...positions);
  const values = sheet.getRange(2, lo + 1, last - 1, hi - lo + 1).getValues();
  const columns = Object.fromEntries(keys.map((k) => [k, tab.columns[k]]));
  const partial: HeaderMap = {
    tab: { ...tab, columns },
    position: Object.fromEntries(keys.map((k, i) => [k, positions[i] - lo])),
    width: hi - lo + 1,
  };
  const first = positions[0] - lo;
  const out: Array<Record<string, unknown>> = [];
  values.forEach((cells, i) => {
    if (String(cells[first] ?? '').trim() === '') return;
    out.push(decodeRow(partial, cells, i + 2));
  });
  return out;
}
