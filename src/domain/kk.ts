/**
 * KK number (Nomor Kartu Keluarga): 16 digits = kecamatan code (6) + date of issue DDMMYY (no
 * 40 added: a KK has no sex) + serial (4). Parsing checks the date is plausible and reads the
 * kecamatan, as for a NIK.
 */
import { sixteenDigits } from './digits';
import { isIsoDate, isRealDate, isoFromParts } from './isoDate';
import { centuryYear, outsideMagetanWarning } from './nik';
import { dottedAreaCode, isMagetanKecamatan } from './wilayah';

/** Result of `parseKk`. */
export type KkResult =
  | { valid: true; kecamatan: string; issueDate: string; serial: string; warnings: string[] }
  | { valid: false; errors: string[] };

/**
 * Reads a KK number as of a reference date (for the century of the issue date). Never throws.
 * @example
 * parseKk('3520051203150007', '2023-06-05')
 * // { valid: true, kecamatan: '35.20.05', issueDate: '2015-03-12', serial: '0007', warnings: [] }
 */
export function parseKk(kk: string, asOf: string): KkResult {
  const { digits, errors } = sixteenDigits(kk, 'Nomor KK');
  if (!isIsoDate(asOf)) {
    errors.push(`Tanggal acuan "${String(asOf)}" bukan tanggal yang sah (format YYYY-MM-DD).`);
  }
  if (errors.length > 0) return { valid: false, errors };
  const day = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  const year =
    month >= 1 && month <= 12 ? centuryYear(Number(digits.slice(10, 12)), month, day, asOf) : 0;
  if (!isRealDate(year, month, day)) {
    return {
      valid: false,
      errors: [
        `Tanggal pada nomor KK (digit 7-12: "${digits.slice(6, 12)}") bukan tanggal yang ada ` +
          `(nomor KK tidak memakai tambahan 40 pada tanggal).`,
      ],
    };
  }
  const kecamatan = dottedAreaCode(digits.slice(0, 6));
  const warnings = isMagetanKecamatan(kecamatan)
    ? []
    : [outsideMagetanWarning('nomor KK', kecamatan)];
  return {
    valid: true,
    kecamatan,
    issueDate: isoFromParts(year, month, day),
    serial: digits.slice(12),
    warnings,
  };
}
