/**
 * Numbers a person left as text in a cell (a plain-text cell, or one Sheets did not read as a
 * number) are read the Indonesian way or refused: dots group thousands, a comma marks decimals.
 * "2.5" is text in an in_ID spreadsheet (tests/emulator/typedNumbers.test.ts) and neither 25 nor
 * 2.5 is a safe guess, so it is refused with the field's name.
 */
import { col } from '../../src/app/register/columns';
import { fromCell } from '../../src/app/register/cells';

const where = () => 'Tab "Kasus", baris 5';
const money = col.money('Jumlah RAB');
const count = col.int('Jumlah Anggota');

test.each([
  [money, '1.500.000', 1_500_000],
  [money, '1500000', 1_500_000],
  [money, '2.500.000,50', 2_500_000.5],
  [money, ' 750.000 ', 750_000],
  [count, '12', 12],
  [count, 10, 10],
  [money, '', null],
])('%p %p reads as %p', (column, cell, expected) => {
  expect(fromCell(column, cell, where)).toBe(expected);
});

test.each([
  [money, '2.5'],
  [money, '1,500,000'],
  [money, 'Rp1.500.000'],
  [money, '1.5000'],
  [count, '2,5'],
  [count, 'dua belas'],
])('%p %p is refused, naming the field', (column, cell) => {
  expect(() => fromCell(column, cell, where)).toThrow(
    new RegExp(`Tab "Kasus", baris 5: kolom "${column.header}" harus berisi`),
  );
});
