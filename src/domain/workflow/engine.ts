/**
 * The workflow engine: who may move a case from which step to which. A case is at one step of
 * the SOP table with a status; an action (complete the step's form, return for completion,
 * reject, resubmit after a return) by an actor (role and kecamatan) is allowed or refused with a
 * polite Indonesian reason naming the step and the role. Pure: the step table is a parameter.
 */
import { dottedAreaCode, kecamatanName } from '../wilayah';
import { ENTRY_STEP, findStep, nextStep, WORKFLOW_ROLES } from './steps';
import type { Role, StepDef } from './steps';

/** Statuses of a case (the "Status" column of the cases tab). */
export const CASE_STATUS = ['Berjalan', 'Dikembalikan', 'Ditolak', 'Selesai'] as const;
export type CaseStatus = (typeof CASE_STATUS)[number];

/** Where a case is: the current step (or, when returned/rejected, the step where it happened). */
export interface CaseState {
  step: string;
  status: CaseStatus;
  /**
   * A return or rejection decided by someone other than the Kadis: its letter is a draft that
   * waits for the Kadis to sign (and number) it, or to annul the decision.
   */
  letterPending?: boolean;
}

/** An action on a case. */
export type WorkflowAction =
  /**
   * `negative`: the step's form records a negative outcome (survey "Tidak Layak", meeting "Tidak
   * Ditetapkan"), which rejects the case like a rejection by the step's role.
   */
  | { kind: 'complete'; step: string; negative?: boolean }
  | { kind: 'return' }
  | { kind: 'reject' }
  | { kind: 'resubmit' }
  | { kind: 'signLetter' }
  | { kind: 'annulDecision' };

/** Who acts: the role from the users tab (null = not a registered user) and her kecamatan. */
export interface Actor {
  role: Role | null;
  /** Kecamatan code (dotted or bare) for a Pendamping; '' otherwise. */
  kecamatan: string;
}

/** Options of `decide`. */
export interface DecideOptions {
  /** Kecamatan code of the case (for the Pendamping rule). */
  caseKecamatan: string;
  /** The step a returned case goes back to when resubmitted (default 'S03'). */
  resubmitTo?: string;
}

/** The outcome of an action. */
export type Decision =
  { ok: true; next: CaseState; waitingRole: Role | '' } | { ok: false; reason: string };

/** The default step a returned case goes back to: validation of the proposal. */
export const DEFAULT_RESUBMIT_STEP = 'S03';

/** Roles that may return or reject at any step the table allows. */
const SENIOR: readonly Role[] = ['Kabid', 'Kadis'];

const ROLE_NAMES: Record<Role, string> = {
  Staf: 'Staf/Administrasi',
  Peksos: 'Peksos Ahli Muda',
  Kabid: 'Kepala Bidang',
  Kadis: 'Kepala Dinas',
  Pendamping: 'Pendamping/TKSK',
  Admin: 'Admin',
};

function isRole(v: unknown): v is Role {
  return typeof v === 'string' && (WORKFLOW_ROLES as readonly string[]).includes(v);
}

function label(step: StepDef): string {
  return `Langkah ${step.code} (${step.name})`;
}

function kecLabel(code: string): string {
  const name = kecamatanName(code);
  return name ? `Kecamatan ${name}` : `kecamatan ${code || '(kosong)'}`;
}

function refuse(reason: string): Decision {
  return { ok: false, reason };
}

/**
 * The role a case waits for: the current step's role while Berjalan, Staf when returned for
 * completion, nobody ('') when rejected or done or the step is unknown.
 * @example waitingRoleOf({ step: 'S08', status: 'Berjalan' }, steps) // 'Kadis'
 */
export function waitingRoleOf(state: CaseState, steps: readonly StepDef[]): Role | '' {
  if (!state) return '';
  if (hasPendingLetter(state)) return 'Kadis';
  if (state.status === 'Dikembalikan') return 'Staf';
  if (state.status !== 'Berjalan') return '';
  return findStep(steps, state.step)?.role ?? '';
}

