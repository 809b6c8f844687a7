/**
 * The register's data layer against the emulated Sheets: columns found by header, rows by their
 * write-once ID, one read and one write per operation, a version per row, text neutralised, NIK
 * kept as text — and what happens when staff edit the sheet by hand.
 */
import { SheetTable } from '../../src/gas/sheetTable';
import { MEMBERS, type RowOf } from '../../src/app/register/tabs';
import { RegisterError, StaleDataError } from '../../src/app/register/errors';
import { ADMIN, newRegister, type TestRegister } from '../support/register';

type Member = RowOf<typeof MEMBERS>;
const stamp = { by: 'staf@dinsos.example.go.id', at: '2026-03-02T03:00:00.000Z' };

function member(n: number, overrides: Partial<Member> = {}): Member {
  const serial = String(n).padStart(4, '0');
  return {
    id: `AGT-${serial}`,
    caseId: 'WRSE-2026-0001',
    nik: `35200547086800${String(n % 100).padStart(2, '0')}`.slice(0, 12) + serial,
    kk: `352005010120${serial}`,
    name: `Anggota Contoh ${n}`,
    birthDate: '1968-08-07',
    maritalStatus: 'Cerai Mati',
    breadwinner: true,
    hasKtp: true,
    hasKk: true,
    hasCertificate: false,
    dtsenDecile: 3,
    dtsenDate: '2026-01-31',
    desa: '35.20.05.2001',
    address: 'Dusun Contoh RT 01 RW 02',
    validation: 'Belum',
    note: '',
    version: null,
    createdBy: '',
    createdAt: '',
    updatedBy: '',
    updatedAt: '',
    ...overrides,
  };
}

function registerWithMembers(count: number): TestRegister {
  const register = newRegister();
  expect(register.run('menuSetupRegister', ADMIN).error).toBeNull();
  register.withSheets((ss) => {
    SheetTable.open<Member>(ss, MEMBERS).insert(
      Array.from({ length: count }, (_, i) => member(i + 1)),
      stamp,
    );
  });
  return register;
}

const table = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) =>
  SheetTable.open<Member>(ss, MEMBERS);

