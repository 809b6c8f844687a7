/**
 * Dates typed in forms, and the dates of letters: a date is a real calendar date (parsed with
 * date-fns, so "2026-02-30" is refused, not turned into an empty or a shifted date), never after
 * today; a letter is never dated before the Kadis's approval of its case, and never before the
 * last numbered letter of the agenda (the agenda stays in date order). Pure: today, the approval
 * and the last letter are parameters. Messages are polite Indonesian, naming the dates.
 */
import { isValid, parseISO } from 'date-fns';
import { formatTanggal } from './tanggal';

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether `value` is a real `YYYY-MM-DD` calendar date (date-fns `parseISO` gives an invalid date
 * for a day that does not exist, e.g. 30 February; no locale or time zone is involved).
 * @example isRealIsoDate('2026-02-28') // true; isRealIsoDate('2026-02-30') // false
 */
export function isRealIsoDate(value: unknown): value is string {
  return typeof value === 'string' && SHAPE.test(value) && isValid(parseISO(value));
}

/**
 * The problem of a date typed in a form (`label`, e.g. "Tanggal survei"), or '' when it is a
 * real date not after `today`.
 * @example formDateProblem('2026-02-30', 'Tanggal surat', '2026-06-05')
 * // 'Tanggal surat: "2026-02-30" bukan tanggal yang ada di kalender.'
 */
export function formDateProblem(value: string, label: string, today: string): string {
  if (!isRealIsoDate(value)) return `${label}: "${value}" bukan tanggal yang ada di kalender.`;
  if (value > today) {
    return `${label}: tidak boleh setelah hari ini (${formatTanggal(today)}).`;
  }
  return '';
}

/** What a letter's date is checked against. */
export interface LetterDateLimits {
  /** Today in Asia/Jakarta (ISO). */
  today: string;
  /** The day the Kadis approved the case (S08), ISO; '' when the letter needs no approval. */
  approvedOn?: string;
  /** The date of the last numbered letter of the same yearly series, ISO; '' when none. */
  lastLetterOn?: string;
  /** Its number, for the message. */
  lastLetterNumber?: string;
}

/**
 * The problem of a letter date (`label`, e.g. "Tanggal surat"), or '' when it may be used:
 * a real date, not after today, not before the approval, not before the last numbered letter.
 * @example letterDateProblem('2026-06-01', 'Tanggal surat', { today: '2026-06-10', lastLetterOn: '2026-06-05' })
 * // 'Tanggal surat: tidak boleh sebelum tanggal surat terakhir, 5 Juni 2026 ...'
 */
export function letterDateProblem(value: string, label: string, limits: LetterDateLimits): string {
  const typed = formDateProblem(value, label, limits.today);
  if (typed) return typed;
  if (limits.approvedOn && isRealIsoDate(limits.approvedOn) && value < limits.approvedOn) {
    return (
      `${label}: tidak boleh sebelum tanggal persetujuan Kepala Dinas, ` +
      `${formatTanggal(limits.approvedOn)}.`
    );
  }
  if (limits.lastLetterOn && isRealIsoDate(limits.lastLetterOn) && value < limits.lastLetterOn) {
    const number = limits.lastLetterNumber ? ` (nomor ${limits.lastLetterNumber})` : '';
    return (
      `${label}: tidak boleh sebelum tanggal surat terakhir, ` +
      `${formatTanggal(limits.lastLetterOn)}${number}; Agenda Surat harus urut tanggal.`
    );
  }
  return '';
}
