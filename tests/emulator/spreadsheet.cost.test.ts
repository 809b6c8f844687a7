/**
 * Cost model and TextFinder: bulk reads are priced per cell (platform.md: ~0.03 ms per cell, a
 * 10,000 × 30 read ≈ 9 s), a one-row read does not grow with the tab, and TextFinder searches
 * on Google's side for a flat price with no cells read.
 */
import { fixture, run, type Fixture } from './spreadsheetHarness';

function bigTab(rows: number, cols: number): Fixture {
  const f = fixture();
  const values: unknown[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: unknown[] = [`WRSE-${String(r + 1).padStart(6, '0')}`];
    for (let c = 1; c < cols; c++) line.push(c === 1 ? `Nama ${r}` : r * c);
    values.push(line);
  }
  f.sheets.loadValues(f.ssId, 'Data', 1, 1, values);
  return f;
}

describe('SpreadsheetApp emulation: cost model', () => {
  test('getValues of r×c charges r*c cells', () => {
    const f = fixture();
    run(f, (x) => {
      x.data.getRange(1, 1, 40, 7).getValues();
      expect(x.ctx.ledger.summary().byMethod['Range.getValues']).toEqual({
        calls: 1,
        cells: 280,
        ms: 10 + 0.03 * 280,
      });
    });
  });

  test('creating a spreadsheet is priced as creating a document, not as opening one', () => {
    const f = fixture();
    run(f, (x) => {
      const created = x.app.create('Register Kecamatan (uji)');
      expect(created.getSheets()).toHaveLength(1);
      expect(x.ctx.ledger.summary().byMethod['SpreadsheetApp.create']).toEqual({
        calls: 1,
        cells: 0,
        ms: 1500,
      });
    });
  });

  test('a whole-tab read of 10,000 rows × 30 columns is priced around 9 s', () => {
    const f = bigTab(10000, 30);
    run(f, (x) => {
      const values = x.data.getDataRange().getValues();
      expect(values).toHaveLength(10000);
      const m = x.ctx.ledger.summary().byMethod['Range.getValues'];
      expect(m.cells).toBe(300000);
      expect(m.ms).toBeGreaterThan(8500);
      expect(m.ms).toBeLessThan(9500);
    });
  });

  test('a one-row read costs the same at 1,000 and 100,000 rows', () => {
    const cost = (rows: number) => {
      const f = bigTab(rows, 15);
      return run(f, (x) => {
        const row = x.data.getRange(rows - 10, 1, 1, 15).getValues()[0];
        expect(row[0]).toBe(`WRSE-${String(rows - 10).padStart(6, '0')}`);
        return x.ctx.ledger.summary();
      });
    };
    const small = cost(1000);
    const large = cost(100000);
    expect(large.calls).toBe(small.calls);
    expect(large.cells).toBe(small.cells);
    expect(large.ms).toBe(small.ms);
    expect(small.cells).toBe(15);
  });

  test('TextFinder findNext with matchEntireCell on the ID column finds the row, charged range.find flat with no cells', () => {
    const f = bigTab(100000, 15);
    run(f, (x) => {
      const ids = x.data.getRange(1, 1, x.data.getMaxRows(), 1);
      const hit = ids.createTextFinder('WRSE-099999').matchEntireCell(true).findNext();
      expect(hit?.getRow()).toBe(99999);
      expect(hit?.getColumn()).toBe(1);
      const m = x.ctx.ledger.summary().byMethod['TextFinder.findNext'];
      expect(m).toEqual({ calls: 1, cells: 0, ms: 50 });
      expect(ids.createTextFinder('WRSE-0999').matchEntireCell(true).findNext()).toBeNull();
    });
  });

  test('TextFinder: substring and case-insensitive by default; matchCase, findAll, findNext continues, findPrevious, regex', () => {
    const f = fixture();
    run(f, (x) => {
      x.data.getRange('A1:B4').setValues([
        ['id', 'nama'],
        ['A-1', 'Siti'],
        ['A-2', 'siti aminah'],
        ['B-1', 'Budi'],
      ]);
      expect(
        x.data
          .createTextFinder('SITI')
          .findAll()
          .map((r) => r.getA1Notation()),
      ).toEqual(['B2', 'B3']);
      expect(x.data.createTextFinder('SITI').matchCase(true).findAll()).toHaveLength(0);
      expect(
        x.data
          .createTextFinder('siti')
          .matchEntireCell(true)
          .findAll()
          .map((r) => r.getA1Notation()),
      ).toEqual(['B2']);
      const tf = x.data.createTextFinder('A-');
      expect(tf.findNext()?.getA1Notation()).toBe('A2');
      expect(tf.findNext()?.getA1Notation()).toBe('A3');
      expect(tf.findNext()).toBeNull();
      expect(tf.findPrevious()?.getA1Notation()).toBe('A2');
      expect(
        x.data
          .createTextFinder('^[AB]-1$')
          .useRegularExpression(true)
          .findAll()
          .map((r) => r.getA1Notation()),
      ).toEqual(['A2', 'A4']);
      const ss = x.app.getActive() as GoogleAppsScript.Spreadsheet.Spreadsheet;
      expect(
        ss
          .createTextFinder('budi')
          .findAll()
          .map((r) => r.getSheet().getName() + '!' + r.getA1Notation()),
      ).toEqual(['Data!B4']);
    });
  });

  test('TextFinder on a range searches only that range (e.g. the ID column)', () => {
    const f = fixture();
    run(f, (x) => {
      x.data.getRange('A1:B2').setValues([
        ['X-1', 'ref X-1'],
        ['X-2', 'X-1'],
      ]);
      const found = x.data
        .getRange('B1:B2')
        .createTextFinder('X-1')
        .matchEntireCell(true)
        .findAll();
      expect(found.map((r) => r.getA1Notation())).toEqual(['B2']);
      const after = x.data
        .getRange('A1:A2')
        .createTextFinder('X')
        .startFrom(x.data.getRange('A1'))
        .findNext();
      expect(after?.getA1Notation()).toBe('A2');
    });
  });

  test('TextFinder matches the displayed text of numbers', () => {
    const f = fixture();
    run(f, (x) => {
      x.data.getRange('A1:A2').setValues([[1234], [0.5]]);
      x.data.getRange('A2').setNumberFormat('0.00');
      expect(x.data.createTextFinder('0.50').findNext()?.getA1Notation()).toBe('A2');
      expect(
        x.data.createTextFinder('1234').matchEntireCell(true).findNext()?.getA1Notation(),
      ).toBe('A1');
    });
  });
});
