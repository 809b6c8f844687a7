/**
 * Custom functions for staff in Google Sheets (`=NIK_VALID(A2)`, `=USIA_NIK(A2; C1)`, …):
 * thin wrappers over the domain. Each accepts one cell value or a range (a 2-D array) and
 * returns the same shape; values come as Sheets gives them (text, number, boolean, Date for
 * date cells, '' for an empty cell). They never throw: bad input gives an Indonesian message
 * in that cell, and an empty cell gives an empty cell. No clock is read: where a reference
 * date matters it is an argument.
 */
import {
  ageOn,
  addWorkingDays,
  calendarWarnings,
  formatRupiah,
  formatRupiahTerbilang,
  formatTanggal,
  fromDayNumber,
  HARI_LIBUR,
  holidayDates,
  isIsoDate,
  isoDateInJakarta,
  jakartaMidnight,
  kecamatanName,
  maskNik,
  NAMA_BULAN,
  parseNik,
  rupiahTerbilang,
  tryTerbilang,
  workingDaysBetween,
} from '../domain';
import type { NikResult } from '../domain';

/** A value as Sheets passes one cell. */
export type CellValue = string | number | boolean | Date | null | undefined;
/** One cell or a range. */
export type CellInput = CellValue | CellValue[][];
/** What a custom function can put in one cell. */
export type CellResult = string | number | boolean | Date;
/** One cell or a range of results. */
export type CellOutput = CellResult | CellResult[][];

/**
 * Reference date used when a function that only needs the NIK's structure gets none: every
 * two-digit year then falls in 20YY, which gives the same validity and sex as any date from
 * 2000-03-01 to 2099 (only 29 February of year "00" depends on the century, and 2000 is leap).
 */
const STRUCTURE_ONLY = '2099-12-31';

const isEmpty = (v: unknown): boolean => v === '' || v === null || v === undefined;

/** Runs `fn` on one value, turning an exception into a message. */
function safely(v: CellValue, fn: (v: CellValue) => CellResult): CellResult {
  if (isEmpty(v)) return '';
  try {
    return fn(v);
  } catch (e) {
    return `Kesalahan: ${String(e)}`;
  }
}

/** Applies `fn` to a cell or to every cell of a range. */
function eachCell(input: CellInput, fn: (v: CellValue) => CellResult): CellOutput {
  if (!Array.isArray(input)) return safely(input, fn);
  return input.map((row) =>
    Array.isArray(row) ? row.map((v) => safely(v, fn)) : [safely(row as CellValue, fn)],
  );
}

/**
 * Applies `fn` pairwise: a range with a single value (the value is used for every cell) or
 * with a range of the same shape.
 */
function eachPair(
  a: CellInput,
  b: CellInput,
  fn: (a: CellValue, b: CellValue) => CellResult,
): CellOutput {
  if (!Array.isArray(b)) return eachCell(a, (x) => fn(x, b));
  if (!Array.isArray(a)) return eachCell(b, (y) => (isEmpty(a) ? '' : fn(a, y)));
  return a.map((row, i) =>
    (Array.isArray(row) ? row : [row as CellValue]).map((x, j) => {
      const other = Array.isArray(b[i]) ? b[i][j] : undefined;
      if (other === undefined) return isEmpty(x) ? '' : 'Ukuran kedua rentang harus sama.';
      return safely(x, (v) => fn(v, other));
    }),
  );
}

/** The NIK text of a cell, or the message for a cell that cannot hold a NIK. */
function nikText(v: CellValue): { nik: string } | { message: string } {
  if (typeof v === 'string') return { nik: v };
  if (typeof v === 'number') {
    return {
      message:
        `NIK terbaca sebagai angka (${v.toFixed(0)}): Google Sheets hanya menyimpan 15 digit ` +
        'angka, sehingga digit terakhir NIK bisa hilang. Format kolom NIK sebagai Teks biasa ' +
        '(Format > Angka > Teks biasa), lalu ketik ulang NIK.',
    };
  }
  return { message: 'Sel ini tidak berisi NIK (harus teks 16 digit).' };
}

