/**
 * The working-day calendar (hari kerja: Monday-Friday minus libur nasional and cuti bersama)
 * and the due dates of SOP steps, on the holiday list of shared/data/hari-libur.csv.
 */
import fc from 'fast-check';
import {
  addDays,
  addWorkingDays,
  calendarWarnings,
  dueDateMinutes,
  dueDateWorkingDays,
  HARI_LIBUR,
  holidayDates,
  isWorkingDay,
  stepDue,
  workingDaysBetween,
  workingDaysElapsed,
  type HolidayCalendar,
} from '../../src/domain';

const libur = holidayDates(HARI_LIBUR);
const liburTanpaCuti = holidayDates(HARI_LIBUR, { countCutiBersama: false });

describe('addWorkingDays counts from the day after the start', () => {
  it.each`
    reading                                                                           | start           | days  | holidays          | due
    ${'Friday 13 March 2026 + 5 working days over Lebaran 2026 is 27 March 2026'}     | ${'2026-03-13'} | ${5}  | ${libur}          | ${'2026-03-27'}
    ${'the same without cuti bersama is 23 March 2026 (only Nyepi 19 March is off)'}  | ${'2026-03-13'} | ${5}  | ${liburTanpaCuti} | ${'2026-03-23'}
    ${'Friday + 1 working day is Monday'}                                             | ${'2026-03-06'} | ${1}  | ${libur}          | ${'2026-03-09'}
    ${'a start on Saturday of Lebaran + 1 is Wednesday 25 March 2026'}                | ${'2026-03-21'} | ${1}  | ${libur}          | ${'2026-03-25'}
    ${'0 working days is the start itself'}                                           | ${'2026-03-21'} | ${0}  | ${libur}          | ${'2026-03-21'}
    ${'15 working days from 1 December 2025 skip Christmas and cuti bersama'}         | ${'2025-12-01'} | ${15} | ${libur}          | ${'2025-12-22'}
    ${'counting backwards: 1 working day before Wednesday 25 March 2026 is 17 March'} | ${'2026-03-25'} | ${-1} | ${libur}          | ${'2026-03-17'}
    ${'without holidays, weekends only'}                                              | ${'2026-03-13'} | ${5}  | ${[]}             | ${'2026-03-20'}
  `('$reading', ({ start, days, holidays, due }) => {
    expect(addWorkingDays(start, days, holidays)).toBe(due);
  });

  it.each`
    start           | days
    ${'2026-02-30'} | ${5}
    ${'13/03/2026'} | ${5}
    ${'2026-03-13'} | ${1.5}
    ${'2026-03-13'} | ${NaN}
    ${'2026-03-13'} | ${1e9}
  `('$start + $days is no date: empty string, no exception', ({ start, days }) => {
    expect(addWorkingDays(start, days, libur)).toBe('');
  });

  it('ignores entries of the holiday list that are not dates', () => {
    expect(addWorkingDays('2026-03-13', 5, ['Lebaran', '', ...libur])).toBe('2026-03-27');
  });
});

describe('working days between two dates', () => {
  it.each`
    from            | to              | days
    ${'2026-03-13'} | ${'2026-03-27'} | ${5}
    ${'2026-03-13'} | ${'2026-03-13'} | ${0}
    ${'2026-03-27'} | ${'2026-03-13'} | ${-5}
    ${'2026-03-17'} | ${'2026-03-24'} | ${0}
  `('$from → $to = $days', ({ from, to, days }) => {
    expect(workingDaysBetween(from, to, libur)).toBe(days);
  });

  it('an invalid date gives NaN', () => {
    expect(workingDaysBetween('2026-13-01', '2026-03-13', libur)).toBeNaN();
  });

  it('isWorkingDay: Lebaran cuti bersama, Nyepi and a Sunday are off; a Monday is not', () => {
    expect(isWorkingDay('2026-03-20', libur)).toBe(false);
    expect(isWorkingDay('2026-03-19', libur)).toBe(false);
    expect(isWorkingDay('2026-03-22', libur)).toBe(false);
    expect(isWorkingDay('2026-03-16', libur)).toBe(true);
    expect(isWorkingDay('2026-03-20', liburTanpaCuti)).toBe(true);
  });
});

describe('calendar properties', () => {
  const dates = fc.integer({ min: 0, max: 3 * 365 }).map((i) => addDays('2025-01-01', i));

  it('addWorkingDays lands on a working day and workingDaysBetween counts it back', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 400 }), fc.boolean(), (start, n, cuti) => {
        const h = holidayDates(HARI_LIBUR, { countCutiBersama: cuti });
        const due = addWorkingDays(start, n, h);
        expect(isWorkingDay(due, h)).toBe(true);
        expect(due > start).toBe(true);
        expect(workingDaysBetween(start, due, h)).toBe(n);
        expect(workingDaysBetween(due, start, h)).toBe(-n);
        expect(addWorkingDays(start, n + 1, h) > due).toBe(true);
        expect(addWorkingDays(start, -n, h) < start).toBe(true);
        if (isWorkingDay(start, h)) expect(addWorkingDays(due, -n, h)).toBe(start);
      }),
    );
  });

  it('without holidays, 5 working days from a weekday are exactly one week', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 50 }), (start, weeks) => {
        fc.pre(isWorkingDay(start, []));
        expect(addWorkingDays(start, 5 * weeks, [])).toBe(addDays(start, 7 * weeks));
      }),
    );
  });

  it('holidays never make a due date earlier', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 100 }), (start, n) => {
        expect(addWorkingDays(start, n, libur) >= addWorkingDays(start, n, [])).toBe(true);
      }),
    );
  });
});

