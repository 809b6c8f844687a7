/**
 * The dashboard's figures against a hand-computed fixture register: six cases in three
 * kecamatan, crossing months (received in January, handed over in February; a rejection at
 * 01:30 WIB on 1 April recorded as 31 March in UTC), around a national holiday and a cuti
 * bersama (19 and 20 March 2026), with returns, rejections for two reasons, aid in cash and in
 * goods, an overdue case and complaints. Every expected number below was counted by hand.
 */
import { complaintOverdue, computeDashboard } from '../../src/app/reports/dashboard';
import { input } from './fixture';

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
      lettersIssued: 2,
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
      ['Januari 2026', 1, 0, 0, 0, 0, 0, 0, '', 0],
      ['Februari 2026', 1, 1, 0, 0, 1, 15_000_000, 3, 66.7, 1],
      ['Maret 2026', 2, 0, 1, 1, 0, 0, 0, 75, 0],
      ['April 2026', 2, 0, 1, 1, 1, 7_500_000, 5, 33.3, 1],
    ]);
  });

  it('per step: working days on the holiday calendar, on-time share, waiting and overdue', () => {
    expect(d.bySteps.rows).toEqual([
      ['S01', 'Kegiatan S01', '', 5, 0, 5, 100, 0, 0],
      ['S02', 'Kegiatan S02', '5 menit', 1, 0, 0, 0, 0, 0],
      ['S06', 'Kegiatan S06', '3 hari kerja', 5, 1.4, 4, 80, 1, 1],
      ['S07', 'Kegiatan S07', '1 hari kerja', 2, 1.5, 1, 50, 0, 0],
      ['S11', 'Kegiatan S11', '5 hari kerja', 2, 4, 1, 50, 0, 0],
      [
        'Total',
        'Dari proposal diterima sampai bantuan diserahkan',
        '9 hari kerja',
        2,
        19,
        1,
        50,
        2,
        1,
      ],
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
    const empty = computeDashboard({
      ...input,
      letters: [],
      cases: [],
      members: [],
      records: [],
      complaints: [],
    });
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

describe('dashboard figures of one period (the recap)', () => {
  it('March 2026 only: proposals received, events and complaints in March', () => {
    const d = computeDashboard({ ...input, period: '2026-03' });
    expect(d.totals.received).toBe(2);
    expect(d.totals.rejected).toBe(1);
    expect(d.totals.returned).toBe(1);
    expect(d.totals.aidCases).toBe(0);
    expect(d.byMonth.rows.map((r) => r[0])).toEqual(['Maret 2026']);
    expect(d.complaints.rows).toEqual([['E-mail', 1, 1, 0, 0]]);
  });
  it('the year 2026: everything of the fixture', () => {
    expect(computeDashboard({ ...input, period: '2026' }).totals.received).toBe(6);
  });
});

describe('decisions that stand: what the Kadis annulled is not counted (issue 13)', () => {
  const record = (caseId: string, action: string, at: string, data: object = {}) => ({
    caseId,
    step: 'S06',
    action,
    at,
    startedAt: '2026-04-02T02:00:00.000Z',
    onTime: true,
    data: JSON.stringify(data),
  });
  // D: the Kabid rejects (survey: not eligible); the Kadis annuls it before signing the letter.
  // E: its return is annulled too.
  const annulments = [
    record('D', 'Ditolak', '2026-04-03T03:00:00.000Z', { result: 'Tidak Layak' }),
    record('D', 'Penolakan dibatalkan Kepala Dinas', '2026-04-04T03:00:00.000Z', {
      reason: 'Survei diulang oleh Peksos lain.',
    }),
    record('E', 'Pengembalian dibatalkan Kepala Dinas', '2026-04-08T03:00:00.000Z', {
      reason: 'RAB sudah ditandatangani.',
    }),
  ];
  const base = computeDashboard(input);
  const d = computeDashboard({ ...input, records: [...input.records, ...annulments] });
  const column = (rows: unknown[][], i: number) => rows.map((r) => r[i]);

  it('totals, per kecamatan, per month and the reasons count only what stands', () => {
    expect(d.totals.rejected).toBe(base.totals.rejected);
    expect(d.totals.returned).toBe(base.totals.returned - 1);
    expect(column(d.byKecamatan.rows, 4)).toEqual(column(base.byKecamatan.rows, 4));
    expect(column(d.byMonth.rows, 3)).toEqual(column(base.byMonth.rows, 3));
    expect(d.rejections.rows).toEqual(base.rejections.rows);
  });

  it('the recap of the period (April) too', () => {
    const april = computeDashboard({
      ...input,
      records: [...input.records, ...annulments],
      period: '2026-04',
    });
    expect(april.totals.rejected).toBe(
      computeDashboard({ ...input, period: '2026-04' }).totals.rejected,
    );
  });

  it('a case rejected again after an annulment counts once', () => {
    const again = computeDashboard({
      ...input,
      records: [
        ...input.records,
        ...annulments,
        record('D', 'Ditolak', '2026-04-09T03:00:00.000Z', { result: 'Tidak Layak' }),
      ],
    });
    expect(again.totals.rejected).toBe(base.totals.rejected + 1);
    expect(again.rejections.rows).toContainEqual(['Survei: tidak layak', 1]);
  });
});