/** The ISO date of a cell (Date, ISO text, D/M/YYYY text, or a Sheets serial number). */
export function cellDate(v: CellValue): { iso: string } | { message: string } {
  if (isEmpty(v) || (typeof v === 'string' && v.trim() === ''))
    return { message: 'Isi tanggal acuan.' };
  if (v instanceof Date) {
    const iso = isoDateInJakarta(v);
    return iso ? { iso } : { message: 'Tanggal tidak sah.' };
  }
  if (typeof v === 'number' && Number.isFinite(v)) {
    // Sheets serial: days since 1899-12-30 (day number -25569).
    const iso = fromDayNumber(Math.floor(v) - 25569);
    return iso ? { iso } : { message: `Angka ${v} bukan tanggal.` };
  }
  if (typeof v === 'string') {
    const s = v.trim();
    if (isIsoDate(s)) return { iso: s };
    const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
    if (m) {
      const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
      if (isIsoDate(iso)) return { iso };
    }
    return {
      message: `"${s}" bukan tanggal (tulis 2023-06-05, 5/6/2023, atau format sel sebagai tanggal).`,
    };
  }
  return { message: 'Sel ini tidak berisi tanggal.' };
}

/** The number of a cell: a number, or text such as "5.000.000", "Rp5.000.000,00", "1500,5". */
export function cellNumber(v: CellValue): { n: number } | { message: string } {
  if (typeof v === 'number') return Number.isFinite(v) ? { n: v } : { message: 'Angka tidak sah.' };
  if (typeof v === 'string') {
    const s = v.replace(/^\s*(-?)\s*Rp\.?\s*/i, '$1').replace(/\s/g, '');
    let text = '';
    if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) text = s.replace(/\./g, '').replace(',', '.');
    else if (/^-?\d+(,\d+)?$/.test(s)) text = s.replace(',', '.');
    else if (/^-?\d+\.\d+$/.test(s)) text = s;
    if (text !== '') return { n: Number(text) };
    return { message: `"${v}" bukan angka.` };
  }
  return { message: 'Sel ini tidak berisi angka.' };
}

function readNik(v: CellValue, asOf: string): NikResult | { message: string } {
  const t = nikText(v);
  return 'message' in t ? t : parseNik(t.nik, asOf);
}

function referenceDate(tanggal: CellValue): { iso: string } | { message: string } {
  return isEmpty(tanggal) ? { iso: STRUCTURE_ONLY } : cellDate(tanggal);
}

/**
 * Apakah NIK sah (16 digit, tanggal lahir ada di kalender, nomor urut bukan 0000).
 *
 * @param {string|Array<Array<string>>} nik NIK atau rentang NIK (kolom berformat teks).
 * @param {Date|string} [tanggal] Tanggal acuan (opsional; hanya menentukan abad tahun lahir).
 * @return TRUE bila sah, FALSE bila tidak; pesan bila sel tidak berisi NIK.
 * @customfunction
 */
export function NIK_VALID(nik: CellInput, tanggal?: CellValue): CellOutput {
  return eachCell(nik, (v) => {
    const ref = referenceDate(tanggal);
    if ('message' in ref) return ref.message;
    const r = readNik(v, ref.iso);
    return 'message' in r ? r.message : r.valid;
  });
}

/**
 * Keterangan NIK: sah atau tidak, dengan alasannya, jenis kelamin, tanggal lahir, kecamatan.
 *
 * @param {string|Array<Array<string>>} nik NIK atau rentang NIK.
 * @param {Date|string} [tanggal] Tanggal acuan untuk tahun lahir (opsional).
 * @return Keterangan dalam bahasa Indonesia.
 * @customfunction
 */
export function NIK_KETERANGAN(nik: CellInput, tanggal?: CellValue): CellOutput {
  return eachCell(nik, (v) => {
    const ref = referenceDate(tanggal);
    if ('message' in ref) return ref.message;
    const r = readNik(v, ref.iso);
    if ('message' in r) return r.message;
    if (!r.valid) return `Tidak sah: ${r.errors.join(' ')}`;
    const [y, m, d] = r.birthDate.split('-').map(Number);
    const born = isEmpty(tanggal)
      ? `${d} ${NAMA_BULAN[m]} '${String(y).slice(2)}`
      : formatTanggal(r.birthDate);
    const kec = kecamatanName(r.kecamatan);
    const text =
      `Sah: ${r.sex === 'P' ? 'perempuan' : 'laki-laki'}, lahir ${born}, ` +
      `kecamatan ${kec ? `${kec} ` : ''}(${r.kecamatan}), nomor urut ${r.serial}.`;
    return r.warnings.length > 0 ? `${text} Catatan: ${r.warnings.join(' ')}` : text;
  });
}

