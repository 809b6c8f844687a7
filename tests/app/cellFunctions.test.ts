/**
 * The custom functions staff type in cells: one cell or a range in, the same shape out; values
 * as Sheets passes them (text, number, Date, '' for empty); a message instead of an exception.
 */
import {
  HARI_KERJA,
  JK_NIK,
  JUMLAH_HARI_KERJA,
  KEC_NIK,
  MASK_NIK,
  NIK_KETERANGAN,
  NIK_VALID,
  RUPIAH,
  TANGGAL_ID,
  TERBILANG,
  TGL_LAHIR_NIK,
  USIA_NIK,
  cellDate,
  cellNumber,
} from '../../src/app/cellFunctions';

/** A date cell as Apps Script passes it from a register in Asia/Jakarta: 00:00 WIB. */
const cell = (iso: string) => new Date(`${iso}T00:00:00+07:00`);
const NIK = '3520054708680001';

describe('NIK functions on one cell', () => {
  it.each`
    fn                | args                         | out
    ${NIK_VALID}      | ${[NIK]}                     | ${true}
    ${NIK_VALID}      | ${['3520053102680001']}      | ${false}
    ${NIK_VALID}      | ${['3520 0547 0868 0001']}   | ${true}
    ${JK_NIK}         | ${[NIK]}                     | ${'Perempuan'}
    ${JK_NIK}         | ${['3520050708680001']}      | ${'Laki-laki'}
    ${KEC_NIK}        | ${[NIK]}                     | ${'Kawedanan'}
    ${KEC_NIK}        | ${['3502014708680001']}      | ${'35.02.01 (di luar Kabupaten Magetan)'}
    ${MASK_NIK}       | ${[NIK]}                     | ${'352005******0001'}
    ${USIA_NIK}       | ${[NIK, cell('2026-03-13')]} | ${57}
    ${USIA_NIK}       | ${[NIK, '2026-08-07']}       | ${58}
    ${USIA_NIK}       | ${[NIK, '7/8/2027']}         | ${59}
    ${NIK_KETERANGAN} | ${[NIK, cell('2023-06-05')]} | ${'Sah: perempuan, lahir 7 Agustus 1968, kecamatan Kawedanan (35.20.05), nomor urut 0001.'}
    ${NIK_KETERANGAN} | ${[NIK]}                     | ${"Sah: perempuan, lahir 7 Agustus '68, kecamatan Kawedanan (35.20.05), nomor urut 0001."}
  `('$fn.name($args) = $out', ({ fn, args, out }) => {
    expect(fn(...args)).toEqual(out);
  });

  it('TGL_LAHIR_NIK gives a date cell at 00:00 WIB', () => {
    expect(TGL_LAHIR_NIK(NIK, cell('2023-06-05'))).toEqual(cell('1968-08-07'));
  });

  it('a NIK that arrived as a number lost digits: the cell says so', () => {
    // Sheets keeps 15 significant digits: 3520054708680001 typed in a number cell arrives so.
    const asSheetsGivesIt = 3520054708680000;
    for (const fn of [NIK_VALID, JK_NIK, MASK_NIK, KEC_NIK]) {
      expect(fn(asSheetsGivesIt)).toMatch(
        /NIK terbaca sebagai angka \(3520054708680000\).*Teks biasa/,
      );
    }
    expect(USIA_NIK(asSheetsGivesIt, '2026-03-13')).toMatch(/terbaca sebagai angka/);
  });

  it('an empty cell stays empty', () => {
    expect(NIK_VALID('')).toBe('');
    expect(USIA_NIK('', '2026-03-13')).toBe('');
    expect(TERBILANG('')).toBe('');
  });

  it('an invalid NIK says why, in Indonesian', () => {
    expect(NIK_KETERANGAN('3520053102680001')).toMatch(/^Tidak sah: .*31 Februari/);
    expect(USIA_NIK('3520054708680000', '2026-03-13')).toMatch(/^NIK tidak sah: .*0000/);
    expect(MASK_NIK('123')).toBe('NIK harus 16 digit.');
  });

  it('USIA_NIK needs a reference date', () => {
    expect(USIA_NIK(NIK, '')).toBe('Isi tanggal acuan.');
    expect(USIA_NIK(NIK, 'besok')).toMatch(/"besok" bukan tanggal/);
  });
});

describe('ranges: the same shape comes back', () => {
  it('NIK_VALID over a column with an empty row and a number', () => {
    expect(NIK_VALID([[NIK], [''], ['3520053102680001'], [3520054708680000]])).toEqual([
      [true],
      [''],
      [false],
      [expect.stringMatching(/terbaca sebagai angka/)],
    ]);
  });

  it('USIA_NIK: a column of NIKs with one reference date, or with a column of dates', () => {
    const niks = [[NIK], ['3520056702640002']];
    expect(USIA_NIK(niks, cell('2023-06-05'))).toEqual([[54], [59]]);
    expect(USIA_NIK(niks, [[cell('2023-06-05')], [cell('2024-02-26')]])).toEqual([[54], [59]]);
    expect(USIA_NIK(niks, [[cell('2023-06-05')]])).toEqual([
      [54],
      ['Ukuran kedua rentang harus sama.'],
    ]);
  });

  it('TERBILANG and RUPIAH over a row', () => {
    expect(TERBILANG([[5000000, 1011, 'abc']])).toEqual([
      ['lima juta', 'seribu sebelas', '"abc" bukan angka.'],
    ]);
    expect(RUPIAH([[5000000, '1.500,5']])).toEqual([['Rp5.000.000,00', 'Rp1.500,50']]);
  });
});

