/**
 * Numbers typed into a cell are read with the spreadsheet's locale: its decimal and grouping
 * separators. The emulation models two locales, which is all the product meets: `in_ID` (the
 * office's registers: decimal comma, dot grouping, "1.500,50") and `en_US` (a new spreadsheet's
 * default account: decimal point, comma grouping, "1,500.50"). Under any other locale a typed
 * number whose reading depends on the separators is refused as not emulated (a plain "1500" or
 * "1e5" is read the same everywhere and is accepted).
 *
 * Pages followed:
 * - "Set a spreadsheet's location & calculation settings" (the spreadsheet's locale decides how
 *   numbers, dates and currency are formatted): https://support.google.com/docs/answer/58515
 * - ValueInputOption USER_ENTERED: strings are parsed "following the same rules that are applied
 *   when entering text into a cell via the Google Sheets UI"; "Numbers will stay as numbers":
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/ValueInputOption
 * - ValueRenderOption FORMATTED_VALUE: "Formatting is based on the spreadsheet's locale, not the
 *   requesting user's locale":
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/ValueRenderOption
 * - Range.setValue (a string is read as typed; a number is a number):
 *   https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)
 * - Spreadsheet.setSpreadsheetLocale:
 *   https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetLocale(String)
 */
import { bundleFromSource, editAsUser, runInProcess } from '../../emulator/runtime';
import { fixture, run, STAF, type Fixture } from './spreadsheetHarness';

/** A person typing `text` into `a1` of the `Data` tab, then what the cell holds. */
function typed(f: Fixture, a1: string, text: string): unknown {
  editAsUser(f.world, bundleFromSource(''), {
    spreadsheetId: f.ssId,
    user: STAF,
    sheet: 'Data',
    a1,
    values: [[text]],
  });
  return run(f, (x) => x.data.getRange(a1).getValue());
}

function setLocale(f: Fixture, locale: string): void {
  run(f, (x) => x.app.getActive()!.setSpreadsheetLocale(locale));
}

describe('typed numbers follow the spreadsheet locale', () => {
  test('in_ID: "1.500,50" and "2,5" are numbers; "1.500" is fifteen hundred', () => {
    const f = fixture(); // in_ID, like the office's registers
    expect(typed(f, 'A1', '1.500,50')).toBe(1500.5);
    expect(typed(f, 'A2', '2,5')).toBe(2.5);
    expect(typed(f, 'A3', '1.500')).toBe(1500);
    expect(typed(f, 'A4', '-1.234.567,8')).toBe(-1234567.8);
    expect(typed(f, 'A5', '12,5%')).toBe(0.125);
    expect(typed(f, 'A6', '1500')).toBe(1500);
  });

  // "1,500.50" is no in_ID number. "2.5" is not one either: the dot only groups thousands in
  // in_ID. What Sheets makes of it is not documented (a date in some locales); the emulation
  // takes the stricter answer, text, so no code can rely on it being 2.5.
  test('in_ID: the en_US forms "1,500.50" and "2.5" stay text', () => {
    const f = fixture();
    expect(typed(f, 'A1', '1,500.50')).toBe('1,500.50');
    expect(typed(f, 'A2', '2.5')).toBe('2.5');
  });

  test('en_US: "1,500.50" is a number, "2,5" and "1.500,50" stay text', () => {
    const f = fixture();
    setLocale(f, 'en_US');
    expect(typed(f, 'A1', '1,500.50')).toBe(1500.5);
    expect(typed(f, 'A2', '2.5')).toBe(2.5);
    expect(typed(f, 'A3', '2,5')).toBe('2,5');
    expect(typed(f, 'A4', '1.500,50')).toBe('1.500,50');
  });

  // Range.setValue reads a script's string like a typed one, by the same locale.
  test("a script's string follows the locale too; a script's number stays that number", () => {
    const f = fixture();
    const write = () =>
      run(f, (x) => {
        const r = x.data.getRange('B1:C1');
        r.setValues([['2,5', 2.5]]);
        return r.getValues()[0];
      });
    expect(write()).toEqual([2.5, 2.5]);
    setLocale(f, 'en_US');
    expect(write()).toEqual(['2,5', 2.5]);
  });

  test('a plain-text (@) cell keeps "1.500,50" as text under in_ID', () => {
    const f = fixture();
    run(f, (x) => x.data.getRange('D1').setNumberFormat('@'));
    expect(typed(f, 'D1', '1.500,50')).toBe('1.500,50');
  });

  test('the locale in force when the value is typed decides; a later change keeps the value', () => {
    const f = fixture();
    expect(typed(f, 'A1', '2,5')).toBe(2.5);
    setLocale(f, 'en_US');
    expect(run(f, (x) => x.data.getRange('A1').getValue())).toBe(2.5);
    expect(typed(f, 'A2', '2,5')).toBe('2,5');
  });

  test('another locale: a number whose reading depends on its separators is refused, not guessed', () => {
    const f = fixture();
    setLocale(f, 'de_DE');
    expect(typed(f, 'A1', '1500')).toBe(1500);
    expect(typed(f, 'A2', '1e5')).toBe(100000);
    expect(() => typed(f, 'A3', '2,5')).toThrow(/not emulated/);
    const r = runInProcess(f.world, { user: STAF }, (g) =>
      (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
        .openById(f.ssId)
        .getSheetByName('Data')!
        .getRange('A4')
        .setValue('1.500'),
    );
    expect(r.error?.message).toMatch(/not emulated/);
    // Text with no number in it is text in every locale.
    expect(typed(f, 'A5', 'Jl. Merdeka, 5')).toBe('Jl. Merdeka, 5');
  });
});
