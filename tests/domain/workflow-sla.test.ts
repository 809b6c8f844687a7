/**
 * SLA clocks of the SOP steps on the office calendar (src/domain/data/holidays.ts: 2026 with
 * Nyepi and Lebaran in March, cuti bersama counted as days off), office hours 07:30-16:00 from
 * the rule set, Asia/Jakarta (UTC+7).
 */
import {
  DEFAULT_RULE_SETTINGS,
  HARI_LIBUR,
  parseStepTable,
  slaStatus,
  sopTotals,
  sortWork,
  stepDueOn,
  type StepDef,
  type WorkItem,
} from '../../src/domain';
import { SOP_STEP_SEEDS } from '../../src/app/register/seeds';

const parsed = parseStepTable([...SOP_STEP_SEEDS]);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const steps = parsed.steps;
const step = (code: string): StepDef => {
  const s = steps.find((x) => x.code === code);
  if (!s) throw new Error(code);
  return s;
};
const rules = DEFAULT_RULE_SETTINGS;

/** The ISO instant of a Jakarta wall clock (UTC+7). */
const wib = (local: string): string => new Date(Date.parse(`${local}:00+07:00`)).toISOString();

describe('due dates of working-day steps', () => {
  it('S03 started Friday 13 March 2026 with 15 working days is due on Monday 13 April 2026', () => {
    // Off: 18 (cuti Nyepi), 19 (Nyepi), 20 (cuti Idulfitri), 21-22 (Idulfitri, weekend),
    // 23-24 (cuti Idulfitri), 3 April (Wafat Yesus Kristus), and weekends.
    expect(stepDueOn(step('S03'), wib('2026-03-13T09:00'), HARI_LIBUR, rules)).toEqual({
      ok: true,
      dueOn: '2026-04-13',
      dueAt: wib('2026-04-13T16:00'),
      warnings: [],
    });
  });

  it('the same without cuti bersama is due on Tuesday 7 April 2026', () => {
    const r = stepDueOn(step('S03'), wib('2026-03-13T09:00'), HARI_LIBUR, {
      ...rules,
      countCutiBersama: false,
    });
    expect(r.ok && r.dueOn).toBe('2026-04-07');
  });

  it('S04 (1 working day) started Friday evening is due Monday at closing time', () => {
    const r = stepDueOn(step('S04'), wib('2026-03-06T20:15'), HARI_LIBUR, rules);
    expect(r.ok && [r.dueOn, r.dueAt]).toEqual(['2026-03-09', '2026-03-09T09:00:00.000Z']);
  });

  it('the Jakarta date counts, not the UTC date: 23:30 WIB Monday is still Monday', () => {
    // 2026-03-02T16:30Z is Monday 23:30 WIB; one working day later is Tuesday.
    const r = stepDueOn(step('S04'), '2026-03-02T16:30:00Z', HARI_LIBUR, rules);
    expect(r.ok && r.dueOn).toBe('2026-03-03');
    // 17:30Z is already Tuesday 00:30 WIB.
    const r2 = stepDueOn(step('S04'), '2026-03-02T17:30:00Z', HARI_LIBUR, rules);
    expect(r2.ok && r2.dueOn).toBe('2026-03-04');
  });

  it('warns when the due date falls in a year whose holiday list is not complete', () => {
    const r = stepDueOn(step('S05'), wib('2026-12-21T10:00'), HARI_LIBUR, rules);
    expect(r.ok && r.dueOn.slice(0, 4)).toBe('2027');
    expect(r.ok && r.warnings.join(' ')).toContain('2027');
  });
});

describe('due times of minute steps, in office hours', () => {
  it('S09 (15 minutes) started at 15:50 is due the next working morning at 07:35', () => {
    expect(stepDueOn(step('S09'), wib('2026-03-12T15:50'), HARI_LIBUR, rules)).toEqual({
      ok: true,
      dueOn: '2026-03-13',
      dueAt: wib('2026-03-13T07:35'),
      warnings: [],
    });
  });

  it('S09 started Tuesday 17 March 2026 at 15:50 is due Wednesday 25 March (Nyepi, Lebaran)', () => {
    const r = stepDueOn(step('S09'), wib('2026-03-17T15:50'), HARI_LIBUR, rules);
    expect(r.ok && r.dueAt).toBe(wib('2026-03-25T07:35'));
  });

  it('office hours come from the rule set', () => {
    const r = stepDueOn(step('S09'), wib('2026-03-12T15:50'), HARI_LIBUR, {
      ...rules,
      officeOpen: '08:00',
      officeClose: '17:00',
    });
    expect(r.ok && r.dueAt).toBe(wib('2026-03-12T16:05'));
  });

  it('S10 (5 minutes) started on a Saturday starts at Monday opening', () => {
    const r = stepDueOn(step('S10'), wib('2026-03-07T10:00'), HARI_LIBUR, rules);
    expect(r.ok && r.dueAt).toBe(wib('2026-03-09T07:35'));
  });

  it('S01 (0 minutes) is due when it starts; seconds are dropped', () => {
    const r = stepDueOn(step('S01'), '2026-03-12T03:10:42.123Z', HARI_LIBUR, rules);
    expect(r.ok && r.dueAt).toBe('2026-03-12T03:10:00.000Z');
  });

  it('an instant with an offset means the same as in UTC', () => {
    const a = stepDueOn(step('S09'), '2026-03-12T15:50:00+07:00', HARI_LIBUR, rules);
    const b = stepDueOn(step('S09'), '2026-03-12T08:50:00.000Z', HARI_LIBUR, rules);
    expect(a).toEqual(b);
    expect(a.ok).toBe(true);
  });
});

