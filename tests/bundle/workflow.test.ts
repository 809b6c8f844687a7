/**
 * One proposal through every step of the SOP, as the right user at each step, through the
 * shipped bundle: the register rows, the audit rows and the due dates at each step.
 */
import type { CaseDetail, Saved, WorkItem } from '../../src/app/api/views';
import {
  AUDIT,
  CASES,
  DTSEN,
  QUEUE,
  STEP_RECORDS,
  LETTER_AGENDA,
} from '../../src/app/register/tabs';
import { SheetTable } from '../../src/gas/sheetTable';
import { api, ok, requestId } from '../support/api';
import { USERS_BY_ROLE as U, intakeForm, seedPeople } from '../support/people';
import { isAuthorityKey } from '../../src/app/register/authority';
import { ADMIN, newRegister, type TestRegister } from '../support/register';

function rowsOf(register: TestRegister, tab: string): Record<string, unknown>[] {
  const [header, ...rows] = register.values(tab);
  return rows.map((r) => Object.fromEntries((header as string[]).map((h, i) => [h, r[i]])));
}

function caseRow(register: TestRegister, id: string) {
  return rowsOf(register, CASES.name).find((r) => r['ID Kasus'] === id)!;
}

const jakarta = (d: unknown) =>
  new Date((d as Date).getTime() + 7 * 3600e3).toISOString().slice(0, 16);

