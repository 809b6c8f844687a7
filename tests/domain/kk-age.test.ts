/** KK numbers (plausible date, no +40) and age in completed years on the receipt date. */
import { ageOn, parseKk } from '../../src/domain';

describe('parseKk', () => {
  it.each`
    reading                                     | kk                       | issueDate       | warnings
    ${'a KK issued 12 March 2015 in Kawedanan'} | ${'3520051203150007'}    | ${'2015-03-12'} | ${0}
    ${'pasted with spaces'}                     | ${'3520 0512 0315 0007'} | ${'2015-03-12'} | ${0}
    ${'issued outside Magetan: a warning'}      | ${'3578011203150007'}    | ${'2015-03-12'} | ${1}
  `('$reading', ({ kk, issueDate, warnings }) => {
    const r = parseKk(kk, '2023-06-05');
    expect(r).toMatchObject({ valid: true, issueDate });
    if (r.valid) expect(r.warnings).toHaveLength(warnings);
  });

  it.each`
    reading                                 | kk                    | error
    ${'a KK has no +40: day 52 is no date'} | ${'3520055203150007'} | ${/tidak memakai tambahan 40/}
    ${'31 June does not exist'}             | ${'3520053106150007'} | ${/bukan tanggal yang ada/}
    ${'15 digits'}                          | ${'352005120315000'}  | ${/Nomor KK harus 16 digit/}
  `('$reading', ({ kk, error }) => {
    const r = parseKk(kk, '2023-06-05');
    expect(r.valid).toBe(false);
    if (!r.valid) expect(r.errors.join(' ')).toMatch(error);
  });
});

describe('ageOn: completed years on the receipt date', () => {
  it.each`
    reading                                                 | birth           | on              | age
    ${'58 years and 364 days is still 58'}                  | ${'1964-06-06'} | ${'2023-06-05'} | ${58}
    ${'59 on the 59th birthday'}                            | ${'1964-06-05'} | ${'2023-06-05'} | ${59}
    ${'born today is 0'}                                    | ${'2023-06-05'} | ${'2023-06-05'} | ${0}
    ${'born 29 Feb: not a year older on 28 Feb'}            | ${'1964-02-29'} | ${'2023-02-28'} | ${58}
    ${'born 29 Feb: a year older on 1 March'}               | ${'1964-02-29'} | ${'2023-03-01'} | ${59}
    ${'born 29 Feb: a year older on 29 Feb of a leap year'} | ${'1964-02-29'} | ${'2024-02-29'} | ${60}
  `('$reading', ({ birth, on, age }) => {
    expect(ageOn(birth, on)).toBe(age);
  });

  it.each([
    ['1964-02-30', '2023-06-05'],
    ['1964-06-05', 'kemarin'],
    ['2024-01-01', '2023-06-05'],
  ])('%s on %s is not an age: NaN', (birth, on) => {
    expect(ageOn(birth, on)).toBeNaN();
  });
});