/**
 * Usia dalam tahun penuh pada suatu tanggal, dari tanggal lahir pada NIK.
 *
 * @param {string|Array<Array<string>>} nik NIK atau rentang NIK.
 * @param {Date|string|Array<Array<Date>>} tanggal Tanggal acuan (mis. tanggal proposal diterima), satu sel atau rentang sebesar NIK.
 * @return Usia dalam tahun.
 * @customfunction
 */
export function USIA_NIK(nik: CellInput, tanggal: CellInput): CellOutput {
  return eachPair(nik, tanggal, (v, t) => {
    const ref = cellDate(t);
    if ('message' in ref) return ref.message;
    const r = readNik(v, ref.iso);
    if ('message' in r) return r.message;
    return r.valid ? ageOn(r.birthDate, ref.iso) : `NIK tidak sah: ${r.errors.join(' ')}`;
  });
}

/**
 * Tanggal lahir menurut NIK (abad tahun lahir ditentukan oleh tanggal acuan).
 *
 * @param {string|Array<Array<string>>} nik NIK atau rentang NIK.
 * @param {Date|string|Array<Array<Date>>} tanggal Tanggal acuan.
 * @return Tanggal lahir (pukul 00.00 WIB).
 * @customfunction
 */
export function TGL_LAHIR_NIK(nik: CellInput, tanggal: CellInput): CellOutput {
  return eachPair(nik, tanggal, (v, t) => {
    const ref = cellDate(t);
    if ('message' in ref) return ref.message;
    const r = readNik(v, ref.iso);
    if ('message' in r) return r.message;
    return r.valid
      ? (jakartaMidnight(r.birthDate) as Date)
      : `NIK tidak sah: ${r.errors.join(' ')}`;
  });
}

/**
 * Jenis kelamin menurut NIK (tanggal lahir ditambah 40 untuk perempuan).
 *
 * @param {string|Array<Array<string>>} nik NIK atau rentang NIK.
 * @return "Perempuan" atau "Laki-laki".
 * @customfunction
 */
export function JK_NIK(nik: CellInput): CellOutput {
  return eachCell(nik, (v) => {
    const r = readNik(v, STRUCTURE_ONLY);
    if ('message' in r) return r.message;
    if (!r.valid) return `NIK tidak sah: ${r.errors.join(' ')}`;
    return r.sex === 'P' ? 'Perempuan' : 'Laki-laki';
  });
}

/**
 * Nama kecamatan tempat NIK diterbitkan (digit 1-6).
 *
 * @param {string|Array<Array<string>>} nik NIK atau rentang NIK.
 * @return Nama kecamatan, atau kodenya bila di luar Kabupaten Magetan.
 * @customfunction
 */
export function KEC_NIK(nik: CellInput): CellOutput {
  return eachCell(nik, (v) => {
    const r = readNik(v, STRUCTURE_ONLY);
    if ('message' in r) return r.message;
    if (!r.valid) return `NIK tidak sah: ${r.errors.join(' ')}`;
    return kecamatanName(r.kecamatan) || `${r.kecamatan} (di luar Kabupaten Magetan)`;
  });
}

/**
 * NIK tersamar: tanggal lahir dan jenis kelamin disembunyikan (352005******0001).
 *
 * @param {string|Array<Array<string>>} nik NIK atau rentang NIK.
 * @return NIK tersamar.
 * @customfunction
 */
export function MASK_NIK(nik: CellInput): CellOutput {
  return eachCell(nik, (v) => {
    const t = nikText(v);
    if ('message' in t) return t.message;
    return maskNik(t.nik) || 'NIK harus 16 digit.';
  });
}

/**
 * Angka dalam huruf (terbilang), huruf kecil, mis. "lima juta".
 *
 * @param {number|Array<Array<number>>} angka Angka atau rentang angka.
 * @param {boolean} [rupiah] TRUE untuk menambahkan "rupiah" (dan "sen").
 * @return Terbilang.
 * @customfunction
 */
export function TERBILANG(angka: CellInput, rupiah?: CellValue): CellOutput {
  return eachCell(angka, (v) => {
    const x = cellNumber(v);
    if ('message' in x) return x.message;
    if (rupiah === true) {
      const text = rupiahTerbilang(x.n);
      return text.startsWith('(') ? text.slice(1, -1) : text;
    }
    const r = tryTerbilang(x.n);
    return r.ok ? r.text : r.error;
  });
}

/**
 * Jumlah dalam format Rupiah, mis. "Rp5.000.000,00".
 *
 * @param {number|Array<Array<number>>} angka Jumlah atau rentang jumlah.
 * @param {boolean} [dengan_terbilang] TRUE untuk menambahkan terbilang: "Rp5.000.000,00 (lima juta rupiah)".
 * @return Teks Rupiah.
 * @customfunction
 */
