/**
 * Kecamatan registers through the shipped bundle (issue 7): "Perbarui register kecamatan" makes
 * one spreadsheet per kecamatan holding only its open cases (NIK/KK masked), shared with its
 * active pendamping only and protected except her input columns; the pendamping edits (valid,
 * invalid, conflicting, wrong step, rows added and deleted by hand); the next refresh pulls
 * back exactly the valid entries, attributed to her and audited, and records everything else;
 * staff resolve the conflict in the sidebar; the access review lists who can open what.
 */
import { runInProcess } from '../../emulator/runtime';
import type { CaseDetail, Saved } from '../../src/app/api/views';
import { api, ok, requestId } from '../support/api';
import { USERS_BY_ROLE as U, intakeForm, member, seedPeople } from '../support/people';
import { ADMIN, newRegister, withGlobals, type TestRegister } from '../support/register';
import { NOW, caseAt, stepForm } from '../support/flow';
import { SheetTable } from '../../src/gas/sheetTable';
import { MEMBERS, USERS } from '../../src/app/register/tabs';

type Sheets = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

const register = newRegister();
register.run('menuSetupRegister', ADMIN);
seedPeople(register, 3);

/** Runs `fn` on spreadsheet `id` as `user` (a person editing it by hand). */
function asUser<T>(r: TestRegister, user: string, id: string, fn: (ss: Book) => T): T {
  const run = runInProcess(r.world, { user, now: new Date(NOW) }, (g) =>
    withGlobals(g, () => fn((g.SpreadsheetApp as Sheets).openById(id))),
  );
  if (run.error) throw run.error;
  return run.value as T;
}

function rowsOf(r: TestRegister, tab: string): Record<string, unknown>[] {
  const [head, ...rows] = r.values(tab);
  return rows.map((row) => Object.fromEntries((head as string[]).map((h, i) => [h, row[i]])));
}

function refresh(r: TestRegister): void {
  const run = r.run('menuRefreshKecamatanRegisters', ADMIN, [], { now: new Date(NOW) });
  expect(run.error).toBeNull();
}

/** A Poncol group driven to S03 (its pendamping does S02). */
function poncolCaseAtS03(r: TestRegister): Saved {
  const form = intakeForm(requestId(), 6, 500, {
    groupName: 'Kelompok Mawar Poncol (contoh)',
    kecamatan: '35.20.01',
    desa: '35.20.01.2001',
    members: Array.from({ length: 6 }, (_, i) => ({
      ...member(i, 500, '352001'),
      name: `Warni Poncol ${i + 1}`,
    })),
  });
  const saved = ok(api<Saved>(r, U.Staf, 'apiIntake', [form], NOW));
  return ok(
    api<Saved>(
      r,
      U.PendampingPoncol,
      'apiCompleteStep',
      [
        {
          requestId: requestId(),
          caseId: saved.caseId,
          version: saved.version,
          step: 'S02',
          form: stepForm(r, saved.caseId, 'S02', NOW),
        },
      ],
      NOW,
    ),
  );
}

const caseA = caseAt(register, 'S03', 0); // Kawedanan, waiting for validation
const caseB = caseAt(register, 'S06', 100); // Kawedanan, waiting for the field survey
const caseC = poncolCaseAtS03(register);

function registry(): Map<string, Record<string, unknown>> {
  return new Map(
    rowsOf(register, 'Register Kecamatan').map((r) => [String(r['Kode Kecamatan']), r]),
  );
}

function sheetValues(id: string): Map<string, unknown[][]> {
  return asUser(register, ADMIN, id, (ss) => {
    return new Map(ss.getSheets().map((s) => [s.getName(), s.getDataRange().getValues()]));
  });
}

function table(id: string, tab: string): Record<string, unknown>[] {
  const [head, ...rows] = sheetValues(id).get(tab) ?? [[]];
  return rows.map((row) => Object.fromEntries((head as string[]).map((h, i) => [h, row[i]])));
}

