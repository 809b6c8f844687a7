/**
 * Plain-text (`@`) cells and a leading apostrophe, written by a script or typed by a person.
 * The kecamatan round trip depends on these (`src/gas/kecamatan/sheetWriter.ts` writes strings
 * into `@` cells with no apostrophe; `src/app/kecamatan/pullBack.ts` takes a visible apostrophe
 * before `= + - @` as the same value).
 *
 * Pages followed:
 * - Range.setValue / setValues (a string is read as typed; "If it begins with '=' it is
 *   interpreted as a formula"):
 *   https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)
 * - ValueInputOption USER_ENTERED: "parsed as if the user typed them into the UI… strings may be
 *   converted to numbers, dates, etc. following the same rules that are applied when entering
 *   text into a cell via the Google Sheets UI":
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/ValueInputOption
 * - NumberFormatType TEXT ("Text formatting", the format Format › Number › Plain text sets, pattern
 *   `@`): https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/cells#NumberFormatType
 *   and the `@` token (the cell's text, as it is):
 *   https://developers.google.com/workspace/sheets/api/guides/formats#number_format_tokens
 * - ExtendedValue.stringValue: "Leading single quotes are not included. For example, if the user
 *   typed '123 into the UI, this would be represented as a stringValue of "123"":
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/other#ExtendedValue
 * - TO_TEXT: "equivalent to prefixing a number with an apostrophe (')":
 *   https://support.google.com/docs/answer/3094285
 * - Range.getNumberFormat / getNumberFormats:
 *   https://developers.google.com/apps-script/reference/spreadsheet/range#getNumberFormat()
 */
import { bundleFromSource, editAsUser } from '../../emulator/runtime';
import { fixture, run, STAF, type Fixture } from './spreadsheetHarness';

const GENERAL = '0.###############';

/** Strings Sheets would turn into a formula, number, date or boolean in a General cell. */
const TRICKY = [
  '=1+1', // a formula
  '0812345678', // a phone number: the number 812345678
  '3520054708680001', // a 16-digit NIK: a number with 15 significant digits
  '20/03/2026', // a date (day first in in_ID)
  '2026-03-20', // a date in every locale
  '1e5', // the number 100000
  'TRUE', // a boolean
  '12%', // the number 0.12
  '+62 812', // a formula (=+62 812, #ERROR!)
  '- foto KTP buram', // a formula (=- foto…, #ERROR!)
  '@kec', // text in General too, but a formula start for the product's neutraliser
];

/** A person typing `values` into the `Data` tab at `a1` (through the Sheets UI). */
function typeIn(f: Fixture, a1: string, values: unknown[][]): void {
  editAsUser(f.world, bundleFromSource(''), {
    spreadsheetId: f.ssId,
    user: STAF,
    sheet: 'Data',
    a1,
    values,
  });
}

/** Value, display, formula and number format of each cell of `a1`, column by column. */
function readBack(f: Fixture, a1: string) {
  return run(f, (x) => {
    const r = x.data.getRange(a1);
    return {
      values: r.getValues(),
      shown: r.getDisplayValues(),
      formulas: r.getFormulas(),
      formats: r.getNumberFormats(),
    };
  });
}

const column = (xs: unknown[]) => xs.map((x) => [x]);

