/**
 * The handlebars helpers of the letters. Each returns plain text, which handlebars escapes
 * (templates use `{{ }}` only); none reads anything but its arguments.
 */
import { formatRupiah, formatTanggal, maskNik, terbilang } from '../domain';

/** Number from a template argument ('' and non-numbers give NaN, which the formats report). */
const num = (v: unknown): number => (typeof v === 'number' ? v : v === '' ? NaN : Number(v));

/** The helpers, by name; the last argument handlebars passes (options) is ignored. */
export const LETTER_HELPERS = {
  /** `{{tanggal "2023-06-05"}}` → "5 Juni 2023". */
  tanggal: (iso: unknown): string => formatTanggal(String(iso ?? '')),
  /** `{{rupiah 5000000}}` → "Rp5.000.000,00". */
  rupiah: (n: unknown): string => formatRupiah(num(n)),
  /** `{{terbilang 20}}` → "dua puluh". */
  terbilang: (n: unknown): string => terbilang(num(n)),
  /** `{{maskNik nik}}` → "352005******0001". */
  maskNik: (nik: unknown): string => maskNik(String(nik ?? '')),
  /** `{{inc @index}}` → index + 1 (row numbers). */
  inc: (n: unknown): number => num(n) + 1,
};

/** Helper names known at precompile time (`knownHelpersOnly`), with `part` (sub-templates). */
export const HELPER_NAMES: readonly string[] = Object.keys(LETTER_HELPERS).concat(['part']);
