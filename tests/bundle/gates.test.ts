/**
 * Issue 13, reproductions 3–5, through the shipped bundle:
 * - the SOP gates: S07 ("Ditetapkan") and S08 are refused while an eligibility rule fails
 *   without an override (roles from Pengaturan, a reason of at least 10 characters, recorded and
 *   shown to the Kadis); "Tidak Valid" members are not on the SKT, Rekomendasi or BAST and not
 *   counted; a group below the minimum cannot pass;
 * - one decision-letter path: a rejection by the Kabid through a step's form (S06 "Tidak Layak",
 *   S07 "Tidak Ditetapkan") makes a KONSEP waiting for the Kadis, as apiRejectCase does;
 * - letter dates: real dates, not before the approval, the agenda in date order.
 * Every refusal is shown to write nothing (every tab compared before/after).
 */
import type { DriveBackend, TreeNode } from '../../emulator/backend/drive';
import type { CaseDetail, Saved } from '../../src/app/api/views';
import { setSetting as saveSetting } from '../support/admin';
import { api, ok, requestId, type ApiCall } from '../support/api';
import { USERS_BY_ROLE as U, intakeForm, member, seedPeople } from '../support/people';
import { ADMIN, newRegister, type TestRegister } from '../support/register';
import {
  NOW,
  STEP_USER,
  caseAt,
  completeStep,
  dataState,
  nextStep,
  restore,
  snapshot,
  stepForm,
} from '../support/flow';

const register = newRegister();
register.run('menuSetupRegister', ADMIN);
seedPeople(register, 2);
const prepared = snapshot(register.world);

function complete(
  saved: Saved,
  step: string,
  form: Record<string, unknown>,
  now = NOW,
  user = STEP_USER[step],
): ApiCall<Saved> {
  return completeStep(register, user, saved, step, form, now);
}

/** Drives `saved` on with the standard forms until it waits at `target`. */
function driveTo(saved: Saved, target: string, now = NOW): Saved {
  while (saved.step !== target && saved.status === 'Berjalan')
    saved = ok(nextStep(register, saved, now));
  return saved;
}

function getCase(caseId: string, user: string = U.Kadis): CaseDetail {
  return ok(api<CaseDetail>(register, user, 'apiGetCase', [caseId], NOW));
}

function rows(r: TestRegister, tab: string): Record<string, unknown>[] {
  const [head, ...body] = r.values(tab);
  return body.map((row) => Object.fromEntries((head as string[]).map((h, i) => [h, row[i]])));
}

/** A setting changed as the Admin changes it (the audited Admin form; issue 13). */
function setSetting(key: string, value: string): void {
  saveSetting(register, key, value, { effectiveFrom: '2025-01-01' });
}

/** The HTML of the Doc whose name starts with `prefix` (SKT, BAST, Surat Rekomendasi…). */
function letterHtml(prefix: string): string {
  const drive = register.world.module<DriveBackend>('drive');
  const all = (nodes: TreeNode[]): TreeNode[] =>
    nodes.flatMap((n) => [n, ...all(n.children ?? [])]);
  const doc = all(drive.tree()).find(
    (n) => n.mimeType === 'application/vnd.google-apps.document' && n.name.startsWith(prefix),
  );
  if (!doc) throw new Error(`no document ${prefix}`);
  return String(drive.content(doc.id).html);
}

