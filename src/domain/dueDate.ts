/**
 * Due dates of SOP steps on the office calendar: a time standard in working days ("15 hari"
 * = 15 hari kerja) or in minutes of office hours ("15 menit"), with the warnings of a holiday
 * list that is not complete for a year the computation touches. Times are local Asia/Jakarta
 * wall-clock times written `YYYY-MM-DDTHH:MM`; no time zone is involved.
 */
import { calendarWarnings, holidayDates } from './holidays';
import type { CalendarOptions, HolidayCalendar } from './holidays';
import { isIsoDate } from './isoDate';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './workingDays';

/** Office hours for minute standards (local time, `HH:MM`). */
export interface OfficeHours {
  /** Default '07:30'. */
  open?: string;
  /** Default '16:00'. */
  close?: string;
}

/** A computed date (or date-time) with calendar warnings, or the reasons it could not be. */
export type DueResult<T = string> =
  { ok: true; value: T; warnings: string[] } | { ok: false; errors: string[] };

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minutesOfDay(hhmm: string): number {
  const m = HH_MM.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The due date of a standard of `days` working days started on `start`, counting from the
 * next day, with cuti bersama as days off unless `countCutiBersama` is false.
 * @example dueDateWorkingDays('2026-03-13', 5, HARI_LIBUR) // { ok: true, value: '2026-03-27', warnings: [] }
 */
export function dueDateWorkingDays(
  start: string,
  days: number,
  calendar: HolidayCalendar,
  options: CalendarOptions = {},
): DueResult {
  const errors: string[] = [];
  if (!isIsoDate(start)) errors.push(`Tanggal mulai "${String(start)}" bukan tanggal yang sah.`);
  if (!Number.isInteger(days) || days < 0 || days > 100000) {
    errors.push(`Jumlah hari kerja "${String(days)}" harus bilangan bulat 0 atau lebih.`);
  }
  if (errors.length > 0) return { ok: false, errors };
  const value = addWorkingDays(start, days, holidayDates(calendar, options));
  return { ok: true, value, warnings: calendarWarnings(calendar, start, value) };
}

/**
 * Working days elapsed from `from` to `to` (after `from`, up to and including `to`), with the
 * calendar warnings for the years in between.
 * @example workingDaysElapsed('2026-03-13', '2026-03-27', HARI_LIBUR) // { ok: true, value: 5, warnings: [] }
 */
export function workingDaysElapsed(
  from: string,
  to: string,
  calendar: HolidayCalendar,
  options: CalendarOptions = {},
): DueResult<number> {
  const errors: string[] = [];
  if (!isIsoDate(from)) errors.push(`Tanggal awal "${String(from)}" bukan tanggal yang sah.`);
  if (!isIsoDate(to)) errors.push(`Tanggal akhir "${String(to)}" bukan tanggal yang sah.`);
  if (errors.length > 0) return { ok: false, errors };
  const value = workingDaysBetween(from, to, holidayDates(calendar, options));
  return { ok: true, value, warnings: calendarWarnings(calendar, from, to) };
}

/**
 * The due time of a standard of `minutes` office minutes started at `start`
 * (`YYYY-MM-DDTHH:MM`, Asia/Jakarta wall clock). Only office hours of working days count: a
 * start outside them begins at the next opening; minutes left at closing continue at the
 * next working day's opening.
 * @example dueDateMinutes('2026-03-17T15:50', 15, HARI_LIBUR) // { ok: true, value: '2026-03-25T07:35', warnings: [] } (Nyepi and Lebaran in between)
 */
export function dueDateMinutes(
  start: string,
  minutes: number,
  calendar: HolidayCalendar,
  options: CalendarOptions & OfficeHours = {},
): DueResult {
  const errors: string[] = [];
  const date = typeof start === 'string' ? start.slice(0, 10) : '';
  let now =
    typeof start === 'string' && start.length === 16 && start[10] === 'T'
      ? minutesOfDay(start.slice(11))
      : NaN;
  if (!isIsoDate(date) || Number.isNaN(now)) {
    errors.push(`Waktu mulai "${String(start)}" harus berbentuk YYYY-MM-DDTHH:MM.`);
  }
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 1000000) {
    errors.push(`Jumlah menit "${String(minutes)}" harus bilangan bulat 0 atau lebih.`);
  }
  const open = minutesOfDay(options.open ?? '07:30');
  const close = minutesOfDay(options.close ?? '16:00');
  if (Number.isNaN(open) || Number.isNaN(close) || open >= close) {
    errors.push(`Jam kerja "${String(options.open)}-${String(options.close)}" tidak sah.`);
  }
  if (errors.length > 0) return { ok: false, errors };
  if (minutes === 0)
    return { ok: true, value: start, warnings: calendarWarnings(calendar, date, date) };

  const off = holidayDates(calendar, options);
  let day = date;
  if (!isWorkingDay(day, off) || now >= close) {
    day = addWorkingDays(day, 1, off);
    now = open;
  } else if (now < open) now = open;
  let left = minutes;
  while (left > close - now) {
    left -= close - now;
    day = addWorkingDays(day, 1, off);
    now = open;
  }
  return {
    ok: true,
    value: `${day}T${hhmm(now + left)}`,
    warnings: calendarWarnings(calendar, date, day),
  };
}

/** A time standard of an SOP step. */
export interface TimeStandard {
  amount: number;
  unit: 'menit' | 'hari_kerja';
}

/**
 * The due date-time of an SOP step started at `start` (`YYYY-MM-DDTHH:MM`): minutes count in
 * office hours; working days count from the next day and end at closing time of the last day.
 * @example stepDue({ amount: 1, unit: 'hari_kerja' }, '2026-03-13T09:00', HARI_LIBUR).value // '2026-03-16T16:00'
 */
export function stepDue(
  standard: TimeStandard,
  start: string,
  calendar: HolidayCalendar,
  options: CalendarOptions & OfficeHours = {},
): DueResult {
  if (!standard || (standard.unit !== 'menit' && standard.unit !== 'hari_kerja')) {
    return { ok: false, errors: ['Satuan waktu langkah harus "menit" atau "hari_kerja".'] };
  }
  if (standard.unit === 'menit') return dueDateMinutes(start, standard.amount, calendar, options);
  const r = dueDateWorkingDays(
    typeof start === 'string' ? start.slice(0, 10) : '',
    standard.amount,
    calendar,
    options,
  );
  return r.ok
    ? { ok: true, value: `${r.value}T${options.close ?? '16:00'}`, warnings: r.warnings }
    : r;
}
