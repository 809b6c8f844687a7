/**
 * The hand-computed fixture register of the report tests (see tests/reports/dashboard.test.ts).
 */
import type { DashCase, DashRecord, DashboardInput } from '../../src/app/reports/dashboard';
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

export const input: DashboardInput = {
  cases,
  members,
  records,
  letters: [
    { date: '2026-02-10', status: 'Terbit' },
    { date: '2026-03-25', status: 'Batal' },
    { date: '2026-03-30', status: 'Dicadangkan' },
    { date: '2026-04-01', status: 'Diganti' },
  ],
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
