/**
 * The holiday calendar: national holidays (libur nasional) and collective leave (cuti bersama)
 * set each year by the joint decree (SKB 3 Menteri), with the years whose list is complete.
 * A year not marked complete gives a warning wherever a computation touches it.
 */

/** Kind of a day off, as in the holidays tab. */
export type HolidayKind = 'libur_nasional' | 'cuti_bersama';

/** One day off. */
export interface Holiday {
  date: string;
  kind: HolidayKind;
  name: string;
}

/** The office's holiday calendar. */
export interface HolidayCalendar {
  entries: readonly Holiday[];
  /** Years whose SKB list is complete in `entries`. */
  completeYears: readonly number[];
  /** Years known to be partial (e.g. only the fixed-date holidays); informative. */
  incompleteYears?: readonly number[];
}

/** Options of the calendar computations. */
export interface CalendarOptions {
  /** Count cuti bersama as days off (default true). */
  countCutiBersama?: boolean;
}

/**
 * The dates that are days off, for `addWorkingDays` and friends.
 * @example holidayDates(HARI_LIBUR, { countCutiBersama: false }).includes('2026-03-23') // false (cuti bersama)
 */
export function holidayDates(calendar: HolidayCalendar, options: CalendarOptions = {}): string[] {
  const withCuti = options.countCutiBersama !== false;
  const entries = calendar && Array.isArray(calendar.entries) ? calendar.entries : [];
  return entries.filter((h) => h && (withCuti || h.kind !== 'cuti_bersama')).map((h) => h.date);
}

/**
 * Warnings (Indonesian) for each year from the year of `from` to the year of `to` whose holiday
 * list is not complete; [] when all are complete. Invalid dates give no years.
 * @example calendarWarnings(HARI_LIBUR, '2026-12-28', '2027-01-05')
 * // ['Daftar hari libur tahun 2027 belum lengkap ...']
 */
export function calendarWarnings(calendar: HolidayCalendar, from: string, to: string): string[] {
  const a = Number(String(from).slice(0, 4));
  const b = Number(String(to).slice(0, 4));
  if (!Number.isInteger(a) || !Number.isInteger(b)) return [];
  const complete = calendar && Array.isArray(calendar.completeYears) ? calendar.completeYears : [];
  const partial =
    calendar && Array.isArray(calendar.incompleteYears) ? calendar.incompleteYears : [];
  const warnings: string[] = [];
  for (let y = Math.min(a, b); y <= Math.max(a, b) && warnings.length < 50; y++) {
    if (complete.indexOf(y) >= 0) continue;
    warnings.push(
      partial.indexOf(y) >= 0
        ? `Daftar hari libur tahun ${y} belum lengkap (baru tanggal yang tetap; hari besar ` +
            `keagamaan dan cuti bersama menunggu SKB ${y}). Tanggal jatuh tempo dapat bergeser; ` +
            `mohon lengkapi daftar hari libur.`
        : `Daftar hari libur tahun ${y} belum diisi; hanya Sabtu dan Minggu yang dihitung libur. ` +
            `Mohon isi daftar hari libur tahun ${y}.`,
    );
  }
  return warnings;
}