/** Whether a returned or rejected case waits for the Kadis to sign its letter. */
export function hasPendingLetter(state: CaseState): boolean {
  return (
    state.letterPending === true && (state.status === 'Dikembalikan' || state.status === 'Ditolak')
  );
}

function ok(next: CaseState, steps: readonly StepDef[]): Decision {
  return { ok: true, next, waitingRole: waitingRoleOf(next, steps) };
}

/** Refusals that hold for every action: guests, Admin, Pendamping of another kecamatan. */
function actorRefusal(actor: Actor, caseKecamatan: string): string | null {
  const role = actor && isRole(actor.role) ? actor.role : null;
  if (role === null) {
    return (
      'Anda belum terdaftar sebagai pengguna aktif register ini, sehingga hanya dapat melihat ' +
      'data. Mohon hubungi Admin untuk didaftarkan.'
    );
  }
  if (role === 'Admin') {
    return (
      'Peran Admin mengelola pengguna dan pengaturan, tidak mengerjakan kasus. Mohon masuk ' +
      'dengan akun yang berperan sebagai pelaksana langkah.'
    );
  }
  if (role === 'Pendamping') {
    const mine = dottedAreaCode(actor.kecamatan ?? '');
    const theirs = dottedAreaCode(caseKecamatan ?? '');
    if (mine === '' || theirs === '' || mine !== theirs) {
      return (
        `Kasus ini berada di ${kecLabel(theirs || caseKecamatan)}; sebagai Pendamping ` +
        `${kecLabel(mine || actor.kecamatan)} Anda hanya dapat mengerjakan kasus kecamatan Anda.`
      );
    }
  }
  return null;
}

function finalRefusal(state: CaseState, step: StepDef | null): string | null {
  const where = step ? ` di ${label(step)}` : '';
  if (state.status === 'Ditolak') {
    return `Kasus ini sudah ditolak${where}; keputusan itu final dan tidak ada tindakan lagi.`;
  }
  if (state.status === 'Selesai') {
    return 'Kasus ini sudah selesai (bantuan telah diberikan); tidak ada tindakan lagi.';
  }
  return null;
}

/**
 * The state after a return or rejection decided by `role` at `step`, whatever the entry (a
 * return, a rejection, a step's negative outcome): only the Kadis's own decision has its letter
 * numbered at once; anyone else's leaves a draft that waits for the Kadis (`letterPending`).
 */
export function decidedState(
  step: string,
  status: 'Dikembalikan' | 'Ditolak',
  role: Role,
): CaseState {
  return { step, status, letterPending: role !== 'Kadis' };
}

/**
 * Decides an action on a case: the next state and the role it then waits for, or a polite
 * Indonesian reason naming the step and the role.
 * - complete `step`: the case is Berjalan at `step` and the actor has the step's role; the case
 *   moves to the next step by order, or becomes Selesai after the last one. With `negative`
 *   (the form's outcome rejects the proposal) it becomes Ditolak at the step instead.
 * - return: Berjalan at a returnable step, by the step's role or Kabid/Kadis → Dikembalikan
 *   (the step stays, so the register shows where it was returned).
 * - reject: Berjalan at a rejectable step, by Kabid/Kadis → Ditolak (final).
 * - resubmit: Dikembalikan, by Staf → Berjalan at `resubmitTo` (default S03), or at the step
 *   where it was returned when that comes earlier, so no step is skipped.
 *   A return or rejection by anyone but the Kadis, by any of these actions, leaves its letter
 *   pending (`letterPending`, one rule: `decidedState`):
 *   the case waits for the Kadis, and a returned case cannot be resubmitted until it is signed.
 * - signLetter: a pending letter, by the Kadis → the same state, the letter no longer pending.
 * - annulDecision: a pending letter, by the Kadis → Berjalan again at the step.
 * A guest (role null) and Admin may do nothing; a Pendamping only on her kecamatan's cases.
 * @example decide({ step: 'S07', status: 'Berjalan' }, { kind: 'complete', step: 'S07' },
 *   { role: 'Kabid', kecamatan: '' }, steps, { caseKecamatan: '35.20.01' })
 * // { ok: true, next: { step: 'S08', status: 'Berjalan' }, waitingRole: 'Kadis' }
 */
