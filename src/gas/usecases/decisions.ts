/**
 * Returning a proposal for completion (dikembalikan), rejecting it (ditolak) and resubmitting a
 * completed one, each with its reason, at the steps and by the roles the workflow allows.
 */
import { decisionSchema } from '../../app/api/forms';
import type { Saved } from '../../app/api/views';
import { RegisterError, StaleDataError } from '../../app/register/errors';
import { decide } from '../../domain';
import type { Register } from '../register';
import { runAction, type Plan } from '../transaction';
import { caseState, loadCase, parseForm, staleMessage, today, workflowActor } from './common';
import { takeNumber } from './numbering';
import { withLetterDocuments } from '../letters';
import { movePlan } from './move';

type Kind = 'return' | 'reject' | 'resubmit';

const ACTION_NAMES: Record<Kind, string> = {
  return: 'Dikembalikan untuk dilengkapi',
  reject: 'Ditolak',
  resubmit: 'Diajukan kembali',
};

/** Applies a return, rejection or resubmission to a case. */
export function decideCase(register: Register, kind: Kind, input: unknown): Saved {
  const d = parseForm(decisionSchema, input);
  const saved = runAction(register, d.requestId, (): Plan => {
    const { row: c } = loadCase(register, d.caseId);
    if (c.version !== d.version) throw new StaleDataError(staleMessage(c));
    const decision = decide(caseState(c), { kind }, workflowActor(register), register.steps(), {
      caseKecamatan: String(c.kecamatan),
      resubmitTo: register.setting('alur.ajukanKembaliKe') || undefined,
    });
    if (!decision.ok) throw new RegisterError(decision.reason);
    const letter =
      kind === 'resubmit'
        ? null
        : takeNumber(register, today(register), {
            type: kind === 'return' ? 'Surat Pengembalian' : 'Surat Penolakan',
            caseId: String(c.id),
            subject: `${kind === 'return' ? 'Pengembalian proposal' : 'Penolakan permohonan bantuan'} kelompok ${c.groupName}`,
            status: 'Terbit',
            reason: '',
          });
    const plan = movePlan(register, {
      c,
      next: decision.next,
      extra: letter ? letter.writes : [],
      auditAction: ACTION_NAMES[kind],
      auditChanges: { alasan: d.reason, ...(letter ? { nomorSurat: letter.number } : {}) },
      record: {
        action: ACTION_NAMES[kind],
        summary: `${ACTION_NAMES[kind]}: ${d.reason}`,
        data: { reason: d.reason },
      },
    });
    return letter ? { ...plan, result: { ...plan.result, letterId: letter.id } } : plan;
  });
  return withLetterDocuments(register, saved);
}
