/** Indonesian formats: Rupiah, Rupiah with terbilang, and dates as letters write them. */
import {
  formatRupiah,
  formatRupiahTerbilang,
  formatTanggal,
  rupiahTerbilang,
} from '../../src/domain';

describe('formatRupiah', () => {
  it.each`
    n                | text
    ${5000000}       | ${'Rp5.000.000,00'}
    ${0}             | ${'Rp0,00'}
    ${999}           | ${'Rp999,00'}
    ${1000}          | ${'Rp1.000,00'}
    ${1500.5}        | ${'Rp1.500,50'}
    ${1500.999}      | ${'Rp1.501,00'}
    ${-250000}       | ${'-Rp250.000,00'}
    ${1234567890123} | ${'Rp1.234.567.890.123,00'}
  `('$n → $text', ({ n, text }) => {
    expect(formatRupiah(n)).toBe(text);
  });

  it.each([NaN, Infinity, '5000'])('%p gives a message, not an exception', (n) => {
    expect(formatRupiah(n as number)).toMatch(/^\(jumlah rupiah tidak sah/);
  });
});

describe('rupiah with terbilang', () => {
  it.each`
    n          | text
    ${5000000} | ${'Rp5.000.000,00 (lima juta rupiah)'}
    ${1500.5}  | ${'Rp1.500,50 (seribu lima ratus rupiah lima puluh sen)'}
    ${1000000} | ${'Rp1.000.000,00 (satu juta rupiah)'}
    ${-1000}   | ${'-Rp1.000,00 (minus seribu rupiah)'}
  `('$n → $text', ({ n, text }) => {
    expect(formatRupiahTerbilang(n)).toBe(text);
  });

  it('bad amounts give one message', () => {
    expect(formatRupiahTerbilang(NaN)).toBe('(jumlah rupiah tidak sah: "NaN")');
    expect(rupiahTerbilang(NaN)).toBe('(jumlah rupiah tidak sah: "NaN")');
  });
});

describe('formatTanggal', () => {
  it.each`
    iso             | options                                     | text
    ${'2023-06-05'} | ${{}}                                       | ${'5 Juni 2023'}
    ${'2023-06-05'} | ${{ leadingZero: true }}                    | ${'05 Juni 2023'}
    ${'2023-06-05'} | ${{ withWeekday: true }}                    | ${'Senin, 5 Juni 2023'}
    ${'2026-03-13'} | ${{ withWeekday: true, leadingZero: true }} | ${"Jum'at, 13 Maret 2026"}
    ${'2024-02-29'} | ${{}}                                       | ${'29 Februari 2024'}
    ${'2025-12-31'} | ${{}}                                       | ${'31 Desember 2025'}
  `('$iso $options → $text', ({ iso, options, text }) => {
    expect(formatTanggal(iso, options)).toBe(text);
  });

  it.each(['2023-02-29', '5 Juni 2023', '', null])('%p is not a date: a message', (v) => {
    expect(formatTanggal(v as string)).toMatch(/^\(tanggal tidak sah/);
  });
});