describe('plain-text (@) cells keep the exact text', () => {
  // setValues of strings into @ cells: Sheets reads them as typed, and a Plain text cell takes
  // what is typed as text — never a formula, number, date or boolean.
  test('a script writes strings into @ cells: each stays that exact string, no formula, format @', () => {
    const f = fixture();
    const a1 = `A1:A${TRICKY.length}`;
    run(f, (x) => {
      const r = x.data.getRange(a1);
      r.setNumberFormat('@');
      r.setValues(column(TRICKY));
    });
    const got = readBack(f, a1);
    expect(got.values).toEqual(column(TRICKY));
    expect(got.shown).toEqual(column(TRICKY));
    expect(got.formulas).toEqual(column(TRICKY.map(() => '')));
    expect(got.formats).toEqual(column(TRICKY.map(() => '@')));
  });

  // The same strings typed by a person into the Sheets UI (USER_ENTERED = "as if the user typed
  // them into the UI"): the cell's Plain text format decides, not who wrote.
  test('a person types the same strings into @ cells: each stays that exact string', () => {
    const f = fixture();
    const a1 = `B1:B${TRICKY.length}`;
    run(f, (x) => x.data.getRange(a1).setNumberFormat('@'));
    TRICKY.forEach((text, i) => typeIn(f, `B${i + 1}`, [[text]]));
    const got = readBack(f, a1);
    expect(got.values).toEqual(column(TRICKY));
    expect(got.shown).toEqual(column(TRICKY));
    expect(got.formulas).toEqual(column(TRICKY.map(() => '')));
    expect(got.formats).toEqual(column(TRICKY.map(() => '@')));
  });

  // The control: a General cell applies the typing rules (so the @ rule above is the format's).
  test('the same strings in General cells become formula, numbers, dates, boolean', () => {
    const f = fixture();
    const a1 = `C1:C${TRICKY.length}`;
    typeIn(f, 'C1', column(TRICKY));
    const got = readBack(f, a1);
    const [formula, phone, nik, dmy, iso, exp, bool, pct, plus, minus, at] = got.values.map(
      (r) => r[0],
    );
    expect([formula, phone, nik, exp, bool, pct]).toEqual([
      2,
      812345678,
      3520054708680000,
      100000,
      true,
      0.12,
    ]);
    expect(Object.prototype.toString.call(dmy)).toBe('[object Date]');
    expect(Object.prototype.toString.call(iso)).toBe('[object Date]');
    expect(String(plus)).toMatch(/^#/); // an error: the text became a formula
    expect(String(minus)).toMatch(/^#/);
    expect(at).toBe('@kec');
    expect([0, 8, 9].map((i) => got.formulas[i][0])).toEqual([
      '=1+1',
      '=+62 812',
      '=- foto KTP buram',
    ]);
    // A typed date gives the General cell a date format; the other cells keep General.
    expect(got.formats[3][0]).toBe('dd/MM/yyyy');
    expect(got.formats[0][0]).toBe(GENERAL);
  });
});

describe('a leading apostrophe', () => {
  const QUOTED = ["'0812345678", "'3520054708680001", "'=1+1", "'20/03/2026", "'1e5", "'TRUE"];
  const TEXT = QUOTED.map((q) => q.slice(1));

  // ExtendedValue.stringValue: "if the user typed '123 into the UI, this would be represented as
  // a stringValue of "123"" — the apostrophe forces text and is not part of the value.
  test('typed into General cells: the rest is text; getValue and getDisplayValue have no apostrophe', () => {
    const f = fixture();
    QUOTED.forEach((q, i) => typeIn(f, `D${i + 1}`, [[q]]));
    const got = readBack(f, `D1:D${QUOTED.length}`);
    expect(got.values).toEqual(column(TEXT));
    expect(got.shown).toEqual(column(TEXT));
    expect(got.formulas).toEqual(column(QUOTED.map(() => '')));
    // The apostrophe is no number format: the cells stay General (a typed date would not).
    expect(got.formats).toEqual(column(QUOTED.map(() => GENERAL)));
  });

  // Range.setValue reads a string as typed: the same rule for a script's write.
  test('set by a script into General cells: the same, the apostrophe is not stored', () => {
    const f = fixture();
    run(f, (x) => x.data.getRange(`E1:E${QUOTED.length}`).setValues(column(QUOTED)));
    const got = readBack(f, `E1:E${QUOTED.length}`);
    expect(got.values).toEqual(column(TEXT));
    expect(got.shown).toEqual(column(TEXT));
    expect(got.formats).toEqual(column(QUOTED.map(() => GENERAL)));
  });

  // Not documented: what a leading apostrophe does in a cell already formatted as Plain text.
  // Google documents the apostrophe as the way to make an entry text (ExtendedValue, TO_TEXT) and
  // Plain text as taking the entry as text, and says nothing of the two together. The emulation
  // takes the stricter answer: in a @ cell nothing of the entry is interpreted, so the
  // apostrophe is an ordinary, visible character of the value. Code that needs the text back
  // must then never put a protective apostrophe into a @ cell (the kecamatan writer does not)
  // and must accept the apostrophe form when reading a cell a person typed into (the pull-back
  // and `fromCell` do); stripping it here would hide a writer that still adds one.
  test('in a @ cell (undocumented; the stricter answer): the apostrophe stays, visible', () => {
    const f = fixture();
    run(f, (x) => x.data.getRange(`F1:F${QUOTED.length + 1}`).setNumberFormat('@'));
    QUOTED.forEach((q, i) => typeIn(f, `F${i + 1}`, [[q]]));
    run(f, (x) => x.data.getRange(`F${QUOTED.length + 1}`).setValue("'- foto KTP buram"));
    const all = [...QUOTED, "'- foto KTP buram"];
    const got = readBack(f, `F1:F${all.length}`);
    expect(got.values).toEqual(column(all));
    expect(got.shown).toEqual(column(all));
    expect(got.formulas).toEqual(column(all.map(() => '')));
    expect(got.formats).toEqual(column(all.map(() => '@')));
  });
});
