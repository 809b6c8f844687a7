/**
 * The workflow engine read against the SOP "Pelaksanaan Penerima Bantuan WRSE": who may move
 * a case from which step to which, on the step table seeded in the register.
 */
import {
  allowedActions,
  decide,
  intakeState,
  parseStepTable,
  waitingRoleOf,
  type Actor,
  type CaseState,
  type CaseStatus,
  type Role,
  type StepDef,
  type WorkflowAction,
} from '../../src/domain';
import { SOP_STEP_SEEDS } from '../../src/app/register/seeds';

const PONCOL = '35.20.01';
const KAWEDANAN = '35.20.05';

function table(rows: unknown[] = [...SOP_STEP_SEEDS]): StepDef[] {
  const r = parseStepTable(rows);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.steps;
}

const steps = table();
const as = (role: Role | null, kecamatan = ''): Actor => ({ role, kecamatan });
const at = (step: string, status: CaseStatus = 'Berjalan'): CaseState => ({ step, status });
const complete = (step: string): WorkflowAction => ({ kind: 'complete', step });
const onPoncol = { caseKecamatan: PONCOL };

function refusal(d: ReturnType<typeof decide>): string {
  if (d.ok) throw new Error(`expected a refusal, got ${JSON.stringify(d)}`);
  return d.reason;
}

describe('one case through the SOP', () => {
  it('starts after intake at S02, waiting for the Pendamping', () => {
    expect(intakeState(steps)).toEqual({ step: 'S02', status: 'Berjalan' });
    expect(waitingRoleOf(intakeState(steps), steps)).toBe('Pendamping');
  });

  it('goes through every step with the right role at each and ends Selesai', () => {
    const actorOf: Record<string, Actor> = {
      S02: as('Pendamping', PONCOL),
      S03: as('Staf'),
      S04: as('Staf'),
      S05: as('Peksos'),
      S06: as('Kabid'),
      S07: as('Kabid'),
      S08: as('Kadis'),
      S09: as('Staf'),
      S10: as('Staf'),
      S11: as('Staf'),
    };
    const seen: string[] = [];
    let state = intakeState(steps);
    while (state.status === 'Berjalan') {
      const d = decide(state, complete(state.step), actorOf[state.step], steps, onPoncol);
      if (!d.ok) throw new Error(d.reason);
      seen.push(`${state.step}→${d.next.step}/${d.next.status}:${d.waitingRole}`);
      state = d.next;
    }
    expect(seen).toEqual([
      'S02→S03/Berjalan:Staf',
      'S03→S04/Berjalan:Staf',
      'S04→S05/Berjalan:Peksos',
      'S05→S06/Berjalan:Kabid',
      'S06→S07/Berjalan:Kabid',
      'S07→S08/Berjalan:Kadis',
      'S08→S09/Berjalan:Staf',
      'S09→S10/Berjalan:Staf',
      'S10→S11/Berjalan:Staf',
      'S11→S11/Selesai:',
    ]);
  });

  it('a case completed at S07 by the Kabid waits for the Kadis at S08', () => {
    expect(decide(at('S07'), complete('S07'), as('Kabid'), steps, onPoncol)).toEqual({
      ok: true,
      next: { step: 'S08', status: 'Berjalan' },
      waitingRole: 'Kadis',
    });
  });

  it('the Kadis approves at S08 and the case goes to numbering (S09) by Staf', () => {
    expect(decide(at('S08'), complete('S08'), as('Kadis'), steps, onPoncol)).toEqual({
      ok: true,
      next: { step: 'S09', status: 'Berjalan' },
      waitingRole: 'Staf',
    });
  });

  it('the order of the table decides the next step, not the codes', () => {
    const rows = SOP_STEP_SEEDS.map((r) =>
      r.code === 'S05' ? { ...r, order: 6 } : r.code === 'S06' ? { ...r, order: 5 } : r,
    );
    const swapped = table(rows);
    const d = decide(at('S04'), complete('S04'), as('Staf'), swapped, onPoncol);
    expect(d).toEqual({
      ok: true,
      next: { step: 'S06', status: 'Berjalan' },
      waitingRole: 'Kabid',
    });
  });

  it('the office can change the role of a step without code', () => {
    const rows = SOP_STEP_SEEDS.map((r) => (r.code === 'S04' ? { ...r, role: 'Peksos' } : r));
    const changed = table(rows);
    expect(decide(at('S04'), complete('S04'), as('Peksos'), changed, onPoncol).ok).toBe(true);
    expect(refusal(decide(at('S04'), complete('S04'), as('Staf'), changed, onPoncol))).toContain(
      'dikerjakan oleh peran Peksos; Anda masuk sebagai Staf.',
    );
  });
});