describe('a proposal through every SOP step', () => {
  const register = newRegister();
  register.run('menuSetupRegister', ADMIN);
  seedPeople(register);
  let caseId = '';
  let version = 0;

  function step(user: string, stepCode: string, form: Record<string, unknown>, now: string): Saved {
    const saved = ok(
      api<Saved>(
        register,
        user,
        'apiCompleteStep',
        [{ requestId: requestId(), caseId, version, step: stepCode, form }],
        now,
      ),
    );
    version = saved.version;
    return saved;
  }

  it('S01: staff register the proposal; it waits at S02 for the pendamping, due in 5 office minutes', () => {
    // Friday 13 March 2026, 09:00 WIB.
    const saved = ok(
      api<Saved>(
        register,
        U.Staf,
        'apiIntake',
        [intakeForm(requestId())],
        '2026-03-13T02:00:00.000Z',
      ),
    );
    expect(saved).toMatchObject({ step: 'S02', status: 'Berjalan', version: 1 });
    caseId = saved.caseId;
    version = saved.version;
    expect(caseId).toBe('WRSE-2026-0001');
    const row = caseRow(register, caseId);
    expect(row['Menunggu Peran']).toBe('Pendamping');
    expect(jakarta(row['Tenggat'])).toBe('2026-03-13T09:05');
    expect(rowsOf(register, QUEUE.name).map((q) => q['ID Kasus'])).toEqual([caseId]);
    // The Admin's own rows come first (setup, the users added in the Admin form).
    const audit = rowsOf(register, AUDIT.name).filter(
      (a) => !isAuthorityKey(String(a['ID Kasus'])),
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      Pengguna: U.Staf,
      Peran: 'Staf',
      'ID Kasus': caseId,
      Aksi: 'Pendaftaran proposal',
    });
  });

  it('the members are stored with their NIK as text and the DTSEN data recorded', () => {
    const detail = ok(
      api<CaseDetail>(register, U.Staf, 'apiGetCase', [caseId], '2026-03-13T02:01:00.000Z'),
    );
    expect(detail.members).toHaveLength(6);
    expect(detail.members[0].nikMasked).toMatch(/^352005\*{6}\d{4}$/);
    expect(detail.eligibility.ruleSetVersion).toBe('WRSE-2025.1');
    expect(detail.eligibility.dtsenExtractDate).toBe('2026-01-31');
    expect(detail.eligibility.verdict).toBe('eligible');
    expect(detail.actions.complete).toBeNull(); // S02 is the pendamping's
  });

  it('S02–S07: each step is done by its role and moves the case on, with a due date', () => {
    step(
      U.PendampingKawedanan,
      'S02',
      { note: 'Berkas dari desa diterima.' },
      '2026-03-13T02:04:00.000Z',
    );
    const detail = ok(
      api<CaseDetail>(register, U.Staf, 'apiGetCase', [caseId], '2026-03-13T02:05:00.000Z'),
    );
    expect(detail.actions.complete).toBe('S03');
    step(
      U.Staf,
      'S03',
      {
        members: detail.members.map((m) => ({ memberId: m.id, validation: 'Valid', note: '' })),
        requirements: { rab: true, proposal: true, ktpKkCopies: true, coverLetter: true },
        note: '',
      },
      '2026-03-16T03:00:00.000Z',
    );
    const afterS03 = caseRow(register, caseId);
    expect(afterS03['Langkah']).toBe('S04');
    expect(jakarta(afterS03['Tenggat'])).toBe('2026-03-17T16:00'); // 1 working day
    step(U.Staf, 'S04', { note: 'Diteruskan dengan disposisi Kadis.' }, '2026-03-16T04:00:00.000Z');
    step(
      U.Peksos,
      'S05',
      { recommendationDraft: 'Kelompok layak direkomendasikan.', note: '' },
      '2026-03-17T03:00:00.000Z',
    );
    step(
      U.Kabid,
      'S06',
      { surveyDate: '2026-03-17', result: 'Layak', note: '' },
      '2026-03-17T05:00:00.000Z',
    );
    const saved = step(
      U.Kabid,
      'S07',
      { meetingDate: '2026-03-17', decision: 'Ditetapkan', overrides: [], note: '' },
      '2026-03-17T06:00:00.000Z',
    );
    expect(saved).toMatchObject({ step: 'S08', status: 'Berjalan' });
  });

  it('S08: the Kadis finds it in "Pekerjaan saya" and approves it from the sidebar', () => {
    const work = ok(
      api<{ items: WorkItem[] }>(register, U.Kadis, 'apiMyWork', [], '2026-03-17T07:00:00.000Z'),
    );
    expect(work.items.map((i) => i.caseId)).toEqual([caseId]);
    expect(work.items[0].step).toBe('S08');
    const staffWork = ok(
      api<{ items: WorkItem[] }>(register, U.Staf, 'apiMyWork', [], '2026-03-17T07:00:00.000Z'),
    );
    expect(staffWork.items).toHaveLength(0);
    const saved = step(U.Kadis, 'S08', { note: 'Setuju.' }, '2026-03-17T07:10:00.000Z');
    expect(saved.step).toBe('S09');
    const approval = rowsOf(register, STEP_RECORDS.name).find((r) => r['Langkah'] === 'S08')!;
    expect(approval).toMatchObject({ Oleh: U.Kadis, 'Versi Kasus': 7, 'Tepat Waktu': true }); // the version the Kadis saw
  });

  it('S09: the SKT and the Surat Rekomendasi get the next numbers of the year in the agenda', () => {
    step(U.Staf, 'S09', { letterDate: '2026-03-18', note: '' }, '2026-03-18T02:00:00.000Z');
    const agenda = rowsOf(register, LETTER_AGENDA.name);
    expect(agenda).toHaveLength(2);
    expect(agenda[1]).toMatchObject({
      'Nomor Surat': '400.9.12.2/002/403.107/2026',
      'Jenis Surat': 'Surat Rekomendasi',
    });
    expect(agenda[0]).toMatchObject({
      'Nomor Surat': '400.9.12.2/001/403.107/2026',
      'ID Kasus': caseId,
      Status: 'Terbit',
    });
  });

  it('S10–S11: the SKT is handed over and the aid given; the case is done and leaves the queue', () => {
    step(
      U.Staf,
      'S10',
      { handedOn: '2026-03-18', receivedBy: 'Pendamping Contoh', note: '' },
      '2026-03-18T03:00:00.000Z',
    );
    const saved = step(
      U.Staf,
      'S11',
      { handedOn: '2026-03-19', kind: 'Uang', amount: 5000000, items: [], note: '' },
      '2026-03-19T03:00:00.000Z',
    );
    expect(saved).toMatchObject({ status: 'Selesai', version: 11 });
    expect(rowsOf(register, QUEUE.name)).toHaveLength(0);
    expect(caseRow(register, caseId)['Menunggu Peran']).toBe('');
  });

  it('left one audit row per action, each chained to the previous one', () => {
    const audit = rowsOf(register, AUDIT.name);
    // 3 rows by setup (the first Admin, the SOP steps, the settings), 6 users added by the Admin,
    // the verification page's URL saved by the Admin.
    expect(audit.filter((a) => isAuthorityKey(String(a['ID Kasus'])))).toHaveLength(10);
    expect(audit).toHaveLength(10 + 11);
    audit.forEach((row, i) => {
      expect(row['Hash']).toMatch(/^[0-9a-f]{64}$/);
      expect(row['Hash Sebelumnya']).toBe(i === 0 ? '' : audit[i - 1]['Hash']);
    });
    const history = ok(
      api<CaseDetail>(register, U.Kadis, 'apiGetCase', [caseId], '2026-03-19T04:00:00.000Z'),
    ).history;
    expect(history.map((h) => h.step)).toEqual([
      'S01',
      'S02',
      'S03',
      'S04',
      'S05',
      'S06',
      'S07',
      'S08',
      'S09',
      'S10',
      'S11',
    ]);
    expect(history[10].summary).toBe(
      'Bantuan uang Rp5.000.000,00 (lima juta rupiah) diserahkan 19 Maret 2026. Berita acara bernomor 400.9.12.2/003/403.107/2026.',
    );
  });

  it('numbered the SKT and Surat Rekomendasi at S09 and the handover record at S11, each made as a Doc and a PDF', () => {
    const agenda = rowsOf(register, LETTER_AGENDA.name);
    expect(agenda.map((l) => [l['Nomor Surat'], l['Jenis Surat'], l['Status']])).toEqual([
      ['400.9.12.2/001/403.107/2026', 'Surat Keterangan Terdaftar', 'Terbit'],
      ['400.9.12.2/002/403.107/2026', 'Surat Rekomendasi', 'Terbit'],
      ['400.9.12.2/003/403.107/2026', 'Berita Acara Serah Terima', 'Terbit'],
    ]);
    for (const letter of agenda) {
      expect(String(letter['Berkas Dokumen'])).toMatch(/^https:\/\//);
      expect(String(letter['Berkas PDF'])).toMatch(/^https:\/\//);
    }
  });
});

describe('a large group', () => {
  it('registers a group of 20 members (the largest Permensos 2/2019 allows) in one action', () => {
    const register = newRegister();
    register.run('menuSetupRegister', ADMIN);
    seedPeople(register, 1, 20);
    const saved = ok(
      api<Saved>(
        register,
        U.Staf,
        'apiIntake',
        [intakeForm(requestId(), 20)],
        '2026-03-13T02:00:00.000Z',
      ),
    );
    const detail = ok(
      api<CaseDetail>(register, U.Staf, 'apiGetCase', [saved.caseId], '2026-03-13T02:01:00.000Z'),
    );
    expect(detail.members).toHaveLength(20);
    expect(detail.eligibility.verdict).toBe('eligible');
  });
});

describe('a failed rule set aside by the meeting', () => {
  it('reads as a warning naming who set it aside and why; the group is no longer ineligible', () => {
    const register = newRegister();
    register.run('menuSetupRegister', ADMIN);
    seedPeople(register, 1);
    const form = intakeForm(requestId(), 6);
    // The first member was born in 1960: 65 on the receipt date, over the limit of 58.
    form.members[0] = { ...form.members[0], nik: '3520054501600099' };
    register.withSheets((ss) =>
      SheetTable.open(ss, DTSEN).insert(
        [
          {
            nik: '3520054501600099',
            kk: form.members[0].kk,
            name: form.members[0].name,
            decile: 2,
            dataDate: '2026-01-31',
          },
        ],
        { by: ADMIN, at: '2026-01-05T02:00:00.000Z' },
      ),
    );
    let saved = ok(api<Saved>(register, U.Staf, 'apiIntake', [form], '2026-03-13T02:00:00.000Z'));
    const before = ok(
      api<CaseDetail>(register, U.Kabid, 'apiGetCase', [saved.caseId], '2026-03-13T02:01:00.000Z'),
    );
    expect(before.eligibility.verdict).toBe('ineligible');
    const failed = before.eligibility.results.find(
      (r) => r.rule === 'member.age' && r.status === 'fail',
    );
    expect(failed).toBeDefined();
    for (const [step, user, stepForm] of [
      ['S02', U.PendampingKawedanan, { note: '' }],
      [
        'S03',
        U.Staf,
        {
          members: before.members.map((m) => ({ memberId: m.id, validation: 'Valid', note: '' })),
          requirements: { rab: true, proposal: true, ktpKkCopies: true, coverLetter: true },
          note: '',
        },
      ],
      ['S04', U.Staf, { note: '' }],
      ['S05', U.Peksos, { recommendationDraft: 'Layak dengan catatan usia.', note: '' }],
      ['S06', U.Kabid, { surveyDate: '2026-03-16', result: 'Layak', note: '' }],
      [
        'S07',
        U.Kabid,
        {
          meetingDate: '2026-03-16',
          decision: 'Ditetapkan',
          overrides: [
            {
              rule: 'member.age',
              nik: '3520054501600099',
              reason: 'Tulang punggung tunggal bagi tiga cucu yatim; disetujui rapat.',
            },
          ],
          note: '',
        },
      ],
    ] as const) {
      saved = ok(
        api<Saved>(
          register,
          user,
          'apiCompleteStep',
          [
            {
              requestId: requestId(),
              caseId: saved.caseId,
              version: saved.version,
              step,
              form: stepForm,
            },
          ],
          '2026-03-16T04:00:00.000Z',
        ),
      );
    }
    const after = ok(
      api<CaseDetail>(register, U.Kadis, 'apiGetCase', [saved.caseId], '2026-03-16T05:00:00.000Z'),
    );
    const age = after.eligibility.results.find(
      (r) => r.rule === 'member.age' && r.subject === failed!.subject,
    )!;
    expect(age.status).toBe('warning');
    expect(age.reason).toContain(
      `Dikecualikan dalam rapat oleh ${U.Kabid}: Tulang punggung tunggal`,
    );
    expect(after.eligibility.verdict).toBe('review');
  });
});
