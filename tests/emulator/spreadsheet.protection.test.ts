/**
 * Protections. Found (Apps Script Protection reference): range.protect()/sheet.protect() start
 * with the spreadsheet's editors (the documented sample removes them explicitly); the owner can
 * always edit; a warning-only protection does not block. A write by someone else throws "You are
 * trying to edit a protected cell or object. Please contact the spreadsheet owner to remove
 * protection if you need to edit." (quoted in Sheets and Apps Script reports).
 */
import { OWNER, STAF, fixture, run } from './spreadsheetHarness';

const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

function protectAudit(f: ReturnType<typeof fixture>): void {
  run(
    f,
    (x) => {
      const p = x.data.getRange('A1:C1').protect().setDescription('Header');
      p.removeEditors(p.getEditors());
      expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER]);
    },
    { user: OWNER },
  );
}

describe('SpreadsheetApp emulation: protections', () => {
  test('a new protection starts with the spreadsheet editors; the owner cannot be removed', () => {
    const f = fixture();
    run(
      f,
      (x) => {
        const p = x.data.getRange('A1:C1').protect();
        expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER, STAF]);
        expect(p.getProtectionType()).toBe(x.app.ProtectionType.RANGE);
        expect(p.getRange().getA1Notation()).toBe('A1:C1');
      },
      { user: OWNER },
    );
  });

  test("a write by a user who is not an editor of the protection throws Apps Script's message; nothing is written", () => {
    const f = fixture();
    protectAudit(f);
    run(f, (x) => {
      expect(() => x.data.getRange('B1').setValue('x')).toThrow(PROTECTED);
      expect(() =>
        x.data.getRange('A1:D2').setValues([
          [1, 2, 3, 4],
          [5, 6, 7, 8],
        ]),
      ).toThrow(PROTECTED);
      x.data.getRange('A2').setValue('free');
      expect(x.data.getRange('A1:A2').getValues()).toEqual([[''], ['free']]);
      const [p] = x.data.getProtections(x.app.ProtectionType.RANGE);
      expect(p.canEdit()).toBe(false);
      expect(p.getDescription()).toBe('Header');
    });
  });

  test('the owner may always write a protected range; an editor added to it may too', () => {
    const f = fixture();
    protectAudit(f);
    run(f, (x) => x.data.getRange('A1').setValue('by owner'), { user: OWNER });
    run(f, (x) => x.data.getProtections(x.app.ProtectionType.RANGE)[0].addEditor(STAF), {
      user: OWNER,
    });
    run(f, (x) => {
      x.data.getRange('B1').setValue('by staf');
      expect(x.data.getRange('A1:B1').getValues()).toEqual([['by owner', 'by staf']]);
    });
  });

  test('a warning-only protection does not block script writes', () => {
    const f = fixture();
    run(f, (x) => x.data.protect().removeEditors([STAF]).setWarningOnly(true), { user: OWNER });
    run(f, (x) => {
      x.data.getRange('A5').setValue('ok');
      expect(x.data.getRange('A5').getValue()).toBe('ok');
    });
  });

  test('a protected sheet blocks writes, row deletions and inserts except in its unprotected ranges', () => {
    const f = fixture();
    run(
      f,
      (x) => {
        const p = x.data.protect();
        p.removeEditor(STAF).setUnprotectedRanges([x.data.getRange('A2:C100')]);
        expect(p.getUnprotectedRanges()[0].getA1Notation()).toBe('A2:C100');
      },
      { user: OWNER },
    );
    run(f, (x) => {
      x.data.getRange('B5').setValue('inside the unprotected range');
      expect(() => x.data.getRange('D5').setValue('x')).toThrow(PROTECTED);
      expect(() => x.data.deleteRow(5)).toThrow(PROTECTED);
      expect(() => x.data.insertRowBefore(5)).toThrow(PROTECTED);
    });
  });

  test('a range protection moves with inserted rows', () => {
    const f = fixture();
    run(
      f,
      (x) => {
        x.data.getRange('A3:B3').protect().removeEditor(STAF);
        x.data.insertRowsBefore(1, 2);
        expect(
          x.data.getProtections(x.app.ProtectionType.RANGE)[0].getRange().getA1Notation(),
        ).toBe('A5:B5');
      },
      { user: OWNER },
    );
    run(f, (x) => {
      x.data.getRange('A3').setValue('free now');
      expect(() => x.data.getRange('A5').setValue('x')).toThrow(PROTECTED);
    });
  });

  test('remove() lifts a protection (for its editors)', () => {
    const f = fixture();
    protectAudit(f);
    run(f, (x) => x.data.getProtections(x.app.ProtectionType.RANGE)[0].remove(), { user: OWNER });
    run(f, (x) => {
      x.data.getRange('A1').setValue('x');
      expect(x.data.getProtections(x.app.ProtectionType.RANGE)).toHaveLength(0);
    });
  });
});