describe('who may not', () => {
  it('the Staf cannot approve at S08, told who does it', () => {
    expect(refusal(decide(at('S08'), complete('S08'), as('Staf'), steps, onPoncol))).toBe(
      'Langkah S08 (Jika layak, Dinsos menerbitkan Surat Keterangan Terdaftar (ditandatangani ' +
        'Kepala Dinas)) dikerjakan oleh peran Kadis; Anda masuk sebagai Staf.',
    );
  });

  it('the Kadis cannot approve a case still at S05', () => {
    const reason = refusal(decide(at('S05'), complete('S08'), as('Kadis'), steps, onPoncol));
    expect(reason).toContain('sedang di Langkah S05');
    expect(reason).toContain('Langkah S08');
  });

  it('a Pendamping of Kawedanan cannot act on a case of Poncol', () => {
    const reason = refusal(
      decide(at('S02'), complete('S02'), as('Pendamping', KAWEDANAN), steps, onPoncol),
    );
    expect(reason).toContain('Kecamatan Poncol');
    expect(reason).toContain('Kecamatan Kawedanan');
    expect(
      allowedActions(at('S02'), as('Pendamping', KAWEDANAN), PONCOL, steps).complete,
    ).toBeNull();
  });

  it('a Pendamping of Poncol may, whether codes are dotted or bare', () => {
    expect(decide(at('S02'), complete('S02'), as('Pendamping', '352001'), steps, onPoncol)).toEqual(
      { ok: true, next: { step: 'S03', status: 'Berjalan' }, waitingRole: 'Staf' },
    );
  });

  it('a Pendamping with no kecamatan, or a case with none, is refused', () => {
    expect(decide(at('S02'), complete('S02'), as('Pendamping', ''), steps, onPoncol).ok).toBe(
      false,
    );
    expect(
      decide(at('S02'), complete('S02'), as('Pendamping', PONCOL), steps, { caseKecamatan: '' }).ok,
    ).toBe(false);
  });

  it('a guest can do nothing', () => {
    const guest = as(null);
    for (const s of steps) {
      for (const status of ['Berjalan', 'Dikembalikan'] as const) {
        expect(allowedActions(at(s.code, status), guest, PONCOL, steps)).toEqual({
          complete: null,
          canReturn: false,
          canReject: false,
          canResubmit: false,
          canSignLetter: false,
        });
      }
    }
    expect(refusal(decide(at('S03'), complete('S03'), guest, steps, onPoncol))).toContain(
      'belum terdaftar',
    );
  });

  it('a role that is not one of the register (bad data) counts as a guest', () => {
    const odd = { role: 'Bupati', kecamatan: '' } as unknown as Actor;
    expect(refusal(decide(at('S03'), complete('S03'), odd, steps, onPoncol))).toContain(
      'belum terdaftar',
    );
  });

  it('the Admin does no casework', () => {
    expect(refusal(decide(at('S03'), { kind: 'return' }, as('Admin'), steps, onPoncol))).toContain(
      'Admin',
    );
  });

  it('a rejected case accepts no action', () => {
    const rejected = at('S07', 'Ditolak');
    const actions: WorkflowAction[] = [
      complete('S07'),
      { kind: 'return' },
      { kind: 'reject' },
      { kind: 'resubmit' },
    ];
    for (const role of ['Staf', 'Peksos', 'Kabid', 'Kadis'] as const) {
      for (const a of actions) {
        expect(refusal(decide(rejected, a, as(role), steps, onPoncol))).toContain('sudah ditolak');
      }
    }
    expect(waitingRoleOf(rejected, steps)).toBe('');
  });

  it('a finished case accepts no action and waits for nobody', () => {
    const done = at('S11', 'Selesai');
    expect(refusal(decide(done, complete('S11'), as('Staf'), steps, onPoncol))).toContain(
      'sudah selesai',
    );
    expect(waitingRoleOf(done, steps)).toBe('');
  });

  it('return is refused at S09 (numbering), even to the Kadis', () => {
    expect(refusal(decide(at('S09'), { kind: 'return' }, as('Kadis'), steps, onPoncol))).toContain(
      'tidak dapat dikembalikan di Langkah S09',
    );
  });

  it('rejection is refused at S05 (returnable, not rejectable)', () => {
    expect(refusal(decide(at('S05'), { kind: 'reject' }, as('Kabid'), steps, onPoncol))).toContain(
      'tidak dapat ditolak di Langkah S05',
    );
  });

  it('a case at a step missing from the table, or with an unknown action, is refused', () => {
    expect(refusal(decide(at('S99'), complete('S99'), as('Staf'), steps, onPoncol))).toContain(
      '"S99"',
    );
    const odd = { kind: 'approve' } as unknown as WorkflowAction;
    expect(refusal(decide(at('S03'), odd, as('Staf'), steps, onPoncol))).toContain('tidak dikenal');
    expect(refusal(decide(at('S03'), complete('S03'), as('Staf'), [], onPoncol))).toContain(
      'belum terisi',
    );
  });
});