/** The error of a refused call, its fields, and proof that nothing was written. */
function refused(call: () => ApiCall<Saved>): { message: string; fields: string[] } {
  const before = dataState(register);
  const { result } = call();
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.data)}`);
  expect(dataState(register)).toBe(before);
  return {
    message: result.error.message,
    fields: (result.error.fields ?? []).map((f) => `${f.field}: ${f.message}`),
  };
}

// The reproduction's group: a 63-year-old, a man's NIK, nobody in DTSEN (base 500 is not in
// the extract seeded by seedPeople).
const OLD = `352005${41 + 0}0662` + '0501'; // a woman born 1 June 1962
const MAN = '352005150675' + '0502'; // a man born 15 June 1975
function ineligibleIntake(): Saved {
  const form = intakeForm(requestId(), 6, 500);
  form.members[0] = { ...form.members[0], nik: OLD };
  form.members[1] = { ...form.members[1], nik: MAN };
  return ok(api<Saved>(register, U.Staf, 'apiIntake', [form], NOW));
}

describe('the SOP gate at the meeting (S07) and the approval (S08)', () => {
  it('reproduction 3: an ineligible group is refused at S07 with overrides [] and nothing is written', () => {
    restore(register.world, prepared);
    const registered = ineligibleIntake();
    const atS07 = driveTo(registered, 'S07');
    const detail = getCase(atS07.caseId, U.Kabid);
    expect(detail.eligibility.verdict).toBe('ineligible');
    const r = refused(() =>
      complete(atS07, 'S07', {
        meetingDate: NOW.slice(0, 10),
        decision: 'Ditetapkan',
        overrides: [],
        note: '',
      }),
    );
    expect(r.message).toContain('Kelompok ini belum dapat ditetapkan dalam rapat');
    expect(r.message).toContain('member.age');
    expect(r.message).toContain('member.woman');
    expect(r.message).toContain('member.dtsen');
    expect(r.fields[0]).toMatch(/^form\.overrides: Pengecualian aturan: /);
    expect(detail.gate?.passes).toBe(false);
    // Intake recorded what came in, and said what fails.
    expect(registered.eligibility?.verdict).toBe('ineligible');
    expect(registered.eligibility?.failing.join(' ')).toMatch(/usia|Usia/);
    expect(registered.eligibility?.failing.length).toBeGreaterThanOrEqual(8);
  });

  it('each failing rule set aside with a reason opens it; recorded in the step record and audit, shown to the Kadis at S08', () => {
    restore(register.world, prepared);
    const atS07 = driveTo(ineligibleIntake(), 'S07');
    const failing = getCase(atS07.caseId, U.Kabid).gate!.blocking;
    const nikOf = (i: number) => [OLD, MAN, ...[2, 3, 4, 5].map((k) => member(k, 500).nik)][i];
    const overrides = getCase(atS07.caseId, U.Kabid).members.flatMap((m, i) =>
      failing
        .filter((f) => f.nik === m.nikMasked)
        .map((f) => ({ rule: f.rule, nik: nikOf(i), reason: `Diputuskan rapat untuk ${m.name}.` })),
    );
    expect(overrides.length).toBe(failing.length);
    // A reason too short is refused, naming the field, in Indonesian.
    const short = refused(() =>
      complete(atS07, 'S07', {
        meetingDate: NOW.slice(0, 10),
        decision: 'Ditetapkan',
        overrides: [{ ...overrides[0], reason: 'ok' }],
        note: '',
      }),
    );
    expect(short.fields).toContain(
      'form.overrides.0.reason: Pengecualian aturan › baris 1 › Alasan: paling sedikit 10 karakter.',
    );
    // Overrides by a role the setting does not name are refused.
    setSetting('pengecualian.peran.S07', 'Kadis');
    const role = refused(() =>
      complete(atS07, 'S07', {
        meetingDate: NOW.slice(0, 10),
        decision: 'Ditetapkan',
        overrides,
        note: '',
      }),
    );
    expect(role.message).toContain('hanya boleh oleh peran Kadis');
    setSetting('pengecualian.peran.S07', 'Kabid');
    const atS08 = ok(
      complete(atS07, 'S07', {
        meetingDate: NOW.slice(0, 10),
        decision: 'Ditetapkan',
        overrides,
        note: '',
      }),
    );
    expect(atS08.step).toBe('S08');
    const record = rows(register, 'Langkah Kasus').find(
      (r) => r['ID Kasus'] === atS08.caseId && r['Langkah'] === 'S07',
    )!;
    expect(JSON.parse(String(record['Isian'])).overrides).toHaveLength(overrides.length);
    const audit = rows(register, 'Riwayat').filter((r) => r['ID Kasus'] === atS08.caseId);
    expect(JSON.stringify(audit[audit.length - 1])).toContain('Diputuskan rapat untuk');
    // The Kadis sees them in the case view, with who set them aside.
    const forKadis = getCase(atS08.caseId);
    expect(forKadis.gate?.passes).toBe(true);
    expect(forKadis.gate?.overrides).toHaveLength(overrides.length);
    expect(forKadis.gate?.overrides[0]).toEqual(
      expect.objectContaining({ by: U.Kabid, step: 'S07' }),
    );
    expect(
      forKadis.eligibility.results.filter((r) => r.reason.includes('Dikecualikan dalam rapat')),
    ).toHaveLength(overrides.length);
    const approved = ok(complete(atS08, 'S08', { note: '' }));
    expect(approved.step).toBe('S09');
  });

  it('a member marked Tidak Valid at S03 is not counted: a group falling below 5 cannot pass S07', () => {
    restore(register.world, prepared);
    const saved = ok(
      api<Saved>(register, U.Staf, 'apiIntake', [intakeForm(requestId(), 5, 0)], NOW),
    );
    const atS03 = driveTo(saved, 'S03');
    const form = stepForm(register, atS03.caseId, 'S03', NOW) as {
      members: Array<{ validation: string }>;
    };
    form.members[0].validation = 'Tidak Valid';
    const atS07 = driveTo(ok(complete(atS03, 'S03', form)), 'S07');
    const r = refused(() =>
      complete(atS07, 'S07', {
        meetingDate: NOW.slice(0, 10),
        decision: 'Ditetapkan',
        overrides: [{ rule: 'group.size', nik: '', reason: 'Rapat tetap ingin menetapkan.' }],
        note: '',
      }),
    );
    expect(r.message).toContain('group.size tidak dapat dikecualikan');
  });

  it('S08 is refused too while a rule fails (here the minimum was raised after the meeting)', () => {
    restore(register.world, prepared);
    const atS08 = caseAt(register, 'S08', 0);
    setSetting('kelayakan.anggotaMinimum', '7');
    const r = refused(() => complete(atS08, 'S08', { note: '' }));
    expect(r.message).toContain('Kelompok ini belum dapat disetujui');
    expect(r.message).toContain('tidak dapat dikecualikan');
  });

  it('reproduction 3: a member marked Tidak Valid is not on the SKT, the Rekomendasi or the BAST', () => {
    restore(register.world, prepared);
    const saved = ok(
      api<Saved>(register, U.Staf, 'apiIntake', [intakeForm(requestId(), 6, 0)], NOW),
    );
    const atS03 = driveTo(saved, 'S03');
    const form = stepForm(register, atS03.caseId, 'S03', NOW) as {
      members: Array<{ validation: string; note: string }>;
    };
    form.members[5] = { ...form.members[5], validation: 'Tidak Valid', note: 'Pindah domisili.' };
    const atS08 = driveTo(ok(complete(atS03, 'S03', form)), 'S08');
    const excluded = getCase(atS08.caseId).gate?.excluded;
    const done = driveTo(ok(complete(atS08, 'S08', { note: '' })), 'S12');
    expect(done.status).toBe('Selesai');
    for (const prefix of ['SKT ', 'Surat Rekomendasi ', 'BAST ']) {
      const html = letterHtml(prefix);
      expect(html).toContain(member(0, 0).name);
      expect(html).toContain(member(4, 0).name);
      expect(html).not.toContain(member(5, 0).name);
    }
    const record = rows(register, 'Langkah Kasus').find(
      (r) => r['ID Kasus'] === done.caseId && r['Langkah'] === 'S08',
    )!;
    expect(JSON.parse(String(record['Isian'])).members).toHaveLength(5);
    // The Kadis saw, at S08, who was left out.
    expect(excluded).toEqual([`${member(5, 0).name} (NIK 352005******0006)`]);
  });
});

describe('one decision-letter path (reproduction 4)', () => {
  for (const [step, form] of [
    [
      'S06',
      {
        surveyDate: NOW.slice(0, 10),
        result: 'Tidak Layak',
        note: 'Usaha tidak ditemukan saat survei.',
      },
    ],
    [
      'S07',
      {
        meetingDate: NOW.slice(0, 10),
        decision: 'Tidak Ditetapkan',
        overrides: [],
        note: 'Rapat menilai usulan belum matang.',
      },
    ],
  ] as const) {
    it(`a Kabid's ${step} rejection through apiCompleteStep makes a KONSEP for the Kadis, numbered only when she signs`, () => {
      restore(register.world, prepared);
      const at = caseAt(register, step, 0);
      const rejected = ok(complete(at, step, form, NOW, U.Kabid));
      expect(rejected.status).toBe('Ditolak');
      expect(rejected.letterId).toBeUndefined();
      expect(rows(register, 'Agenda Surat')).toEqual([]);
      const detail = getCase(at.caseId);
      expect(detail.pendingLetter?.reason).toBe(form.note);
      expect(detail.pendingLetter?.docUrl).toMatch(/^https:\/\//);
      expect(detail.actions.canSignLetter).toBe(true);
      const signed = ok(
        api<Saved>(
          register,
          U.Kadis,
          'apiSignDecisionLetter',
          [{ requestId: requestId(), caseId: at.caseId, version: rejected.version, note: '' }],
          NOW,
        ),
      );
      expect(signed.letterNumber).toBe('400.9.12.2/001/403.107/2026');
      expect(rows(register, 'Agenda Surat').map((r) => r['Jenis Surat'])).toEqual([
        'Surat Penolakan',
      ]);
    });
  }

  it('a rejection through a step needs its reason (it is printed on the letter)', () => {
    restore(register.world, prepared);
    const at = caseAt(register, 'S06', 0);
    const r = refused(() =>
      complete(at, 'S06', { surveyDate: NOW.slice(0, 10), result: 'Tidak Layak', note: '' }),
    );
    expect(r.fields[0]).toContain('form.note: Catatan: tuliskan alasan penolakan');
  });
});

