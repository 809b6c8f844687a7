/**
 * What the use cases share: parsing a form with its schema (field errors in Indonesian), the
 * case as the workflow sees it, access to a case (a pendamping only in her kecamatan), due dates
 * on the office's calendar, and the labels the sidebars show.
 */
import * as z from 'zod/mini';
import { validateForm, type FieldError } from '../../app/api/forms';
import type { Sla } from '../../app/api/views';
import { RegisterError } from '../../app/register/errors';
import {
  formatTanggal,
  isoDateInJakarta,
  kecamatanName,
  slaStatus,
  stepDueOn,
  type CaseState,
  type Role,
} from '../../domain';
import type { CaseRow, Register, StepRecordRow } from '../register';

/** Parses `input` with `schema`, or throws the field errors (paths prefixed with `prefix`). */
export function parseForm<T>(schema: z.ZodMiniType<T>, input: unknown, prefix = ''): T {
  const result = validateForm(schema, input);
  if (result.ok) return result.value;
  throw RegisterError.ofFields(
    result.errors.map((e: FieldError) => ({ ...e, field: prefix + e.field })),
  );
}

/**
 * The case as the workflow sees it. A returned or rejected case still waiting for the Kadis is
 * one whose return/rejection letter is a draft to be signed (see `hasPendingLetter`).
 */
export function caseState(row: CaseRow): CaseState {
  const status = row.status === '' ? 'Berjalan' : row.status;
  const letterPending =
    (status === 'Dikembalikan' || status === 'Ditolak') && row.waitingRole === 'Kadis';
  return { step: String(row.step), status, ...(letterPending ? { letterPending } : {}) };
}

/** The workflow's view of the actor. */
export function workflowActor(register: Register): { role: Role | null; kecamatan: string } {
  return { role: register.actor.role as Role | null, kecamatan: register.actor.kecamatan };
}

/** Whether the actor may see this case at all (a pendamping: only her kecamatan). */
export function canSee(register: Register, kecamatan: string): boolean {
  const { role, kecamatan: own } = register.actor;
  if (role === null) return false;
  if (role === 'Pendamping')
    return own !== '' && kecamatan.replace(/\./g, '') === own.replace(/\./g, '');
  return true;
}

/** The case with this ID, or a refusal that reveals nothing about other kecamatan. */
export function loadCase(register: Register, caseId: string): { row: CaseRow; rowNumber: number } {
  // A role typed into Pengguna by hand: say why it is not trusted, rather than "not found".
  if (register.actor.withheld) throw new RegisterError(register.actor.withheld);
  const found = register.cases.get(caseId);
  if (!found || !canSee(register, String(found.row.kecamatan))) {
    throw new RegisterError(
      `Kasus "${caseId}" tidak ditemukan atau tidak dapat Anda buka.`,
      'caseId',
    );
  }
  return found;
}

/** The latest of a case's step records at `step` (by time), or null. */
export function latestAt(records: readonly StepRecordRow[], step: string): StepRecordRow | null {
  const at = records
    .filter((r) => r.step === step)
    .sort((a, b) => (String(a.at) < String(b.at) ? -1 : 1));
  return at[at.length - 1] ?? null;
}

/** The latest step record of case `caseId` at `step` (one TextFinder), or null. */
export function latestRecord(
  register: Register,
  caseId: string,
  step: string,
): StepRecordRow | null {
  return latestAt(
    register.stepRecords.findBy('caseId', [caseId]).map((r) => r.row),
    step,
  );
}

/** A step record's form (its `data`, JSON); {} when there is none or it cannot be read. */
export function recordData(record: StepRecordRow | null): Record<string, unknown> {
  try {
    return record ? (JSON.parse(String(record.data)) as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The reason a decision's step record gives ('' when none). */
export function reasonOf(record: StepRecordRow | null): string {
  const reason = recordData(record).reason;
  return typeof reason === 'string' ? reason : '';
}

/** Today in Asia/Jakarta. */
export function today(register: Register): string {
  return isoDateInJakarta(new Date(register.now()));
}

function slaOptions(register: Register, receivedOn: string) {
  const rules = register.ruleSet(receivedOn);
  return {
    countCutiBersama: rules.countCutiBersama,
    officeOpen: rules.officeOpen,
    officeClose: rules.officeClose,
  };
}

/** The due instant of `stepCode` started at `startedAt` ('' for a step without a time standard). */
export function dueOf(
  register: Register,
  stepCode: string,
  startedAt: string,
  receivedOn: string,
): string {
  const step = register.step(stepCode);
  if (!step.time) return '';
  const due = stepDueOn(step, startedAt, register.calendar(), slaOptions(register, receivedOn));
  return due.ok ? due.dueAt : '';
}

/** The SLA state of a due instant now. */
export function slaOf(register: Register, dueAt: string, status: string, receivedOn: string): Sla {
  if (!dueAt || status === 'Ditolak' || status === 'Selesai') return 'none';
  return slaStatus(dueAt, register.now(), register.calendar(), slaOptions(register, receivedOn));
}

export function dateLabel(iso: string): string {
  return iso ? formatTanggal(iso.slice(0, 10)) : '';
}

/** "5 Juni 2023 pukul 10.15 WIB" for an ISO instant. */
export function instantLabel(iso: string): string {
  if (!iso) return '';
  const jakarta = new Date(new Date(iso).getTime() + 7 * 3600 * 1000).toISOString();
  return `${formatTanggal(jakarta.slice(0, 10))} pukul ${jakarta.slice(11, 13)}.${jakarta.slice(14, 16)} WIB`;
}

export function kecamatanLabel(code: string): string {
  return kecamatanName(code) || code;
}

/** A refusal for a stale form, naming who changed the case and when. */
export function staleMessage(row: CaseRow): string {
  return (
    `Data kasus ini telah diubah oleh ${row.updatedBy || 'pengguna lain'} pada ` +
    `${instantLabel(String(row.updatedAt)) || 'waktu yang tidak tercatat'}; muat ulang formulir, lalu ulangi.`
  );
}
