/**
 * The kecamatan round trip is idempotent for text that starts with `=`, `+`, `-` or `@` (issue
 * 13, reproduction 9). A pendamping's note "- foto KTP buram, minta kirim ulang" is shown in her
 * register exactly as she typed it (a plain-text cell, no visible apostrophe), is stored in the
 * master as text (never a formula) and read back exactly, and is applied once: refreshing again
 * and again adds no audit row.
 */
import { runInProcess } from '../../emulator/runtime';
import { AUDIT, MEMBERS } from '../../src/app/register/tabs';
import { SheetTable } from '../../src/gas/sheetTable';
import type { CaseDetail } from '../../src/app/api/views';
import { api, ok } from '../support/api';
import { USERS_BY_ROLE as U, seedPeople } from '../support/people';
import { ADMIN, newRegister, withGlobals } from '../support/register';
import { NOW, caseAt } from '../support/flow';

type Sheets = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

const register = newRegister();
register.run('menuSetupRegister', ADMIN);
seedPeople(register, 1);
const atS03 = caseAt(register, 'S03', 0); // Kawedanan, waiting for validation

const NOTES = [
  '- foto KTP buram, minta kirim ulang',
  '=nama di KK berbeda dengan KTP',
  '+62 812 0000 0000 nomor baru ketua',
  '@kades: surat keterangan domisili menyusul',
];

function asUser<T>(user: string, id: string, fn: (ss: Book) => T): T {
  const run = runInProcess(register.world, { user, now: new Date(NOW) }, (g) =>
    withGlobals(g, () => fn((g.SpreadsheetApp as Sheets).openById(id))),
  );
  if (run.error) throw run.error;
  return run.value as T;
}

function refresh(): void {
  const run = register.run('menuRefreshKecamatanRegisters', ADMIN, [], { now: new Date(NOW) });
  expect(run.error).toBeNull();
}

function kawedananId(): string {
  const [head, ...rows] = register.values('Register Kecamatan');
  const code = head.indexOf('Kode Kecamatan');
  const id = head.indexOf('ID Spreadsheet');
  return String(rows.find((r) => r[code] === '35.20.05')![id]);
}

/** Her register's note cells of the first members: value, what she sees, formula. */
function herNotes(id: string, count: number) {
  return asUser(U.PendampingKawedanan, id, (ss) => {
    const sheet = ss.getSheetByName('Anggota')!;
    const head = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const range = sheet.getRange(2, head.indexOf('Catatan Validasi') + 1, count, 1);
    return {
      values: range.getValues().map((r) => r[0]),
      shown: range.getDisplayValues().map((r) => r[0]),
      formulas: range.getFormulas().map((r) => r[0]),
      formats: range.getNumberFormats().map((r) => r[0]),
    };
  });
}

const audited = () =>
  register
    .values(AUDIT.name)
    .slice(1)
    .filter((r) => r[5] === 'Validasi anggota via register kecamatan');

describe('a note starting with - = + @ round-trips exactly and is applied once', () => {
  const members = ok(
    api<CaseDetail>(register, U.Staf, 'apiGetCase', [atS03.caseId], NOW),
  ).members.slice(0, NOTES.length);

  beforeAll(() => {
    refresh();
    const id = kawedananId();
    // She types the notes into her register (plain-text cells, as the export formatted them).
    asUser(U.PendampingKawedanan, id, (ss) => {
      const sheet = ss.getSheetByName('Anggota')!;
      const values = sheet.getDataRange().getValues();
      const head = values[0];
      NOTES.forEach((note, i) => {
        const row = values.findIndex((r) => r[0] === members[i].id) + 1;
        sheet.getRange(row, head.indexOf('Catatan Validasi') + 1).setValue(note);
      });
    });
    for (let i = 0; i < 4; i++) refresh();
  });

  it('is applied once: one audit row after four refreshes', () => {
    expect(audited()).toHaveLength(1);
  });

  it('her register shows each note exactly as typed (text, no apostrophe, no formula)', () => {
    const notes = herNotes(kawedananId(), NOTES.length);
    expect(notes.values).toEqual(NOTES);
    expect(notes.shown).toEqual(NOTES);
    expect(notes.formulas).toEqual(NOTES.map(() => ''));
    expect(notes.formats).toEqual(NOTES.map(() => '@'));
  });

  it('the master holds each note as text, read back exactly, never a formula', () => {
    const stored = register.withSheets((ss) => {
      const table = SheetTable.open(ss, MEMBERS);
      return members.map((m) => table.get(m.id)!.row.note);
    });
    expect(stored).toEqual(NOTES);
    const formulas = register.withSheets((ss) =>
      ss.getSheetByName(MEMBERS.name)!.getDataRange().getFormulas().flat().filter(Boolean),
    );
    expect(formulas).toEqual([]);
    const detail = ok(api<CaseDetail>(register, U.Staf, 'apiGetCase', [atS03.caseId], NOW));
    expect(detail.members.slice(0, NOTES.length).map((m) => m.note)).toEqual(NOTES);
  });

  it('no finding is recorded for these notes', () => {
    const findings = register.values('Temuan Register Kecamatan').slice(1);
    expect(findings.filter((r) => NOTES.some((n) => JSON.stringify(r).includes(n)))).toEqual([]);
  });
});
