/**
 * Returning a proposal for completion (dikembalikan), rejecting it (ditolak) and resubmitting a
 * completed one, each with its reason, at the steps and by the roles the workflow allows.
 */
import { decisionSchema } from '../../app/api/forms';
import type { Saved } from '../../app/api/views';
import { RegisterError, StaleDataError } from '../../app/register/errors';
import { decide, waitingRoleOf } from '../../domain';
import type { Register } from '../register';
import { runAction, type Plan } from '../transaction';
import { caseState, dueOf, loadCase, parseForm, staleMessage, workflowActor } from './common';

type Kind = 'return' | 'reject' | 'resubmit';

const ACTION_NAMES: Record<Kind, string> = {
  return: 'Dikembalikan untuk dilengkapi',
  reject: 'Ditolak',
  resubmit: 'Diajukan kembali',
};

/** Applies a return, rejection or resubmission to a case. */
export function decideCase(register: Register, kind: Kind, input: unknown): Saved {
  const d = parseForm(decisionSchema, input);
  return runAction(register, d.requestId, (): Plan => {
    const { row: c } = loadCase(register, d.caseId);
    if (c.version !== d.version) throw new StaleDataError(staleMessage(c));
    const steps = register.steps();
    const decision = decide(caseState(c), { kind }, workflowActor(register), steps, {
      caseKecamatan: String(c.kecamatan),
      resubmitTo: register.setting('alur.ajukanKembaliKe') || undefined,
    });
    if (!decision.ok) throw new RegisterError(decision.reason);
    const now = register.now();
    const next = decision.next;
    const waitingRole = waitingRoleOf(next, steps);
    const dueAt =
      next.status === 'Berjalan' ? dueOf(register, next.step, now, String(c.receivedOn)) : '';
    const caseId = String(c.id);
    const version = Number(c.version) + 1;
    const open = next.status === 'Berjalan' || next.status === 'Dikembalikan';
    return {
      action: ACTION_NAMES[kind],
      caseId,
      from: `${c.step} (${c.status})`,
      to: `${next.step} (${next.status})`,
      changes: { alasan: d.reason },
      writes: [
        {
          table: 'cases',
          op: 'update',
          id: caseId,
          fromVersion: Number(c.version),
          changes: { step: next.step, status: next.status, waitingRole, stepStartedAt: now, dueAt },
        },
        {
          table: 'stepRecords',
          op: 'insert',
          id: `${caseId}-${c.step}-${version}`,
          row: {
            id: `${caseId}-${c.step}-${version}`,
            caseId,
            step: String(c.step),
            action: ACTION_NAMES[kind],
            by: register.actor.email,
            role: register.actor.role ?? '',
            at: now,
            startedAt: String(c.stepStartedAt),
            dueAt: String(c.dueAt),
            onTime: !c.dueAt || now <= String(c.dueAt),
            caseVersion: Number(c.version),
            summary: `${ACTION_NAMES[kind]}: ${d.reason}`,
            data: JSON.stringify({ reason: d.reason }),
          },
        },
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
  });
}