describe('return for completion and resubmission', () => {
  it('the Kadis returns a case at S08; it waits for the Staf', () => {
    expect(decide(at('S08'), { kind: 'return' }, as('Kadis'), steps, onPoncol)).toEqual({
      ok: true,
      next: { step: 'S08', status: 'Dikembalikan', letterPending: false },
      waitingRole: 'Staf',
    });
  });

  it('the Kabid returns at the meeting: the letter is a draft waiting for the Kadis', () => {
    const d = decide(at('S07'), { kind: 'return' }, as('Kabid'), steps, onPoncol);
    expect(d).toEqual({
      ok: true,
      next: { step: 'S07', status: 'Dikembalikan', letterPending: true },
      waitingRole: 'Kadis',
    });
    const pending: CaseState = { step: 'S07', status: 'Dikembalikan', letterPending: true };
    expect(refusal(decide(pending, { kind: 'resubmit' }, as('Staf'), steps, onPoncol))).toContain(
      'belum ditandatangani Kepala Dinas',
    );
    expect(
      refusal(decide(pending, { kind: 'signLetter' }, as('Kabid'), steps, onPoncol)),
    ).toContain('oleh Kepala Dinas');
    expect(decide(pending, { kind: 'signLetter' }, as('Kadis'), steps, onPoncol)).toEqual({
      ok: true,
      next: { step: 'S07', status: 'Dikembalikan', letterPending: false },
      waitingRole: 'Staf',
    });
    expect(decide(pending, { kind: 'annulDecision' }, as('Kadis'), steps, onPoncol)).toEqual({
      ok: true,
      next: { step: 'S07', status: 'Berjalan' },
      waitingRole: 'Kabid',
    });
  });

  it('a rejection by the Kabid waits for the Kadis; once signed it is final', () => {
    const d = decide(at('S06'), { kind: 'reject' }, as('Kabid'), steps, onPoncol);
    expect(d).toEqual({
      ok: true,
      next: { step: 'S06', status: 'Ditolak', letterPending: true },
      waitingRole: 'Kadis',
    });
    const pending: CaseState = { step: 'S06', status: 'Ditolak', letterPending: true };
    const signed = decide(pending, { kind: 'signLetter' }, as('Kadis'), steps, onPoncol);
    expect(signed).toEqual({
      ok: true,
      next: { step: 'S06', status: 'Ditolak', letterPending: false },
      waitingRole: '',
    });
    const final: CaseState = { step: 'S06', status: 'Ditolak' };
    expect(refusal(decide(final, { kind: 'signLetter' }, as('Kadis'), steps, onPoncol))).toContain(
      'sudah ditolak',
    );
  });

  it('the Staf resubmits a returned case and it goes back to validation (S03)', () => {
    expect(
      decide(at('S08', 'Dikembalikan'), { kind: 'resubmit' }, as('Staf'), steps, onPoncol),
    ).toEqual({ ok: true, next: { step: 'S03', status: 'Berjalan' }, waitingRole: 'Staf' });
  });

  it('the resubmit step is an option', () => {
    const d = decide(at('S08', 'Dikembalikan'), { kind: 'resubmit' }, as('Staf'), steps, {
      caseKecamatan: PONCOL,
      resubmitTo: 'S05',
    });
    expect(d).toEqual({
      ok: true,
      next: { step: 'S05', status: 'Berjalan' },
      waitingRole: 'Peksos',
    });
  });

  it('a case returned before the resubmit step goes back to where it was returned', () => {
    const rows = SOP_STEP_SEEDS.map((r) => (r.code === 'S02' ? { ...r, returnable: true } : r));
    const t = table(rows);
    const d = decide(at('S02', 'Dikembalikan'), { kind: 'resubmit' }, as('Staf'), t, onPoncol);
    expect(d.ok && d.next).toEqual({ step: 'S02', status: 'Berjalan' });
  });

  it('an unknown resubmit step is refused', () => {
    const d = decide(at('S08', 'Dikembalikan'), { kind: 'resubmit' }, as('Staf'), steps, {
      caseKecamatan: PONCOL,
      resubmitTo: 'S42',
    });
    expect(refusal(d)).toContain('"S42"');
  });

  it('a returned case cannot be completed until resubmitted', () => {
    expect(
      refusal(decide(at('S08', 'Dikembalikan'), complete('S08'), as('Kadis'), steps, onPoncol)),
    ).toContain('mengajukan ulang');
  });
});

