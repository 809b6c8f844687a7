/**
 * The dashboard's figures against a hand-computed fixture register: six cases in three
 * kecamatan, crossing months (received in January, handed over in February; a rejection at
 * 01:30 WIB on 1 April recorded as 31 March in UTC), around a national holiday and a cuti
 * bersama (19 and 20 March 2026), with returns, rejections for two reasons, aid in cash and in
 * goods, an overdue case and complaints. Every expected number below was counted by hand.
 */
import {
  complaintOverdue,
  computeDashboard,
  type DashCase,
  type DashRecord,
  type DashboardInput,
} from '../../src/app/reports/dashboard';
import type { StepDef } from '../../src/domain';

function step(code: string, order: number, time: number, unit: 'menit' | 'hari kerja'): StepDef {
  return {
    code,
    order,
    name: `Kegiatan ${code}`,
    role: 'Staf',
    time,
    unit,
    input: '',
    output: '',
    returnable: true,
    rejectable: true,
  } as StepDef;
}

const steps = [
  step('S01', 1, 0, 'menit'),
  step('S02', 2, 5, 'menit'),
  step('S06', 6, 3, 'hari kerja'),
  step('S07', 7, 1, 'hari kerja'),
  step('S11', 11, 5, 'hari kerja'),
];

const K1 = '35.20.01';
const K2 = '35.20.02';
const K3 = '35.20.03';

const cases: DashCase[] = [
  { id: 'A', kecamatan: K1, receivedOn: '2026-01-30', step: 'S11', status: 'Selesai', dueAt: '' },
  { id: 'B', kecamatan: K1, receivedOn: '2026-03-16', step: 'S07', status: 'Ditolak', dueAt: '' },
  { id: 'C', kecamatan: K2, receivedOn: '2026-03-31', step: 'S02', status: 'Ditolak', dueAt: '' },
  {
    id: 'D',
    kecamatan: K2,
    receivedOn: '2026-04-02',
    step: 'S06',
    status: 'Berjalan',
    dueAt: '2026-04-07T09:00:00.000Z',
  },
  {
    id: 'E',
    kecamatan: K3,
    receivedOn: '2026-04-06',
    step: 'S06',
    status: 'Dikembalikan',
    dueAt: '',
  },
  { id: 'F', kecamatan: K3, receivedOn: '2026-02-20', step: 'S11', status: 'Selesai', dueAt: '' },
];

function rec(
  caseId: string,
  s: string,
  action: string,
  startedAt: string,
  at: string,
  onTime: boolean,
  data: unknown = {},
): DashRecord {
  return { caseId, step: s, action, startedAt, at, onTime, data: JSON.stringify(data) };
}

const intake = (id: string, at: string) => rec(id, 'S01', 'Pendaftaran', at, at, true);
const records: DashRecord[] = [
  intake('A', '2026-01-30T02:00:00.000Z'),
  rec('A', 'S06', 'Selesai', '2026-01-30T02:00:00.000Z', '2026-02-03T03:00:00.000Z', true, {
    result: 'Layak',
  }),
  rec('A', 'S07', 'Selesai', '2026-02-03T03:00:00.000Z', '2026-02-05T03:00:00.000Z', false, {
    decision: 'Ditetapkan',
  }),
  rec('A', 'S11', 'Selesai', '2026-02-05T03:00:00.000Z', '2026-02-10T03:00:00.000Z', true, {
    kind: 'Uang',
    amount: 15_000_000,
  }),
  intake('B', '2026-03-16T02:00:00.000Z'),
  rec(
    'B',
    'S06',
    'Dikembalikan untuk dilengkapi',
    '2026-03-16T02:00:00.000Z',
    '2026-03-17T03:00:00.000Z',
    true,
    { reason: 'Foto tempat usaha belum ada' },
  ),
  rec('B', 'S06', 'Diajukan kembali', '2026-03-17T03:00:00.000Z', '2026-03-18T03:00:00.000Z', true),
  // Started Wednesday 18 March; Thursday 19 (holiday), Friday 20 (cuti bersama) and the weekend
  // do not count: Monday 23 and Tuesday 24 make 2 working days. On time is as the step record
  // says (late here: its due instant had passed); the days are what the table averages.
  rec('B', 'S06', 'Selesai', '2026-03-18T03:00:00.000Z', '2026-03-24T02:00:00.000Z', false, {
    result: 'Layak',
  }),
  rec('B', 'S07', 'Ditolak', '2026-03-24T02:00:00.000Z', '2026-03-25T02:00:00.000Z', true, {
    decision: 'Tidak Ditetapkan',
  }),
  intake('C', '2026-03-31T18:00:00.000Z'),
  // 18:30 UTC on 31 March is 01:30 WIB on 1 April: an April rejection.
  rec('C', 'S02', 'Ditolak', '2026-03-31T18:00:00.000Z', '2026-03-31T18:30:00.000Z', false, {
    reason: 'Bukan warga Kabupaten Magetan',
  }),
  intake('D', '2026-04-02T02:00:00.000Z'),
  intake('E', '2026-04-06T02:00:00.000Z'),
  rec(
    'E',
    'S06',
    'Dikembalikan untuk dilengkapi',
    '2026-04-06T02:00:00.000Z',
    '2026-04-07T03:00:00.000Z',
    true,
    { reason: 'RAB belum ditandatangani ketua' },
  ),
  rec('F', 'S11', 'Selesai', '2026-04-01T03:00:00.000Z', '2026-04-08T03:00:00.000Z', false, {
    kind: 'Barang',
    amount: 7_500_000,
    items: [{ name: 'Etalase', qty: 1, unit: 'unit', price: 7_500_000 }],
  }),
];

