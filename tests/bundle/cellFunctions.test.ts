/**
 * The custom functions staff type in cells, run from the shipped bundle as Sheets runs them:
 * values arrive as Sheets gives them (strings, numbers, Date for date cells, 2-D arrays for
 * ranges), and come back the same shape.
 */
import { newRegister } from '../support/register';

describe('custom functions in dist/Code.js', () => {
  const register = newRegister();

  it('USIA_NIK: a woman born 7 August 1968 is 54 on 5 June 2023 (day 47 in the NIK)', () => {
    const receipt = new Date('2023-06-04T17:00:00.000Z'); // 5 June 2023, 00:00 WIB
    const r = register.run('USIA_NIK', '', ['3520054708680001', receipt]);
    expect(r.error).toBeNull();
    expect(r.value).toBe(54);
  });

  it('NIK_VALID and JK_NIK work on a range and return the same shape', () => {
    const range = [['3520054708680001'], ['3520050708680002'], ['']];
    expect(register.run('NIK_VALID', '', [range]).value).toEqual([[true], [true], ['']]);
    expect(register.run('JK_NIK', '', [range]).value).toEqual([['Perempuan'], ['Laki-laki'], ['']]);
  });

  it('TERBILANG and RUPIAH write amounts as a letter needs them', () => {
    expect(register.run('TERBILANG', '', [5000000]).value).toBe('lima juta');
    expect(register.run('RUPIAH', '', [5000000, true]).value).toBe(
      'Rp5.000.000,00 (lima juta rupiah)',
    );
  });

  it('a NIK that Sheets turned into a number gets a message, not a wrong answer', () => {
    const r = register.run('NIK_VALID', '', [3520054708680000]);
    expect(typeof r.value).toBe('string');
    expect(String(r.value)).toMatch(/15 digit|teks/);
  });
});
