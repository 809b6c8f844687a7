/**
 * Issue 13's invariants under random interleavings (fast-check), through the shipped bundle:
 * intakes, steps (S08 approval, S09 numbering, S10, S11 with its BAST number), double clicks,
 * late retries, replays of a request ID by other users (an empty e-mail included), stale forms
 * and failed service calls, over a few cases. After every run: each counter ≥ the highest serial
 * in use; no number held twice; no case moved without its step record and audit row; every audit
 * row's request belongs to its caller; and every refused call changed nothing (checked at the
 * call, on every tab, the properties, triggers, Drive and mail).
 *
 * A modest number of runs (the file must stay well under a minute on a loaded machine); no
 * timing is asserted.
 */
import fc from 'fast-check';
import type { ApiResult, Saved } from '../../src/app/api/views';
import { callFromClient } from '../../emulator/runtime';
import { requestId } from '../support/api';
import { USERS_BY_ROLE as U, intakeForm, seedPeople } from '../support/people';
import { ADMIN, bundle, newRegister } from '../support/register';
import { NOW, STEP_USER, caseAt, restore, snapshot, stepForm } from '../support/flow';
import { column, counterValue, firstDifference, serials, worldState } from '../support/worldState';

jest.setTimeout(600000);

const register = newRegister();
register.run('menuSetupRegister', ADMIN);
seedPeople(register, 10);
const CASES = [
  caseAt(register, 'S08', 0),
  caseAt(register, 'S09', 100),
  caseAt(register, 'S10', 200),
].map((c) => c.caseId);
const BASE = snapshot(register.world);

interface Sent {
  user: string;
  name: string;
  args: unknown[];
  requestId: string;
}

function call(sent: Sent, at?: number): { ok: boolean; failed: boolean; value: unknown } {
  const run = callFromClient<ApiResult<Saved>>(register.world, bundle(), sent.name, sent.args, {
    user: sent.user,
    activeSpreadsheetId: register.id,
    now: new Date(NOW),
    ...(at ? { faults: [{ target: '*', at }] } : {}),
  });
  const value = run.value as ApiResult<Saved> | undefined;
  return { ok: run.error === null && !!value?.ok, failed: run.error !== null, value };
}

/** The case as the register holds it (step, status, version). */
function caseRow(caseId: string): { step: string; status: string; version: number } | null {
  const [head, ...rows] = register.values('Kasus');
  const h = head as string[];
  const row = rows.find((r) => r[0] === caseId);
  if (!row) return null;
  return {
    step: String(row[h.indexOf('Langkah')]),
    status: String(row[h.indexOf('Status')]),
    version: Number(row[h.indexOf('Versi')]),
  };
}

type Op =
  | { kind: 'intake' }
  | { kind: 'step'; c: number; fault: number; double: boolean }
  | { kind: 'stale'; c: number }
  | { kind: 'retry'; k: number }
  | { kind: 'replay'; k: number; user: number };

const OTHERS = ['', 'orang.asing@example.com', U.Kabid, U.PendampingKawedanan, U.Staf];

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.constant<Op>({ kind: 'intake' }),
  fc.record({
    kind: fc.constant('step' as const),
    c: fc.nat({ max: CASES.length - 1 }),
    fault: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 160 })),
    double: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('stale' as const), c: fc.nat({ max: CASES.length - 1 }) }),
  fc.record({ kind: fc.constant('retry' as const), k: fc.nat({ max: 20 }) }),
  fc.record({
    kind: fc.constant('replay' as const),
    k: fc.nat({ max: 20 }),
    user: fc.nat({ max: OTHERS.length - 1 }),
  }),
);

/** A refused call must leave the world as it was. */
function expectRefusedUnchanged(sent: Sent): void {
  const before = worldState(register);
  const r = call(sent);
  expect(r.ok).toBe(false);
  expect(r.failed).toBe(false);
  expect(firstDifference(before, worldState(register))).toBeNull();
}

function submission(caseId: string, id = requestId()): Sent | null {
  const c = caseRow(caseId);
  if (!c || c.status !== 'Berjalan' || !STEP_USER[c.step]) return null;
  return {
    user: STEP_USER[c.step],
    name: 'apiCompleteStep',
    requestId: id,
    args: [
      {
        requestId: id,
        caseId,
        version: c.version,
        step: c.step,
        form: stepForm(register, caseId, c.step, NOW),
      },
    ],
  };
}