export function RUPIAH(angka: CellInput, dengan_terbilang?: CellValue): CellOutput {
  return eachCell(angka, (v) => {
    const x = cellNumber(v);
    if ('message' in x) return x.message;
    return dengan_terbilang === true ? formatRupiahTerbilang(x.n) : formatRupiah(x.n);
  });
}

/**
 * Tanggal dalam format surat, mis. "5 Juni 2023".
 *
 * @param {Date|string|Array<Array<Date>>} tanggal Tanggal atau rentang tanggal.
 * @param {boolean} [nol_di_depan] TRUE untuk "05 Juni 2023".
 * @return Tanggal berbahasa Indonesia.
 * @customfunction
 */
export function TANGGAL_ID(tanggal: CellInput, nol_di_depan?: CellValue): CellOutput {
  return eachCell(tanggal, (v) => {
    const d = cellDate(v);
    return 'message' in d
      ? d.message
      : formatTanggal(d.iso, { leadingZero: nol_di_depan === true });
  });
}

/** The days off: the given range of dates, or the bundled national calendar. */
function daysOff(
  libur: CellInput | undefined,
): { dates: string[]; bundled: boolean } | { message: string } {
  if (libur === undefined || isEmpty(libur as CellValue)) {
    return { dates: holidayDates(HARI_LIBUR), bundled: true };
  }
  const dates: string[] = [];
  for (const row of Array.isArray(libur) ? libur : [[libur]]) {
    for (const v of Array.isArray(row) ? row : [row]) {
      if (isEmpty(v)) continue;
      const d = cellDate(v);
      if ('message' in d) return { message: `Daftar hari libur: ${d.message}` };
      dates.push(d.iso);
    }
  }
  return { dates, bundled: false };
}

/**
 * Tanggal setelah sejumlah hari kerja (Senin-Jumat, di luar hari libur), dihitung mulai hari
 * berikutnya. Tanpa daftar libur dipakai kalender libur nasional dan cuti bersama bawaan; bila
 * kalender tahun yang dilalui belum lengkap, hasilnya teks dengan peringatan.
 *
 * @param {Date|string|Array<Array<Date>>} mulai Tanggal mulai, satu sel atau rentang.
 * @param {number|Array<Array<number>>} jumlah Jumlah hari kerja, satu sel atau rentang sebesar tanggal.
 * @param {Array<Array<Date>>} [libur] Rentang tanggal libur (opsional).
 * @return Tanggal jatuh tempo.
 * @customfunction
 */
export function HARI_KERJA(mulai: CellInput, jumlah: CellInput, libur?: CellInput): CellOutput {
  const off = daysOff(libur);
  return eachPair(mulai, jumlah, (s, n) => {
    if ('message' in off) return off.message;
    const start = cellDate(s);
    if ('message' in start) return start.message;
    const count = cellNumber(n);
    if ('message' in count) return count.message;
    if (!Number.isInteger(count.n)) return 'Jumlah hari kerja harus bilangan bulat.';
    const due = addWorkingDays(start.iso, count.n, off.dates);
    if (!due) return 'Jumlah hari kerja terlalu besar.';
    const warnings = off.bundled ? calendarWarnings(HARI_LIBUR, start.iso, due) : [];
    return warnings.length > 0
      ? `${formatTanggal(due)} (peringatan: ${warnings.join(' ')})`
      : (jakartaMidnight(due) as Date);
  });
}

/**
 * Jumlah hari kerja dari tanggal awal (tidak dihitung) sampai tanggal akhir (dihitung).
 *
 * @param {Date|string|Array<Array<Date>>} awal Tanggal awal.
 * @param {Date|string|Array<Array<Date>>} akhir Tanggal akhir.
 * @param {Array<Array<Date>>} [libur] Rentang tanggal libur (opsional; bawaan: kalender nasional).
 * @return Jumlah hari kerja.
 * @customfunction
 */
export function JUMLAH_HARI_KERJA(
  awal: CellInput,
  akhir: CellInput,
  libur?: CellInput,
): CellOutput {
  const off = daysOff(libur);
  return eachPair(awal, akhir, (a, b) => {
    if ('message' in off) return off.message;
    const from = cellDate(a);
    if ('message' in from) return from.message;
    const to = cellDate(b);
    if ('message' in to) return to.message;
    return workingDaysBetween(from.iso, to.iso, off.dates);
  });
}
