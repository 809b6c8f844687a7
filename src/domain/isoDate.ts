/**
 * ISO calendar dates (`YYYY-MM-DD`) as the domain's only date type: validation, day numbers
 * (days since 1970-01-01) for arithmetic, weekdays, and the conversion of a `Date` coming from
 * a Sheets cell into the calendar date it shows in Asia/Jakarta (UTC+7, no daylight saving).
 * Everything here is time-zone independent: only UTC arithmetic is used.
 */

const MS_PER_DAY = 86400000;
/** Asia/Jakarta is UTC+7 all year (no daylight saving time). */
const JAKARTA_OFFSET_MS = 7 * 3600000;

/**
 * Whether a year is a leap year in the Gregorian calendar.
 * @example isLeapYear(2000) // true; isLeapYear(1900) // false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days of a month (1-12) in a year; 0 for a month outside 1-12.
 * @example daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month < 1 || month > 12) return 0;
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether year/month/day is a real calendar date.
 * @example isRealDate(2023, 2, 29) // false
 */
export function isRealDate(year: number, month: number, day: number): boolean {
  return day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Whether a value is a real `YYYY-MM-DD` date string.
 * @example isIsoDate('2024-02-29') // true; isIsoDate('2023-02-29') // false
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (i < 4) year = year * 10 + d;
    else if (i < 7) month = month * 10 + d;
    else day = day * 10 + d;
  }
  return isRealDate(year, month, day);
}

/**
 * Builds an ISO date string from parts (no validation).
 * @example isoFromParts(2023, 6, 5) // '2023-06-05'
 */
export function isoFromParts(year: number, month: number, day: number): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Days since 1970-01-01 of an ISO date; `NaN` when it is not a real date.
 * @example toDayNumber('1970-01-02') // 1
 */
export function toDayNumber(iso: string): number {
  if (!isIsoDate(iso)) return NaN;
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
    MS_PER_DAY
  );
}

/**
 * The ISO date of a day number (inverse of `toDayNumber`); '' outside years 0001-9999.
 * @example fromDayNumber(0) // '1970-01-01'
 */
export function fromDayNumber(day: number): string {
  if (!Number.isInteger(day)) return '';
  const d = new Date(day * MS_PER_DAY);
  const year = d.getUTCFullYear();
  if (year < 1 || year > 9999) return '';
  return isoFromParts(year, d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * Day of the week of a day number: 0 = Sunday (Minggu) … 6 = Saturday (Sabtu).
 * @example weekdayOfDayNumber(0) // 4 (1970-01-01 was a Thursday)
 */
export function weekdayOfDayNumber(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * Day of the week of an ISO date (0 = Sunday … 6 = Saturday); `NaN` when invalid.
 * @example weekdayOf('2026-03-13') // 5 (Friday)
 */
export function weekdayOf(iso: string): number {
  const day = toDayNumber(iso);
  return Number.isNaN(day) ? NaN : weekdayOfDayNumber(day);
}

/**
 * Adds calendar days to an ISO date; '' when the date is invalid.
 * @example addDays('2024-02-28', 1) // '2024-02-29'
 */
export function addDays(iso: string, days: number): string {
  const day = toDayNumber(iso);
  return Number.isNaN(day) || !Number.isInteger(days) ? '' : fromDayNumber(day + days);
}

/**
 * The calendar date a `Date` shows in Asia/Jakarta (UTC+7): what a Sheets date cell means in a
 * register whose time zone is Asia/Jakarta. '' for an invalid Date or a non-Date.
 * @example isoDateInJakarta(new Date('2023-06-04T17:00:00Z')) // '2023-06-05'
 */
export function isoDateInJakarta(d: Date): string {
  if (!(d instanceof Date)) return '';
  const t = d.getTime();
  if (Number.isNaN(t)) return '';
  return fromDayNumber(Math.floor((t + JAKARTA_OFFSET_MS) / MS_PER_DAY));
}

/**
 * The instant of 00:00 Asia/Jakarta on an ISO date, for writing a date back into a cell;
 * `null` when the date is invalid.
 * @example jakartaMidnight('2023-06-05')?.toISOString() // '2023-06-04T17:00:00.000Z'
 */
export function jakartaMidnight(iso: string): Date | null {
  const day = toDayNumber(iso);
  return Number.isNaN(day) ? null : new Date(day * MS_PER_DAY - JAKARTA_OFFSET_MS);
}
