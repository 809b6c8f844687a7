/**
 * A synthetic DTSEN extract for tests and the benchmark: `n` people with NIKs of a valid
 * structure (Magetan kecamatan codes, birth dates with 40 added for women, unique serials),
 * KK numbers, invented names, deciles 1–10 — never real people.
 */

/** Row `i` of the extract: [NIK, No. KK, Nama, Desil, Tanggal Data]. */
export function extractRow(i: number, dataDate: string): [string, string, string, string, string] {
  const kec = String(352001 + (i % 18));
  const day = 1 + (i % 28);
  const month = 1 + (Math.floor(i / 28) % 12);
  const year = 1950 + (Math.floor(i / 336) % 50);
  const serial = Math.floor(i / 16800) + 1;
  const dd = String(i % 2 === 0 ? day + 40 : day).padStart(2, '0');
  const nik = `${kec}${dd}${String(month).padStart(2, '0')}${String(year).slice(2)}${String(serial).padStart(4, '0')}`;
  const kk = `${kec}${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${String(10 + (i % 10))}${String((i % 9999) + 1).padStart(4, '0')}`;
  return [nik, kk, `Warga Contoh ${i + 1}`, String(1 + (i % 10)), dataDate];
}

/** The CSV text of an extract of `n` rows (`;`-separated, with a BOM, as Excel saves it). */
export function extractCsv(n: number, dataDate = '2025-12-31', sep = ';'): string {
  const lines = [['NIK', 'No. KK', 'Nama', 'Desil', 'Tanggal Data'].join(sep)];
  for (let i = 0; i < n; i++) lines.push(extractRow(i, dataDate).join(sep));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
