/** Group names in letter titles: "Kelompok" is never printed twice. */
import { groupTitle } from '../../src/letters/views';

describe('groupTitle', () => {
  it.each([
    ['Kelompok Melati', 'Kelompok WRSE', 'Kelompok WRSE Melati'],
    ['kelompok  Mawar', 'Kelompok', 'Kelompok Mawar'],
    ['Melati "Sejahtera" & Mandiri', 'Kelompok', 'Kelompok Melati "Sejahtera" & Mandiri'],
    ['Kelompoknya Sendiri', 'Kelompok', 'Kelompok Kelompoknya Sendiri'],
  ])('%s after "%s" reads "%s"', (group, title, expected) => {
    expect(groupTitle(group, title)).toBe(expected);
  });
});
