/**
 * Ranges: 1-based indices, A1 notation, Apps Script's errors for bad ranges and sizes, the
 * extent of the content, and the guard on unemulated members.
 */
import { fixture, run } from './spreadsheetHarness';

describe('SpreadsheetApp emulation: ranges', () => {
  test('indices are 1-based: getRange(1, 1) is A1', () => {
    const f = fixture();
    run(f, (x) => {
      x.data.getRange(1, 1).setValue('first');
      x.data.getRange(2, 3, 1, 2).setValues([['c2', 'd2']]);
      expect(x.data.getRange('A1').getValue()).toBe('first');
      expect(x.data.getRange('C2:D2').getValues()).toEqual([['c2', 'd2']]);
      expect(x.data.getRange(2, 3, 1, 2).getA1Notation()).toBe('C2:D2');
      expect(x.data.getRange(1, 1).getA1Notation()).toBe('A1');
    });
  });

  // Messages as Apps Script gives them (quoted in many projects' fakes and bug reports):
  // "The starting row of the range is too small.", "The starting column of the range is too
  // small.", "The number of rows in the range must be at least 1.", "The coordinates of the range
  // are outside the dimensions of the sheet."
  test.each([
    [[0, 1], 'The starting row of the range is too small.'],
    [[-3, 1], 'The starting row of the range is too small.'],
    [[1, 0], 'The starting column of the range is too small.'],
    [[1, 1, 0, 1], 'The number of rows in the range must be at least 1.'],
    [[1, 1, 1, 0], 'The number of columns in the range must be at least 1.'],
    [[1001, 1], 'The coordinates of the range are outside the dimensions of the sheet.'],
    [[1, 27], 'The coordinates of the range are outside the dimensions of the sheet.'],
    [[999, 1, 5, 1], 'The coordinates of the range are outside the dimensions of the sheet.'],
  ])('getRange%p throws "%s"', (args, message) => {
    const f = fixture();
    run(f, (x) => {
      const sheet = x.data as unknown as { getRange(...a: number[]): unknown };
      expect(() => sheet.getRange(...(args as number[]))).toThrow(message);
    });
  });

  test('getRange with a missing argument throws the parameters/signature error', () => {
    const f = fixture();
    run(f, (x) => {
      const sheet = x.data as unknown as { getRange(...a: unknown[]): unknown };
      expect(() => sheet.getRange(1, undefined)).toThrow(
        "The parameters (number,null) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    });
  });

  test("setValues with the wrong number of rows or columns throws Apps Script's message and writes nothing", () => {
    const f = fixture();
    run(f, (x) => {
      const r = x.data.getRange('A1:B3');
      expect(() => r.setValues([[1, 2]])).toThrow(
        'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
      );
      expect(() => r.setValues([[1, 2], [3, 4], [5]])).toThrow(
        'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
      );
      expect(x.data.getLastRow()).toBe(0);
    });
  });

  test('getLastRow/getLastColumn give the last row/column with content, 0 on an empty tab', () => {
    const f = fixture();
    run(f, (x) => {
      expect(x.data.getLastRow()).toBe(0);
      expect(x.data.getLastColumn()).toBe(0);
      x.data.getRange('C7').setValue('x');
      x.data.getRange('E2').setNumberFormat('@'); // a format is not content
      expect(x.data.getLastRow()).toBe(7);
      expect(x.data.getLastColumn()).toBe(3);
      x.data.getRange('C7').clearContent();
      expect(x.data.getLastRow()).toBe(0);
      expect(x.data.getMaxRows()).toBe(1000);
      expect(x.data.getMaxColumns()).toBe(26);
    });
  });

  test('getDataRange covers A1 to the last row and column with content', () => {
    const f = fixture();
    run(f, (x) => {
      x.data.getRange('B3').setValue(1);
      expect(x.data.getDataRange().getA1Notation()).toBe('A1:B3');
    });
  });

  test('A1 notation: whole columns, open ends and Tab!A1 on the spreadsheet', () => {
    const f = fixture();
    run(f, (x) => {
      const ss = x.app.getActive() as GoogleAppsScript.Spreadsheet.Spreadsheet;
      expect(x.data.getRange('B:C').getNumRows()).toBe(1000);
      expect(x.data.getRange('A2:B').getA1Notation()).toBe('A2:B1000');
      ss.getRange("'Data'!B2").setValue('via spreadsheet');
      expect(ss.getRange('Data!B2:C2').getValues()).toEqual([['via spreadsheet', '']]);
      expect(() => ss.getRange('Nope!A1')).toThrow('Range not found');
    });
  });

  test('offset and getCell move the handle without reading; offset outside the sheet throws', () => {
    const f = fixture();
    run(f, (x) => {
      const r = x.data.getRange('B2:C3');
      expect(r.offset(1, 1).getA1Notation()).toBe('C3:D4');
      expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
      expect(r.getCell(2, 2).getA1Notation()).toBe('C3');
      expect(r.getLastRow()).toBe(3);
      expect(r.getLastColumn()).toBe(3);
      expect(() => r.offset(-2, 0)).toThrow('The starting row of the range is too small.');
    });
  });

  test('an unemulated member throws a clear error instead of returning undefined', () => {
    const f = fixture();
    run(f, (x) => {
      const r = x.data.getRange('A1') as unknown as Record<string, unknown>;
      expect(() => r.getRichTextValue).toThrow(
        'Apps Script emulation: Range.getRichTextValue is not emulated.',
      );
      const app = x.app as unknown as Record<string, unknown>;
      expect(() => app.openByKey).toThrow('SpreadsheetApp.openByKey is not emulated');
    });
  });

  test('getActiveSpreadsheet is null when the script is not bound to a spreadsheet', () => {
    const f = fixture();
    run(f, (x) => expect(x.app.getActiveSpreadsheet()).toBeNull(), { active: null });
  });

  test('openById needs access; openByUrl and create work; an unknown id throws', () => {
    const f = fixture();
    run(f, (x) => {
      expect(x.app.openById(f.ssId).getName()).toBe('Register WRSE');
      expect(
        x.app.openByUrl(`https://docs.google.com/spreadsheets/d/${f.ssId}/edit#gid=0`).getId(),
      ).toBe(f.ssId);
      expect(() => x.app.openById('no-such-id')).toThrow(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
      const created = x.app.create('Arsip 2024');
      expect(created.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
      expect(created.getOwner()?.getEmail()).toBe('staf@example.go.id');
    });
    run(f, (x) => expect(() => x.app.openById(f.ssId)).toThrow('Unexpected error'), {
      user: 'orang.lain@gmail.com',
    });
  });
});
