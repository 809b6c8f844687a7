/**
 * SLA clocks of the SOP steps: the due date of a step started at an instant, on the office's
 * working-day calendar in Asia/Jakarta (UTC+7, no daylight saving); whether a step is overdue
 * or near its due date; the order of "Pekerjaan saya"; and the SOP's stated total time beside
 * the total computed from its table. "Now" is always a parameter.
 */
import { stepDue } from '../dueDate';
import { holidayDates } from '../holidays';
import type { HolidayCalendar } from '../holidays';
import { fromDayNumber, isIsoDate } from '../isoDate';
import { addWorkingDays } from '../workingDays';
import type { StepDef } from './steps';

/** Calendar policy and office hours, as in the rule set (`RuleSettings` fits). */
export interface SlaOptions {
  /** Cuti bersama count as days off (default true). */
  countCutiBersama?: boolean;
  /** Office opening, `HH:MM` local (default '07:30'). */
  officeOpen?: string;
  /** Office closing, `HH:MM` local (default '16:00'). */
  officeClose?: string;
}

/** A step's due date (Jakarta calendar date) and instant, with calendar warnings. */
export type StepDueResult =
  { ok: true; dueOn: string; dueAt: string; warnings: string[] } | { ok: false; errors: string[] };

/** Reading of a due instant at a moment. */
export type SlaStatus = 'overdue' | 'near' | 'ok';

/** The total stated by the SOP ("51.856 menit"). */
export const SOP_STATED_TOTAL_MINUTES = 51856;
/** Minutes in a day in the SOP's own arithmetic. */
export const SOP_MINUTES_PER_DAY = 1440;

const MS_PER_MINUTE = 60000;
const JAKARTA_OFFSET_MS = 7 * 3600000;
const INSTANT =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** Milliseconds of an ISO instant with a zone (Z or ±HH:MM); NaN otherwise. */
function instantMs(iso: string): number {
  if (typeof iso !== 'string') return NaN;
  const m = INSTANT.exec(iso);
  if (!m || !isIsoDate(m[1])) return NaN;
  return Date.parse(iso);
}

/** Local Asia/Jakarta wall clock `YYYY-MM-DDTHH:MM` of an instant (seconds dropped). */
function jakartaWallClock(ms: number): string {
  const local = Math.floor((ms + JAKARTA_OFFSET_MS) / MS_PER_MINUTE);
  const day = Math.floor(local / 1440);
  const minute = local - day * 1440;
  const hh = String(Math.floor(minute / 60)).padStart(2, '0');
  const mm = String(minute % 60).padStart(2, '0');
  return `${fromDayNumber(day)}T${hh}:${mm}`;
}

/** The instant (ISO UTC) of a Jakarta wall clock `YYYY-MM-DDTHH:MM`. */
function instantOfWallClock(local: string): string {
  const ms = Date.UTC(
    Number(local.slice(0, 4)),
    Number(local.slice(5, 7)) - 1,
    Number(local.slice(8, 10)),
    Number(local.slice(11, 13)),
    Number(local.slice(14, 16)),
  );
  return new Date(ms - JAKARTA_OFFSET_MS).toISOString();
}

/**
 * The due date of a step started at `startedAt` (an ISO instant with a zone, e.g. the audit
 * time of the previous step): minute standards count office minutes (a start outside office
 * hours begins at the next opening); working-day standards count from the next working day
 * and end at closing time of the last one. `dueOn` is the Jakarta calendar date, `dueAt` the
 * instant in ISO UTC. Warnings name a touched year whose holiday list is not complete.
 * @example stepDueOn(s09, '2026-03-17T08:50:00.000Z', HARI_LIBUR, DEFAULT_RULE_SETTINGS)
 * // { ok: true, dueOn: '2026-03-25', dueAt: '2026-03-25T00:35:00.000Z', warnings: [] }
 */
export function stepDueOn(
  step: StepDef,
  startedAt: string,
  calendar: HolidayCalendar,
  options: SlaOptions = {},
): StepDueResult {
  const errors: string[] = [];
  const ms = instantMs(startedAt);
  if (Number.isNaN(ms)) {
    errors.push(`Waktu mulai "${String(startedAt)}" harus waktu ISO dengan zona (mis. ...Z).`);
  }
  if (!step || (step.unit !== 'menit' && step.unit !== 'hari kerja')) {
    errors.push(
      `Langkah ${step?.code ?? '(tanpa kode)'}: satuan waktu harus "menit" atau "hari kerja".`,
    );
  }
  if (errors.length > 0) return { ok: false, errors };
  const r = stepDue(
    { amount: step.time, unit: step.unit === 'menit' ? 'menit' : 'hari_kerja' },
    jakartaWallClock(ms),
    calendar,
    {
      countCutiBersama: options.countCutiBersama,
      open: options.officeOpen,
      close: options.officeClose,
    },
  );
  if (!r.ok) return { ok: false, errors: r.errors.map((e) => `Langkah ${step.code}: ${e}`) };
  return {
    ok: true,
    dueOn: r.value.slice(0, 10),
    dueAt: instantOfWallClock(r.value),
    warnings: r.warnings,
  };
}

