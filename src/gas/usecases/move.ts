/**
 * Moving a case from one state to the next, as one plan: the case row (step, status, who it
 * waits for, when the new step started and is due), the step record of what was done, the work
 * queue row (updated while the case is open, removed when it is closed) and the result. Every
 * action on an existing case (a step's form, a return, a rejection, a resubmission) is a move.
 */
import { hasPendingLetter, waitingRoleOf, type CaseState } from '../../domain';
import type { CaseRow, Register } from '../register';
import type { Plan, Write } from '../transaction';
import { dueOf } from './common';
import { requireAuditedCase } from '../authority';

export interface Move {
  /** The case as read (its version is the one the form was loaded at). */
  c: CaseRow;
  next: CaseState;
  /** The audit trail's name of the action. */
  auditAction: string;
  /** The changed fields, for people reading the audit trail. */
  auditChanges: Record<string, unknown>;
  /** The step record: what was done to the step the case was at. */
  record: { action: string; summary: string; data: unknown };
  /** More fields of the case row to change (e.g. the requirement checklist at S03). */
  caseChanges?: Record<string, unknown>;
  /** Writes besides the case, step record and queue (members, letter agenda). */
  extra?: Write[];
}

/**
 * The plan of a move, at the register's now. A case whose step, status or version is not what
 * its audited actions left (moved by hand in the sheet) is refused before anything is written.
 */
export function movePlan(register: Register, move: Move): Plan {
  const { c, next } = move;
  requireAuditedCase(register.audit, c);
  const steps = register.steps();
  const now = register.now();
  const caseId = String(c.id);
  const version = Number(c.version) + 1;
  const waitingRole = waitingRoleOf(next, steps);
  const dueAt =
    next.status === 'Berjalan' ? dueOf(register, next.step, now, String(c.receivedOn)) : '';
  // Open: in the work queue. A rejected case stays there while its letter waits for the Kadis.
  const open =
    next.status === 'Berjalan' || next.status === 'Dikembalikan' || hasPendingLetter(next);
  const recordId = `${caseId}-${c.step}-${version}`;
  return {
    action: move.auditAction,
    caseId,
    from: `${c.step} (${c.status})`,
    to: `${next.step} (${next.status})`,
    changes: move.auditChanges,
    writes: [
      {
        table: 'cases',
        op: 'update',
        id: caseId,
        fromVersion: Number(c.version),
        changes: {
          ...move.caseChanges,
          step: next.step,
          status: next.status,
          waitingRole,
          stepStartedAt: now,
          dueAt,
        },
      },
      ...(move.extra ?? []),
      stepRecordWrite(register, c, recordId, move.record, now, !c.dueAt || now <= String(c.dueAt)),
      open
        ? {
            table: 'queue',
            op: 'update',
            id: caseId,
            fromVersion: null,
            changes: { step: next.step, status: next.status, waitingRole, dueAt, version },
          }
        : { table: 'queue', op: 'remove', id: caseId },
    ],
    result: { caseId, version, step: next.step, status: next.status },
  };
}

/**
 * The insert of a step record: what the actor did `at` to case `c` at the step it is at (with
 * that step's start and due date, and the case version acted on).
 */
export function stepRecordWrite(
  register: Register,
  c: CaseRow,
  id: string,
  record: Move['record'],
  at: string,
  onTime: boolean,
): Write {
  return {
    table: 'stepRecords',
    op: 'insert',
    id,
    row: {
      id,
      caseId: String(c.id),
      step: String(c.step),
      action: record.action,
      by: register.actor.email,
      role: register.actor.role ?? '',
      at,
      startedAt: String(c.stepStartedAt),
      dueAt: String(c.dueAt),
      onTime,
      caseVersion: Number(c.version),
      summary: record.summary,
      data: JSON.stringify(record.data),
      docUrl: '',
      pdfUrl: '',
    },
  };
}