const members = [
  ...['A', 'A', 'A'],
  ...['B', 'B'],
  'C',
  ...['D', 'D', 'D', 'D'],
  'E',
  ...['F', 'F', 'F', 'F', 'F'],
].map((caseId) => ({ caseId }));

const input: DashboardInput = {
  cases,
  members,
  records,
  letters: [],
  complaints: [
    { receivedOn: '2026-04-01', channel: 'WhatsApp', status: 'Baru', respondedOn: '' },
    { receivedOn: '2026-04-06', channel: 'WhatsApp', status: 'Diproses', respondedOn: '' },
    { receivedOn: '2026-03-16', channel: 'E-mail', status: 'Selesai', respondedOn: '2026-03-18' },
  ],
  steps,
  calendar: {
    entries: [
      { date: '2026-03-19', kind: 'libur_nasional', name: 'Hari Suci Nyepi' },
      { date: '2026-03-20', kind: 'cuti_bersama', name: 'Cuti bersama Nyepi' },
    ],
    completeYears: [2026],
    incompleteYears: [],
  },
  kecamatanNames: new Map([
    [K1, 'Poncol'],
    [K2, 'Parang'],
    [K3, 'Lembeyan'],
  ]),
  complaintTargetDays: 5,
  now: '2026-04-10T03:00:00.000Z',
};

describe('dashboard figures (hand-computed fixture)', () => {
  const d = computeDashboard(input);

  it('totals', () => {
    expect(d.totals).toEqual({
      received: 6,
      inProgress: 2,
      eligible: 1,
      rejected: 2,
      returned: 2,
      aidCases: 2,
      aidCash: 15_000_000,
      aidGoods: 7_500_000,
      membersReached: 8,
      overdue: 1,
      stepsDone: 10,
      stepsOnTime: 6,
    });
  });

  it('per kecamatan, with the sum', () => {
    expect(d.byKecamatan.header).toHaveLength(11);
    expect(d.byKecamatan.rows).toEqual([
      ['Poncol', 2, 0, 1, 1, 1, 1, 15_000_000, 0, 3, 0],
      ['Parang', 2, 1, 0, 1, 0, 0, 0, 0, 0, 1],
      ['Lembeyan', 2, 1, 0, 0, 1, 1, 0, 7_500_000, 5, 0],
      ['Jumlah', 6, 2, 1, 2, 2, 2, 15_000_000, 7_500_000, 8, 1],
    ]);
  });

  it('per month: receipt by its date, events by their Jakarta day (cases cross months)', () => {
    expect(d.byMonth.rows).toEqual([
      ['Januari 2026', 1, 0, 0, 0, 0, 0, 0, ''],
      ['Februari 2026', 1, 1, 0, 0, 1, 15_000_000, 3, 66.7],
      ['Maret 2026', 2, 0, 1, 1, 0, 0, 0, 75],
      ['April 2026', 2, 0, 1, 1, 1, 7_500_000, 5, 33.3],
    ]);
  });

  it('per step: working days on the holiday calendar, on-time share, waiting and overdue', () => {
    expect(d.bySteps.rows).toEqual([
      ['S01', 'Kegiatan S01', '', 5, 0, 5, 100, 0, 0],
      ['S02', 'Kegiatan S02', '5 menit', 1, 0, 0, 0, 0, 0],
      ['S06', 'Kegiatan S06', '3 hari kerja', 5, 1.4, 4, 80, 1, 1],
      ['S07', 'Kegiatan S07', '1 hari kerja', 2, 1.5, 1, 50, 0, 0],
      ['S11', 'Kegiatan S11', '5 hari kerja', 2, 4, 1, 50, 0, 0],
      ['Total', 'Dari proposal diterima sampai bantuan diserahkan', '9 hari kerja', 2, 19, 1, 50, 2, 1],
    ]);
  });

  it('rejections by reason', () => {
    expect(d.rejections.rows).toEqual([
      ['Langkah S02: Bukan warga Kabupaten Magetan', 1],
      ['Rapat seleksi: tidak ditetapkan', 1],
    ]);
  });

  it('complaints per channel against the response target in working days', () => {
    expect(d.complaints.rows).toEqual([
      ['E-mail', 1, 1, 0, 0],
      ['WhatsApp', 2, 0, 2, 1],
    ]);
    // 1 April → 10 April: 7 working days (> 5); 6 April → 10 April: 4.
    expect(complaintOverdue(input.complaints[0], '2026-04-10', 5, [])).toBe(true);
    expect(complaintOverdue(input.complaints[1], '2026-04-10', 5, [])).toBe(false);
    // Received Wednesday 18 March, answered by Thursday 26 March at the latest: the holiday and
    // the cuti bersama do not count, so 26 March is day 4 and 27 March day 5.
    const open = { receivedOn: '2026-03-18', status: 'Baru', respondedOn: '' };
    const off = ['2026-03-19', '2026-03-20'];
    expect(complaintOverdue(open, '2026-03-27', 5, off)).toBe(false);
    expect(complaintOverdue(open, '2026-03-30', 5, off)).toBe(true);
  });

  it('an empty register gives empty tables and a zero total row', () => {
    const empty = computeDashboard({ ...input, cases: [], members: [], records: [], complaints: [] });
    expect(empty.byKecamatan.rows).toEqual([['Jumlah', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]]);
    expect(empty.byMonth.rows).toEqual([]);
    expect(empty.bySteps.rows[5]).toEqual([
      'Total',
      'Dari proposal diterima sampai bantuan diserahkan',
      '9 hari kerja',
      0,
      '',
      0,
      '',
      0,
      0,
    ]);
  });
});
