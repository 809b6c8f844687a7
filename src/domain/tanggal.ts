/**
 * Indonesian dates as letters write them: "5 Juni 2023", optionally "05 Juni 2023" or with the
 * day name ("Senin, 5 Juni 2023"). Input is always an ISO date string, never a `Date`.
 */
import { isIsoDate, weekdayOf } from './isoDate';

/** Month names, index 1-12 (index 0 is empty). */
export const NAMA_BULAN: readonly string[] = [
  '',
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** Day names, index 0 = Sunday (Minggu) … 6 = Saturday (Sabtu). */
export const NAMA_HARI: readonly string[] = [
  'Minggu',
  'Senin',
  'Selasa',
  'Rabu',
  'Kamis',
  "Jum'at",
  'Sabtu',
];

/** Options of `formatTanggal`. */
export interface FormatTanggalOptions {
  /** Write the day with two digits ("05 Juni 2023"). Default false. */
  leadingZero?: boolean;
  /** Prefix the day name ("Senin, 5 Juni 2023"). Default false. */
  withWeekday?: boolean;
}

/**
 * Formats an ISO date the Indonesian way. An invalid date gives a message in parentheses
 * that names the bad value, so that it is seen (and corrected) in a draft letter.
 * @example formatTanggal('2023-06-05') // '5 Juni 2023'
 * @example formatTanggal('2023-06-05', { leadingZero: true }) // '05 Juni 2023'
 */
export function formatTanggal(isoDate: string, options: FormatTanggalOptions = {}): string {
  if (!isIsoDate(isoDate)) return `(tanggal tidak sah: "${String(isoDate)}")`;
  const day = Number(isoDate.slice(8, 10));
  const text = `${options.leadingZero ? isoDate.slice(8, 10) : day} ${NAMA_BULAN[Number(isoDate.slice(5, 7))]} ${isoDate.slice(0, 4)}`;
  return options.withWeekday ? `${NAMA_HARI[weekdayOf(isoDate)]}, ${text}` : text;
}
