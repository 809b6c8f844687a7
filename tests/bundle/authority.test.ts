/**
 * Approval power comes only from audited changes (issue 13, reproduction 7). A Staf who types
 * "Kadis" in her own Peran cell, makes herself the actor of S08 in Langkah SOP, loosens a rule
 * setting, or moves a case from S05 to S09 in Kasus gains nothing: Sheets refuses the edit of
 * what only Admins change (real protection), and whatever reaches the grid anyway (an owner's
 * slip, an older register without the protection) is detected and refused by the server
 * before it takes effect, and reported by "Periksa integritas riwayat". The Admin form's
 * changes are audited and then trusted.
 */
import type { UiBackend } from '../../emulator/backend/ui';
import { editAsUser } from '../../emulator/runtime';
import type { Saved } from '../../src/app/api/views';
import type { AdminOverview } from '../../src/app/api/admin';
import { isAuthorityKey, userAuditKey } from '../../src/app/register/authority';
import { api, ok, requestId } from '../support/api';
import { adminOverview, setSetting } from '../support/admin';
import { NOW, caseAt, dataState, restore, snapshot, stepForm } from '../support/flow';
import { USERS_BY_ROLE as U, intakeForm, seedPeople } from '../support/people';
import { ADMIN, bundle, newRegister, type TestRegister } from '../support/register';
import { worldState } from '../support/worldState';

const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

const register = newRegister();
// The office shares the register with every user before setup: a new protection starts with the
// spreadsheet's editors, so setup must remove them.
register.withSheets((ss) => ss.addEditors(Object.values(U)));
register.run('menuSetupRegister', ADMIN);
seedPeople(register, 3);
const atS08 = caseAt(register, 'S08', 0);
const atS05 = caseAt(register, 'S05', 100);
const prepared = snapshot(register.world);

function reset(): void {
  restore(register.world, prepared);
}

/** The 1-based row and column of a cell of `tab`, found by the row's key and the header. */
function cellOf(tab: string, key: string, header: string): { row: number; col: number } {
  const values = register.values(tab);
  const col = values[0].indexOf(header) + 1;
  const row = values.findIndex((r) => String(r[0]) === key) + 1;
  if (col < 1 || row < 1) throw new Error(`no ${key}/${header} in ${tab}`);
  return { row, col };
}

function a1(cell: { row: number; col: number }): string {
  return `${String.fromCharCode(64 + cell.col)}${cell.row}`;
}

/** Types `value` into a cell in the Sheets UI as `user` (editAsUser: the protection applies). */
function typeAs(user: string, tab: string, key: string, header: string, value: unknown): void {
  editAsUser(register.world, bundle(), {
    spreadsheetId: register.id,
    user,
    sheet: tab,
    a1: a1(cellOf(tab, key, header)),
    values: [[value]],
  });
}

function complete(user: string, saved: Saved, step = saved.step) {
  return api<Saved>(
    register,
    user,
    'apiCompleteStep',
    [
      {
        requestId: requestId(),
        caseId: saved.caseId,
        version: saved.version,
        step,
        form: stepForm(register, saved.caseId, step, NOW),
      },
    ],
    NOW,
  );
}

function caseRows(r: TestRegister): Record<string, unknown>[] {
  const [header, ...rows] = r.values('Riwayat');
  return rows
    .map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])))
    .filter((row) => !isAuthorityKey(String(row['ID Kasus'])));
}

function integrityAlert(user = U.Kabid): string {
  expect(register.run('menuCheckAuditIntegrity', user).error).toBeNull();
  const alerts = register.world.module<UiBackend>('ui').ofKind('alert');
  return String(alerts[alerts.length - 1].message);
}