describe('the first refresh of the kecamatan registers', () => {
  beforeAll(() => refresh(register));

  it('records one register per kecamatan (18) with its link, version and editors', () => {
    const rows = registry();
    expect(rows.size).toBe(18);
    const kawedanan = rows.get('35.20.05')!;
    expect(kawedanan['Nama Kecamatan']).toBe('Kawedanan');
    expect(String(kawedanan['Tautan'])).toMatch(/^https:\/\/docs\.google\.com\/spreadsheets\/d\//);
    expect(kawedanan['Versi Ekspor']).toBe(1);
    expect(kawedanan['Kasus']).toBe(2);
    expect(kawedanan['Anggota']).toBe(12);
    expect(kawedanan['Editor']).toBe(U.PendampingKawedanan);
    expect(rows.get('35.20.01')!['Editor']).toBe(U.PendampingPoncol);
    expect(rows.get('35.20.02')!['Status']).toBe('Tanpa Pendamping');
  });

  it('puts no row, name or NIK of another kecamatan in any generated spreadsheet', () => {
    const members = rowsOf(register, 'Anggota');
    const cases = rowsOf(register, 'Kasus');
    const kecOfCase = new Map(
      cases.map((c) => [String(c['ID Kasus']), String(c['Kode Kecamatan'])]),
    );
    const secrets = [
      ...cases.map((c) => ({
        k: String(c['Kode Kecamatan']),
        texts: [c['ID Kasus'], c['Nama Kelompok']],
      })),
      ...members.map((m) => ({
        k: kecOfCase.get(String(m['ID Kasus']))!,
        texts: [m['ID Anggota'], m['Nama']],
      })),
    ];
    const fullNiks = members.flatMap((m) => [String(m['NIK']), String(m['No. KK'])]);
    let scanned = 0;
    for (const [code, row] of registry()) {
      const all = [...sheetValues(String(row['ID Spreadsheet'])).values()]
        .flat(2)
        .map((v) => (v instanceof Date ? v.toISOString() : String(v)));
      scanned += all.length;
      const text = all.join('\n');
      for (const nik of fullNiks) expect(text).not.toContain(nik);
      expect(text).not.toMatch(/\d{16}/);
      for (const s of secrets) {
        for (const t of s.texts) {
          if (s.k === code) continue;
          expect(all).not.toContain(String(t));
        }
      }
    }
    expect(scanned).toBeGreaterThan(1000);
    const kawedanan = table(String(registry().get('35.20.05')!['ID Spreadsheet']), 'Anggota');
    expect(kawedanan).toHaveLength(12);
    expect(String(kawedanan[0]['NIK (disamarkan)'])).toMatch(/^352005\*{6}\d{4}$/);
    expect(Object.keys(kawedanan[0])).not.toContain('Alamat');
    expect(Object.keys(kawedanan[0])).not.toContain('Tanggal Lahir');
  });

  it('shares each register with its pendamping only, and she can edit only the input columns', () => {
    const kawedanan = String(registry().get('35.20.05')!['ID Spreadsheet']);
    const poncol = String(registry().get('35.20.01')!['ID Spreadsheet']);
    expect(() => asUser(register, U.PendampingPoncol, kawedanan, (ss) => ss.getName())).toThrow();
    expect(() => asUser(register, U.Staf, kawedanan, (ss) => ss.getName())).toThrow();
    expect(asUser(register, U.PendampingPoncol, poncol, (ss) => ss.getName())).toMatch(/Poncol/);
    expect(() =>
      asUser(register, U.PendampingKawedanan, kawedanan, (ss) => {
        ss.getSheetByName('Anggota')!.getRange('E2').setValue('3520050000000000');
        SpreadsheetApp.flush();
      }),
    ).toThrow(/protected/);
    expect(() =>
      asUser(register, U.PendampingKawedanan, kawedanan, (ss) => {
        ss.getSheetByName('Kasus')!.getRange('L2').setValue('{}');
        SpreadsheetApp.flush();
      }),
    ).toThrow(/protected/);
  });
});

describe('export → the pendamping edits → pull-back', () => {
  const longNote = 'x'.repeat(600);
  let kawedanan = '';
  let membersA: Record<string, unknown>[] = [];

  beforeAll(() => {
    kawedanan = String(registry().get('35.20.05')!['ID Spreadsheet']);
    membersA = table(kawedanan, 'Anggota').filter((m) => m['ID Kasus'] === caseA.caseId);
    const memberB = table(kawedanan, 'Anggota').find((m) => m['ID Kasus'] === caseB.caseId)!;
    // Staff change member 3's note in the master after the export.
    register.withSheets((ss) => {
      const t = SheetTable.open(ss, MEMBERS);
      const m3 = t.get(String(membersA[2]['ID Anggota']))!;
      t.update(
        String(m3.row.id),
        Number(m3.row.version),
        { note: 'Staf: KK diperiksa' },
        {
          by: U.Staf,
          at: NOW,
        },
      );
    });
    asUser(register, U.PendampingKawedanan, kawedanan, (ss) => {
      const sheet = ss.getSheetByName('Anggota')!;
      const [head] = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues();
      const col = (h: string) => head.indexOf(h) + 1;
      const rowOf = (id: unknown) =>
        sheet
          .getRange(1, 1, sheet.getLastRow(), 1)
          .getValues()
          .findIndex((r) => r[0] === id) + 1;
      const set = (id: unknown, h: string, v: unknown) =>
        sheet.getRange(rowOf(id), col(h)).setValue(v);
      set(membersA[0]['ID Anggota'], 'Hasil Validasi', 'Valid'); // valid
      set(membersA[0]['ID Anggota'], 'Catatan Validasi', 'KTP dan KK sesuai');
      set(membersA[1]['ID Anggota'], 'Catatan Validasi', longNote); // invalid: too long
      set(membersA[2]['ID Anggota'], 'Catatan Validasi', 'Pendamping: KK baru'); // conflict
      set(memberB['ID Anggota'], 'Hasil Validasi', 'Tidak Valid'); // wrong step (S06)
      const cases = ss.getSheetByName('Kasus')!;
      const [ch] = cases.getRange(1, 1, 1, cases.getLastColumn()).getValues();
      const crow = (id: string) =>
        cases
          .getRange(1, 1, cases.getLastRow(), 1)
          .getValues()
          .findIndex((r) => r[0] === id) + 1;
      cases
        .getRange(crow(caseB.caseId), ch.indexOf('Tanggal Survei') + 1)
        .setValue(new Date('2026-03-14T00:00:00+07:00'));
      cases.getRange(crow(caseB.caseId), ch.indexOf('Hasil Survei') + 1).setValue('Layak');
      cases
        .getRange(crow(caseB.caseId), ch.indexOf('Catatan Survei') + 1)
        .setValue('Usaha berjalan');
      cases.getRange(crow(caseA.caseId), ch.indexOf('Hasil Survei') + 1).setValue('Layak'); // step S03
      SpreadsheetApp.flush();
    });
    // Rows added and deleted by hand (the owner can pass the protection).
    asUser(register, ADMIN, kawedanan, (ss) => {
      const sheet = ss.getSheetByName('Anggota')!;
      const [head] = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues();
      const added = head.map((h) =>
        h === 'Nama' ? 'Anggota Tambahan' : h === 'Hasil Validasi' ? 'Valid' : '',
      );
      sheet.getRange(sheet.getLastRow() + 1, 1, 1, head.length).setValues([added]);
      const ids = sheet
        .getRange(1, 1, sheet.getLastRow(), 1)
        .getValues()
        .map((r) => r[0]);
      sheet.deleteRow(ids.indexOf(membersA[4]['ID Anggota']) + 1);
      SpreadsheetApp.flush();
    });
    refresh(register);
  });

  function master(id: unknown) {
    return rowsOf(register, 'Anggota').find((m) => m['ID Anggota'] === id)!;
  }

  it('applies exactly the valid entries, attributed to the pendamping and audited', () => {
    expect(master(membersA[0]['ID Anggota'])).toMatchObject({
      'Hasil Validasi': 'Valid',
      Catatan: 'KTP dan KK sesuai',
      'Diubah Oleh': U.PendampingKawedanan,
    });
    expect(master(membersA[1]['ID Anggota'])['Catatan']).toBe('');
    expect(master(membersA[2]['ID Anggota'])['Catatan']).toBe('Staf: KK diperiksa');
    const survey = rowsOf(register, 'Survei Pendamping');
    expect(survey).toHaveLength(1);
    expect(survey[0]).toMatchObject({
      'ID Kasus': caseB.caseId,
      'Hasil Survei': 'Layak',
      'Catatan Survei': 'Usaha berjalan',
      Pendamping: U.PendampingKawedanan,
    });
    // The Kabid sees her survey in the case view; the S06 form starts from it.
    const detail = ok(api<CaseDetail>(register, U.Kabid, 'apiGetCase', [caseB.caseId], NOW));
    expect(detail.pendampingSurvey).toMatchObject({
      result: 'Layak',
      note: 'Usaha berjalan',
      reportedBy: U.PendampingKawedanan,
    });
    expect(detail.pendampingSurvey?.surveyDateLabel).toMatch(/^\d{1,2} \w+ \d{4}$/);
    const other = ok(api<CaseDetail>(register, U.Kabid, 'apiGetCase', [caseA.caseId], NOW));
    expect(other.pendampingSurvey).toBeNull();
    const audit = rowsOf(register, 'Riwayat').filter((a) =>
      String(a['Aksi']).includes('via register kecamatan'),
    );
    expect(audit.map((a) => [a['Pengguna'], a['Peran'], a['ID Kasus']])).toEqual([
      [U.PendampingKawedanan, 'Pendamping', caseA.caseId],
      [U.PendampingKawedanan, 'Pendamping', caseB.caseId],
    ]);
  });

  it('reports the rest with the values typed: nothing is lost', () => {
    const findings = rowsOf(register, 'Temuan Register Kecamatan');
    const summary = findings.map((f) => [
      f['Jenis'],
      f['ID Data'],
      f['Kolom'],
      f['Isian Pendamping'],
    ]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['Tidak Sah', membersA[1]['ID Anggota'], 'Catatan Validasi', longNote],
        ['Konflik', membersA[2]['ID Anggota'], 'Catatan Validasi', 'Pendamping: KK baru'],
        ['Langkah Tidak Sesuai', expect.any(String), 'Hasil Validasi', 'Tidak Valid'],
        ['Langkah Tidak Sesuai', caseA.caseId, 'Survei', expect.stringContaining('Layak')],
        ['Baris Diabaikan', membersA[4]['ID Anggota'], '', ''],
        [
          'Baris Diabaikan',
          expect.stringMatching(/^baris \d+$/),
          '',
          expect.stringContaining('Anggota Tambahan'),
        ],
      ]),
    );
    expect(findings).toHaveLength(6);
    const conflict = findings.find((f) => f['Jenis'] === 'Konflik')!;
    expect(conflict).toMatchObject({
      'Nilai Saat Ekspor': '',
      'Nilai Master': 'Staf: KK diperiksa',
      Status: 'Terbuka',
    });
    // The register is written again from the master, telling her what was not used.
    const again = table(kawedanan, 'Anggota');
    expect(again).toHaveLength(12);
    const m2 = again.find((m) => m['ID Anggota'] === membersA[1]['ID Anggota'])!;
    expect(String(m2['Keterangan Sistem'])).toMatch(/belum dipakai \(Tidak Sah\)/);
    expect(registry().get('35.20.05')!['Ringkasan Tarik']).toBe(
      '7 isian dibaca, 2 dipakai, 6 temuan (1 konflik).',
    );
  });

  it('is safe to re-run: nothing applied twice, no finding doubled', () => {
    const audits = rowsOf(register, 'Riwayat').length;
    refresh(register);
    expect(rowsOf(register, 'Temuan Register Kecamatan')).toHaveLength(6);
    const after = rowsOf(register, 'Riwayat').filter((a) =>
      String(a['Aksi']).includes('via register kecamatan'),
    );
    expect(after).toHaveLength(2);
    expect(rowsOf(register, 'Riwayat').length).toBe(audits);
    expect(registry().get('35.20.05')!['Versi Ekspor']).toBe(3);
  });

  it('lets staff resolve the conflict in the sidebar, refusing a stale page', () => {
    const page = ok(
      api<{ conflicts: Array<{ id: string; version: number }> }>(
        register,
        U.Staf,
        'apiListConflicts',
        [],
        NOW,
      ),
    );
    expect(page.conflicts).toHaveLength(1);
    const [c] = page.conflicts;
    const denied = api(register, U.PendampingKawedanan, 'apiListConflicts', [], NOW).result;
    expect(denied.ok).toBe(false);
    const stale = api(
      register,
      U.Staf,
      'apiResolveConflict',
      [{ requestId: requestId(), findingId: c.id, version: c.version + 1, choice: 'pendamping' }],
      NOW,
    ).result;
    expect(stale.ok).toBe(false);
    ok(
      api(
        register,
        U.Staf,
        'apiResolveConflict',
        [{ requestId: requestId(), findingId: c.id, version: c.version, choice: 'pendamping' }],
        NOW,
      ),
    );
    expect(master(membersA[2]['ID Anggota'])['Catatan']).toBe('Pendamping: KK baru');
    const after = ok(api<{ conflicts: unknown[] }>(register, U.Staf, 'apiListConflicts', [], NOW));
    expect(after.conflicts).toHaveLength(0);
  });
});

