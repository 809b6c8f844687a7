/**
 * Reports count decisions that stand (issue 13, reproduction 8): a Kabid's rejection the Kadis
 * annulled (its letter never signed) is not Ditolak on the Dasbor — not in the totals, per
 * kecamatan, nor among the reasons — and every figure of the summary equals a count made here
 * straight from the register's tabs, independently of the report code.
 */
import type { Saved } from '../../src/app/api/views';
import { api, ok, requestId } from '../support/api';
import { caseAt, NOW } from '../support/flow';
import { USERS_BY_ROLE as U, seedPeople } from '../support/people';
import { ADMIN, newRegister } from '../support/register';

const LATER = '2026-04-20T03:00:00.000Z';

const register = newRegister();
register.run('menuSetupRegister', ADMIN);
seedPeople(register, 4);
caseAt(register, 'SELESAI', 0);
caseAt(register, 'S06', 100); // waiting
const annulled = caseAt(register, 'S06', 200);
const stands = caseAt(register, 'S06', 300);

function decide(fn: string, user: string, c: Saved, reason: string): Saved {
  return ok(
    api<Saved>(
      register,
      user,
      fn,
      [{ requestId: requestId(), caseId: c.caseId, version: c.version, reason }],
      NOW,
    ),
  );
}
// The Kabid rejects both; the Kadis annuls the first and signs the second's letter.
const rejectedA = decide('apiRejectCase', U.Kabid, annulled, 'Usaha kelompok belum berjalan.');
decide('apiAnnulDecision', U.Kadis, rejectedA, 'Survei ulang: usaha sudah berjalan sejak Januari.');
const rejectedB = decide('apiRejectCase', U.Kabid, stands, 'Anggota bukan warga Magetan.');
ok(
  api<Saved>(
    register,
    U.Kadis,
    'apiSignDecisionLetter',
    [{ requestId: requestId(), caseId: stands.caseId, version: rejectedB.version, note: '' }],
    NOW,
  ),
);

const refreshed = register.run('showDashboard', U.Staf, [], { now: new Date(LATER) });
const dasbor = register.values('Dasbor');

/** The rows of the tab's table titled `title` (header first), up to the blank line. */
function table(title: string): unknown[][] {
  const start = dasbor.findIndex((r) => r[0] === title);
  const rows: unknown[][] = [];
  for (let i = start + 1; i < dasbor.length && dasbor[i].some((v) => v !== ''); i++) {
    rows.push(dasbor[i]);
  }
  return rows;
}
const summary = (label: string) => table('Ringkasan').find((r) => r[0] === label)?.[1];

/** Independent counts, straight from Kasus and Anggota (no report code). */
function fromTabs() {
  const kasus = register.values('Kasus');
  const col = (name: string) => kasus[0].indexOf(name);
  const rows = kasus.slice(1).filter((r) => r[0] !== '');
  const status = (s: string) => rows.filter((r) => r[col('Status')] === s).length;
  const anggota = register.values('Anggota');
  const done = new Set(rows.filter((r) => r[col('Status')] === 'Selesai').map((r) => String(r[0])));
  return {
    received: rows.length,
    inProgress: status('Berjalan') + status('Dikembalikan'),
    rejected: status('Ditolak'),
    aided: done.size,
    reached: anggota.slice(1).filter((r) => done.has(String(r[anggota[0].indexOf('ID Kasus')])))
      .length,
  };
}

describe('the Dasbor counts decisions that stand', () => {
  it('the annulled rejection is back in progress; the signed one stands', () => {
    expect(refreshed.error).toBeNull();
    const kasus = register.values('Kasus');
    const statusOf = (id: string) => kasus.find((r) => r[0] === id)?.[kasus[0].indexOf('Status')];
    expect(statusOf(annulled.caseId)).toBe('Berjalan');
    expect(statusOf(stands.caseId)).toBe('Ditolak');
  });

  it('Ditolak: 1 in the totals, in its kecamatan and among the reasons', () => {
    expect(summary('Ditolak')).toBe(1);
    const byKec = table('Per kecamatan');
    const rejectedCol = byKec[0].indexOf('Ditolak');
    expect(byKec.find((r) => r[0] === 'Kawedanan')?.[rejectedCol]).toBe(1);
    expect(byKec.find((r) => r[0] === 'Jumlah')?.[rejectedCol]).toBe(1);
    const reasons = table('Penolakan menurut alasan').slice(1, -1);
    expect(reasons.reduce((n, r) => n + Number(r[1]), 0)).toBe(1);
    expect(JSON.stringify(reasons)).not.toContain('Usaha kelompok belum berjalan');
  });

  it('every figure of the summary equals an independent count from the tabs', () => {
    const t = fromTabs();
    expect({
      received: summary('Proposal diterima'),
      inProgress: summary('Dalam proses'),
      rejected: summary('Ditolak'),
      aided: summary('Bantuan diserahkan (kelompok)'),
      reached: summary('Anggota terjangkau'),
    }).toEqual(t);
    expect(t).toEqual({ received: 4, inProgress: 2, rejected: 1, aided: 1, reached: 6 });
  });
});