describe('due dates warn when the holiday list of a year is not complete', () => {
  it('2025 and 2026 are complete: no warning', () => {
    expect(dueDateWorkingDays('2026-03-13', 5, HARI_LIBUR)).toEqual({
      ok: true,
      value: '2026-03-27',
      warnings: [],
    });
  });

  it('a due date in 2027 warns that its list is not complete yet', () => {
    const r = dueDateWorkingDays('2026-12-20', 10, HARI_LIBUR);
    expect(r).toMatchObject({ ok: true, value: '2027-01-06' });
    if (r.ok)
      expect(r.warnings).toEqual([expect.stringMatching(/hari libur tahun 2027 belum lengkap/)]);
  });

  it('a year missing from the list warns that it is not filled at all', () => {
    expect(calendarWarnings(HARI_LIBUR, '2030-01-02', '2030-01-10')).toEqual([
      expect.stringMatching(/tahun 2030 belum diisi/),
    ]);
  });

  it('a span over several years warns for each incomplete year', () => {
    expect(calendarWarnings(HARI_LIBUR, '2026-01-01', '2028-01-01')).toHaveLength(2);
  });

  it('an office calendar marking 2027 complete gives no warning', () => {
    const cal: HolidayCalendar = {
      ...HARI_LIBUR,
      completeYears: [2025, 2026, 2027],
      incompleteYears: [],
    };
    expect(dueDateWorkingDays('2026-12-20', 10, cal)).toMatchObject({ warnings: [] });
  });

  it('elapsed working days carry the same warnings', () => {
    expect(workingDaysElapsed('2026-03-13', '2026-03-27', HARI_LIBUR)).toEqual({
      ok: true,
      value: 5,
      warnings: [],
    });
    expect(workingDaysElapsed('2026-13-13', '2026-03-27', HARI_LIBUR)).toMatchObject({ ok: false });
  });

  it.each`
    start           | days   | error
    ${'2026-02-30'} | ${5}   | ${/Tanggal mulai/}
    ${'2026-03-13'} | ${-1}  | ${/bilangan bulat 0 atau lebih/}
    ${'2026-03-13'} | ${2.5} | ${/bilangan bulat/}
  `('bad input $start + $days is explained', ({ start, days, error }) => {
    const r = dueDateWorkingDays(start, days, HARI_LIBUR);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join(' ')).toMatch(error);
  });
});

describe('due times of minute standards count office hours (07:30-16:00) on working days', () => {
  it.each`
    reading                                                           | start                 | minutes | due
    ${'5 minutes at 10:00 on a working day'}                          | ${'2026-03-16T10:00'} | ${5}    | ${'2026-03-16T10:05'}
    ${'15 minutes at 15:50 before Nyepi continue after Lebaran'}      | ${'2026-03-17T15:50'} | ${15}   | ${'2026-03-25T07:35'}
    ${'15 minutes started on a Saturday begin on Monday at opening'}  | ${'2026-03-07T09:00'} | ${15}   | ${'2026-03-09T07:45'}
    ${'before opening, counting starts at opening'}                   | ${'2026-03-16T06:00'} | ${5}    | ${'2026-03-16T07:35'}
    ${'ending exactly at closing stays that day'}                     | ${'2026-03-16T15:45'} | ${15}   | ${'2026-03-16T16:00'}
    ${'0 minutes is the start'}                                       | ${'2026-03-16T10:00'} | ${0}    | ${'2026-03-16T10:00'}
    ${'a full office day (510 minutes) from opening ends at closing'} | ${'2026-03-16T07:30'} | ${510}  | ${'2026-03-16T16:00'}
  `('$reading', ({ start, minutes, due }) => {
    expect(dueDateMinutes(start, minutes, HARI_LIBUR)).toEqual({
      ok: true,
      value: due,
      warnings: [],
    });
  });

  it('office hours are a setting', () => {
    expect(
      dueDateMinutes('2026-03-16T15:50', 15, HARI_LIBUR, { open: '08:00', close: '17:00' }),
    ).toMatchObject({
      value: '2026-03-16T16:05',
    });
    expect(
      dueDateMinutes('2026-03-16T15:50', 15, HARI_LIBUR, { open: '17:00', close: '08:00' }),
    ).toMatchObject({
      ok: false,
    });
  });

  it.each(['2026-03-16', '2026-03-16 10:00', '2026-03-16T25:00'])(
    '"%s" is not a start time',
    (start) => {
      expect(dueDateMinutes(start, 5, HARI_LIBUR)).toMatchObject({ ok: false });
    },
  );

  it('stepDue: a working-day step ends at closing time of its last day; a minute step in office minutes', () => {
    expect(stepDue({ amount: 1, unit: 'hari_kerja' }, '2026-03-13T09:00', HARI_LIBUR)).toEqual({
      ok: true,
      value: '2026-03-16T16:00',
      warnings: [],
    });
    expect(stepDue({ amount: 15, unit: 'menit' }, '2026-03-13T09:00', HARI_LIBUR)).toMatchObject({
      value: '2026-03-13T09:15',
    });
    expect(
      stepDue({ amount: 1, unit: 'jam' as 'menit' }, '2026-03-13T09:00', HARI_LIBUR),
    ).toMatchObject({
      ok: false,
    });
  });
});
