/**
 * The figures of the Dasbor tab, computed from plain rows of the register (Kasus, Anggota,
 * Langkah Kasus, Agenda Surat, Pengaduan) and the SOP steps: per kecamatan, per month, per SOP
 * step, rejections by reason, and complaints. Pure: no Apps Script, no clock ("now" is a
 * parameter), dates in Asia/Jakarta; each table is plain values ready for one `setValues`.
 *
 * Definitions (also written under each table of the tab):
 * - received: proposals by their date of receipt (Tanggal Terima);
 * - in progress: cases now Berjalan or Dikembalikan (waiting for completion);
 * - eligible: cases the selection meeting (S07) set as recipients (Ditetapkan), by meeting date;
 * - rejected: rejections that stand, by the day of the decision, with their reason — a
 *   rejection the Kadis annulled (its letter never signed) is not counted;
 * - returned: each return for completion that stands, by its day (a case may be returned
 *   twice; an annulled return is not counted);
 * - aid given: the handover form of S11 (Uang or Barang, its value in Rp), by its day, and the
 *   members of those groups (members reached);
 * - processing time: working days from the start of a step to its completion, on the office's
 *   calendar, against the SOP's standard; the total from receipt to handover (S11);
 * - overdue: open cases whose current step's due instant has passed at `now`;
 * - letters issued: agenda rows Terbit or Diganti, by the letter's date.
 */
import { holidayDates, type HolidayCalendar } from '../../domain/holidays';
import { isoDateInJakarta } from '../../domain/isoDate';
import { NAMA_BULAN } from '../../domain/tanggal';
import { workingDaysBetween } from '../../domain/workingDays';
import type { StepDef } from '../../domain/workflow/steps';

export interface DashCase {
  id: string;
  kecamatan: string;
  receivedOn: string;
  step: string;
  status: string;
  dueAt: string;
}
export interface DashMember {
  caseId: string;
}
export interface DashRecord {
  caseId: string;
  step: string;
  action: string;
  at: string;
  startedAt: string;
  onTime: boolean | string;
  /** The step's form as JSON (the Isian column). */
  data: string;
}
export interface DashLetter {
  date: string;
  status: string;
}
export interface DashComplaint {
  receivedOn: string;
  channel: string;
  status: string;
  respondedOn: string;
}

export interface DashboardInput {
  cases: DashCase[];
  members: DashMember[];
  records: DashRecord[];
  letters: DashLetter[];
  complaints: DashComplaint[];
  steps: StepDef[];
  calendar: HolidayCalendar;
  countCutiBersama?: boolean;
  /** Kecamatan code → name. */
  kecamatanNames: ReadonlyMap<string, string>;
  /** Working days within which a complaint must be answered. */
  complaintTargetDays: number;
  /** ISO instant. */
  now: string;
  /**
   * Only this period (`YYYY` or `YYYY-MM`, Jakarta dates): proposals received, step events and
   * complaints in it. Cases in progress and overdue are always as of `now`.
   */
  period?: string;
}

export type Cell = string | number;
export interface ReportTable {
  /** The table's title (written above it). */
  title: string;
  header: string[];
  rows: Cell[][];
  /** A short definition written under the table. */
  note: string;
}

export interface Dashboard {
  /** "Per 29 November 2026" etc. are written by the caller; these are the figures. */
  totals: Counts;
  byKecamatan: ReportTable;
  byMonth: ReportTable;
  bySteps: ReportTable;
  rejections: ReportTable;
  complaints: ReportTable;
}

export const RETURN_ACTION = 'Dikembalikan untuk dilengkapi';
export const REJECT_ACTION = 'Ditolak';

/** The Jakarta calendar date of an ISO instant ('' when unreadable). */
export function jakartaDay(iso: string): string {
  if (!iso) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : isoDateInJakarta(new Date(ms));
}

/** "Jan 2026"-style month label from `YYYY-MM`. */
export function monthLabel(month: string): string {
  const m = Number(month.slice(5, 7));
  return `${NAMA_BULAN[m] || '?'} ${month.slice(0, 4)}`;
}