/**
 * Reads a due instant at `now` (both ISO instants): 'overdue' once `now` is after it; 'near'
 * when it falls today or on the next working day (Asia/Jakarta calendar); else 'ok'. An empty
 * or unreadable `dueAt` (a case with no clock, e.g. done) reads 'ok'; an unreadable `now`
 * reads every clock 'overdue', so a fault is seen rather than hidden.
 * @example slaStatus('2026-03-25T09:00:00.000Z', '2026-03-17T03:00:00.000Z', HARI_LIBUR) // 'near'
 */
export function slaStatus(
  dueAt: string,
  now: string,
  calendar: HolidayCalendar,
  options: SlaOptions = {},
): SlaStatus {
  const due = instantMs(dueAt);
  if (Number.isNaN(due)) return 'ok';
  const at = instantMs(now);
  if (Number.isNaN(at)) return 'overdue';
  if (at > due) return 'overdue';
  const today = jakartaWallClock(at).slice(0, 10);
  const dueDay = jakartaWallClock(due).slice(0, 10);
  const nextWorking = addWorkingDays(today, 1, holidayDates(calendar, options));
  return dueDay <= nextWorking ? 'near' : 'ok';
}

/** An item of "Pekerjaan saya". */
export interface WorkItem {
  /** ISO instant of the current step's due time; '' when none. */
  dueAt: string;
  /** Receipt date of the proposal `YYYY-MM-DD` (or an ISO instant). */
  receivedOn: string;
  /** The clock's reading, when computed ('overdue' sorts first; other labels such as 'none'
   * for a case without a clock sort by due time). */
  sla?: SlaStatus | (string & {});
}

function orderKey(ms: number): number {
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
}

/**
 * Sorts work: overdue first, then by due time (earliest first, no due time last), then the
 * oldest receipt; equal items keep their order. Returns a new array.
 * @example sortWork([{ dueAt: '', receivedOn: '2026-01-05' }, { dueAt: '2026-03-02T09:00:00.000Z', receivedOn: '2026-02-01' }])[0].receivedOn // '2026-02-01'
 */
export function sortWork<T extends WorkItem>(items: readonly T[]): T[] {
  if (!Array.isArray(items)) return [];
  const keyed = items.map((item, i) => ({
    item,
    i,
    overdue: item.sla === 'overdue' ? 0 : 1,
    due: orderKey(instantMs(item.dueAt)),
    received: String(item.receivedOn ?? '') || '\uffff',
  }));
  keyed.sort(
    (a, b) =>
      a.overdue - b.overdue ||
      (a.due === b.due ? 0 : a.due < b.due ? -1 : 1) ||
      (a.received === b.received ? 0 : a.received < b.received ? -1 : 1) ||
      a.i - b.i,
  );
  return keyed.map((k) => k.item);
}

/** The SOP's stated total beside the total of its table. */
export interface SopTotals {
  /** Stated by the SOP: 51.856 minutes. */
  stated: number;
  /** Working days × 1,440 + minutes, the SOP's own arithmetic. */
  computedMinutes: number;
  /** Sum of the standards in working days. */
  workingDays: number;
  /** Sum of the standards in minutes. */
  minutes: number;
}

/**
 * Totals of the step table: with the seeded table, 36 working days + 30 minutes = 51,870
 * minutes computed against the 51,856 stated.
 * @example sopTotals(steps) // { stated: 51856, computedMinutes: 51870, workingDays: 36, minutes: 30 }
 */
export function sopTotals(steps: readonly StepDef[]): SopTotals {
  let workingDays = 0;
  let minutes = 0;
  for (const s of Array.isArray(steps) ? steps : []) {
    if (!s || typeof s.time !== 'number' || !Number.isFinite(s.time)) continue;
    if (s.unit === 'hari kerja') workingDays += s.time;
    else if (s.unit === 'menit') minutes += s.time;
  }
  return {
    stated: SOP_STATED_TOTAL_MINUTES,
    computedMinutes: workingDays * SOP_MINUTES_PER_DAY + minutes,
    workingDays,
    minutes,
  };
}