export function decide(
  state: CaseState,
  action: WorkflowAction,
  actor: Actor,
  steps: readonly StepDef[],
  options: DecideOptions,
): Decision {
  if (!Array.isArray(steps) || steps.length === 0) {
    return refuse('Tabel Langkah SOP belum terisi; mohon hubungi Admin.');
  }
  if (!state || !(CASE_STATUS as readonly string[]).includes(state.status)) {
    return refuse('Status kasus ini tidak dikenal; mohon hubungi Admin.');
  }
  const step = findStep(steps, state.step);
  const onLetter = action?.kind === 'signLetter' || action?.kind === 'annulDecision';
  const final = onLetter && hasPendingLetter(state) ? null : finalRefusal(state, step);
  if (final) return refuse(final);
  if (!step) {
    return refuse(
      `Kasus ini tercatat di langkah "${String(state.step)}", yang tidak ada di tabel Langkah ` +
        'SOP; mohon hubungi Admin.',
    );
  }
  const who = actorRefusal(actor, options?.caseKecamatan ?? '');
  if (who) return refuse(who);
  const role = actor.role as Role;
  const asRole = `Anda masuk sebagai ${role}.`;

  switch (action?.kind) {
    case 'complete': {
      if (state.status !== 'Berjalan') {
        return refuse(
          `Kasus ini dikembalikan untuk dilengkapi di ${label(step)}; Staf perlu mengajukan ` +
            'ulang sebelum formulir langkah dapat dikirim.',
        );
      }
      if (action.step !== step.code) {
        const other = findStep(steps, action.step);
        return refuse(
          `Kasus ini sedang di ${label(step)}; formulir ` +
            `${other ? label(other) : `langkah "${String(action.step)}"`} tidak dapat dikirim ` +
            'sekarang. Mohon muat ulang data kasus.',
        );
      }
      if (role !== step.role) {
        return refuse(`${label(step)} dikerjakan oleh peran ${step.role}; ${asRole}`);
      }
      if (action.negative) return ok(decidedState(step.code, 'Ditolak', role), steps);
      const next = nextStep(steps, step.code);
      return ok(
        next ? { step: next.code, status: 'Berjalan' } : { step: step.code, status: 'Selesai' },
        steps,
      );
    }
    case 'return': {
      if (state.status !== 'Berjalan') {
        return refuse(`Kasus ini sudah dikembalikan untuk dilengkapi di ${label(step)}.`);
      }
      if (!step.returnable) {
        return refuse(`Menurut SOP, kasus tidak dapat dikembalikan di ${label(step)}.`);
      }
      if (role !== step.role && !SENIOR.includes(role)) {
        return refuse(
          `Pengembalian di ${label(step)} dilakukan oleh peran ${step.role}, Kabid, atau ` +
            `Kadis; ${asRole}`,
        );
      }
      return ok(decidedState(step.code, 'Dikembalikan', role), steps);
    }
    case 'reject': {
      if (state.status !== 'Berjalan') {
        return refuse(
          `Kasus ini sedang dikembalikan untuk dilengkapi di ${label(step)}; penolakan hanya ` +
            'untuk kasus yang sedang berjalan.',
        );
      }
      if (!step.rejectable) {
        return refuse(`Menurut SOP, kasus tidak dapat ditolak di ${label(step)}.`);
      }
      if (!SENIOR.includes(role)) {
        return refuse(
          `Penolakan di ${label(step)} dilakukan oleh peran Kabid atau Kadis; ${asRole}`,
        );
      }
      return ok(decidedState(step.code, 'Ditolak', role), steps);
    }
    case 'resubmit': {
      if (state.status !== 'Dikembalikan') {
        return refuse(
          `Kasus ini sedang berjalan di ${label(step)}; pengajuan ulang hanya untuk kasus yang ` +
            'dikembalikan.',
        );
      }
      if (hasPendingLetter(state)) {
        return refuse(
          'Surat pengembalian kasus ini belum ditandatangani Kepala Dinas; pengajuan ulang dapat ' +
            'dilakukan setelah surat itu terbit.',
        );
      }
      if (role !== 'Staf') {
        return refuse(
          `Pengajuan ulang kasus yang dikembalikan di ${label(step)} dilakukan oleh peran Staf; ` +
            asRole,
        );
      }
      const targetCode = options?.resubmitTo || DEFAULT_RESUBMIT_STEP;
      const target = findStep(steps, targetCode);
      if (!target || target.code === ENTRY_STEP) {
        return refuse(
          `Langkah tujuan pengajuan ulang "${targetCode}" tidak ada di tabel Langkah SOP ` +
            '(atau langkah penerimaan); mohon hubungi Admin.',
        );
      }
      const back = step.order < target.order && step.code !== ENTRY_STEP ? step : target;
      return ok({ step: back.code, status: 'Berjalan' }, steps);
    }
    case 'signLetter':
    case 'annulDecision': {
      const kindOfLetter = state.status === 'Ditolak' ? 'penolakan' : 'pengembalian';
      if (!hasPendingLetter(state)) {
        return refuse(
          `Kasus ini tidak memiliki konsep surat yang menunggu tanda tangan Kepala Dinas.`,
        );
      }
      if (role !== 'Kadis') {
        return refuse(
          `Surat ${kindOfLetter} ditandatangani (atau keputusannya dibatalkan) oleh Kepala Dinas; ` +
            asRole,
        );
      }
      return action.kind === 'signLetter'
        ? ok({ step: step.code, status: state.status, letterPending: false }, steps)
        : ok({ step: step.code, status: 'Berjalan' }, steps);
    }
    default:
      return refuse('Tindakan ini tidak dikenal.');
  }
}