describe('bad input gives reasons', () => {
  it.each`
    startedAt
    ${'2026-03-12'}
    ${'2026-03-12T15:50'}
    ${'2026-02-30T08:00:00Z'}
    ${'kemarin'}
    ${''}
  `('start "$startedAt" is refused', ({ startedAt }) => {
    const r = stepDueOn(step('S09'), startedAt, HARI_LIBUR, rules);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toContain('Waktu mulai');
  });

  it('bad office hours are refused naming the step', () => {
    const r = stepDueOn(step('S09'), wib('2026-03-12T10:00'), HARI_LIBUR, {
      officeOpen: '17:00',
      officeClose: '08:00',
    });
    expect(!r.ok && r.errors[0]).toContain('Langkah S09');
  });

  it('a step with a unit outside the table is refused', () => {
    const odd = { ...step('S09'), unit: 'jam' } as unknown as StepDef;
    const r = stepDueOn(odd, wib('2026-03-12T10:00'), HARI_LIBUR, rules);
    expect(!r.ok && r.errors[0]).toContain('satuan');
  });
});

describe('SLA readings', () => {
  const due = wib('2026-03-27T16:00'); // Friday 27 March 2026

  it.each`
    reading                                                 | now                        | status
    ${'a minute after the due time is overdue'}             | ${wib('2026-03-27T16:01')} | ${'overdue'}
    ${'the next morning is overdue'}                        | ${wib('2026-03-30T07:30')} | ${'overdue'}
    ${'at the due time exactly it is near, not overdue'}    | ${due}                     | ${'near'}
    ${'early on the due day is near'}                       | ${wib('2026-03-27T07:00')} | ${'near'}
    ${'the working day before is near'}                     | ${wib('2026-03-26T10:00')} | ${'near'}
    ${'two working days before is ok'}                      | ${wib('2026-03-25T10:00')} | ${'ok'}
    ${'Tuesday 17 March: the next working day is 25 March'} | ${wib('2026-03-17T10:00')} | ${'ok'}
    ${'late on 24 March (cuti bersama): next is 25 March'}  | ${wib('2026-03-24T23:00')} | ${'ok'}
  `('$reading', ({ now, status }) => {
    expect(slaStatus(due, now, HARI_LIBUR, rules)).toBe(status);
  });

  it('over Lebaran: due Wednesday 25 March is near on Tuesday 17 March', () => {
    expect(slaStatus(wib('2026-03-25T07:35'), wib('2026-03-17T10:00'), HARI_LIBUR)).toBe('near');
    // Without cuti bersama, 18 March is a working day, so 25 March is not the next one.
    expect(
      slaStatus(wib('2026-03-25T07:35'), wib('2026-03-17T10:00'), HARI_LIBUR, {
        countCutiBersama: false,
      }),
    ).toBe('ok');
  });

  it('due Monday is near on the Friday before', () => {
    expect(slaStatus(wib('2026-03-09T16:00'), wib('2026-03-06T09:00'), HARI_LIBUR)).toBe('near');
  });

  it('no due time reads ok; an unreadable now reads overdue', () => {
    expect(slaStatus('', wib('2026-03-06T09:00'), HARI_LIBUR)).toBe('ok');
    expect(slaStatus(due, 'sekarang', HARI_LIBUR)).toBe('overdue');
  });
});

describe('"Pekerjaan saya" order', () => {
  type Item = WorkItem & { id: string };
  const items: Item[] = [
    { id: 'A', dueAt: wib('2026-04-13T16:00'), receivedOn: '2026-03-01', sla: 'ok' },
    { id: 'B', dueAt: wib('2026-03-27T16:00'), receivedOn: '2026-03-02', sla: 'near' },
    { id: 'C', dueAt: '', receivedOn: '2026-01-15' },
    { id: 'D', dueAt: wib('2026-03-27T16:00'), receivedOn: '2026-02-20', sla: 'near' },
    { id: 'E', dueAt: wib('2026-04-20T16:00'), receivedOn: '2026-03-05', sla: 'overdue' },
    { id: 'F', dueAt: wib('2026-03-10T16:00'), receivedOn: '2026-02-01', sla: 'overdue' },
    { id: 'G', dueAt: wib('2026-03-27T16:00'), receivedOn: '2026-02-20', sla: 'near' },
  ];

  it('overdue first, then by due date, then oldest receipt; ties keep their order', () => {
    expect(sortWork(items).map((i) => i.id)).toEqual(['F', 'E', 'D', 'G', 'B', 'A', 'C']);
  });

  it('returns a new array and leaves the input alone', () => {
    const before = items.map((i) => i.id);
    const sorted = sortWork(items);
    expect(sorted).not.toBe(items);
    expect(items.map((i) => i.id)).toEqual(before);
  });

  it('without readings, due dates decide', () => {
    const plain = items.map(({ id, dueAt, receivedOn }) => ({ id, dueAt, receivedOn }));
    expect(sortWork(plain).map((i) => i.id)).toEqual(['F', 'D', 'G', 'B', 'A', 'E', 'C']);
  });
});

describe('the SOP total', () => {
  it('stated 51.856 minutes; the table sums to 36 working days + 30 minutes = 51,870', () => {
    expect(sopTotals(steps)).toEqual({
      stated: 51856,
      computedMinutes: 51870,
      workingDays: 36,
      minutes: 30,
    });
  });

  it('follows the table when the office changes a time', () => {
    const changed = steps.map((s) => (s.code === 'S03' ? { ...s, time: 10 } : s));
    expect(sopTotals(changed)).toEqual({
      stated: 51856,
      computedMinutes: 31 * 1440 + 30,
      workingDays: 31,
      minutes: 30,
    });
  });
});
