/**
 * The SOP gate (`sopGate`): a group passes S07/S08 only when every failing rule is set aside by
 * an override; "Tidak Valid" members are left out and not counted; the group size, a NIK twice
 * and a missing rule set are never set aside. And letter dates (`letterDateProblem`).
 */
import {
  decide,
  formDateProblem,
  parseStepTable,
  isRealIsoDate,
  letterDateProblem,
  sopGate,
  type GateMember,
  type GroupInput,
} from '../../src/domain';
import { SOP_STEP_SEEDS } from '../../src/app/register/seeds';
import { makeContext, makeGroup, makeNik } from './builders';

function group(size: number, over: (m: GateMember, i: number) => GateMember = (m) => m) {
  const g = makeGroup(size);
  return { ...g, members: g.members.map((m, i) => over({ ...m, validation: 'Valid' }, i)) };
}

/** Every member of `g` in DTSEN. */
function ctx(g: GroupInput) {
  return makeContext(g);
}

const REASON = 'Diputuskan rapat dengan pertimbangan khusus.';

describe('the SOP gate', () => {
  it('passes an eligible group, every member included', () => {
    const g = group(5);
    const gate = sopGate(g, ctx(g));
    expect(gate.passes).toBe(true);
    expect(gate.included).toHaveLength(5);
    expect(gate.blocking).toEqual([]);
  });

  it('is closed while a member rule fails without an override, and names it', () => {
    const old = makeNik('1960-01-05', 'P', '352005', '0001'); // 66 on the receipt date
    const g = group(6, (m, i) => (i === 0 ? { ...m, nik: old } : m));
    const gate = sopGate(g, ctx(g));
    expect(gate.passes).toBe(false);
    expect(gate.blocking).toEqual([
      expect.objectContaining({ rule: 'member.age', nik: old, overridable: true }),
    ]);
    expect(gate.blocking[0].subject).toContain('352005******0001');
  });

  it('opens when that rule of that member is set aside with a reason', () => {
    const old = makeNik('1960-01-05', 'P', '352005', '0001');
    const g = group(6, (m, i) => (i === 0 ? { ...m, nik: old } : m));
    const gate = sopGate(g, ctx(g), { given: [{ rule: 'member.age', nik: old, reason: REASON }] });
    expect(gate.passes).toBe(true);
    expect(gate.failures[0].override?.reason).toBe(REASON);
    expect(gate.included).toContain(old);
  });

  it('an override of another member, or without NIK, does not set a member rule aside', () => {
    const old = makeNik('1960-01-05', 'P', '352005', '0001');
    const g = group(6, (m, i) => (i === 0 ? { ...m, nik: old } : m));
    const other = g.members[1].nik;
    const gate = sopGate(g, ctx(g), {
      given: [
        { rule: 'member.age', nik: other, reason: REASON },
        { rule: 'member.age', nik: '', reason: REASON },
      ],
    });
    expect(gate.passes).toBe(false);
    expect(gate.unused.map((u) => u.index)).toEqual([0, 1]);
  });

  it('carried overrides (the meeting’s, seen at the approval) count but are not judged', () => {
    const old = makeNik('1960-01-05', 'P', '352005', '0001');
    const g = group(6, (m, i) => (i === 0 ? { ...m, nik: old } : m));
    const gate = sopGate(g, ctx(g), {
      carried: [
        { rule: 'member.age', nik: old, reason: REASON },
        { rule: 'member.dtsen', nik: old, reason: REASON },
      ],
    });
    expect(gate.passes).toBe(true);
    expect(gate.unused).toEqual([]);
  });

  it('leaves out "Tidak Valid" members: not included, not counted, their failures not blocking', () => {
    const man = makeNik('1970-01-05', 'L', '352005', '0009');
    const g = group(6, (m, i) => (i === 5 ? { ...m, nik: man, validation: 'Tidak Valid' } : m));
    const gate = sopGate(g, ctx(g));
    expect(gate.passes).toBe(true);
    expect(gate.included).toHaveLength(5);
    expect(gate.included).not.toContain(man);
    expect(gate.excluded).toEqual([{ nik: man, name: g.members[5].name }]);
    expect(gate.report.group.find((r) => r.rule === 'group.size')?.data.members).toBe(5);
  });

  it('a group that falls below the minimum is closed, and the size cannot be set aside', () => {
    const g = group(5, (m, i) => (i === 0 ? { ...m, validation: 'Tidak Valid' } : m));
    const gate = sopGate(g, ctx(g), { given: [{ rule: 'group.size', nik: '', reason: REASON }] });
    expect(gate.passes).toBe(false);
    expect(gate.blocking).toEqual([
      expect.objectContaining({ rule: 'group.size', overridable: false }),
    ]);
    expect(gate.unused[0].message).toContain('tidak dapat dikecualikan');
  });

  it('the reproduction: a 63-year-old, a man and nobody in DTSEN cannot pass without overrides', () => {
    const g = group(6, (m, i) =>
      i === 0
        ? { ...m, nik: makeNik('1962-06-01', 'P', '352005', '0001') }
        : i === 1
          ? { ...m, nik: makeNik('1975-06-01', 'L', '352005', '0002') }
          : m,
    );
    const gate = sopGate(g, makeContext(g, { dtsen: [] }), { given: [] });
    expect(gate.passes).toBe(false);
    const rules = new Set(gate.blocking.map((f) => f.rule));
    expect(rules).toEqual(new Set(['member.age', 'member.woman', 'member.dtsen']));
    expect(gate.blocking.filter((f) => f.rule === 'member.dtsen')).toHaveLength(6);
  });

  it('a failing group rule is set aside only by an override without NIK', () => {
    const g = {
      ...group(5),
      requirements: { rab: false, proposal: true, ktpKkCopies: true, coverLetter: true },
    };
    expect(sopGate(g, ctx(g)).blocking.map((f) => f.rule)).toEqual(['group.requirements']);
    const gate = sopGate(g, ctx(g), {
      given: [{ rule: 'group.requirements', nik: '', reason: REASON }],
    });
    expect(gate.passes).toBe(true);
  });

  it('an override of a rule that does not fail is reported as unused', () => {
    const g = group(5);
    const gate = sopGate(g, ctx(g), {
      given: [{ rule: 'member.age', nik: g.members[0].nik, reason: REASON }],
    });
    expect(gate.passes).toBe(true);
    expect(gate.unused[0].message).toContain('tidak gagal');
  });
});

