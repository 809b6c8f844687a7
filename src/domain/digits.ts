/**
 * Bare digits of a pasted identity number: staff paste NIK and KK numbers with spaces, dots or
 * dashes ("3520 0547 0868 0001", "35.20.05.470868.0001"); the register stores the bare digits.
 */

/**
 * Removes spaces (any white space), dots and dashes; other characters are kept so that the
 * caller can report them.
 * @example bareDigits(' 3520.0547-0868 0001 ') // '3520054708680001'
 */
export function bareDigits(input: string): string {
  if (typeof input !== 'string') return '';
  // Fast path: already bare digits (the usual case when checking a whole register).
  return allDigits(input) ? input : input.replace(/[\s.\u00a0-]/g, '');
}

/** Whether a string has only the digits 0-9 (true for ''). */
function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Checks that a pasted number is 16 digits after `bareDigits`; returns the digits or the
 * errors (Indonesian, naming the field `label`).
 * @example sixteenDigits('3520 0547 0868 0001', 'NIK') // { digits: '3520054708680001', errors: [] }
 */
export function sixteenDigits(input: unknown, label: string): { digits: string; errors: string[] } {
  if (typeof input !== 'string') {
    const shown = typeof input === 'number' ? ` (terbaca sebagai angka ${input})` : '';
    return { digits: '', errors: [`${label} harus ditulis sebagai teks 16 digit${shown}.`] };
  }
  if (input.length === 16 && allDigits(input)) return { digits: input, errors: [] };
  const digits = bareDigits(input);
  if (digits === '') return { digits, errors: [`${label} belum diisi.`] };
  const others = allDigits(digits) ? '' : digits.replace(/\d/g, '');
  if (others !== '') {
    const shown = Array.from(new Set(others.split(''))).join('');
    return { digits, errors: [`${label} hanya boleh berisi angka; ditemukan "${shown}".`] };
  }
  if (digits.length !== 16) {
    return { digits, errors: [`${label} harus 16 digit, tetapi berisi ${digits.length} digit.`] };
  }
  return { digits, errors: [] };
}
