/**
 * Working days (hari kerja): Monday to Friday, minus the days off given by the caller (see
 * `holidayDates`). As in date-fns, the holidays are the caller's data, never built in.
 */
import { fromDayNumber, toDayNumber, weekdayOfDayNumber } from './isoDate';

/** The most working days one computation walks (about 400 years). */
const MAX_DAYS = 100000;

function toDaySet(holidays: readonly string[] | ReadonlySet<string>): Set<number> {
  const set = new Set<number>();
  if (!holidays || typeof (holidays as Iterable<string>)[Symbol.iterator] !== 'function')
    return set;
  for (const h of holidays as Iterable<string>) {
    const d = toDayNumber(h);
    if (!Number.isNaN(d)) set.add(d);
  }
  return set;
}

function isWorkingDayNumber(day: number, off: Set<number>): boolean {
  const wd = weekdayOfDayNumber(day);
  return wd !== 0 && wd !== 6 && !off.has(day);
}

/**
 * Whether a date is a working day (Mon-Fri and not in `holidays`); false for an invalid date.
 * @example isWorkingDay('2026-03-20', ['2026-03-20']) // false (cuti bersama Idulfitri)
 */
export function isWorkingDay(
  date: string,
  holidays: readonly string[] | ReadonlySet<string>,
): boolean {
  const day = toDayNumber(date);
  return !Number.isNaN(day) && isWorkingDayNumber(day, toDaySet(holidays));
}

/**
 * The date `days` working days after `start`, counting from the day after `start` (so the
 * result is always a working day when days ≥ 1). `days` = 0 gives `start`; a negative number
 * counts backwards from the day before `start`. Returns '' for an invalid date or a number of
 * days that is not an integer (use `dueDateWorkingDays` for a reason).
 * @example addWorkingDays('2026-03-13', 5, holidayDates(HARI_LIBUR)) // '2026-03-27' (over Lebaran 2026)
 */
export function addWorkingDays(start: string, days: number, holidays: string[]): string {
  let day = toDayNumber(start);
  if (Number.isNaN(day) || !Number.isInteger(days) || Math.abs(days) > MAX_DAYS) return '';
  const off = toDaySet(holidays);
  const step = days < 0 ? -1 : 1;
  for (let left = Math.abs(days); left > 0;) {
    day += step;
    if (isWorkingDayNumber(day, off)) left--;
  }
  return fromDayNumber(day);
}

/**
 * Working days from `from` to `to`: those after `from` up to and including `to`, so that
 * `workingDaysBetween(s, addWorkingDays(s, n, h), h) === n`. Antisymmetric: when `to` is
 * before `from` the result is minus the count from `to` to `from` (so a negative number is
 * the working days left before a due date). `NaN` for an invalid date.
 * @example workingDaysBetween('2026-03-13', '2026-03-27', holidayDates(HARI_LIBUR)) // 5
 */
export function workingDaysBetween(from: string, to: string, holidays: string[]): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  const off = toDaySet(holidays);
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  if (hi - lo > 4 * MAX_DAYS) return NaN;
  let count = 0;
  for (let d = lo + 1; d <= hi; d++) if (isWorkingDayNumber(d, off)) count++;
  return b >= a ? count : -count;
}
