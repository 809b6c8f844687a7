/**
 * Terbilang: a number in Indonesian words, as written on a Berita Acara beside the amount
 * ("lima juta"). Follows the usage: seratus, seribu (but "satu juta"), sebelas, sepuluh, nol;
 * scales ribu, juta, miliar, triliun, kuadriliun; "minus" for negatives; "koma" followed by
 * each decimal digit.
 */

const SATUAN = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];
const DIGIT_WORD = ['nol', ...SATUAN.slice(1)];
const SCALES = ['', 'ribu', 'juta', 'miliar', 'triliun', 'kuadriliun'];

/** Words of 1-999 (empty for 0). */
function below1000(n: number): string[] {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 1) words.push('seratus');
  else if (hundreds > 1) words.push(SATUAN[hundreds], 'ratus');
  if (rest === 10) words.push('sepuluh');
  else if (rest === 11) words.push('sebelas');
  else if (rest > 11 && rest < 20) words.push(SATUAN[rest - 10], 'belas');
  else {
    if (rest >= 20) words.push(SATUAN[Math.floor(rest / 10)], 'puluh');
    if (rest % 10 > 0) words.push(SATUAN[rest % 10]);
  }
  return words;
}

/** Words of a non-negative safe integer. */
function integerWords(n: number): string[] {
  if (n === 0) return ['nol'];
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    if (g === 0) continue;
    if (i === 1 && g === 1) words.push('seribu');
    else words.push(...below1000(g), ...(SCALES[i] ? [SCALES[i]] : []));
  }
  return words;
}

/** Result of `tryTerbilang`. */
export type TerbilangResult = { ok: true; text: string } | { ok: false; error: string };

/**
 * Spells a number, or says why it cannot: not a finite number, or an integer part beyond
 * 9.007.199.254.740.991 (the largest exact integer), or a number JavaScript only writes with
 * an exponent.
 * @example tryTerbilang(1500) // { ok: true, text: 'seribu lima ratus' }
 */
export function tryTerbilang(n: number): TerbilangResult {
  if (typeof n !== 'number' || !Number.isFinite(n)) {
    return { ok: false, error: `"${String(n)}" bukan angka yang dapat dieja.` };
  }
  const abs = Math.abs(n);
  if (Math.floor(abs) > Number.MAX_SAFE_INTEGER) {
    return { ok: false, error: `Angka ${String(n)} terlalu besar untuk dieja dengan tepat.` };
  }
  const text = String(abs);
  if (text.indexOf('e') >= 0) {
    return { ok: false, error: `Angka ${String(n)} memiliki terlalu banyak angka desimal.` };
  }
  const [whole, decimals] = text.split('.');
  const words = integerWords(Number(whole));
  if (decimals) words.push('koma', ...decimals.split('').map((d) => DIGIT_WORD[Number(d)]));
  if (n < 0) words.unshift('minus');
  return { ok: true, text: words.join(' ') };
}

/**
 * A number in Indonesian words, lower case, without "rupiah". Input that cannot be spelled
 * gives the reason in parentheses (never throws), so that it is seen in a draft.
 * @example terbilang(5000000) // 'lima juta'
 * @example terbilang(1011) // 'seribu sebelas'
 * @example terbilang(1000000) // 'satu juta'
 */
export function terbilang(n: number): string {
  const r = tryTerbilang(n);
  return r.ok ? r.text : `(tidak dapat dieja: ${r.error})`;
}