describe('formats', () => {
  it.each`
    fn            | args                          | out
    ${TERBILANG}  | ${[5000000]}                  | ${'lima juta'}
    ${TERBILANG}  | ${[5000000, true]}            | ${'lima juta rupiah'}
    ${TERBILANG}  | ${['Rp5.000.000,00']}         | ${'lima juta'}
    ${TERBILANG}  | ${[1e16]}                     | ${'Angka 10000000000000000 terlalu besar untuk dieja dengan tepat.'}
    ${RUPIAH}     | ${[5000000]}                  | ${'Rp5.000.000,00'}
    ${RUPIAH}     | ${[5000000, true]}            | ${'Rp5.000.000,00 (lima juta rupiah)'}
    ${TANGGAL_ID} | ${[cell('2023-06-05')]}       | ${'5 Juni 2023'}
    ${TANGGAL_ID} | ${[cell('2023-06-05'), true]} | ${'05 Juni 2023'}
    ${TANGGAL_ID} | ${['2023-06-05']}             | ${'5 Juni 2023'}
    ${TANGGAL_ID} | ${[45082]}                    | ${'5 Juni 2023'}
    ${TANGGAL_ID} | ${['30/2/2023']}              | ${expect.stringMatching(/bukan tanggal/)}
    ${TANGGAL_ID} | ${[true]}                     | ${'Sel ini tidak berisi tanggal.'}
  `('$fn.name($args) = $out', ({ fn, args, out }) => {
    expect(fn(...args)).toEqual(out);
  });
});

describe('working days in cells', () => {
  it('Friday 13 March 2026 + 5 working days over Lebaran 2026 is 27 March 2026', () => {
    expect(HARI_KERJA(cell('2026-03-13'), 5)).toEqual(cell('2026-03-27'));
    expect(JUMLAH_HARI_KERJA(cell('2026-03-13'), cell('2026-03-27'))).toBe(5);
  });

  it('an own holiday range replaces the national calendar', () => {
    expect(HARI_KERJA(cell('2026-03-13'), 5, [[cell('2026-03-16')], ['']])).toEqual(
      cell('2026-03-23'),
    );
    expect(JUMLAH_HARI_KERJA(cell('2026-03-13'), cell('2026-03-27'), [['libur']])).toMatch(
      /Daftar hari libur/,
    );
  });

  it('a due date in 2027 carries the warning that the calendar is not complete', () => {
    expect(HARI_KERJA('2026-12-20', 10)).toMatch(
      /^6 Januari 2027 \(peringatan: .*2027 belum lengkap/,
    );
  });

  it('bad numbers of days are explained', () => {
    expect(HARI_KERJA('2026-03-13', 1.5)).toBe('Jumlah hari kerja harus bilangan bulat.');
    expect(HARI_KERJA('2026-03-13', 'lima')).toBe('"lima" bukan angka.');
  });
});

describe('reading cell values', () => {
  it.each`
    value                | n
    ${'5.000.000'}       | ${5000000}
    ${'Rp 5.000.000,00'} | ${5000000}
    ${'1500,5'}          | ${1500.5}
    ${'1500.5'}          | ${1500.5}
    ${'-Rp1.000'}        | ${-1000}
  `('cellNumber($value) = $n', ({ value, n }) => {
    expect(cellNumber(value)).toEqual({ n });
  });

  it.each`
    value                 | iso
    ${cell('2023-06-05')} | ${'2023-06-05'}
    ${'05-06-2023'}       | ${'2023-06-05'}
    ${45082}              | ${'2023-06-05'}
  `('cellDate($value) = $iso', ({ value, iso }) => {
    expect(cellDate(value)).toEqual({ iso });
  });

  it('no function throws on odd values', () => {
    const odd = [null, undefined, {}, NaN, new Date('x'), [[{}]], [['']], [[]], ['x']];
    const fns = [
      NIK_VALID,
      NIK_KETERANGAN,
      JK_NIK,
      KEC_NIK,
      MASK_NIK,
      TERBILANG,
      RUPIAH,
      TANGGAL_ID,
    ];
    for (const fn of fns) for (const v of odd) expect(() => fn(v as never)).not.toThrow();
    for (const v of odd) {
      expect(() => USIA_NIK(v as never, v as never)).not.toThrow();
      expect(() => HARI_KERJA(v as never, v as never, v as never)).not.toThrow();
      expect(() => JUMLAH_HARI_KERJA(v as never, v as never, v as never)).not.toThrow();
      expect(() => TGL_LAHIR_NIK(v as never, v as never)).not.toThrow();
    }
  });
});