function checkInvariants(owners: Map<string, string>): void {
  const caseIds = column(register, 'Kasus', 'ID Kasus');
  const letterIds = column(register, 'Agenda Surat', 'ID Surat');
  const numbers = column(register, 'Agenda Surat', 'Nomor Surat');
  expect(new Set(caseIds).size).toBe(caseIds.length);
  expect(new Set(letterIds).size).toBe(letterIds.length);
  expect(new Set(numbers).size).toBe(numbers.length);
  expect(counterValue(register, 'nomor.kasus.2026')).toBeGreaterThanOrEqual(
    Math.max(0, ...serials(caseIds, 'WRSE-2026-')),
  );
  expect(counterValue(register, 'nomor.surat.2026')).toBeGreaterThanOrEqual(
    Math.max(0, ...serials(letterIds, 'SRT-2026-')),
  );
  // No case moved without its step record and audit row: a record for each version it reached
  // (`<case>-<step>-<version>`), and at least as many audit rows (an interrupted request may
  // have its audit row and records before its move).
  const [aHead, ...audit] = register.values('Riwayat');
  const ah = aHead as string[];
  const records = column(register, 'Langkah Kasus', 'ID Catatan').map(String);
  for (const id of caseIds) {
    const c = caseRow(String(id))!;
    for (let v = 1; v <= c.version; v++) {
      expect(records.filter((r) => r.startsWith(`${id}-S`) && r.endsWith(`-${v}`))).toHaveLength(1);
    }
    const moves = audit.filter(
      (r) => r[ah.indexOf('ID Kasus')] === id && r[ah.indexOf('Aksi')] !== 'Tampilkan NIK lengkap',
    );
    expect(moves.length).toBeGreaterThanOrEqual(c.version);
  }
  // Every audit row's request belongs to its caller; a request ID is recorded once.
  const requests = audit.map((r) => String(r[ah.indexOf('ID Permintaan')]));
  expect(new Set(requests).size).toBe(requests.length);
  for (const r of audit) {
    const owner = owners.get(String(r[ah.indexOf('ID Permintaan')]));
    if (owner !== undefined) expect(String(r[ah.indexOf('Pengguna')])).toBe(owner);
  }
}

describe('invariants under random interleavings', () => {
  it('counters, numbers, moves and request owners hold; refusals write nothing', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 3, maxLength: 6 }), (ops) => {
        restore(register.world, BASE);
        const sent: Sent[] = [];
        const owners = new Map<string, string>();
        let intakes = 0;
        for (const o of ops) {
          if (o.kind === 'intake') {
            const id = requestId();
            intakes += 1;
            const s = {
              user: U.Staf,
              name: 'apiIntake',
              requestId: id,
              args: [intakeForm(id, 6, 300 + intakes * 100)],
            };
            owners.set(id, s.user);
            sent.push(s);
            expect(call(s).ok).toBe(true);
          } else if (o.kind === 'step') {
            const s = submission(CASES[o.c]);
            if (!s) continue;
            owners.set(s.requestId, s.user);
            sent.push(s);
            const first = call(s, o.fault || undefined);
            if (o.double) {
              // The second click: the same answer when the first went through.
              const second = call(s);
              if (first.ok) expect(second.value).toEqual(first.value);
            }
          } else if (o.kind === 'stale') {
            const s = submission(CASES[o.c]);
            if (!s) continue;
            const args = s.args[0] as { version: number };
            expectRefusedUnchanged({ ...s, args: [{ ...args, version: args.version - 1 }] });
          } else if (o.kind === 'retry' && sent.length > 0) {
            // A late retry by the same user: completes or repeats, never duplicates.
            call(sent[o.k % sent.length]);
          } else if (o.kind === 'replay' && sent.length > 0) {
            const s = sent[o.k % sent.length];
            const user = OTHERS[o.user];
            if (user === s.user) continue;
            const recorded = column(register, 'Riwayat', 'ID Permintaan').includes(s.requestId);
            if (recorded) expectRefusedUnchanged({ ...s, user });
          }
        }
        checkInvariants(owners);
      }),
      { numRuns: 4, endOnFailure: true },
    );
  });
});