describe('SheetTable', () => {
  it('reads a row by its ID, NIK and KK as exact 16-digit text, dates as ISO', () => {
    const register = registerWithMembers(3);
    const found = register.withSheets((ss) => table(ss).get('AGT-0002'));
    expect(found?.row).toMatchObject({
      id: 'AGT-0002',
      nik: member(2).nik,
      kk: member(2).kk,
      birthDate: '1968-08-07',
      breadwinner: true,
      version: 1,
      createdBy: stamp.by,
      createdAt: stamp.at,
    });
    expect(found?.rowNumber).toBe(3);
    expect(register.withSheets((ss) => table(ss).get('AGT-9999'))).toBeNull();
  });

  it('updates one row, increments its version and stamps who changed it', () => {
    const register = registerWithMembers(3);
    const later = { by: 'peksos@dinsos.example.go.id', at: '2026-03-03T04:00:00.000Z' };
    register.withSheets((ss) => table(ss).update('AGT-0002', 1, { validation: 'Valid' }, later));
    const row = register.withSheets((ss) => table(ss).get('AGT-0002'))!.row;
    expect(row).toMatchObject({
      validation: 'Valid',
      version: 2,
      updatedBy: later.by,
      createdBy: stamp.by,
    });
  });

  it('refuses a stale form: the version it was loaded at is no longer current; nothing written', () => {
    const register = registerWithMembers(2);
    register.withSheets((ss) => table(ss).update('AGT-0001', 1, { note: 'pertama' }, stamp));
    const before = register.values(MEMBERS.name);
    expect(() =>
      register.withSheets((ss) => table(ss).update('AGT-0001', 1, { note: 'kedua' }, stamp)),
    ).toThrow(StaleDataError);
    expect(() => register.withSheets((ss) => table(ss).update('AGT-0001', 1, {}, stamp))).toThrow(
      /telah diubah oleh staf@dinsos.example.go.id/,
    );
    expect(register.values(MEMBERS.name)).toEqual(before);
  });

  it('never lets user text become a formula, and reads it back exactly', () => {
    const register = registerWithMembers(1);
    const hostile = '=HYPERLINK("http://contoh.invalid";"klik")';
    register.withSheets((ss) =>
      table(ss).update('AGT-0001', 1, { name: hostile, note: '+62 812' }, stamp),
    );
    const formulas = register.withSheets(
      (ss) => ss.getSheetByName(MEMBERS.name)!.getRange(2, 1, 1, 20).getFormulas()[0],
    );
    expect(formulas.every((f) => f === '')).toBe(true);
    const row = register.withSheets((ss) => table(ss).get('AGT-0001'))!.row;
    expect(row.name).toBe(hostile);
    expect(row.note).toBe('+62 812');
  });

  it('refuses invalid values naming the tab and column, and writes nothing', () => {
    const register = registerWithMembers(1);
    const before = register.values(MEMBERS.name);
    expect(() =>
      register.withSheets((ss) =>
        table(ss).update('AGT-0001', 1, { note: 'x'.repeat(5001) }, stamp),
      ),
    ).toThrow(/Tab "Anggota": nilai kolom "Catatan" tidak sah/);
    expect(() =>
      register.withSheets((ss) => table(ss).update('AGT-0001', 1, { nik: '3520.0547' }, stamp)),
    ).toThrow(/kolom "NIK"/);
    expect(register.values(MEMBERS.name)).toEqual(before);
  });

  it('refuses a second row with an ID that exists', () => {
    const register = registerWithMembers(2);
    expect(() => register.withSheets((ss) => table(ss).insert([member(2)], stamp))).toThrow(
      /ID "AGT-0002" sudah ada/,
    );
  });
});

