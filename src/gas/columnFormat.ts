/**
 * How a register column looks in the sheet: its number format (plain text for NIK, KK, IDs and
 * every text column, so Sheets never turns them into numbers or dates), and its drop-down
 * (enum values, rejecting anything else) or checkbox. Applied when a tab or column is created,
 * and to rows the register adds when a tab grows.
 */
import { NUMBER_FORMATS } from '../app/register/cells';
import type { Column } from '../app/register/columns';

/** Applies `column`'s format and validation to `range` (cells of that column). */
export function formatColumn(range: GoogleAppsScript.Spreadsheet.Range, column: Column): void {
  const format = NUMBER_FORMATS[column.kind];
  if (format) range.setNumberFormat(format);
  if (column.kind === 'enum' && column.options) {
    range.setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireValueInList([...column.options], true)
        .setAllowInvalid(false)
        .setHelpText(`Pilih salah satu: ${column.options.join(', ')}.`)
        .build(),
    );
  } else if (column.kind === 'bool') {
    range.setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
  }
}
