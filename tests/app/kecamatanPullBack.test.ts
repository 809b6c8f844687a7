/**
 * The pull-back's decisions, pure: rows matched by ID with the hidden base of the export; a
 * three-way check per field; the step rule; the sidebar's schemas; rows added, copied, deleted
 * or re-ordered by hand reported and never applied.
 */
import { KEC_CASES, KEC_MEMBERS, encodeBase } from '../../src/app/kecamatan/layout';
import {
  pullBack,
  type MasterCase,
  type MasterMember,
  type MasterSurvey,
  type PullBackInput,
} from '../../src/app/kecamatan/pullBack';

const VERSION = 4;
const memberHeader = Object.values(KEC_MEMBERS.columns).map((c) => c.header);
const caseHeader = Object.values(KEC_CASES.columns).map((c) => c.header);

function memberRow(id: string, caseId: string, r: number, validation: string, note: string) {
  const row: Record<string, unknown> = {
    memberId: id,
    caseId,
    groupName: 'Kelompok Contoh',
    name: `Nama ${id}`,
    nik: '352005******0001',
    kk: '',
    desa: 'Kawedanan',
    maritalStatus: 'Cerai Mati',
    breadwinner: 'Ya',
    validation,
    note,
    message: '',
    base: encodeBase({ e: VERSION, r, v: { validation: 'Belum', note: '' } }),
  };
  return Object.keys(KEC_MEMBERS.columns).map((k) => row[k]);
}

function caseRow(id: string, r: number, survey: [unknown, string, string], base = ['', '', '']) {
  const row: Record<string, unknown> = {
    caseId: id,
    groupName: 'Kelompok Contoh',
    desa: 'Kawedanan',
    leader: 'Ketua',
    business: 'Warung',
    step: 'S06',
    receivedOn: new Date('2026-03-01T00:00:00+07:00'),
    surveyDate: survey[0],
    surveyResult: survey[1],
    surveyNote: survey[2],
    message: '',
    base: encodeBase({
      e: VERSION,
      r,
      v: { surveyDate: base[0], result: base[1], note: base[2] },
    }),
  };
  return Object.keys(KEC_CASES.columns).map((k) => row[k]);
}

function input(over: Partial<PullBackInput>): PullBackInput {
  const cases = new Map<string, MasterCase>([
    ['K1', { id: 'K1', step: 'S03', status: 'Berjalan' }],
    ['K2', { id: 'K2', step: 'S06', status: 'Berjalan' }],
  ]);
  const members = new Map<string, MasterMember>(
    ['A1', 'A2', 'A3', 'A4'].map((id) => [
      id,
      { id, caseId: 'K1', validation: '', note: '', version: 2 },
    ]),
  );
  return {
    exportVersion: VERSION,
    cases: [caseHeader],
    members: [memberHeader],
    exported: { cases: [], members: ['A1', 'A2', 'A3', 'A4'] },
    master: { cases, members, surveys: new Map<string, MasterSurvey>() },
    today: '2026-03-16',
    ...over,
  };
}

describe('pull-back of the member tab', () => {
  it('applies a changed validation of a case at S03, through the S03 schema', () => {
    const out = pullBack(
      input({
        members: [
          memberHeader,
          memberRow('A1', 'K1', 2, 'Valid', 'KTP sesuai'),
          memberRow('A2', 'K1', 3, 'Belum', ''),
          memberRow('A3', 'K1', 4, 'Belum', ''),
          memberRow('A4', 'K1', 5, 'Belum', ''),
        ],
      }),
    );
    expect(out.memberChanges).toEqual([
      {
        caseId: 'K1',
        memberId: 'A1',
        fromVersion: 2,
        changes: { validation: 'Valid', note: 'KTP sesuai' },
      },
    ]);
    expect(out.findings).toEqual([]);
  });

  it('ignores rows re-ordered by hand and reports a deleted row, applying nothing blindly', () => {
    const out = pullBack(
      input({
        members: [
          memberHeader,
          memberRow('A2', 'K1', 3, 'Valid', ''),
          memberRow('A1', 'K1', 2, 'Tidak Valid', ''),
          memberRow('A4', 'K1', 5, 'Valid', ''),
        ],
      }),
    );
    expect(out.memberChanges.map((c) => c.memberId)).toEqual(['A4']);
    expect(out.findings.map((f) => [f.kind, f.recordId, f.message.slice(0, 20)])).toEqual([
      ['Baris Diabaikan', 'A2', 'Baris ID A2 dipindah'],
      ['Baris Diabaikan', 'A1', 'Baris ID A1 dipindah'],
      ['Baris Diabaikan', 'A3', 'Baris ID A3 dihapus '],
    ]);
  });

  it('refuses rows copied, from another export, or added without ID', () => {
    const stale = memberRow('A3', 'K1', 4, 'Valid', '');
    stale[memberHeader.indexOf('Dasar Ekspor')] = encodeBase({ e: 3, r: 4, v: {} });
    const out = pullBack(
      input({
        members: [
          memberHeader,
          memberRow('A1', 'K1', 2, 'Valid', ''),
          memberRow('A1', 'K1', 2, 'Valid', ''),
          memberRow('A2', 'K1', 3, 'Belum', ''),
          stale,
          memberRow('A4', 'K1', 5, 'Belum', ''),
          memberRow('', '', 0, 'Valid', 'baru'),
        ],
      }),
    );
    expect(out.memberChanges).toEqual([]);
    expect(out.findings.map((f) => f.kind)).toEqual([
      'Baris Diabaikan',
      'Baris Diabaikan',
      'Baris Diabaikan',
      'Baris Diabaikan',
    ]);
    expect(out.findings[0].message).toMatch(/ditambahkan tanpa ID/);
    expect(out.findings[1].message).toMatch(/lebih dari satu baris/);
    expect(out.findings[3].message).toMatch(/bukan dari ekspor terakhir/);
  });

  it('lists a conflict when the master changed the same field, and keeps the master', () => {
    const base = input({});
    const members = new Map(base.master.members);
    members.set('A1', {
      id: 'A1',
      caseId: 'K1',
      validation: 'Perlu Perbaikan',
      note: '',
      version: 3,
    });
    const out = pullBack({
      ...base,
      master: { ...base.master, members },
      members: [
        memberHeader,
        memberRow('A1', 'K1', 2, 'Valid', 'catatan'),
        memberRow('A2', 'K1', 3, 'Belum', ''),
        memberRow('A3', 'K1', 4, 'Belum', ''),
        memberRow('A4', 'K1', 5, 'Belum', ''),
      ],
    });
    expect(out.findings).toMatchObject([
      {
        kind: 'Konflik',
        recordId: 'A1',
        field: 'Hasil Validasi',
        baseValue: 'Belum',
        masterValue: 'Perlu Perbaikan',
        pendampingValue: 'Valid',
      },
    ]);
    // The note did not conflict: it is taken.
    expect(out.memberChanges).toEqual([
      { caseId: 'K1', memberId: 'A1', fromVersion: 3, changes: { note: 'catatan' } },
    ]);
  });
});

