/**
 * Archive retention (Jadwal Retensi Arsip): each archive code keeps its records a number of
 * years active (in the unit) and then a number of years inactive (in the records centre); after
 * both, the record is due for appraisal and disposal (penyusutan). Counted from the day the
 * record was closed (a case: its last step, Selesai or Ditolak; a letter: its case's closing,
 * or its own date when it belongs to no case). Years are calendar years: 29 February plus one
 * year is 28 February. Pure: "today" is a parameter.
 */
import { daysInMonth, isIsoDate, isoFromParts } from './isoDate';

export interface RetentionPeriod {
  activeYears: number;
  inactiveYears: number;
}

/** The default schedule of code 400.9.12.2: 2 years active + 3 years inactive. */
export const DEFAULT_RETENTION: Readonly<Record<string, RetentionPeriod>> = {
  '400.9.12.2': { activeYears: 2, inactiveYears: 3 },
};

/**
 * A setting's text: "2 aktif + 3 inaktif", "2 + 3", "2,3" or "2 3" (whole years, 0–100).
 */
export function parseRetention(
  text: string,
): { ok: true; period: RetentionPeriod } | { ok: false; error: string } {
  const numbers = String(text ?? '').match(/\d+/g) ?? [];
  const words = String(text ?? '')
    .replace(/\d+/g, ' ')
    .replace(/\b(aktif|inaktif|tahun|thn)\b/gi, ' ')
    .replace(/[+,;\s]/g, '');
  if (numbers.length !== 2 || words !== '') {
    return {
      ok: false,
      error: `"${String(text ?? '')}" bukan jadwal retensi; tulis misalnya "2 aktif + 3 inaktif".`,
    };
  }
  const [activeYears, inactiveYears] = numbers.map(Number);
  if (activeYears > 100 || inactiveYears > 100) {
    return { ok: false, error: `"${text}": masa retensi paling lama 100 tahun.` };
  }
  return { ok: true, period: { activeYears, inactiveYears } };
}

/** `iso` plus whole years (29 February → 28 February in a common year). */
export function addYears(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years;
  const m = Number(iso.slice(5, 7));
  const d = Math.min(Number(iso.slice(8, 10)), daysInMonth(y, m));
  return isoFromParts(y, m, d);
}

/** The archive code of a letter number ("400.9.12.2/001/403.107/2026" → "400.9.12.2"). */
export function archiveCodeOf(letterNumber: string): string {
  const code = String(letterNumber ?? '')
    .split('/')[0]
    .trim();
  return /^\d+(\.\d+)*$/.test(code) ? code : '';
}

export type RetentionState = 'active' | 'pastActive' | 'pastRetention';

export interface RetentionDue {
  /** The last day of the active period is the day before this one. */
  inactiveFrom: string;
  /** From this day the record is past its whole retention period. */
  retentionEndsOn: string;
  state: RetentionState;
}

/** When a record closed on `closedOn` leaves the active period and its whole retention. */
export function retentionDue(
  closedOn: string,
  period: RetentionPeriod,
  today: string,
): RetentionDue | null {
  if (!isIsoDate(closedOn) || !isIsoDate(today)) return null;
  const inactiveFrom = addYears(closedOn, period.activeYears);
  const retentionEndsOn = addYears(closedOn, period.activeYears + period.inactiveYears);
  const state: RetentionState =
    today >= retentionEndsOn ? 'pastRetention' : today >= inactiveFrom ? 'pastActive' : 'active';
  return { inactiveFrom, retentionEndsOn, state };
}
