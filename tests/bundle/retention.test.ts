/**
 * "Laporan retensi arsip": closed cases with their members and their letters, past the active
 * period and past the whole retention of their archive code (setting retensi.<kode>; 400.9.12.2
 * = 2 aktif + 3 inaktif), in a tab rebuilt each time, NIKs masked, at a constant number of
 * service calls whatever the register size.
 */
import { USERS_BY_ROLE as U, member, seedPeople } from '../support/people';
import { setSetting } from '../support/admin';
import { ADMIN, newRegister } from '../support/register';
import { caseAt } from '../support/flow';

const register = newRegister();
register.run('menuSetupRegister', ADMIN);
seedPeople(register, 5); // groups 0–400 in DTSEN: every case passes the gate at S07/S08
const done = caseAt(register, 'SELESAI', 0); // closed on 16 March 2026 (support/flow NOW)
const open = caseAt(register, 'S05', 100);

function report(at: string, user = ADMIN) {
  const run = register.run('menuRetentionReport', user, [], { now: new Date(at) });
  if (run.error) throw run.error;
  const alert = register.world
    .module<import('../../emulator/backend/ui').UiBackend>('ui')
    .ofKind('alert')
    .pop();
  return { run, alert: String(alert?.message), rows: register.values('Laporan Retensi') };
}

describe('Laporan retensi arsip', () => {
  it('the case is closed; before two years nothing is due', () => {
    expect(done.status).toBe('Selesai');
    const r = report('2028-03-14T03:00:00.000Z');
    expect(r.rows.slice(1)).toEqual([
      ['—', '', '', 'Tidak ada arsip yang melewati masa retensinya.', '', '', '', ''],
    ]);
    expect(r.alert).toContain('0 arsip melewati masa aktif, 0 arsip melewati masa retensi');
  });

  it('after two years: the case, its 6 members (NIK masked) and its letters are past the active period', () => {
    const r = report('2028-03-17T03:00:00.000Z');
    const rows = r.rows.slice(1);
    expect(rows.filter((x) => x[0] === 'Kasus').map((x) => x[1])).toEqual([done.caseId]);
    expect(rows.filter((x) => x[0] === 'Anggota')).toHaveLength(6);
    expect(rows.filter((x) => x[0] === 'Surat').length).toBeGreaterThanOrEqual(3);
    expect(rows.every((x) => x[2] === '400.9.12.2')).toBe(true);
    expect(rows[0].slice(4)).toEqual([
      '16 Maret 2026',
      '16 Maret 2028',
      '16 Maret 2031',
      'Melewati masa aktif: pindahkan ke arsip inaktif',
    ]);
    const nik = member(0, 0).nik;
    expect(rows.find((x) => x[0] === 'Anggota')![3]).toContain(
      `${nik.slice(0, 6)}******${nik.slice(12)}`,
    );
    expect(JSON.stringify(r.rows)).not.toContain(nik);
    expect(JSON.stringify(r.rows)).not.toContain(open.caseId); // still open
  });

  it('after five years: past the whole retention; rebuilt, not appended', () => {
    const r = report('2031-03-17T03:00:00.000Z');
    const rows = r.rows.slice(1).filter((x) => x[0] !== '');
    expect(
      rows.every((x) => x[7] === 'Melewati masa retensi: usulkan penilaian dan penyusutan'),
    ).toBe(true);
    expect(rows.filter((x) => x[0] === 'Kasus')).toHaveLength(1);
  });

  it('the schedule is a setting; a bad one is named; only Admin, Kabid and Kadis', () => {
    setSetting(register, 'retensi.400.9.12.2', '10 aktif + 10 inaktif');
    expect(report('2031-03-17T03:00:00.000Z').alert).toContain('0 arsip melewati masa aktif');
    setSetting(register, 'retensi.400.9.12.2', 'lama sekali');
    expect(report('2031-03-17T03:00:00.000Z').alert).toContain('Pengaturan "retensi.400.9.12.2"');
    expect(report('2031-03-17T03:00:00.000Z', U.Staf).alert).toContain('tidak berwenang');
  });

  it('costs the same number of service calls with more closed cases', () => {
    setSetting(register, 'retensi.400.9.12.2', '2 + 3');
    const calls = (r: ReturnType<typeof report>) => r.run.ledger.calls;
    const before = calls(report('2031-03-17T03:00:00.000Z'));
    caseAt(register, 'SELESAI', 300);
    caseAt(register, 'SELESAI', 400);
    const after = report('2031-03-17T03:00:00.000Z');
    expect(after.rows.slice(1).filter((x) => x[0] === 'Kasus')).toHaveLength(3);
    expect(calls(after)).toBe(before);
  });
});
