/**
 * The write buffer of an execution (platform.md: "Reads are look-ahead cached and writes are
 * buffered; a read after a write forces a commit"), flush(), the commit at the end of an
 * execution (even a failed one), isolation between executions, and injected faults.
 */
import { exec, fixture, run } from './spreadsheetHarness';

function byMethod(x: ReturnType<typeof exec>, method: string) {
  return x.ctx.ledger.summary().byMethod[method];
}

describe('SpreadsheetApp emulation: the write buffer', () => {
  test('writes are queued (charged range.write, nothing committed); another execution does not see them', () => {
    const f = fixture();
    const writer = exec(f);
    writer.data.getRange('A1').setValue('queued');
    expect(byMethod(writer, 'Range.setValue')).toEqual({ calls: 1, cells: 0, ms: 1 });
    expect(byMethod(writer, 'buffer.commit')).toBeUndefined();
    run(f, (other) => expect(other.data.getRange('A1').getValue()).toBe(''));
    writer.end();
    run(f, (other) => expect(other.data.getRange('A1').getValue()).toBe('queued'));
  });

  test('a read after a write commits first and pays range.readDirty + buffer.commit with the cells', () => {
    const f = fixture();
    run(f, (x) => {
      x.data.getRange('A1:B2').setValues([
        [1, 2],
        [3, 4],
      ]);
      x.data.getRange('C1').getValue();
      expect(byMethod(x, 'buffer.commit')).toEqual({ calls: 0, cells: 4, ms: 30 + 0.15 * 4 });
      expect(byMethod(x, 'Range.getValue')).toEqual({ calls: 1, cells: 1, ms: 10 + 0.03 + 80 });
      x.data.getRange('C1').getValue(); // clean now: no second commit
      expect(byMethod(x, 'buffer.commit').cells).toBe(4);
    });
  });

  test('metadata reads (getLastRow) and TextFinder also commit pending writes first', () => {
    const f = fixture();
    run(f, (x) => {
      x.data.getRange('A5').setValue('R-5');
      expect(x.data.getLastRow()).toBe(5);
      x.data.getRange('A6').setValue('R-6');
      expect(x.data.createTextFinder('R-6').findNext()?.getRow()).toBe(6);
      expect(byMethod(x, 'buffer.commit').cells).toBe(2);
    });
  });

  test('SpreadsheetApp.flush() commits the queued writes as one call', () => {
    const f = fixture();
    const x = exec(f);
    x.data.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    x.app.flush();
    expect(byMethod(x, 'SpreadsheetApp.flush')).toEqual({ calls: 1, cells: 3, ms: 30 + 0.45 });
    run(f, (other) => expect(other.data.getRange('A1:C1').getValues()).toEqual([['a', 'b', 'c']]));
    x.end();
  });

  test('the end of the execution commits, even when the execution failed (no transactions)', () => {
    const f = fixture();
    expect(() =>
      run(f, (x) => {
        x.data.getRange('A1').setValue('written before the error');
        throw new Error('boom');
      }),
    ).toThrow('boom');
    run(f, (x) => expect(x.data.getRange('A1').getValue()).toBe('written before the error'));
  });

  test('an injected fault throws at the N-th SpreadsheetApp call and that call has no effect', () => {
    const f = fixture();
    // calls: 1 getActive, 2 getSheetByName, 3 getRange, 4 setValue (fault), …
    run(
      f,
      (x) => {
        const range = x.data.getRange('A1');
        expect(() => range.setValue('lost')).toThrow(
          'Exception: Service SpreadsheetApp failed while processing Range.setValue (injected fault).',
        );
        x.data.getRange('A2').setValue('kept');
      },
      { faults: [{ target: 'SpreadsheetApp', at: 4 }] },
    );
    run(f, (x) => expect(x.data.getRange('A1:A2').getValues()).toEqual([[''], ['kept']]));
  });

  test('an injected fault on a read leaves the buffer queued (no commit happened)', () => {
    const f = fixture();
    run(
      f,
      (x) => {
        x.data.getRange('A1').setValue('x');
        expect(() => x.data.getRange('A1').getValue()).toThrow('injected fault');
        expect(byMethod(x, 'buffer.commit')).toBeUndefined();
      },
      { faults: [{ target: 'Range.getValue', at: 1 }] },
    );
  });
});
