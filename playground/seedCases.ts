/**
 * The demo cases and how each is driven through the real bundle API: intake as a Staf, then
 * every step as the user whose role the SOP table names (the pendamping of the group's
 * kecamatan for the pendamping steps), each call with the clock (`now`) set to a past day, up
 * to the step the case should wait at — or returned, rejected, or done (Selesai). Members are
 * taken from the synthetic DTSEN extract, never twice.
 */
import type { World } from '../emulator/backend';
import { runEntry, type Bundle } from '../emulator/runtime';
import { SOP_STEP_SEEDS } from '../src/app/register/seeds';
import { DESA_MAGETAN } from '../src/domain/data/wilayah';
import { ageOn } from '../src/domain/age';
import { demoDtsen, demoUser, dtsenDate, PENDAMPING_KECAMATAN, type DemoPerson } from './demoData';

export interface CasePlan {
  groupName: string;
  business: string;
  kecamatan: string;
  /** The step the case waits at, or `done` (Selesai). */
  until: string;
  /** At `until`: return for completion or reject, with a reason. */
  decision?: 'return' | 'reject';
  /** Intake this many days ago; each next step `gap` days later. */
  daysAgo: number;
  gap: number;
}

const [MGT, MSP, PLS] = PENDAMPING_KECAMATAN;
const plan = (
  groupName: string,
  business: string,
  kecamatan: string,
  until: string,
  daysAgo: number,
  gap = 1,
  decision?: CasePlan['decision'],
): CasePlan => ({
  groupName: `Kelompok ${groupName} (contoh)`,
  business,
  kecamatan,
  until,
  daysAgo,
  gap,
  decision,
});

/** Groups at every step (some overdue), returned, rejected and done, in five kecamatan. */
export const DEMO_CASES: readonly CasePlan[] = [
  plan('Melati', 'Warung kelontong', MGT, 'S02', 0),
  plan('Mawar', 'Jahit pakaian', MSP, 'S02', 6),
  plan('Kenanga', 'Keripik singkong', PLS, 'S03', 2),
  plan('Anggrek', 'Ternak ayam kampung', MGT, 'S03', 45), // overdue (15 working days)
  plan('Dahlia', 'Kue basah', MSP, 'S04', 3),
  plan('Kamboja', 'Batik tulis', PLS, 'S05', 4),
  plan('Teratai', 'Sayur organik', MGT, 'S05', 60, 2), // overdue
  plan('Cempaka', 'Tempe dan tahu', MSP, 'S06', 10, 1),
  plan('Tulip', 'Kerajinan bambu', PLS, 'S07', 12, 1),
  plan('Flamboyan', 'Rias pengantin', MGT, 'S08', 14, 1), // waits for the Kadis
  plan('Bougenvil', 'Salon kecantikan', MSP, 'S08', 20, 2), // overdue approval
  plan('Seruni', 'Catering', PLS, 'S09', 16, 1),
  plan('Lili', 'Laundry kiloan', MGT, 'S10', 18, 1),
  plan('Asoka', 'Pecel Madiun', MSP, 'S11', 20, 1),
  plan('Wijaya Kusuma', 'Toko pakan ternak', PLS, 'done', 40, 2),
  plan('Sedap Malam', 'Gula aren', MGT, 'done', 30, 1),
  plan('Kemuning', 'Kerupuk', MSP, 'S03', 25, 2, 'return'), // its letter waits for the Kadis
  plan('Alamanda', 'Es dawet', PLS, 'S08', 22, 1, 'return'), // returned by the Kadis
  plan('Sakura', 'Bengkel motor', MGT, 'S06', 26, 2, 'reject'), // by the Kabid: letter to sign
  plan('Matahari', 'Anyaman pandan', '35.20.10', 'S02', 8),
  plan('Kantil', 'Jamu gendong', '35.20.02', 'S02', 1),
];

type Envelope =
  { ok: true; data: Record<string, unknown> } | { ok: false; error: { message: string } };

/** Five to seven women of the kecamatan, aged 18–58 on `on`, decile ≤ 4, not yet in a group. */
function membersFor(kecamatan: string, on: string, count: number, used: Set<string>): DemoPerson[] {
  const pool = demoDtsen(dtsenDate()).filter(
    (p) =>
      p.kecamatan === kecamatan &&
      p.sex === 'P' &&
      p.decile <= 4 &&
      !used.has(p.nik) &&
      ageOn(p.birthDate, on) >= 18 &&
      ageOn(p.birthDate, on) <= 58,
  );
  const chosen = pool.slice(0, count);
  chosen.forEach((p) => used.add(p.nik));
  return chosen;
}