describe('letter dates', () => {
  it('are real calendar dates', () => {
    expect(isRealIsoDate('2026-02-28')).toBe(true);
    expect(isRealIsoDate('2024-02-29')).toBe(true);
    expect(isRealIsoDate('2026-02-30')).toBe(false);
    expect(isRealIsoDate('2026-13-01')).toBe(false);
    expect(isRealIsoDate('2026-2-3')).toBe(false);
    expect(formDateProblem('2026-02-30', 'Tanggal surat', '2026-06-10')).toBe(
      'Tanggal surat: "2026-02-30" bukan tanggal yang ada di kalender.',
    );
  });

  it('are not after today', () => {
    expect(letterDateProblem('2026-06-11', 'Tanggal surat', { today: '2026-06-10' })).toBe(
      'Tanggal surat: tidak boleh setelah hari ini (10 Juni 2026).',
    );
    expect(letterDateProblem('2026-06-10', 'Tanggal surat', { today: '2026-06-10' })).toBe('');
  });

  it('are not before the Kadis’s approval', () => {
    expect(
      letterDateProblem('2026-06-03', 'Tanggal surat', {
        today: '2026-06-10',
        approvedOn: '2026-06-04',
      }),
    ).toBe('Tanggal surat: tidak boleh sebelum tanggal persetujuan Kepala Dinas, 4 Juni 2026.');
  });

  it('keep the agenda in date order, naming the last letter’s date', () => {
    const limits = {
      today: '2026-06-10',
      approvedOn: '2026-06-01',
      lastLetterOn: '2026-06-05',
      lastLetterNumber: '400.9.12.2/007/403.107/2026',
    };
    expect(letterDateProblem('2026-06-04', 'Tanggal surat', limits)).toContain(
      'tidak boleh sebelum tanggal surat terakhir, 5 Juni 2026',
    );
    expect(letterDateProblem('2026-06-05', 'Tanggal surat', limits)).toBe('');
  });
});

describe('one decision-letter rule', () => {
  const parsed = parseStepTable([...SOP_STEP_SEEDS]);
  const steps = parsed.ok ? parsed.steps : [];
  const at = (step: string) => ({ step, status: 'Berjalan' as const });
  const opts = { caseKecamatan: '35.20.05' };

  it('a negative outcome of a step by the Kabid leaves the rejection letter pending', () => {
    for (const step of ['S06', 'S07']) {
      const d = decide(
        at(step),
        { kind: 'complete', step, negative: true },
        { role: 'Kabid', kecamatan: '' },
        steps,
        opts,
      );
      expect(d).toEqual(
        expect.objectContaining({
          ok: true,
          next: { step, status: 'Ditolak', letterPending: true },
        }),
      );
      const r = decide(at(step), { kind: 'reject' }, { role: 'Kabid', kecamatan: '' }, steps, opts);
      expect(r.ok && r.next).toEqual(d.ok && d.next);
    }
  });

  it('only the Kadis’s own decision is numbered at once', () => {
    const d = decide(at('S08'), { kind: 'reject' }, { role: 'Kadis', kecamatan: '' }, steps, opts);
    expect(d.ok && d.next.letterPending).toBe(false);
  });
});