// ---------------------------------------------------------------------------------------------
// The full matrix: every step × status × actor × action, against an oracle written from the
// SOP reading (independently of the engine's code).

const STATUSES: CaseStatus[] = ['Berjalan', 'Dikembalikan', 'Ditolak', 'Selesai'];
/** Every state of a step: the four statuses, and a return or rejection whose letter is pending. */
function statesAt(code: string): CaseState[] {
  return [
    ...STATUSES.map((status) => at(code, status)),
    { step: code, status: 'Dikembalikan', letterPending: true },
    { step: code, status: 'Ditolak', letterPending: true },
  ];
}
const ACTORS: { name: string; actor: Actor }[] = [
  { name: 'Staf', actor: as('Staf') },
  { name: 'Peksos', actor: as('Peksos') },
  { name: 'Kabid', actor: as('Kabid') },
  { name: 'Kadis', actor: as('Kadis') },
  { name: 'Pendamping Poncol', actor: as('Pendamping', PONCOL) },
  { name: 'Pendamping Kawedanan', actor: as('Pendamping', KAWEDANAN) },
  { name: 'Admin', actor: as('Admin') },
  { name: 'tamu', actor: as(null) },
];

function actionsOf(t: StepDef[]): WorkflowAction[] {
  return [
    ...t.map((s) => complete(s.code)),
    { kind: 'return' },
    { kind: 'reject' },
    { kind: 'resubmit' },
    { kind: 'signLetter' },
    { kind: 'annulDecision' },
  ];
}

/** The expected next state, or null when the action must be refused. */
function oracle(
  t: StepDef[],
  state: CaseState,
  action: WorkflowAction,
  actor: Actor,
  caseKec: string,
): CaseState | null {
  const role = actor.role;
  if (role === null || role === 'Admin') return null;
  if (role === 'Pendamping' && actor.kecamatan !== caseKec) return null;
  const i = t.findIndex((s) => s.code === state.step);
  const step = t[i];
  const senior = role === 'Kabid' || role === 'Kadis';
  const pending = state.letterPending === true;
  if (action.kind === 'signLetter' || action.kind === 'annulDecision') {
    if (!pending || role !== 'Kadis') return null;
    return action.kind === 'signLetter'
      ? { step: step.code, status: state.status, letterPending: false }
      : { step: step.code, status: 'Berjalan' };
  }
  if (action.kind === 'complete') {
    if (state.status !== 'Berjalan' || action.step !== step.code || role !== step.role) return null;
    return i + 1 < t.length
      ? { step: t[i + 1].code, status: 'Berjalan' }
      : { step: step.code, status: 'Selesai' };
  }
  if (action.kind === 'return') {
    return state.status === 'Berjalan' && step.returnable && (role === step.role || senior)
      ? { step: step.code, status: 'Dikembalikan', letterPending: role !== 'Kadis' }
      : null;
  }
  if (action.kind === 'reject') {
    return state.status === 'Berjalan' && step.rejectable && senior
      ? { step: step.code, status: 'Ditolak', letterPending: role !== 'Kadis' }
      : null;
  }
  if (state.status !== 'Dikembalikan' || pending || role !== 'Staf') return null;
  // Back to S03, or to the step where it was returned if that comes earlier (never to S01).
  const s03 = t.findIndex((s) => s.code === 'S03');
  return { step: i > 0 && i < s03 ? step.code : 'S03', status: 'Berjalan' };
}

