/**
 * Rupiah amounts as Indonesian letters write them: "Rp5.000.000,00" (dot for thousands, comma
 * for sen) and with the amount in words: "Rp5.000.000,00 (lima juta rupiah)".
 */
import { terbilang, tryTerbilang } from './terbilang';

/** Splits an amount into whole rupiah and sen (rounded to 2 decimals); null if not usable. */
function rupiahParts(n: number): { negative: boolean; whole: number; sen: number } | null {
  if (typeof n !== 'number' || !Number.isFinite(n)) return null;
  const abs = Math.abs(n);
  let whole = Math.floor(abs);
  let sen = Math.round((abs - whole) * 100);
  if (sen === 100) {
    whole += 1;
    sen = 0;
  }
  if (whole > Number.MAX_SAFE_INTEGER) return null;
  return { negative: n < 0 && (whole > 0 || sen > 0), whole, sen };
}

/**
 * Formats an amount of rupiah: thousands with dots, two decimals after a comma, minus sign
 * before "Rp". An amount that is not a finite number gives a message in parentheses.
 * @example formatRupiah(5000000) // 'Rp5.000.000,00'
 * @example formatRupiah(-1500.5) // '-Rp1.500,50'
 */
export function formatRupiah(n: number): string {
  const p = rupiahParts(n);
  if (!p) return `(jumlah rupiah tidak sah: "${String(n)}")`;
  const whole = String(p.whole).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${p.negative ? '-' : ''}Rp${whole},${String(p.sen).padStart(2, '0')}`;
}

/**
 * The amount in words with "rupiah" (and "sen" when there are any), lower case.
 * @example rupiahTerbilang(5000000) // 'lima juta rupiah'
 * @example rupiahTerbilang(1500.5) // 'seribu lima ratus rupiah lima puluh sen'
 */
export function rupiahTerbilang(n: number): string {
  const p = rupiahParts(n);
  const words = p ? tryTerbilang(p.whole) : null;
  if (!p || !words || !words.ok) return `(jumlah rupiah tidak sah: "${String(n)}")`;
  const sen = p.sen > 0 ? ` ${terbilang(p.sen)} sen` : '';
  return `${p.negative ? 'minus ' : ''}${words.text} rupiah${sen}`;
}

/**
 * The amount in figures and in words, as on a Berita Acara Serah Terima.
 * @example formatRupiahTerbilang(5000000) // 'Rp5.000.000,00 (lima juta rupiah)'
 */
export function formatRupiahTerbilang(n: number): string {
  const figures = formatRupiah(n);
  return figures.startsWith('(') ? figures : `${figures} (${rupiahTerbilang(n)})`;
}