describe('reproduction 7: approval power cannot be typed in', () => {
  it('a Staf typing "Kadis" in her own Peran cell is refused by Sheets', () => {
    reset();
    expect(() => typeAs(U.Staf, 'Pengguna', U.Staf, 'Peran', 'Kadis')).toThrow(PROTECTED);
    const { row, col } = cellOf('Pengguna', U.Staf, 'Peran');
    expect(register.values('Pengguna')[row - 1][col - 1]).toBe('Staf');
  });

  it('a Peran typed by hand (where the protection is missing) gives no role: her S08 is refused, nothing written', () => {
    reset();
    // The owner can always edit (Google's rule): the same edit an older register allowed anyone.
    typeAs(ADMIN, 'Pengguna', U.Staf, 'Peran', 'Kadis');
    const before = dataState(register);
    const { result } = complete(U.Staf, atS08, 'S08');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(
      /belum tercatat sebagai perubahan oleh Admin/,
    );
    expect(dataState(register)).toBe(before);
    expect(caseRows(register).some((r) => r['Pengguna'] === U.Staf && r['Peran'] === 'Kadis')).toBe(
      false,
    );
    expect(
      api<{ role: string | null }>(register, U.Staf, 'apiWhoAmI', [], NOW).result,
    ).toMatchObject({ ok: true, data: { role: null } });
  });

  it("a Staf changing S08's Pelaksana in Langkah SOP is refused by Sheets; typed by hand, the server refuses to use it", () => {
    reset();
    expect(() => typeAs(U.Staf, 'Langkah SOP', 'S08', 'Pelaksana', 'Staf')).toThrow(PROTECTED);
    typeAs(ADMIN, 'Langkah SOP', 'S08', 'Pelaksana', 'Staf');
    const before = dataState(register);
    const { result } = complete(U.Staf, atS08, 'S08');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(
      /Tab "Langkah SOP" diubah langsung di lembar, tidak melalui formulir Admin \(langkah S08\)/,
    );
    expect(dataState(register)).toBe(before);
  });

  it('a rule setting is refused by Sheets to a Staf; typed by hand, the server refuses to use it', () => {
    reset();
    expect(() => typeAs(U.Staf, 'Pengaturan', 'kelayakan.usiaMaksimum', 'Nilai', '99')).toThrow(
      PROTECTED,
    );
    typeAs(ADMIN, 'Pengaturan', 'kelayakan.usiaMaksimum', 'Nilai', '99');
    const before = dataState(register);
    const { result } = api<Saved>(
      register,
      U.Staf,
      'apiIntake',
      [intakeForm(requestId(), 6, 200)],
      NOW,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(
      /Tab "Pengaturan" diubah langsung di lembar.*kelayakan\.usiaMaksimum/,
    );
    expect(dataState(register)).toBe(before);
  });

  it('a case moved from S05 to S09 by hand is refused at S09: no number, nothing written', () => {
    reset();
    // Kasus is written by every action, so it cannot be protected from staff: she may type.
    typeAs(U.Staf, 'Kasus', atS05.caseId, 'Langkah', 'S09');
    const before = dataState(register);
    const { result } = complete(U.Staf, atS05, 'S09');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(
      /Langkah atau status kasus .* tidak sesuai dengan riwayatnya.*hubungi Admin/,
    );
    expect(dataState(register)).toBe(before);
    expect(register.values('Agenda Surat')).toHaveLength(1);
  });

  it('a step skipped by hand (S05 to S07, no survey) is refused when the Kabid decides S07', () => {
    reset();
    typeAs(U.Staf, 'Kasus', atS05.caseId, 'Langkah', 'S07');
    const before = dataState(register);
    const { result } = complete(U.Kabid, atS05, 'S07');
    expect(!result.ok && result.error.message).toMatch(/tidak sesuai dengan riwayatnya/);
    expect(dataState(register)).toBe(before);
  });

  it('the integrity check reports every mismatch, not only the hash chain', () => {
    reset();
    typeAs(ADMIN, 'Pengguna', U.Staf, 'Peran', 'Kadis');
    typeAs(ADMIN, 'Langkah SOP', 'S08', 'Pelaksana', 'Staf');
    typeAs(ADMIN, 'Pengaturan', 'kelayakan.usiaMaksimum', 'Nilai', '99');
    typeAs(U.Staf, 'Kasus', atS05.caseId, 'Langkah', 'S09');
    typeAs(U.Staf, 'Kasus', atS08.caseId, 'Status', 'Selesai');
    const alert = integrityAlert();
    expect(alert).not.toMatch(/Riwayat utuh/);
    expect(alert).toContain(`Pengguna: ${U.Staf} (peran Kadis)`);
    expect(alert).toContain('Langkah SOP: langkah S08 diubah langsung');
    expect(alert).toContain('Pengaturan: kunci kelayakan.usiaMaksimum diubah langsung');
    expect(alert).toContain(`Kasus: ${atS05.caseId} di S09 (Berjalan)`);
    expect(alert).toContain(`Kasus: ${atS08.caseId} di S08 (Selesai)`);
  });

  it('an untouched register is whole', () => {
    reset();
    expect(integrityAlert()).toMatch(/^Riwayat utuh/);
  });
});

describe('S09 needs an S08 record made by a Kadis', () => {
  it('even after an audited change of S08 to Staf, a Staf approval is not numbered', () => {
    reset();
    const step = adminOverview(register).steps.find((s) => s.code === 'S08')!;
    ok(
      api<Saved>(register, ADMIN, 'apiSaveStep', [
        { ...step, requestId: requestId(), role: 'Staf' },
      ]),
    );
    const approved = ok(complete(U.Staf, atS08, 'S08'));
    expect(approved.step).toBe('S09');
    const before = dataState(register);
    const { result } = complete(U.Staf, approved, 'S09');
    expect(!result.ok && result.error.message).toMatch(
      /belum memiliki catatan persetujuan Kepala Dinas \(langkah S08\)/,
    );
    expect(dataState(register)).toBe(before);
  });
});

describe('the Admin form', () => {
  it('a change by the Admin is audited, then trusted', () => {
    reset();
    const kadis2 = 'kadis.plt@dinsos.example.go.id';
    ok(
      api<Saved>(register, ADMIN, 'apiSaveUser', [
        {
          requestId: requestId(),
          version: null,
          email: kadis2,
          name: 'Plt. Kepala Dinas Contoh',
          nip: '197001012000031001',
          rank: 'Pembina, IV/a',
          position: 'Plt. Kepala Dinas',
          role: 'Kadis',
          kecamatan: '',
          active: true,
        },
      ]),
    );
    const [header, ...rows] = register.values('Riwayat');
    const last = Object.fromEntries(header.map((h, i) => [String(h), rows[rows.length - 1][i]]));
    expect(last).toMatchObject({
      Pengguna: ADMIN,
      Peran: 'Admin',
      Aksi: 'Tambah pengguna',
      'ID Kasus': `Pengguna:${kadis2}`,
      Ke: 'Kadis',
    });
    const approved = ok(complete(kadis2, atS08, 'S08'));
    expect(approved.step).toBe('S09');
    expect(caseRows(register).pop()).toMatchObject({ Pengguna: kadis2, Peran: 'Kadis' });
  });

  it('refuses everyone but an Admin, and writes nothing', () => {
    reset();
    const before = dataState(register);
    for (const user of [U.Staf, U.Kadis, '']) {
      const { result } = api<Saved>(register, user, 'apiSaveUser', [
        {
          requestId: requestId(),
          version: 1,
          email: U.Staf,
          name: 'Staf Contoh',
          nip: '',
          rank: '',
          position: '',
          role: 'Kadis',
          kecamatan: '',
          active: true,
        },
      ]);
      expect(result.ok).toBe(false);
    }
    expect(dataState(register)).toBe(before);
  });

  it('a user added by hand before the form existed is confirmed once by the Admin, audited', () => {
    reset();
    const hand = 'staf.lama@dinsos.example.go.id';
    register.withSheets((ss) => {
      const sheet = ss.getSheetByName('Pengguna')!;
      const width = sheet.getLastColumn();
      const row = sheet.getRange(2, 1, 1, width).getValues()[0].slice();
      row[0] = hand;
      row[5] = 'Staf';
      sheet.appendRow(row);
    });
    expect(api(register, hand, 'apiMyWork', [], NOW).result.ok).toBe(false);
    const user = adminOverview(register).users.find((u) => u.email === hand)!;
    expect(user.audited).toBe(false);
    ok(
      api(register, ADMIN, 'apiConfirmUser', [
        { requestId: requestId(), email: hand, version: user.version },
      ]),
    );
    expect(adminOverview(register).users.find((u) => u.email === hand)!.audited).toBe(true);
    expect(api(register, hand, 'apiMyWork', [], NOW).result.ok).toBe(true);
  });

  it('a setting saved through the form is trusted', () => {
    reset();
    setSetting(register, 'kelayakan.usiaMaksimum', '60');
    ok(api<Saved>(register, U.Staf, 'apiIntake', [intakeForm(requestId(), 6, 200)], NOW));
  });
});

describe('setup', () => {
  it('gives the first Admin an audited origin and protects Pengguna, Langkah SOP and the rule rows for Admins only', () => {
    const fresh = newRegister();
    fresh.withSheets((ss) => ss.addEditors([U.Staf, U.Kadis]));
    expect(fresh.run('menuSetupRegister', ADMIN).error).toBeNull();
    const [header, ...rows] = fresh.values('Riwayat');
    const keys = rows.map((r) => String(r[header.indexOf('ID Kasus')]));
    expect(keys).toEqual([`Pengguna:${ADMIN}`, 'Langkah SOP', 'Pengaturan']);
    const protections = fresh.withSheets((ss, app) =>
      ['Pengguna', 'Langkah SOP'].map((name) => {
        const p = ss.getSheetByName(name)!.getProtections(app.ProtectionType.SHEET)[0];
        return { warningOnly: p.isWarningOnly(), editors: p.getEditors().map((u) => u.getEmail()) };
      }),
    );
    expect(protections).toEqual([
      { warningOnly: false, editors: [ADMIN] },
      { warningOnly: false, editors: [ADMIN] },
    ]);
  });

  it('an older register (users typed by hand, nothing audited): the owner runs setup once, then confirms the users', () => {
    const old = newRegister();
    expect(old.run('menuSetupRegister', ADMIN).error).toBeNull();
    // Before this change: no audit row of the Admin, the steps or the settings; a Staf typed in.
    old.withSheets((ss) => {
      const audit = ss.getSheetByName('Riwayat')!;
      audit.deleteRows(2, audit.getLastRow() - 1);
      const users = ss.getSheetByName('Pengguna')!;
      const row = users.getRange(2, 1, 1, users.getLastColumn()).getValues()[0].slice();
      row[0] = U.Kadis;
      row[5] = 'Kadis';
      users.appendRow(row);
    });
    expect(api(old, ADMIN, 'apiAdminOverview').result.ok).toBe(false);
    expect(old.run('menuSetupRegister', ADMIN).error).toBeNull();
    const alerts = old.world.module<UiBackend>('ui').ofKind('alert');
    expect(String(alerts[alerts.length - 1].message)).toMatch(
      new RegExp(`Peran Admin ${ADMIN} dicatat di Riwayat[^]*Isi tab Langkah SOP dicatat`),
    );
    const kadis = ok(api<AdminOverview>(old, ADMIN, 'apiAdminOverview')).users.find(
      (u) => u.email === U.Kadis,
    )!;
    expect(kadis.audited).toBe(false);
    expect(api(old, U.Kadis, 'apiMyWork', [], NOW).result.ok).toBe(false);
    ok(
      api(old, ADMIN, 'apiConfirmUser', [
        { requestId: requestId(), email: U.Kadis, version: kadis.version },
      ]),
    );
    expect(api(old, U.Kadis, 'apiMyWork', [], NOW).result.ok).toBe(true);
  });

  it('a new Admin becomes an editor of the protections; a Staf never does', () => {
    reset();
    const user = adminOverview(register).users.find((u) => u.email === U.Kabid)!;
    ok(
      api<Saved>(register, ADMIN, 'apiSaveUser', [
        {
          requestId: requestId(),
          version: user.version,
          email: U.Kabid,
          name: 'Kabid Contoh',
          nip: '',
          rank: '',
          position: 'Kabid',
          role: 'Admin',
          kecamatan: '',
          active: true,
        },
      ]),
    );
    const editors = register.withSheets((ss, app) =>
      ss
        .getSheetByName('Langkah SOP')!
        .getProtections(app.ProtectionType.SHEET)[0]
        .getEditors()
        .map((u) => u.getEmail()),
    );
    expect(editors.sort()).toEqual([ADMIN, U.Kabid].sort());
    expect(() => typeAs(U.Staf, 'Langkah SOP', 'S01', 'Kegiatan', 'x')).toThrow(PROTECTED);
    // Counters stay writable by every action: an intake by the Staf still numbers its case.
    ok(api<Saved>(register, U.Staf, 'apiIntake', [intakeForm(requestId(), 6, 200)], NOW));
  });
});

describe('decisive data typed by hand is not believed (outside test, issue 13)', () => {
  beforeEach(reset);

  it('a member validation typed into Anggota is refused at the meeting (S07), nothing written', () => {
    const atS07 = caseAt(register, 'S07', 200);
    typeAs(U.Staf, 'Anggota', `${atS07.caseId}-A01`, 'Hasil Validasi', 'Tidak Valid');
    const before = dataState(register);
    const r = complete(U.Kabid, atS07);
    expect(r.result.ok).toBe(false);
    if (!r.result.ok) expect(r.result.error.message).toMatch(/Data anggota .*-A01 .*riwayatnya/);
    expect(dataState(register)).toBe(before);
  });

  it('a DTSEN decile typed into Anggota is refused at the approval (S08), nothing written', () => {
    typeAs(U.Staf, 'Anggota', `${atS08.caseId}-A02`, 'Desil DTSEN', 1);
    const before = dataState(register);
    const r = complete(U.Kadis, atS08);
    expect(r.result.ok).toBe(false);
    if (!r.result.ok) expect(r.result.error.message).toMatch(/-A02 .*riwayatnya/);
    expect(dataState(register)).toBe(before);
  });

  it("the meeting's record edited in Langkah Kasus is refused at the approval (S08)", () => {
    typeAs(U.Staf, 'Langkah Kasus', `${atS08.caseId}-S07-7`, 'Isian', '{"overrides":[]}');
    const before = dataState(register);
    const r = complete(U.Kadis, atS08);
    expect(r.result.ok).toBe(false);
    if (!r.result.ok) expect(r.result.error.message).toMatch(/Catatan langkah .*-S07-7/);
    expect(dataState(register)).toBe(before);
  });

  /** Appends a row to Riwayat as `user` types it in the Sheets UI (Riwayat is everyone's). */
  function appendAuditRowAs(user: string, cells: Record<string, unknown>): void {
    const [header] = register.values('Riwayat');
    const row = register.values('Riwayat').length + 1;
    const line = (header as string[]).map((h) => (h in cells ? cells[h] : ''));
    editAsUser(register.world, bundle(), {
      spreadsheetId: register.id,
      user,
      sheet: 'Riwayat',
      a1: `A${row}:${String.fromCharCode(64 + line.length)}${row}`,
      values: [line],
    });
  }

  it("a Riwayat row typed by a Staf under the Kadis's key neither withholds nor grants a role", () => {
    // A bogus "last audited change" of the Kadis's row (a wrong fingerprint, no valid hash):
    // before, it withheld the Kadis's role from every action (a denial of service by one row).
    appendAuditRowAs(U.Staf, {
      'ID Riwayat': 'RWY-ketik-tangan',
      Waktu: '2026-03-16T03:00:00.000Z',
      Pengguna: U.Staf,
      Peran: 'Admin',
      'ID Kasus': userAuditKey(U.Kadis),
      Aksi: 'Ubah pengguna',
      Perubahan: JSON.stringify({ email: U.Kadis, peran: 'Staf', fingerprint: 'palsu' }),
      'Hash Sebelumnya': '',
      Hash: 'palsu',
    });
    expect(
      api<{ role: string | null }>(register, U.Kadis, 'apiWhoAmI', [], NOW).result,
    ).toMatchObject({ ok: true, data: { role: 'Kadis' } });
    expect(complete(U.Kadis, atS08).result.ok).toBe(true);
    // …and the integrity check names the row that breaks the chain.
    expect(integrityAlert()).not.toMatch(/^Riwayat utuh/);
  });

  it('a line of junk typed at the end of Riwayat does not stop the next action', () => {
    appendAuditRowAs(U.Staf, { 'ID Riwayat': 'RWY-x', Waktu: 'kemarin sore', 'ID Kasus': 'x' });
    const r = complete(U.Kadis, atS08);
    expect(r.result).toMatchObject({ ok: true, data: { step: 'S09' } });
    expect(integrityAlert()).not.toMatch(/^Riwayat utuh/);
  });

  it('an Admin demoted since installing the daily triggers cannot run them from a sidebar', () => {
    expect(register.run('menuInstallDailyReminder', ADMIN).error).toBeNull();
    const admin2 = 'admin2@dinsos.example.go.id';
    const person = { name: 'Admin Dua Contoh', nip: '', rank: '', position: 'Admin' };
    ok(
      api(register, ADMIN, 'apiSaveUser', [
        {
          requestId: requestId(),
          version: null,
          email: admin2,
          role: 'Admin',
          kecamatan: '',
          active: true,
          ...person,
        },
      ]),
    );
    const me = adminOverview(register, admin2).users.find((u) => u.email === ADMIN)!;
    ok(
      api(register, admin2, 'apiSaveUser', [
        {
          requestId: requestId(),
          version: me.version,
          email: ADMIN,
          name: me.name,
          nip: me.nip,
          rank: me.rank,
          position: me.position,
          role: 'Pendamping',
          kecamatan: '35.20.01',
          active: true,
        },
      ]),
    );
    const before = JSON.stringify(worldState(register));
    for (const fn of ['dailyOverdueDigest', 'dailyDashboardRefresh', 'dailyApprovalCheck']) {
      const r = api<true>(register, ADMIN, fn);
      expect(r.result.ok).toBe(false);
    }
    expect(JSON.stringify(worldState(register))).toBe(before);
  });
});
