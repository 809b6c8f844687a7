/**
 * Driving cases through the workflow in tests: the form each step needs, the user who submits
 * it, and world snapshots to run many scenarios from one prepared register.
 */
import type { CaseDetail, Saved } from '../../src/app/api/views';
import type { World } from '../../emulator/backend';
import type { FaultSpec } from '../../emulator/core/ledger';
import { decode, encode } from '../../emulator/core/wire';
import { api, ok, requestId, type ApiCall } from './api';
import { USERS_BY_ROLE as U, intakeForm } from './people';
import type { TestRegister } from './register';

export const STEP_USER: Record<string, string> = {
  S02: U.PendampingKawedanan,
  S03: U.Staf,
  S04: U.Staf,
  S05: U.Peksos,
  S06: U.Kabid,
  S07: U.Kabid,
  S08: U.Kadis,
  S09: U.Staf,
  S10: U.Staf,
  S11: U.Staf,
};

/** The form of each step, filled as its user would. */
export function stepForm(
  register: TestRegister,
  caseId: string,
  step: string,
  now: string,
): Record<string, unknown> {
  switch (step) {
    case 'S03': {
      const detail = ok(api<CaseDetail>(register, U.Staf, 'apiGetCase', [caseId], now));
      return {
        members: detail.members.map((m) => ({ memberId: m.id, validation: 'Valid', note: '' })),
        requirements: { rab: true, proposal: true, ktpKkCopies: true, coverLetter: true },
        note: '',
      };
    }
    case 'S05':
      return { recommendationDraft: 'Kelompok layak direkomendasikan.', note: '' };
    case 'S06':
      return { surveyDate: now.slice(0, 10), result: 'Layak', note: '' };
    case 'S07':
      return { meetingDate: now.slice(0, 10), decision: 'Ditetapkan', overrides: [], note: '' };
    case 'S09':
      return { letterDate: now.slice(0, 10), note: '' };
    case 'S10':
      return { handedOn: now.slice(0, 10), receivedBy: 'Pendamping Contoh', note: '' };
    case 'S11':
      return { handedOn: now.slice(0, 10), kind: 'Uang', amount: 5000000, items: [], note: '' };
    default:
      return { note: '' };
  }
}

export const NOW = '2026-03-16T03:00:00.000Z';

/**
 * `user` completes `step` of the case as last `saved` (its version) with `form` at `now`, from
 * the sidebar (a fresh request ID), with the service `faults` given if any. Returns the call:
 * `ok(…)` for the saved case, or its refusal.
 */
export function completeStep(
  register: TestRegister,
  user: string,
  saved: Pick<Saved, 'caseId' | 'version'>,
  step: string,
  form: Record<string, unknown>,
  now = NOW,
  faults?: readonly FaultSpec[],
): ApiCall<Saved> {
  return api<Saved>(
    register,
    user,
    'apiCompleteStep',
    [{ requestId: requestId(), caseId: saved.caseId, version: saved.version, step, form }],
    now,
    faults,
  );
}

/** The step the case waits at, completed by its user with the standard form. */
export function nextStep(register: TestRegister, saved: Saved, now = NOW): ApiCall<Saved> {
  const form = stepForm(register, saved.caseId, saved.step, now);
  return completeStep(register, STEP_USER[saved.step], saved, saved.step, form, now);
}

/** Registers a group (members numbered from `base`) and drives it until it waits at `target`. */
export function caseAt(register: TestRegister, target: string, base = 0, now = NOW): Saved {
  let saved = ok(
    api<Saved>(register, U.Staf, 'apiIntake', [intakeForm(requestId(), 6, base)], now),
  );
  while (saved.step !== target && saved.status === 'Berjalan') {
    saved = ok(nextStep(register, saved, now));
  }
  return saved;
}

/** A deep copy of the world's state, to restore before each scenario (opaque). */
export interface Snapshot {
  readonly state: Record<string, unknown>;
}

/**
 * Taken through the wire encoding once (so it holds only what a saved world holds: JSON and
 * dates), then kept as a structure: each restore is a structured clone of it, several times
 * faster than decoding the text again (the fault tests restore hundreds of times).
 */
export function snapshot(world: World): Snapshot {
  return { state: decode<Record<string, unknown>>(encode(world.snapshot())) };
}

export function restore(world: World, snap: Snapshot): void {
  world.restore(structuredClone(snap.state));
}

/** The register's data: every tab's values, as text (to compare before/after an action). */
export function dataState(register: TestRegister): string {
  return encode(
    register.withSheets((ss) =>
      ss.getSheets().map((sheet) => [sheet.getName(), sheet.getDataRange().getValues()]),
    ),
  );
}