function runMatrix(t: StepDef[]): { allowed: string[]; mismatches: string[] } {
  const allowed: string[] = [];
  const mismatches: string[] = [];
  for (const s of t) {
    for (const state of statesAt(s.code)) {
      const status = `${state.status}${state.letterPending ? '+surat' : ''}`;
      for (const { name, actor } of ACTORS) {
        for (const action of actionsOf(t)) {
          const what = `${name} ${action.kind}${action.kind === 'complete' ? ` ${action.step}` : ''} @ ${s.code}/${status}`;
          const want = oracle(t, state, action, actor, PONCOL);
          const got = decide(state, action, actor, t, onPoncol);
          if (want) {
            allowed.push(what);
            if (!got.ok) mismatches.push(`${what}: refused (${got.reason})`);
            else if (JSON.stringify(got.next) !== JSON.stringify(want)) {
              mismatches.push(`${what}: went to ${JSON.stringify(got.next)}`);
            } else if (got.waitingRole !== waitingRoleOf(want, t)) {
              mismatches.push(`${what}: waits for ${got.waitingRole}`);
            }
          } else if (got.ok) mismatches.push(`${what}: allowed`);
          else if (got.reason.trim().length < 20)
            mismatches.push(`${what}: reason "${got.reason}"`);
        }
        const shown = allowedActions(state, actor, PONCOL, t);
        const expected = {
          complete: oracle(t, state, complete(s.code), actor, PONCOL) ? s.code : null,
          canReturn: !!oracle(t, state, { kind: 'return' }, actor, PONCOL),
          canReject: !!oracle(t, state, { kind: 'reject' }, actor, PONCOL),
          canResubmit: !!oracle(t, state, { kind: 'resubmit' }, actor, PONCOL),
          canSignLetter: !!oracle(t, state, { kind: 'signLetter' }, actor, PONCOL),
        };
        if (JSON.stringify(shown) !== JSON.stringify(expected)) {
          mismatches.push(`allowedActions ${name} @ ${s.code}/${status}: ${JSON.stringify(shown)}`);
        }
      }
    }
  }
  return { allowed, mismatches };
}

describe('role × action × step matrix from the step table', () => {
  it('every allowed pair is allowed, every other pair refused with a reason', () => {
    const { allowed, mismatches } = runMatrix(steps);
    expect(mismatches).toEqual([]);
    // 11 completions (S02 only by the Pendamping of the case's kecamatan), 12 returns (S03,
    // S05: step role + Kabid + Kadis; S06, S07, S08: Kabid + Kadis), 8 rejections (S03, S06,
    // S07, S08 × Kabid, Kadis), 11 resubmissions (Staf, a returned case at any step).
    // Plus, at each of the 11 steps, the Kadis signs or annuls a pending return or rejection
    // letter: 11 × 2 states × 2 actions = 44.
    expect(allowed.length).toBe(86);
    expect(allowed.filter((a) => a.includes(' signLetter '))).toHaveLength(22);
    expect(allowed.filter((a) => a.includes(' return '))).toHaveLength(12);
    expect(allowed.filter((a) => a.includes(' reject '))).toHaveLength(8);
    expect(allowed).toContain('Pendamping Poncol complete S02 @ S02/Berjalan');
    expect(allowed).not.toContain('Pendamping Kawedanan complete S02 @ S02/Berjalan');
  });

  it('holds on a table the office changed (flags and roles from the tab)', () => {
    const rows = SOP_STEP_SEEDS.map((r) =>
      r.code === 'S02'
        ? { ...r, returnable: true, rejectable: true }
        : r.code === 'S08'
          ? { ...r, returnable: false, rejectable: false }
          : r.code === 'S05'
            ? { ...r, role: 'Pendamping' }
            : r,
    );
    const t = table(rows);
    const { allowed, mismatches } = runMatrix(t);
    expect(mismatches).toEqual([]);
    expect(allowed).toContain('Pendamping Poncol return @ S02/Berjalan');
    expect(allowed).toContain('Kabid reject @ S02/Berjalan');
    expect(allowed).not.toContain('Kadis return @ S08/Berjalan');
    expect(allowed).toContain('Pendamping Poncol complete S05 @ S05/Berjalan');
  });
});