const at = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000);
const iso = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/** The form of step `step` for `detail` (from apiGetCase), with the day's date. */
function formFor(step: string, detail: Record<string, unknown>, day: string): unknown {
  const note = 'Contoh: diisi oleh seed playground.';
  const members = (detail.members as Array<{ id: string }> | undefined) ?? [];
  const all = { rab: true, proposal: true, ktpKkCopies: true, coverLetter: true };
  switch (step) {
    case 'S03':
      return {
        members: members.map((m) => ({ memberId: m.id, validation: 'Valid', note: '' })),
        requirements: all,
        note,
      };
    case 'S05':
      return { recommendationDraft: 'Konsep rekomendasi (contoh): kelompok layak dibantu.', note };
    case 'S06':
      return { surveyDate: day, result: 'Layak', note };
    case 'S07':
      return { meetingDate: day, decision: 'Ditetapkan', overrides: [], note };
    case 'S09':
      return { letterDate: day, note };
    case 'S10':
      return { handedOn: day, receivedBy: 'Ketua kelompok (contoh)', note };
    case 'S11':
      return { handedOn: day, kind: 'Uang', amount: 10_000_000, items: [], note };
    default:
      return { note };
  }
}

function userForStep(step: string, kecamatan: string): string {
  const role = SOP_STEP_SEEDS.find((s) => s.code === step)?.role || 'Staf';
  return demoUser(role, role === 'Pendamping' ? kecamatan : '').email;
}

type Outcome = { ok: true } | { ok: false; message: string };

/**
 * Drives one case (members not in `used`, which it extends), one step per resumption: it yields
 * the day (days ago) of its next step before making it, so that `seedCases` can run the steps
 * of all cases in date order (the agenda refuses a letter dated before the last one). Returns
 * `ok: false` with the message where it stopped.
 */
export function* driveCase(
  world: World,
  bundle: Bundle,
  registerId: string,
  p: CasePlan,
  used: Set<string>,
): Generator<number, Outcome, void> {
  let day = p.daysAgo;
  let n = 0;
  const call = (fn: string, user: string, arg: unknown): Record<string, unknown> => {
    n += 1;
    const r = runEntry<Envelope>(world, bundle, fn, [arg], {
      user,
      activeSpreadsheetId: registerId,
      now: at(day),
    });
    if (r.error) throw new Error(`${fn} sebagai ${user}: ${r.error.message}`);
    const env = r.value;
    if (!env || !env.ok)
      throw new Error(`${fn} sebagai ${user}: ${env ? env.error.message : 'tanpa jawaban'}`);
    return env.data;
  };
  const requestId = () => `contoh-${p.groupName.replace(/\W+/g, '-')}-${n}`.slice(0, 64);
  try {
    yield day;
    const receivedOn = iso(at(day));
    const desa = DESA_MAGETAN.find(([code]) => code.startsWith(`${p.kecamatan}.`))?.[0] ?? '';
    const staf = demoUser('Staf').email;
    const members = membersFor(p.kecamatan, receivedOn, 5 + (p.groupName.length % 2), used);
    let saved = call('apiIntake', staf, {
      requestId: requestId(),
      groupName: p.groupName,
      business: p.business,
      kecamatan: p.kecamatan,
      desa,
      address: 'Jl. Contoh No. 1 (alamat contoh)',
      leader: members[0]?.name ?? 'Ketua (contoh)',
      phone: '0812-0000-0000',
      receivedOn,
      rabTotal: 10_000_000 + 500_000 * (p.groupName.length % 7),
      requirements: { rab: true, proposal: true, ktpKkCopies: true, coverLetter: true },
      members: members.map((m, i) => ({
        nik: m.nik,
        kk: m.kk,
        name: m.name,
        maritalStatus: i % 2 ? 'Cerai Mati' : 'Kawin',
        breadwinner: true,
        hasKtp: true,
        hasKk: true,
        hasCertificate: true,
        desa,
        address: 'Jl. Contoh (alamat contoh)',
      })),
      note: 'Kasus contoh untuk playground (data sintetis).',
    });
    const caseId = String(saved.caseId);
    while (saved.status === 'Berjalan' && saved.step !== p.until) {
      day = Math.max(0, day - p.gap);
      yield day;
      const step = String(saved.step);
      const user = userForStep(step, p.kecamatan);
      const detail = call('apiGetCase', user, caseId);
      const version = Number((detail.case as { version: number }).version);
      saved = call('apiCompleteStep', user, {
        requestId: requestId(),
        caseId,
        version,
        step,
        form: formFor(step, detail, iso(at(day))),
      });
    }
    if (p.decision) {
      yield day;
      const user = userForStep(String(saved.step), p.kecamatan);
      const reason =
        p.decision === 'return'
          ? 'Contoh: salinan KK dua anggota belum dilampirkan; mohon dilengkapi.'
          : 'Contoh: hasil survei menunjukkan usaha kelompok belum berjalan.';
      call(p.decision === 'return' ? 'apiReturnCase' : 'apiRejectCase', user, {
        requestId: requestId(),
        caseId,
        version: Number(saved.version),
        reason,
      });
    }
    return { ok: true };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