describe('access', () => {
  it('is removed from a pendamping no longer active, and reviewed for every register', () => {
    register.withSheets((ss) => {
      const users = SheetTable.open(ss, USERS);
      const p = users.get(U.PendampingPoncol)!;
      users.update(
        U.PendampingPoncol,
        Number(p.row.version),
        { active: false },
        { by: ADMIN, at: NOW },
      );
    });
    refresh(register);
    const poncol = String(registry().get('35.20.01')!['ID Spreadsheet']);
    expect(() => asUser(register, U.PendampingPoncol, poncol, (ss) => ss.getName())).toThrow();
    expect(registry().get('35.20.01')!['Status']).toBe('Tanpa Pendamping');
    expect(register.run('menuAccessReview', ADMIN).error).toBeNull();
    const review = rowsOf(register, 'Tinjauan Akses');
    expect(
      review.filter((r) => String(r['Spreadsheet']).startsWith('Register induk'))[0],
    ).toMatchObject({
      Email: ADMIN,
      Akses: 'Pemilik',
      'Peran di Pengguna': 'Admin',
    });
    expect(
      review.find((r) => r['Kode Kecamatan'] === '35.20.05' && r['Akses'] === 'Editor'),
    ).toMatchObject({
      Email: U.PendampingKawedanan,
      'Peran di Pengguna': 'Pendamping',
      Catatan: '',
    });
    expect(review.filter((r) => r['Kode Kecamatan'] === '35.20.01').map((r) => r['Akses'])).toEqual(
      ['Pemilik'],
    );
    expect(review.length).toBeGreaterThanOrEqual(19);
    void caseC;
  });
});