/** What an actor may do on a case now (for the sidebar's buttons; the server decides again). */
export interface AllowedActions {
  /** The step whose form the actor may submit, or null. */
  complete: string | null;
  canReturn: boolean;
  canReject: boolean;
  canResubmit: boolean;
  /** The Kadis may sign (and number) the pending return/rejection letter, or annul the decision. */
  canSignLetter: boolean;
}

/**
 * The actions `decide` would allow to `actor` on a case in `state`.
 * @example allowedActions({ step: 'S08', status: 'Berjalan' }, { role: 'Kadis', kecamatan: '' }, '35.20.01', steps)
 * // { complete: 'S08', canReturn: true, canReject: true, canResubmit: false }
 */
export function allowedActions(
  state: CaseState,
  actor: Actor,
  caseKecamatan: string,
  steps: readonly StepDef[],
  options: { resubmitTo?: string } = {},
): AllowedActions {
  const opts: DecideOptions = { caseKecamatan, resubmitTo: options.resubmitTo };
  const can = (action: WorkflowAction) => decide(state, action, actor, steps, opts).ok;
  const step = state ? state.step : '';
  return {
    complete: can({ kind: 'complete', step }) ? step : null,
    canReturn: can({ kind: 'return' }),
    canReject: can({ kind: 'reject' }),
    canResubmit: can({ kind: 'resubmit' }),
    canSignLetter: can({ kind: 'signLetter' }),
  };
}

/**
 * The state of a case right after intake: S01 completed, so Berjalan at the step after S01
 * (Selesai if the table has no other step).
 * @example intakeState(steps) // { step: 'S02', status: 'Berjalan' }
 */
export function intakeState(steps: readonly StepDef[]): CaseState {
  const next = nextStep(steps, ENTRY_STEP);
  return next ? { step: next.code, status: 'Berjalan' } : { step: ENTRY_STEP, status: 'Selesai' };
}

/**
 * Full Indonesian title of a role, for messages and digests.
 * @example roleName('Kadis') // 'Kepala Dinas'
 */
export function roleName(role: Role | ''): string {
  return role ? ROLE_NAMES[role] : '';
}