describe('letter dates (reproduction 5)', () => {
  it('S09 with 2026-02-30 is refused, naming the field, and nothing is written', () => {
    restore(register.world, prepared);
    const atS09 = caseAt(register, 'S09', 0);
    const r = refused(() => complete(atS09, 'S09', { letterDate: '2026-02-30', note: '' }));
    expect(r.fields).toEqual([
      'form.letterDate: Tanggal surat: "2026-02-30" bukan tanggal yang ada di kalender.',
    ]);
  });

  it('a letter dated before the Kadis’s approval is refused', () => {
    restore(register.world, prepared);
    const atS09 = caseAt(register, 'S09', 0); // approved on 16 March 2026
    const r = refused(() =>
      complete(atS09, 'S09', { letterDate: '2026-03-13', note: '' }, '2026-03-20T03:00:00.000Z'),
    );
    expect(r.message).toBe(
      'Tanggal surat: tidak boleh sebelum tanggal persetujuan Kepala Dinas, 16 Maret 2026.',
    );
  });

  it('a letter dated before the last numbered letter is refused, naming that date', () => {
    restore(register.world, prepared);
    const a = caseAt(register, 'S09', 0);
    const b = caseAt(register, 'S09', 100);
    const later = '2026-03-20T03:00:00.000Z';
    ok(complete(a, 'S09', { letterDate: '2026-03-20', note: '' }, later));
    const r = refused(() => complete(b, 'S09', { letterDate: '2026-03-18', note: '' }, later));
    expect(r.message).toContain('tidak boleh sebelum tanggal surat terakhir, 20 Maret 2026');
    expect(r.fields[0]).toMatch(/^form\.letterDate: /);
    ok(complete(b, 'S09', { letterDate: '2026-03-20', note: '' }, later));
  });

  it('reads only the date, number and year of the last letter: a note typed by hand in its Urut cell does not stop the next', () => {
    restore(register.world, prepared);
    const a = caseAt(register, 'S09', 0);
    const b = caseAt(register, 'S09', 100);
    const later = '2026-03-20T03:00:00.000Z';
    ok(complete(a, 'S09', { letterDate: '2026-03-20', note: '' }, later));
    register.withSheets((ss) => {
      const agenda = ss.getSheetByName('Agenda Surat')!;
      const urut = (agenda.getRange('1:1').getValues()[0] as string[]).indexOf('Urut') + 1;
      agenda.getRange(agenda.getLastRow(), urut).setValue('dua (diketik)');
    });
    const r = refused(() => complete(b, 'S09', { letterDate: '2026-03-18', note: '' }, later));
    expect(r.message).toContain('tidak boleh sebelum tanggal surat terakhir, 20 Maret 2026');
    ok(complete(b, 'S09', { letterDate: '2026-03-20', note: '' }, later));
  });

  it('a BAST (S11) dated before the last numbered letter is refused the same way', () => {
    restore(register.world, prepared);
    const a = caseAt(register, 'S11', 0);
    const b = caseAt(register, 'S09', 100);
    ok(complete(b, 'S09', { letterDate: '2026-03-20', note: '' }, '2026-03-20T03:00:00.000Z'));
    const r = refused(() =>
      complete(
        a,
        'S11',
        { handedOn: '2026-03-17', kind: 'Uang', amount: 5000000, items: [], note: '' },
        '2026-03-20T03:00:00.000Z',
      ),
    );
    expect(r.message).toContain('Tanggal penyerahan: tidak boleh sebelum tanggal surat terakhir');
  });
});
