/**
 * Identity numbers as staff type or paste them: "3520 0547 0868 0001", "35.20.05.470868.0001".
 * The inputs accept the separators; the form sends bare digits. Other characters are kept, so
 * the form's check can say the number is not valid. Pure (no DOM), unit-tested.
 */

const SEPARATORS = /[\s.\u00a0\u2013\u2014-]/g;

/** Removes spaces (any white space), dots and dashes. */
export function normalizeIdDigits(raw: string): string {
  return typeof raw === 'string' ? raw.replace(SEPARATORS, '') : '';
}

/** Whether the input holds a complete NIK (16 digits once the separators are removed). */
export function isCompleteNik(raw: string): boolean {
  return /^\d{16}$/.test(normalizeIdDigits(raw));
}

/** Whether the input has separators that normalisation would remove. */
export function hasSeparators(raw: string): boolean {
  return normalizeIdDigits(raw) !== raw;
}
