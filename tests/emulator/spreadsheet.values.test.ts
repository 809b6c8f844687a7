/**
 * Cell values as Apps Script returns them, and what Google does to a written value.
 */
import { fixture, run } from './spreadsheetHarness';

describe('SpreadsheetApp emulation: cell values', () => {
  // Range.getValues: "Returns the rectangular grid of values for this range… Empty cells are
  // represented by an empty string in the array." Values are Number, Boolean, Date or String.
  test('getValues returns typed values (number, boolean, Date) and "" for empty, always a full rectangle', () => {
    const f = fixture();
    run(f, (x) => {
      const when = new Date('2024-03-05T10:30:00+07:00');
      x.data.getRange('B2:D2').setValues([[42.5, true, when]]);
      const values = x.data.getRange(1, 1, 3, 5).getValues();
      expect(values).toHaveLength(3);
      for (const line of values) expect(line).toHaveLength(5);
      expect(values[0]).toEqual(['', '', '', '', '']);
      expect(values[1][1]).toBe(42.5);
      expect(values[1][2]).toBe(true);
      expect(Object.prototype.toString.call(values[1][3])).toBe('[object Date]');
      expect((values[1][3] as Date).getTime()).toBe(when.getTime());
      expect(values[1][0]).toBe('');
    });
  });

  // Sheets keeps 15 significant digits of a number typed into a cell: a 16-digit NIK loses its
  // last digit (platform.md "Number-looking strings are converted").
  test('a 16-digit NIK string written to a General cell becomes a number with 15 significant digits', () => {
    const f = fixture();
    run(f, (x) => {
      x.data.getRange('A1').setValue('3520054708680001');
      const v = x.data.getRange('A1').getValue();
      expect(typeof v).toBe('number');
      expect(v).toBe(3520054708680000);
    });
  });

  test('a leading-zero string "0012" written to a General cell becomes the number 12', () => {
    const f = fixture();
    run(f, (x) => {
      x.data.getRange('A1').setValue('0012');
      expect(x.data.getRange('A1').getValue()).toBe(12);
    });
  });

  test('in a plain-text (@) cell a NIK and "0012" stay exact strings', () => {
    const f = fixture();
    run(f, (x) => {
      const col = x.data.getRange('A1:A2');
      col.setNumberFormat('@');
      col.setValues([['3520054708680001'], ['0012']]);
      expect(col.getValues()).toEqual([['3520054708680001'], ['0012']]);
      expect(col.getNumberFormats()).toEqual([['@'], ['@']]);
    });
  });

  test('date-looking strings become Date values (ISO and day-first), in the spreadsheet time zone', () => {
    const f = fixture();
    run(f, (x) => {
      x.data.getRange('A1:B1').setValues([['2024-01-31', '17/08/2024']]);
      const [[iso, dmy]] = x.data.getRange('A1:B1').getValues();
      expect((iso as Date).toISOString()).toBe('2024-01-30T17:00:00.000Z'); // midnight in Jakarta
      expect((dmy as Date).toISOString()).toBe('2024-08-16T17:00:00.000Z');
      expect(x.data.getRange('A1').getDisplayValue()).toBe('2024-01-31');
    });
  });

  test('"TRUE" and "false" become booleans; other text stays text', () => {
    const f = fixture();
    run(f, (x) => {
      x.data.getRange('A1:C1').setValues([['TRUE', 'false', 'Tidak']]);
      expect(x.data.getRange('A1:C1').getValues()).toEqual([[true, false, 'Tidak']]);
    });
  });

  test('strings starting with "=" become formulas: getFormula returns it, getValue its result', () => {
    const f = fixture();
    run(f, (x) => {
      x.data.getRange('A1:E1').setValues([[2, 3, '=A1*B1+1', '="No. "&A1', '=(A1+B1)/2']]);
      expect(x.data.getRange('C1').getFormula()).toBe('=A1*B1+1');
      expect(x.data.getRange('A1:E1').getValues()).toEqual([[2, 3, 7, 'No. 2', 2.5]]);
      expect(x.data.getRange('A1').getFormula()).toBe('');
    });
  });

  test('a formula calling a function gives #NAME?, an unparsable one #ERROR!, a division by zero #DIV/0!', () => {
    const f = fixture();
    run(f, (x) => {
      x.data.getRange('A1:C1').setValues([['=SUM(B1:B3)', '=1+*2', '=1/0']]);
      expect(x.data.getRange('A1:C1').getValues()).toEqual([['#NAME?', '#ERROR!', '#DIV/0!']]);
    });
  });

  test('"+1" and "-1" become numbers; "-abc" and "+62 812" become formulas (formula injection)', () => {
    const f = fixture();
    run(f, (x) => {
      x.data.getRange('A1:D1').setValues([['+1', '-1', '-abc', '+62 812']]);
      const [[a, b, c, d]] = x.data.getRange('A1:D1').getValues();
      expect(a).toBe(1);
      expect(b).toBe(-1);
      expect(c).toBe('#NAME?');
      expect(x.data.getRange('C1').getFormula()).toBe('=-abc');
      expect(d).toBe('#ERROR!');
    });
  });

  test('a leading apostrophe keeps the rest as text and is not stored (the formula neutraliser)', () => {
    const f = fixture();
    run(f, (x) => {
      x.data.getRange('A1:C1').setValues([['\'=HYPERLINK("x")', "'3520054708680001", "'-1"]]);
      expect(x.data.getRange('A1:C1').getValues()).toEqual([
        ['=HYPERLINK("x")', '3520054708680001', '-1'],
      ]);
      expect(x.data.getRange('A1').getFormula()).toBe('');
    });
  });

  test('a fresh cell has number format "0.###############"; setNumberFormat changes the display, not the value', () => {
    const f = fixture();
    run(f, (x) => {
      const r = x.data.getRange('A1:C1');
      expect(r.getNumberFormat()).toBe('0.###############');
      r.setValues([[1234.5, 0.256, 45000]]);
      r.setNumberFormats([['#,##0.00', '0.0%', 'dd/MM/yyyy']]);
      expect(r.getDisplayValues()).toEqual([['1,234.50', '25.6%', '15/03/2023']]);
      const [[a, b, c]] = r.getValues();
      expect(a).toBe(1234.5);
      expect(b).toBe(0.256);
      expect(Object.prototype.toString.call(c)).toBe('[object Date]'); // a number in a date cell reads as Date
    });
  });

  test('a Date written to a General cell gets a date format and displays as a date', () => {
    const f = fixture();
    run(f, (x) => {
      x.data.getRange('A1').setValue(new Date('2024-08-17T00:00:00+07:00'));
      expect(x.data.getRange('A1').getNumberFormat()).toBe('dd/MM/yyyy');
      expect(x.data.getRange('A1').getDisplayValue()).toBe('17/08/2024');
    });
  });

  // "Your input contains more than the maximum of 50000 characters in a single cell." (seen in
  // Apps Script and Sheets API error reports).
  test("a value over 50,000 characters is refused with Apps Script's message and nothing is written", () => {
    const f = fixture();
    run(f, (x) => {
      expect(() => x.data.getRange('A1').setValue('x'.repeat(50001))).toThrow(
        'Your input contains more than the maximum of 50000 characters in a single cell.',
      );
      x.data.getRange('A2').setValue('x'.repeat(50000));
      expect(
        x.data
          .getRange('A1:A2')
          .getValues()
          .map((r) => String(r[0]).length),
      ).toEqual([0, 50000]);
    });
  });

  test('setValue on a multi-cell range writes the value into every cell', () => {
    const f = fixture();
    run(f, (x) => {
      x.data.getRange('A1:B2').setValue('Ya');
      expect(x.data.getRange('A1:B2').getValues()).toEqual([
        ['Ya', 'Ya'],
        ['Ya', 'Ya'],
      ]);
    });
  });

  test('notes and style setters are recorded; clearContent keeps the note, clear() removes everything', () => {
    const f = fixture();
    run(f, (x) => {
      const r = x.data.getRange('A1');
      r.setValue('x').setNote('cek').setFontWeight('bold').setBackground('#eeeeee');
      r.clearContent();
      expect(r.getValue()).toBe('');
      expect(r.getNote()).toBe('cek');
      r.setValue('y');
      r.clear();
      expect(r.getValue()).toBe('');
      expect(r.getNote()).toBe('');
    });
  });
});