describe('a refresh that ran out of time', () => {
  it('continues by trigger with the kecamatan left, and schedules nothing more when done', () => {
    const fresh = newRegister('Register WRSE (uji lanjutan)');
    fresh.run('menuSetupRegister', ADMIN);
    const codes = [
      '35.20.01',
      '35.20.02',
      '35.20.03',
      '35.20.04',
      '35.20.05',
      '35.20.06',
      '35.20.07',
      '35.20.08',
      '35.20.09',
      '35.20.10',
      '35.20.11',
      '35.20.12',
      '35.20.13',
      '35.20.14',
      '35.20.15',
      '35.20.16',
    ];
    const set = runInProcess(fresh.world, { user: ADMIN }, (g) =>
      (g.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
        .getScriptProperties()
        .setProperty(
          'wrse.kecamatanRefresh',
          JSON.stringify({ done: codes, failed: [], left: 2, at: NOW, startedAt: NOW }),
        ),
    );
    expect(set.error).toBeNull();
    const run = fresh.run('continueKecamatanRefresh', ADMIN, [], { now: new Date(NOW) });
    expect(run.error).toBeNull();
    const made = rowsOf(fresh, 'Register Kecamatan').map((r) => r['Kode Kecamatan']);
    expect(made).toEqual(['35.20.17', '35.20.18']);
    const triggers = runInProcess(fresh.world, { user: ADMIN }, (g) =>
      (g.ScriptApp as GoogleAppsScript.Script.ScriptApp)
        .getProjectTriggers()
        .map((t) => t.getHandlerFunction()),
    );
    expect(triggers.value).not.toContain('continueKecamatanRefresh');
    // The next run (the daily trigger) starts a new round over all 18.
    expect(fresh.run('dailyKecamatanRefresh', ADMIN, [], { now: new Date(NOW) }).error).toBeNull();
    expect(rowsOf(fresh, 'Register Kecamatan')).toHaveLength(18);
  });

  it('refuses anyone but the Admin', () => {
    const before = registry().get('35.20.05')!['Versi Ekspor'];
    for (const user of [U.Staf, U.PendampingKawedanan, '']) {
      const run = register.run('menuRefreshKecamatanRegisters', user, [], { now: new Date(NOW) });
      expect(run.error).toBeNull();
    }
    expect(registry().get('35.20.05')!['Versi Ekspor']).toBe(before);
  });
});
