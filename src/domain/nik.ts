/**
 * NIK (Nomor Induk Kependudukan): 16 digits = kecamatan code where it was issued (6) + birth
 * date DDMMYY, with 40 added to the day for women + serial (4, from 0001). Parsing gives the
 * kecamatan, birth date, sex and serial, or the errors a person can act on; masking hides the
 * birth date and sex for registers outside the master.
 */
import { sixteenDigits } from './digits';
import { isIsoDate, isRealDate, isoFromParts } from './isoDate';
import { NAMA_BULAN } from './tanggal';
import { dottedAreaCode, isMagetanKecamatan } from './wilayah';

/** A valid NIK, read. */
export interface NikValid {
  valid: true;
  /** Dotted kecamatan code of issue, e.g. '35.20.05'. */
  kecamatan: string;
  /** ISO birth date. */
  birthDate: string;
  /** 'P' perempuan (woman), 'L' laki-laki (man). */
  sex: 'P' | 'L';
  serial: string;
  /** E.g. a kecamatan code outside Kabupaten Magetan. */
  warnings: string[];
}

/** An invalid NIK, with the reasons (Indonesian). */
export interface NikInvalid {
  valid: false;
  errors: string[];
}

/** Result of `parseNik`. */
export type NikResult = NikValid | NikInvalid;

/**
 * The year of a two-digit year: the latest century that does not put year-month-day after
 * the reference date.
 */
export function centuryYear(yy: number, month: number, day: number, asOf: string): number {
  const refYear = Number(asOf.slice(0, 4));
  const year = refYear - (refYear % 100) + yy;
  return isoFromParts(year, month, day) > asOf ? year - 100 : year;
}

/** Warning for an area code outside Kabupaten Magetan (people keep the code of issue). */
export function outsideMagetanWarning(label: string, kecamatan: string): string {
  return (
    `Kode kecamatan ${kecamatan} pada ${label} berada di luar Kabupaten Magetan ` +
    `(${label} tetap memakai kode wilayah tempat diterbitkan); mohon pastikan domisilinya.`
  );
}

/**
 * Reads a NIK as of a reference date (the century of the birth year is the latest one that
 * does not put the birth date after `asOf`). Spaces, dots and dashes in pasted input are
 * ignored. Never throws.
 * @example
 * parseNik('3520054708680001', '2023-06-05')
 * // { valid: true, kecamatan: '35.20.05', birthDate: '1968-08-07', sex: 'P', serial: '0001', warnings: [] }
 * @example parseNik('3520053102680001', '2023-06-05') // { valid: false, errors: ['Tanggal lahir pada NIK (31 Februari 1968) tidak ada di kalender.'] }
 */
export function parseNik(nik: string, asOf: string): NikResult {
  const { digits, errors } = sixteenDigits(nik, 'NIK');
  if (!isIsoDate(asOf)) {
    errors.push(`Tanggal acuan "${String(asOf)}" bukan tanggal yang sah (format YYYY-MM-DD).`);
  }
  if (errors.length > 0) return { valid: false, errors };

  const rawDay = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  const yy = Number(digits.slice(10, 12));
  const serial = digits.slice(12, 16);
  const sex: 'P' | 'L' = rawDay > 40 ? 'P' : 'L';
  const day = rawDay > 40 ? rawDay - 40 : rawDay;

  if (day < 1 || day > 31) {
    errors.push(
      `Tanggal lahir pada NIK (digit 7-8: "${digits.slice(6, 8)}") harus 01-31 untuk laki-laki ` +
        `atau 41-71 untuk perempuan.`,
    );
  }
  if (month < 1 || month > 12) {
    errors.push(`Bulan lahir pada NIK (digit 9-10: "${digits.slice(8, 10)}") harus 01-12.`);
  }
  let birthDate = '';
  if (errors.length === 0) {
    const year = centuryYear(yy, month, day, asOf);
    if (isRealDate(year, month, day)) birthDate = isoFromParts(year, month, day);
    else
      errors.push(
        `Tanggal lahir pada NIK (${day} ${NAMA_BULAN[month]} ${year}) tidak ada di kalender.`,
      );
  }
  if (serial === '0000') errors.push('Nomor urut pada NIK (digit 13-16) tidak boleh 0000.');
  if (errors.length > 0) return { valid: false, errors };

  const kecamatan = dottedAreaCode(digits.slice(0, 6));
  const warnings = isMagetanKecamatan(kecamatan) ? [] : [outsideMagetanWarning('NIK', kecamatan)];
  return { valid: true, kecamatan, birthDate, sex, serial, warnings };
}

/**
 * The bare 16 digits of a pasted NIK (spaces, dots and dashes removed), or '' when the
 * result is not 16 digits.
 * @example normalizeNik('3520 0547 0868 0001') // '3520054708680001'
 */
export function normalizeNik(nik: string): string {
  const { digits, errors } = sixteenDigits(nik, 'NIK');
  return errors.length === 0 ? digits : '';
}

/**
 * Masks the birth date and sex of a NIK: the first 6 and last 4 digits stay. Input that is not
 * 16 digits gives '' (nothing of it is shown).
 * @example maskNik('3520054708680001') // '352005******0001'
 */
export function maskNik(nik: string): string {
  const digits =
    typeof nik === 'string' && nik.length === 16 && /^\d{16}$/.test(nik) ? nik : normalizeNik(nik);
  return digits === '' ? '' : `${digits.slice(0, 6)}******${digits.slice(12)}`;
}