describe('SheetTable when staff edit the sheet by hand', () => {
  it('still reads and writes the right cells after staff reorder the columns', () => {
    const register = registerWithMembers(3);
    register.withSheets((ss) => {
      // As staff would with drag and drop: values, formats and drop-downs move together.
      const range = ss.getSheetByName(MEMBERS.name)!.getDataRange();
      const reverse = <T>(rows: T[][]) => rows.map((r) => [...r].reverse());
      const values = reverse(range.getValues());
      const formats = reverse(range.getNumberFormats());
      const rules = reverse(range.getDataValidations());
      range.clearDataValidations();
      range.setNumberFormats(formats).setValues(values).setDataValidations(rules);
    });
    register.withSheets((ss) =>
      table(ss).update('AGT-0003', 1, { name: 'Nama Baru (contoh)' }, stamp),
    );
    const row = register.withSheets((ss) => table(ss).get('AGT-0003'))!.row;
    expect(row).toMatchObject({
      id: 'AGT-0003',
      name: 'Nama Baru (contoh)',
      nik: member(3).nik,
      version: 2,
    });
    const other = register.withSheets((ss) => table(ss).get('AGT-0001'))!.row;
    expect(other).toMatchObject({ name: 'Anggota Contoh 1', version: 1 });
  });

  it('finds rows after staff sort the tab and insert blank rows', () => {
    const register = registerWithMembers(5);
    register.withSheets((ss) => {
      const sheet = ss.getSheetByName(MEMBERS.name)!;
      const body = sheet.getRange(2, 1, 5, sheet.getLastColumn());
      body.setValues(body.getValues().reverse());
      sheet.insertRowsBefore(3, 2);
    });
    const found = register.withSheets((ss) => table(ss).get('AGT-0004'));
    expect(found?.row.name).toBe('Anggota Contoh 4');
    register.withSheets((ss) => table(ss).update('AGT-0004', 1, { validation: 'Valid' }, stamp));
    expect(register.withSheets((ss) => table(ss).get('AGT-0004'))!.row.validation).toBe('Valid');
    register.withSheets((ss) => table(ss).insert([member(6)], stamp));
    expect(register.withSheets((ss) => table(ss).get('AGT-0006'))?.rowNumber).toBe(9);
  });

  it('keeps the cells of columns staff added themselves', () => {
    const register = registerWithMembers(1);
    register.withSheets((ss) => {
      const sheet = ss.getSheetByName(MEMBERS.name)!;
      const column = sheet.getLastColumn() + 1;
      sheet.insertColumnAfter(column - 1);
      sheet.getRange(1, column, 2, 1).setValues([['Catatan Staf'], ['jangan dihapus']]);
    });
    register.withSheets((ss) => table(ss).update('AGT-0001', 1, { validation: 'Valid' }, stamp));
    const values = register.values(MEMBERS.name);
    expect(values[1][values[0].indexOf('Catatan Staf')]).toBe('jangan dihapus');
  });

  it('stops with a message naming the tab and column when a header was renamed; writes nothing', () => {
    const register = registerWithMembers(2);
    register.withSheets((ss) => {
      const sheet = ss.getSheetByName(MEMBERS.name)!;
      const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
      sheet.getRange(1, headers.indexOf('Nama') + 1).setValue('Nama Lengkap');
    });
    const before = register.values(MEMBERS.name);
    const attempt = () =>
      register.withSheets((ss) => table(ss).update('AGT-0001', 1, { validation: 'Valid' }, stamp));
    expect(attempt).toThrow(RegisterError);
    expect(attempt).toThrow('Tab "Anggota": kolom "Nama" tidak ditemukan di baris judul.');
    expect(register.values(MEMBERS.name)).toEqual(before);
  });

  it('reports a NIK that Sheets turned into a number instead of reading a wrong NIK', () => {
    const register = registerWithMembers(1);
    register.withSheets((ss) => {
      const sheet = ss.getSheetByName(MEMBERS.name)!;
      const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
      sheet
        .getRange(2, headers.indexOf('NIK') + 1)
        .setNumberFormat('0')
        .setValue('3520054708680001');
    });
    expect(() => register.withSheets((ss) => table(ss).get('AGT-0001'))).toThrow(
      /Tab "Anggota" baris 2: kolom "NIK" berisi angka/,
    );
  });

  it('refuses to pick between two rows with the same ID (a row copied by hand)', () => {
    const register = registerWithMembers(2);
    register.withSheets((ss) => {
      const sheet = ss.getSheetByName(MEMBERS.name)!;
      sheet
        .getRange(4, 1, 1, sheet.getLastColumn())
        .setValues(sheet.getRange(2, 1, 1, sheet.getLastColumn()).getValues());
    });
    expect(() => register.withSheets((ss) => table(ss).get('AGT-0001'))).toThrow(
      /ada di 2 baris \(2, 4\)/,
    );
  });
});

describe('SheetTable when a tab is full', () => {
  it('grows the tab with formatted rows: NIKs written past the old end stay 16-digit text', () => {
    const register = registerWithMembers(1);
    register.withSheets((ss) => {
      const sheet = ss.getSheetByName(MEMBERS.name)!;
      sheet.deleteRows(3, sheet.getMaxRows() - 2); // the tab now ends right after row 2
    });
    register.withSheets((ss) =>
      table(ss).insert(
        Array.from({ length: 3 }, (_, i) => member(i + 2)),
        stamp,
      ),
    );
    const found = register.withSheets((ss) => table(ss).get('AGT-0004'));
    expect(found?.row.nik).toBe(member(4).nik);
    expect(found?.rowNumber).toBe(5);
    const maxRows = register.withSheets((ss) => ss.getSheetByName(MEMBERS.name)!.getMaxRows());
    expect(maxRows).toBeGreaterThan(5);
  });
});