function parseData(data: string): Record<string, unknown> {
  try {
    const v = JSON.parse(data || '{}') as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * The step-record actions by which the Kadis annuls the latest rejection or return of a case
 * whose letter was not signed (`annulDecision`, src/gas/usecases/decisions.ts), and the action
 * each one annuls.
 */
export const ANNULMENTS: Readonly<Record<string, string>> = {
  'Penolakan dibatalkan Kepala Dinas': REJECT_ACTION,
  'Pengembalian dibatalkan Kepala Dinas': RETURN_ACTION,
};

/**
 * The rejection and return records that no longer stand: for each annulment, the latest earlier
 * record of that case with the action it annuls (and not already annulled). Records in time
 * order (ties: the tab's order).
 */
export function annulledRecords(records: readonly DashRecord[]): Set<DashRecord> {
  const annulled = new Set<DashRecord>();
  const ordered = records
    .map((r, i) => ({ r, i, t: Date.parse(r.at) }))
    .sort((a, b) => (a.t || 0) - (b.t || 0) || a.i - b.i);
  const standing = new Map<string, DashRecord[]>();
  for (const { r } of ordered) {
    const target = ANNULMENTS[r.action];
    if (target) {
      const list = standing.get(r.caseId) ?? [];
      for (let k = list.length - 1; k >= 0; k--) {
        if (list[k].action === target) {
          annulled.add(list[k]);
          list.splice(k, 1);
          break;
        }
      }
      continue;
    }
    if (r.action === REJECT_ACTION || r.action === RETURN_ACTION) {
      const list = standing.get(r.caseId) ?? [];
      list.push(r);
      standing.set(r.caseId, list);
    }
  }
  return annulled;
}

/** The reason of a rejection record, as the table groups it. */
export function rejectionReason(record: DashRecord): string {
  const data = parseData(record.data);
  if (record.step === 'S06' && data.result === 'Tidak Layak') return 'Survei: tidak layak';
  if (record.step === 'S07' && data.decision === 'Tidak Ditetapkan')
    return 'Rapat seleksi: tidak ditetapkan';
  const reason = typeof data.reason === 'string' ? data.reason.trim() : '';
  return reason ? `Langkah ${record.step}: ${reason}` : `Langkah ${record.step}`;
}

function pct(part: number, whole: number): Cell {
  return whole === 0 ? '' : Math.round((1000 * part) / whole) / 10;
}

function avg(sum: number, count: number): Cell {
  return count === 0 ? '' : Math.round((10 * sum) / count) / 10;
}

/** The figures counted for the register, a kecamatan or a month. */
export interface Counts {
  received: number;
  inProgress: number;
  eligible: number;
  rejected: number;
  returned: number;
  aidCases: number;
  aidCash: number;
  aidGoods: number;
  membersReached: number;
  overdue: number;
  stepsDone: number;
  stepsOnTime: number;
  lettersIssued: number;
}

function zero(): Counts {
  return {
    received: 0,
    inProgress: 0,
    eligible: 0,
    rejected: 0,
    returned: 0,
    aidCases: 0,
    aidCash: 0,
    aidGoods: 0,
    membersReached: 0,
    overdue: 0,
    stepsDone: 0,
    stepsOnTime: 0,
    lettersIssued: 0,
  };
}

function bucket<K>(map: Map<K, Counts>, key: K): Counts {
  let c = map.get(key);
  if (!c) {
    c = zero();
    map.set(key, c);
  }
  return c;
}

/** Computes every figure of the dashboard. */
export function computeDashboard(input: DashboardInput): Dashboard {
  const holidays = holidayDates(input.calendar, { countCutiBersama: input.countCutiBersama });
  const nowMs = Date.parse(input.now);
  const caseById = new Map(input.cases.map((c) => [c.id, c]));
  const stepByCode = new Map(input.steps.map((s) => [s.code, s]));
  const membersOf = new Map<string, number>();
  for (const m of input.members) membersOf.set(m.caseId, (membersOf.get(m.caseId) ?? 0) + 1);

  const total = zero();
  const byKec = new Map<string, Counts>();
  const byMonth = new Map<string, Counts>();
  const inPeriod = (day: string) => !input.period || day.startsWith(input.period);
  const add = (kec: string, day: string, f: (c: Counts) => void) => {
    f(total);
    f(bucket(byKec, kec));
    if (day) f(bucket(byMonth, day.slice(0, 7)));
  };

  for (const c of input.cases) {
    if (inPeriod(c.receivedOn)) add(c.kecamatan, c.receivedOn, (b) => (b.received += 1));
    const open = c.status === 'Berjalan' || c.status === 'Dikembalikan';
    if (open) add(c.kecamatan, '', (b) => (b.inProgress += 1));
    if (c.status === 'Berjalan' && c.dueAt && Date.parse(c.dueAt) < nowMs)
      add(c.kecamatan, '', (b) => (b.overdue += 1));
  }

  const annulled = annulledRecords(input.records);
  const reasons = new Map<string, number>();
  const stepStats = new Map<string, { done: number; onTime: number; days: number }>();
  const totalDays: number[] = [];
  for (const r of input.records) {
    const c = caseById.get(r.caseId);
    if (!c) continue;
    const day = jakartaDay(r.at);
    if (!inPeriod(day)) continue;
    const data = parseData(r.data);
    const timed = (stepByCode.get(r.step)?.time ?? 0) > 0;
    {
      const s = stepStats.get(r.step) ?? { done: 0, onTime: 0, days: 0 };
      const onTime = r.onTime === true || r.onTime === 'TRUE';
      s.done += 1;
      if (onTime) s.onTime += 1;
      const from = jakartaDay(r.startedAt);
      const elapsed = from && day ? workingDaysBetween(from, day, holidays) : 0;
      s.days += Number.isNaN(elapsed) ? 0 : elapsed;
      stepStats.set(r.step, s);
      if (timed) {
        add(c.kecamatan, day, (b) => {
          b.stepsDone += 1;
          if (onTime) b.stepsOnTime += 1;
        });
      }
    }
    const stands = !annulled.has(r);
    if (r.action === RETURN_ACTION && stands) add(c.kecamatan, day, (b) => (b.returned += 1));
    if (r.action === REJECT_ACTION && stands) {
      add(c.kecamatan, day, (b) => (b.rejected += 1));
      const reason = rejectionReason(r);
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    if (r.step === 'S07' && data.decision === 'Ditetapkan')
      add(c.kecamatan, day, (b) => (b.eligible += 1));
    if (r.step === 'S11' && r.action !== REJECT_ACTION) {
      const amount = Number(data.amount) || 0;
      const members = membersOf.get(c.id) ?? 0;
      add(c.kecamatan, day, (b) => {
        b.aidCases += 1;
        if (data.kind === 'Barang') b.aidGoods += amount;
        else b.aidCash += amount;
        b.membersReached += members;
      });
      const elapsed = workingDaysBetween(c.receivedOn, day, holidays);
      if (!Number.isNaN(elapsed)) totalDays.push(elapsed);
    }
  }

  // Letters numbered by the register (issued, or issued then replaced); void and reserved
  // numbers are not letters sent. The agenda has no kecamatan: totals and months only.
  for (const l of input.letters) {
    if ((l.status === 'Terbit' || l.status === 'Diganti') && l.date && inPeriod(l.date)) {
      total.lettersIssued += 1;
      bucket(byMonth, l.date.slice(0, 7)).lettersIssued += 1;
    }
  }

  const kecRows: Cell[][] = [...byKec.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, k]) => [
      input.kecamatanNames.get(code) ?? code,
      k.received,
      k.inProgress,
      k.eligible,
      k.rejected,
      k.returned,
      k.aidCases,
      k.aidCash,
      k.aidGoods,
      k.membersReached,
      k.overdue,
    ]);
  kecRows.push([
    'Jumlah',
    total.received,
    total.inProgress,
    total.eligible,
    total.rejected,
    total.returned,
    total.aidCases,
    total.aidCash,
    total.aidGoods,
    total.membersReached,
    total.overdue,
  ]);

  const monthRows: Cell[][] = [...byMonth.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, m]) => [
      monthLabel(month),
      m.received,
      m.eligible,
      m.rejected,
      m.returned,
      m.aidCases,
      m.aidCash + m.aidGoods,
      m.membersReached,
      pct(m.stepsOnTime, m.stepsDone),
      m.lettersIssued,
    ]);

  const sorted = [...input.steps].sort((a, b) => a.order - b.order);
  const standardDays = sorted
    .filter((s) => s.unit === 'hari kerja')
    .reduce((sum, s) => sum + s.time, 0);
  const stepRows: Cell[][] = sorted.map((s) => {
    const st = stepStats.get(s.code) ?? { done: 0, onTime: 0, days: 0 };
    const waiting = input.cases.filter((c) => c.step === s.code && c.status === 'Berjalan');
    return [
      s.code,
      s.name,
      s.time ? `${s.time} ${s.unit}` : '',
      st.done,
      avg(st.days, st.done),
      st.onTime,
      pct(st.onTime, st.done),
      waiting.length,
      waiting.filter((c) => c.dueAt && Date.parse(c.dueAt) < nowMs).length,
    ];
  });
  stepRows.push([
    'Total',
    'Dari proposal diterima sampai bantuan diserahkan',
    `${standardDays} hari kerja`,
    totalDays.length,
    avg(
      totalDays.reduce((a, b) => a + b, 0),
      totalDays.length,
    ),
    totalDays.filter((d) => d <= standardDays).length,
    pct(totalDays.filter((d) => d <= standardDays).length, totalDays.length),
    total.inProgress,
    total.overdue,
  ]);

  const reasonRows: Cell[][] = [...reasons.entries()]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([reason, n]) => [reason, n]);

  const complaintRows = complaintTable(input, holidays);

  return {
    totals: total,
    byKecamatan: {
      title: 'Per kecamatan',
      header: [
        'Kecamatan',
        'Proposal diterima',
        'Dalam proses',
        'Layak (ditetapkan)',
        'Ditolak',
        'Dikembalikan',
        'Bantuan diserahkan',
        'Bantuan uang (Rp)',
        'Bantuan barang (Rp)',
        'Anggota terjangkau',
        'Terlambat',
      ],
      rows: kecRows,
      note: 'Dikembalikan dihitung per pengembalian; layak = ditetapkan rapat seleksi (S07).',
    },
    byMonth: {
      title: 'Per bulan',
      header: [
        'Bulan',
        'Proposal diterima',
        'Layak (ditetapkan)',
        'Ditolak',
        'Dikembalikan',
        'Bantuan diserahkan',
        'Nilai bantuan (Rp)',
        'Anggota terjangkau',
        'Langkah tepat waktu (%)',
        'Surat terbit',
      ],
      rows: monthRows,
      note: 'Proposal menurut tanggal terima; kejadian lain menurut tanggal langkahnya (WIB).',
    },
    bySteps: {
      title: 'Per langkah SOP',
      header: [
        'Kode',
        'Kegiatan',
        'Standar',
        'Selesai',
        'Rata-rata (hari kerja)',
        'Tepat waktu',
        'Tepat waktu (%)',
        'Sedang di langkah ini',
        'Terlambat',
      ],
      rows: stepRows,
      note: 'Hari kerja sejak mulai langkah sampai selesai, menurut kalender Hari Libur.',
    },
    rejections: {
      title: 'Penolakan menurut alasan',
      header: ['Alasan', 'Jumlah'],
      rows: reasonRows,
      note: 'Dari catatan langkah yang menolak permohonan; penolakan yang dibatalkan Kepala Dinas tidak dihitung.',
    },
    complaints: {
      title: 'Pengaduan',
      header: ['Saluran', 'Diterima', 'Selesai', 'Dalam proses', 'Terlambat'],
      rows: complaintRows,
      note: `Terlambat: belum ditanggapi lebih dari ${input.complaintTargetDays} hari kerja.`,
    },
  };
}

/** Whether a complaint is past its response target at `today` (Jakarta date). */
export function complaintOverdue(
  c: { receivedOn: string; status: string; respondedOn: string },
  today: string,
  targetDays: number,
  holidays: string[],
): boolean {
  if (c.status === 'Selesai' || !c.receivedOn) return false;
  return workingDaysBetween(c.receivedOn, today, holidays) > targetDays;
}

function complaintTable(input: DashboardInput, holidays: string[]): Cell[][] {
  const today = jakartaDay(input.now);
  const byChannel = new Map<string, [number, number, number, number]>();
  for (const c of input.complaints) {
    if (input.period && !c.receivedOn.startsWith(input.period)) continue;
    const row = byChannel.get(c.channel) ?? [0, 0, 0, 0];
    row[0] += 1;
    if (c.status === 'Selesai') row[1] += 1;
    else row[2] += 1;
    if (complaintOverdue(c, today, input.complaintTargetDays, holidays)) row[3] += 1;
    byChannel.set(c.channel, row);
  }
  return [...byChannel.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([channel, r]) => [channel, ...r]);
}
