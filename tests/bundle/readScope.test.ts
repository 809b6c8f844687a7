/**
 * Read endpoints answer within the caller's scope (issue 13, reproduction 10): an unknown user
 * learns nothing from the home sidebar (not even the register's name or its row counts); a
 * pendamping sees the counts of her kecamatan only, and checks only members of her kecamatan —
 * she cannot ask whether an arbitrary NIK is in DTSEN or was aided before.
 */
import { SheetTable } from '../../src/gas/sheetTable';
import { DTSEN } from '../../src/app/register/tabs';
import type { MemberCheck, Saved } from '../../src/app/api/views';
import type { HomeStatus } from '../../src/gas/menu';
import { api, ok, requestId } from '../support/api';
import { USERS_BY_ROLE as U, intakeForm, member, seedPeople } from '../support/people';
import { ADMIN, newRegister } from '../support/register';
import { NOW, caseAt } from '../support/flow';

const register = newRegister('Register WRSE Rahasia');
register.run('menuSetupRegister', ADMIN);
seedPeople(register, 2);
// Kawedanan (35.20.05): two groups of 6. Poncol (35.20.01): one group of 7, in DTSEN.
caseAt(register, 'S03', 0);
caseAt(register, 'S02', 100);
const poncol = Array.from({ length: 7 }, (_, i) => member(i, 700, '352001'));
register.withSheets((ss) =>
  SheetTable.open(ss, DTSEN).insert(
    poncol.map((m) => ({ nik: m.nik, kk: m.kk, name: m.name, decile: 2, dataDate: '2026-01-31' })),
    { by: ADMIN, at: '2026-01-05T02:00:00.000Z' },
  ),
);
ok(
  api<Saved>(
    register,
    U.Staf,
    'apiIntake',
    [
      intakeForm(requestId(), 7, 700, {
        groupName: 'Kelompok Anggrek Poncol',
        kecamatan: '35.20.01',
        desa: '35.20.01.2001',
        members: poncol,
      }),
    ],
    NOW,
  ),
);

/** Counted straight from the tabs: cases of a kecamatan and their members. */
function countsOf(kecamatan: string): { cases: number; members: number } {
  const cases = register.values('Kasus');
  const kec = cases[0].indexOf('Kode Kecamatan');
  const ids = new Set(
    cases
      .slice(1)
      .filter((r) => r[kec] === kecamatan)
      .map((r) => String(r[0])),
  );
  const members = register.values('Anggota');
  const caseCol = members[0].indexOf('ID Kasus');
  return {
    cases: ids.size,
    members: members.slice(1).filter((r) => ids.has(String(r[caseCol]))).length,
  };
}

describe('getHomeStatus within the caller’s scope', () => {
  it('an unknown or empty e-mail learns nothing (polite refusal, no name, no counts)', () => {
    for (const user of ['orang.asing@example.com', '']) {
      const r = api<HomeStatus>(register, user, 'getHomeStatus', [], NOW);
      expect(r.result.ok).toBe(false);
      const text = JSON.stringify(r.result);
      expect(text).not.toContain('Rahasia');
      expect(text).not.toMatch(/"rows"/);
      if (!r.result.ok) expect(r.result.error.message).toMatch(/^(Maaf|Alamat e-mail)/);
    }
  });

  it('a pendamping sees the cases and members of her kecamatan only', () => {
    const own = countsOf('35.20.05');
    const other = countsOf('35.20.01');
    expect([own, other]).toEqual([
      { cases: 2, members: 12 },
      { cases: 1, members: 7 },
    ]);
    const a = ok(api<HomeStatus>(register, U.PendampingKawedanan, 'getHomeStatus', [], NOW));
    expect(a.tabs.map((t) => t.rows)).toEqual([own.cases, own.members]);
    expect(a.letters).toBeNull();
    const b = ok(api<HomeStatus>(register, U.PendampingPoncol, 'getHomeStatus', [], NOW));
    expect(b.tabs.map((t) => t.rows)).toEqual([other.cases, other.members]);
  });

  it('the office still sees every tab and the letters', () => {
    const s = ok(api<HomeStatus>(register, U.Staf, 'getHomeStatus', [], NOW));
    expect(s.tabs.find((t) => t.name === 'Kasus')?.rows).toBe(3);
    expect(s.letters).not.toBeNull();
  });
});

describe('apiCheckMember within the caller’s scope', () => {
  const check = (user: string, m: ReturnType<typeof member>, kecamatan: string) =>
    api<MemberCheck>(
      register,
      user,
      'apiCheckMember',
      [{ member: m, receivedOn: '2026-03-12', kecamatan }],
      NOW,
    ).result;

  it('a pendamping cannot check a NIK of another kecamatan (in DTSEN, in a group)', () => {
    for (const kecamatan of ['35.20.05', '35.20.01']) {
      const r = check(U.PendampingKawedanan, poncol[1], kecamatan);
      expect(r.ok).toBe(false);
      const text = JSON.stringify(r);
      expect(text).not.toMatch(/inDtsen|duplicates|Anggrek/);
      if (!r.ok) expect(r.error.message).toMatch(/^Maaf, pendamping hanya dapat memeriksa/);
    }
  });

  it('nor a member of her own kecamatan on a form of another kecamatan', () => {
    expect(check(U.PendampingKawedanan, member(0, 0), '35.20.01').ok).toBe(false);
  });

  it('a member of her kecamatan already in another group of her kecamatan is named by its case', () => {
    // member(0, 0) is in the first Kawedanan group (WRSE-2026-0001), which she may see.
    const r = check(U.PendampingKawedanan, member(0, 0), '35.20.05');
    expect(r.ok && r.data.duplicates).toEqual(['WRSE-2026-0001']);
    const text = JSON.stringify(r.ok && r.data.results);
    expect(text).toContain('WRSE-2026-0001');
    expect(text).not.toContain('(di kecamatan lain)');
  });

  it("a family member (same KK) in another kecamatan's group is flagged, without naming that group", () => {
    // A Kawedanan NIK on a KK already in the Poncol group (someone moved, the KK kept).
    const sister = { ...member(40, 900), kk: poncol[2].kk };
    const pendamping = check(U.PendampingKawedanan, sister, '35.20.05');
    const staff = check(U.Staf, sister, '35.20.05');
    for (const r of [pendamping, staff]) {
      const kk = r.ok
        ? r.data.results.filter((x) => /KK/.test(x.reason) && x.status !== 'pass')
        : [];
      expect(kk.length).toBeGreaterThan(0);
    }
    expect(JSON.stringify(pendamping)).not.toMatch(/WRSE-2026-0003|Anggrek/);
  });

  it('she checks members of her kecamatan; the office checks any member', () => {
    const own = check(U.PendampingKawedanan, member(0, 0), '35.20.05');
    expect(own.ok && own.data.inDtsen).toBe(true);
    const staff = check(U.Staf, poncol[1], '35.20.01');
    expect(staff.ok && staff.data.inDtsen).toBe(true);
    expect(staff.ok && staff.data.duplicates.length).toBe(1);
  });

  it('an unknown user learns nothing', () => {
    const r = check('orang.asing@example.com', poncol[1], '35.20.01');
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toMatch(/inDtsen/);
  });
});
