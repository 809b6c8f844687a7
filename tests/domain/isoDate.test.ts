/** ISO dates and the reading of Sheets dates in Asia/Jakarta (UTC+7, no daylight saving). */
import fc from 'fast-check';
import {
  addDays,
  fromDayNumber,
  isIsoDate,
  isoDateInJakarta,
  jakartaMidnight,
  toDayNumber,
  weekdayOf,
} from '../../src/domain';

describe('isoDateInJakarta', () => {
  it.each`
    instant                       | date
    ${'2023-06-04T16:59:59.999Z'} | ${'2023-06-04'}
    ${'2023-06-04T17:00:00.000Z'} | ${'2023-06-05'}
    ${'2023-06-05T16:59:59.999Z'} | ${'2023-06-05'}
    ${'1968-08-06T17:00:00.000Z'} | ${'1968-08-07'}
    ${'2024-02-28T17:00:00.000Z'} | ${'2024-02-29'}
  `('$instant is $date in Magetan', ({ instant, date }) => {
    expect(isoDateInJakarta(new Date(instant))).toBe(date);
  });

  it('an invalid Date or a non-Date is no date', () => {
    expect(isoDateInJakarta(new Date('x'))).toBe('');
    expect(isoDateInJakarta('2023-06-05' as unknown as Date)).toBe('');
  });

  it('property: midnight in Jakarta of a date reads back as that date', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25000, max: 40000 }), (day) => {
        const iso = fromDayNumber(day);
        expect(isoDateInJakarta(jakartaMidnight(iso) as Date)).toBe(iso);
        expect(toDayNumber(iso)).toBe(day);
      }),
    );
  });
});

describe('ISO date helpers', () => {
  it.each`
    value           | valid
    ${'2024-02-29'} | ${true}
    ${'2023-02-29'} | ${false}
    ${'2000-02-29'} | ${true}
    ${'1900-02-29'} | ${false}
    ${'2023-6-5'}   | ${false}
    ${20230605}     | ${false}
  `('isIsoDate($value) is $valid', ({ value, valid }) => {
    expect(isIsoDate(value)).toBe(valid);
  });

  it('weekdays and day arithmetic', () => {
    expect(weekdayOf('2026-03-13')).toBe(5);
    expect(weekdayOf('2023-06-05')).toBe(1);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('nope', 1)).toBe('');
    expect(jakartaMidnight('2023-02-30')).toBeNull();
  });
});
