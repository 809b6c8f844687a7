/**
 * Structure: appendRow, inserting and deleting rows and columns (content, validations and
 * formats move with their rows), frozen rows, tab names and the size limits.
 */
import { exec, fixture, run } from './spreadsheetHarness';

describe('SpreadsheetApp emulation: structure', () => {
  test('appendRow writes after the last row with content', () => {
    const f = fixture();
    run(f, (x) => {
      x.data.getRange('A1:B1').setValues([['ID', 'Nama']]);
      x.data.getRange('A3').setValue('R-1');
      x.data.appendRow(['R-2', 'Siti']);
      expect(x.data.getLastRow()).toBe(4);
      expect(x.data.getRange('A4:B4').getValues()).toEqual([['R-2', 'Siti']]);
    });
  });

  test('appendRow grows a full tab by one row', () => {
    const f = fixture();
    run(f, (x) => {
      x.data.getRange(1000, 1).setValue('last');
      x.data.appendRow(['beyond']);
      expect(x.data.getMaxRows()).toBe(1001);
      expect(x.data.getRange(1001, 1).getValue()).toBe('beyond');
    });
  });

  test('appendRow is resolved at commit: two executions appending concurrently never overwrite each other', () => {
    const f = fixture();
    const a = exec(f);
    const b = exec(f, { user: 'pemilik@example.go.id' });
    a.data.appendRow(['from A']);
    b.data.appendRow(['from B']);
    b.end();
    a.end();
    run(f, (x) => expect(x.data.getRange('A1:A2').getValues()).toEqual([['from B'], ['from A']]));
  });

  test('insertRowsBefore shifts content, number formats and validations down', () => {
    const f = fixture();
    run(f, (x) => {
      const rule = x.app
        .newDataValidation()
        .requireValueInList(['Ya', 'Tidak'])
        .setAllowInvalid(false)
        .build();
      x.data.getRange('A2').setValue('row2').setNumberFormat('@');
      x.data.getRange('B2').setDataValidation(rule);
      x.data.insertRowsBefore(2, 3);
      expect(x.data.getRange('A2').getValue()).toBe('');
      expect(x.data.getRange('A5').getValue()).toBe('row2');
      expect(x.data.getRange('A5').getNumberFormat()).toBe('@');
      expect(x.data.getRange('B5').getDataValidation()?.getCriteriaType()).toBe('VALUE_IN_LIST');
      expect(x.data.getRange('B2').getDataValidation()).toBeNull();
      expect(x.data.getMaxRows()).toBe(1003);
    });
  });

  test('insertRowAfter/insertRowsAfter insert below the given row', () => {
    const f = fixture();
    run(f, (x) => {
      x.data.getRange('A1:A2').setValues([['a'], ['b']]);
      x.data.insertRowAfter(1);
      x.data.insertRowsAfter(3, 2);
      x.data.getRange('A4').setValue('c');
      expect(x.data.getRange('A1:A4').getValues()).toEqual([['a'], [''], ['b'], ['c']]);
    });
  });

  test('deleteRows shifts content up; deleting out of bounds or every non-frozen row throws', () => {
    const f = fixture();
    run(f, (x) => {
      x.data.getRange('A1:A4').setValues([['1'], ['2'], ['3'], ['4']]);
      x.data.deleteRows(2, 2);
      expect(x.data.getRange('A1:A2').getValues()).toEqual([[1], [4]]);
      expect(x.data.getMaxRows()).toBe(998);
      expect(() => x.data.deleteRows(990, 20)).toThrow('Those rows are out of bounds.');
      x.data.setFrozenRows(1);
      expect(() => x.data.deleteRows(1, 998)).toThrow(
        'Sorry, it is not possible to delete all non-frozen rows.',
      );
    });
  });

  test('insertColumns/deleteColumn shift cells sideways', () => {
    const f = fixture();
    run(f, (x) => {
      x.data.getRange('A1:C1').setValues([['a', 'b', 'c']]);
      x.data.insertColumnBefore(2);
      expect(x.data.getRange('A1:D1').getValues()).toEqual([['a', '', 'b', 'c']]);
      x.data.deleteColumn(1);
      expect(x.data.getRange('A1:C1').getValues()).toEqual([['', 'b', 'c']]);
      expect(x.data.getMaxColumns()).toBe(26);
    });
  });

  test('setFrozenRows/getFrozenRows and frozen columns', () => {
    const f = fixture();
    run(f, (x) => {
      expect(x.data.getFrozenRows()).toBe(0);
      x.data.setFrozenRows(1);
      x.data.setFrozenColumns(2);
      expect(x.data.getFrozenRows()).toBe(1);
      expect(x.data.getFrozenColumns()).toBe(2);
    });
  });

  // Sheets treats tab names case-insensitively; Apps Script's message for a duplicate:
  // 'A sheet with the name "X" already exists. Please enter another name.'
  test('a duplicate tab name (any case) is refused; getSheetByName ignores case; names up to 100 characters', () => {
    const f = fixture();
    run(f, (x) => {
      const ss = x.app.getActive() as GoogleAppsScript.Spreadsheet.Spreadsheet;
      expect(() => ss.insertSheet('data')).toThrow(
        'A sheet with the name "data" already exists. Please enter another name.',
      );
      const audit = ss.insertSheet('Audit');
      expect(() => audit.setName('Data')).toThrow(
        'A sheet with the name "Data" already exists. Please enter another name.',
      );
      expect(ss.getSheetByName('AUDIT')?.getSheetId()).toBe(audit.getSheetId());
      expect(ss.getSheetByName('Tidak ada')).toBeNull();
      audit.setName('x'.repeat(100));
      expect(() => audit.setName('x'.repeat(101))).toThrow('100 characters');
    });
  });

  test('insertSheet places the tab (0-based index), makes it active; getIndex is 1-based; the last tab cannot be deleted', () => {
    const f = fixture();
    run(f, (x) => {
      const ss = x.app.getActive() as GoogleAppsScript.Spreadsheet.Spreadsheet;
      const first = ss.insertSheet('Pertama', 0);
      expect(first.getIndex()).toBe(1);
      expect(ss.getSheets().map((s) => s.getName())).toEqual(['Pertama', 'Data']);
      expect(ss.getActiveSheet().getName()).toBe('Pertama');
      expect(first.getMaxRows()).toBe(1000);
      expect(first.getMaxColumns()).toBe(26);
      ss.deleteSheet(first);
      expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow(
        "You can't remove all the sheets in a document.",
      );
    });
  });

  // "This action would increase the number of cells in the workbook above the limit of
  // 10000000 cells." (Sheets and Apps Script error reports)
  test('the spreadsheet cannot grow beyond 10 million cells', () => {
    const f = fixture();
    run(f, (x) => {
      x.data.deleteColumns(11, 16); // 1000 × 10
      x.data.insertRowsAfter(1000, 998000); // 999,000 × 10 = 9,990,000 cells
      expect(() => x.data.insertRowsAfter(1, 1001)).toThrow(
        'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
      );
      expect(x.data.getMaxRows()).toBe(999000);
    });
  });

  test('spreadsheet time zone is the one the fixture set (Asia/Jakarta) and can be changed', () => {
    const f = fixture();
    run(f, (x) => {
      const ss = x.app.getActive() as GoogleAppsScript.Spreadsheet.Spreadsheet;
      expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Jakarta');
      ss.setSpreadsheetTimeZone('Asia/Makassar');
      expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Makassar');
    });
  });

  test('sharing: addEditor/removeEditor/getEditors, viewers and the owner', () => {
    const f = fixture();
    run(f, (x) => {
      const ss = x.app.getActive() as GoogleAppsScript.Spreadsheet.Spreadsheet;
      ss.addEditor('kabid@example.go.id').addViewer('auditor@example.go.id');
      expect(ss.getEditors().map((u) => u.getEmail())).toEqual([
        'pemilik@example.go.id',
        'staf@example.go.id',
        'kabid@example.go.id',
      ]);
      ss.removeEditor('kabid@example.go.id');
      expect(ss.getEditors().map((u) => u.getEmail())).not.toContain('kabid@example.go.id');
      expect(ss.getViewers().map((u) => u.getEmail())).toEqual(['auditor@example.go.id']);
      expect(ss.getOwner()?.getEmail()).toBe('pemilik@example.go.id');
    });
  });
});

describe('conditional format rules', () => {
  // Reference: SpreadsheetApp.newConditionalFormatRule(), whenFormulaSatisfied, setRanges,
  // Sheet.setConditionalFormatRules / getConditionalFormatRules (rules are replaced as a whole).
  it('stores custom-formula rules with the sheet and returns them; a rule without condition is refused', () => {
    const f = fixture();
    run(f, (x) => {
      const app = x.app;
      const sheet = x.data;
      const range = sheet.getRange('B2:B10');
      const rule = app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=$B2<NOW()')
        .setBackground('#ff0000')
        .setRanges([range])
        .build();
      sheet.setConditionalFormatRules([rule]);
      const [back] = sheet.getConditionalFormatRules();
      expect(back.getBooleanCondition()!.getCriteriaValues()).toEqual(['=$B2<NOW()']);
      expect(back.getBooleanCondition()!.getBackground()).toBe('#ff0000');
      expect(back.getRanges()[0].getA1Notation()).toBe('B2:B10');
      sheet.setConditionalFormatRules([]);
      expect(sheet.getConditionalFormatRules()).toEqual([]);
      expect(() => app.newConditionalFormatRule().setBackground('#ff0000').build()).toThrow(
        /condition is required/,
      );
    });
  });
});
