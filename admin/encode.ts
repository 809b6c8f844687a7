/**
 * Application values → cells for the Sheets API with `valueInputOption: RAW`, by column kind,
 * so the sheet holds what the add-on's own writes hold: text as text (a NIK keeps its 16
 * digits, a leading `=` stays text), numbers, booleans, and dates as serial numbers under the
 * column's date format (read back by Apps Script as `Date`).
 */
import type { Column } from '../src/app/register/columns';
import { dateSerial, instantSerial } from './values';

export function cellOf(column: Column, value: unknown): unknown {
  if (value === null || value === undefined || value === '') return '';
  switch (column.kind) {
    case 'int':
    case 'money':
      return Number(value);
    case 'bool':
      return value === true;
    case 'date':
      return dateSerial(String(value));
    case 'datetime':
      return instantSerial(Date.parse(String(value)));
    default:
      return String(value);
  }
}

/** A row of cells in the tab's column order from a parsed row object. */
export function cellsOf(columns: Readonly<Record<string, Column>>, row: Record<string, unknown>) {
  return Object.entries(columns).map(([key, c]) => cellOf(c, row[key]));
}