describe('pull-back of the survey', () => {
  it('takes a valid survey at S06, refuses a future date and a case at another step', () => {
    const base = input({});
    const cases = new Map(base.master.cases);
    cases.set('K3', { id: 'K3', step: 'S07', status: 'Berjalan' });
    const out = pullBack({
      ...base,
      master: { ...base.master, cases },
      exported: { cases: ['K2', 'K1', 'K3'], members: [] },
      members: [memberHeader],
      cases: [
        caseHeader,
        caseRow('K2', 2, [new Date('2026-03-14T00:00:00+07:00'), 'Layak', 'Usaha jalan']),
        caseRow('K1', 3, [new Date('2026-03-20T00:00:00+07:00'), 'Layak', '']),
        caseRow('K3', 4, ['kemarin', 'Layak', '']),
      ],
    });
    expect(out.surveyChanges).toEqual([
      {
        caseId: 'K2',
        fromVersion: null,
        row: { surveyDate: '2026-03-14', result: 'Layak', note: 'Usaha jalan' },
      },
    ]);
    expect(out.findings.map((f) => [f.kind, f.recordId])).toEqual([
      ['Langkah Tidak Sesuai', 'K1'],
      ['Langkah Tidak Sesuai', 'K3'],
    ]);
  });

  it('checks the same rules as the S06 form', () => {
    const base = input({});
    const out = pullBack({
      ...base,
      exported: { cases: ['K2'], members: [] },
      cases: [caseHeader, caseRow('K2', 2, [new Date('2026-03-20T00:00:00+07:00'), 'Layak', ''])],
    });
    expect(out.surveyChanges).toEqual([]);
    expect(out.findings.at(-1)).toMatchObject({
      kind: 'Tidak Sah',
      message: 'Tanggal Survei tidak boleh setelah hari ini.',
    });
    const noResult = pullBack({
      ...base,
      exported: { cases: ['K2'], members: [] },
      cases: [caseHeader, caseRow('K2', 2, [new Date('2026-03-10T00:00:00+07:00'), '', ''])],
    });
    expect(noResult.findings.at(-1)?.message).toMatch(/Hasil Survei harus Layak atau Tidak Layak/);
    const notADate = pullBack({
      ...base,
      exported: { cases: ['K2'], members: [] },
      cases: [caseHeader, caseRow('K2', 2, ['kemarin sore', 'Layak', ''])],
    });
    expect(notADate.surveyChanges).toEqual([]);
    expect(notADate.findings.at(-1)?.message).toMatch(
      /Kolom "Tanggal Survei" harus berisi tanggal/,
    );
  });
});

describe('text starting with = + - @ (issue 13)', () => {
  const NOTE = '- foto KTP buram, minta kirim ulang';
  const exportedWith = (cell: string) => {
    const row = memberRow('A1', 'K1', 2, 'Belum', cell);
    row[Object.keys(KEC_MEMBERS.columns).indexOf('base')] = encodeBase({
      e: VERSION,
      r: 2,
      v: { validation: 'Belum', note: NOTE },
    });
    const members = new Map<string, MasterMember>([
      ['A1', { id: 'A1', caseId: 'K1', validation: '', note: NOTE, version: 3 }],
    ]);
    return pullBack(
      input({
        members: [memberHeader, row],
        exported: { cases: [], members: ['A1'] },
        master: {
          cases: new Map([['K1', { id: 'K1', step: 'S03', status: 'Berjalan' }]]),
          members,
          surveys: new Map(),
        },
      }),
    );
  };

  it('the note as exported (plain text) is no entry', () => {
    const r = exportedWith(NOTE);
    expect([r.entries, r.memberChanges, r.findings]).toEqual([0, [], []]);
  });

  it('a register written before plain-text cells (a visible apostrophe) is no entry either', () => {
    const r = exportedWith(`'${NOTE}`);
    expect([r.entries, r.memberChanges, r.findings]).toEqual([0, [], []]);
  });
});
