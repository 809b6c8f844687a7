/**
 * Returning a proposal for completion (dikembalikan), rejecting it (ditolak) and resubmitting a
 * completed one, each with its reason, at the steps and by the roles the workflow allows.
 *
 * A letter gets its number only after the Kadis approval: a return or rejection decided by the
 * Kadis is numbered at once; one decided by anyone else (Kabid at the meeting, the step's role)
 * makes a draft (konsep) letter and waits for the Kadis, who signs it — the letter then takes its
 * number, date and verification code — or annuls the decision, sending the case back to its step.
 */
import { decisionSchema, letterSignSchema } from '../../app/api/forms';
import type { Saved } from '../../app/api/views';
import { RegisterError, StaleDataError } from '../../app/register/errors';
import { decide, type CaseState, type WorkflowAction } from '../../domain';
import type { CaseRow, Register } from '../register';
import { runAction, type Plan, type Write } from '../transaction';
import {
  caseState,
  latestRecord,
  loadCase,
  parseForm,
  reasonOf,
  staleMessage,
  today,
  workflowActor,
} from './common';
import { takeNumber } from './numbering';
import { withDraft, withLetterDocuments } from '../letters';
import { movePlan } from './move';

type Kind = 'return' | 'reject' | 'resubmit';

const ACTION_NAMES: Record<Kind, string> = {
  return: 'Dikembalikan untuk dilengkapi',
  reject: 'Ditolak',
  resubmit: 'Diajukan kembali',
};

/** The agenda type and subject of the letter of a return or rejection. */
export function letterOf(c: CaseRow, rejection: boolean): { type: string; subject: string } {
  return rejection
    ? { type: 'Surat Penolakan', subject: `Penolakan permohonan bantuan kelompok ${c.groupName}` }
    : { type: 'Surat Pengembalian', subject: `Pengembalian proposal kelompok ${c.groupName}` };
}

/** The case at the form's version, and the workflow's decision on `action`. */
function decided(register: Register, caseId: string, version: number, action: WorkflowAction) {
  const { row: c } = loadCase(register, caseId);
  if (c.version !== version) throw new StaleDataError(staleMessage(c));
  const decision = decide(caseState(c), action, workflowActor(register), register.steps(), {
    caseKecamatan: String(c.kecamatan),
    resubmitTo: register.setting('alur.ajukanKembaliKe') || undefined,
  });
  if (!decision.ok) throw new RegisterError(decision.reason);
  return { c, next: decision.next };
}

/** The step record ID a move of case `c` writes (see `movePlan`). */
function recordIdOf(c: CaseRow): string {
  return `${String(c.id)}-${String(c.step)}-${Number(c.version) + 1}`;
}

/**
 * The letter of a return or rejection moving case `c` to `next`, whatever the entry (a return or
 * rejection, or a step's negative outcome): when the Kadis decided, it is numbered at once
 * (dated today); otherwise (`next.letterPending`) nothing is numbered and the decision's step
 * record (`recordId`) gets a draft (konsep) that waits for the Kadis's signature.
 */
export function decisionLetter(
  register: Register,
  c: CaseRow,
  next: CaseState,
): {
  letter: { id: string; number: string } | null;
  writes: Write[];
  recordData: Record<string, unknown>;
  auditChanges: Record<string, unknown>;
  draftRecord: string;
} {
  if (next.status !== 'Dikembalikan' && next.status !== 'Ditolak') {
    return { letter: null, writes: [], recordData: {}, auditChanges: {}, draftRecord: '' };
  }
  if (next.letterPending) {
    return {
      letter: null,
      writes: [],
      recordData: { letterPending: true },
      auditChanges: { surat: 'konsep, menunggu tanda tangan Kepala Dinas' },
      draftRecord: recordIdOf(c),
    };
  }
  const taken = takeNumber(register, today(register), {
    ...letterOf(c, next.status === 'Ditolak'),
    caseId: String(c.id),
    status: 'Terbit',
    reason: '',
  });
  return {
    letter: { id: taken.id, number: taken.number },
    writes: taken.writes,
    recordData: {},
    auditChanges: { nomorSurat: taken.number },
    draftRecord: '',
  };
}

/** Applies a return, rejection or resubmission to a case. */
export function decideCase(register: Register, kind: Kind, input: unknown): Saved {
  const d = parseForm(decisionSchema, input);
  let draftRecord = '';
  const request = { requestId: d.requestId, entry: `decideCase.${kind}`, args: d };
  const saved = runAction(register, request, (): Plan => {
    const { c, next } = decided(register, d.caseId, d.version, { kind });
    const decision = decisionLetter(register, c, next);
    const letter = decision.letter;
    draftRecord = decision.draftRecord;
    const plan = movePlan(register, {
      c,
      next,
      extra: decision.writes,
      auditAction: ACTION_NAMES[kind],
      auditChanges: { alasan: d.reason, ...decision.auditChanges },
      record: {
        action: ACTION_NAMES[kind],
        summary: `${ACTION_NAMES[kind]}: ${d.reason}`,
        data: { reason: d.reason, ...decision.recordData },
      },
    });
    return letter
      ? { ...plan, result: { ...plan.result, letterId: letter.id, letterNumber: letter.number } }
      : plan;
  });
  // A retried request returns the saved result; the draft is made once (it is idempotent too).
  const recordId = draftRecord || pendingRecordOf(register, saved);
  return recordId ? withDraft(register, saved, recordId) : withLetterDocuments(register, saved);
}

/** For a retried request: the decision's record, if its letter is still a draft. */
export function pendingRecordOf(register: Register, saved: Saved): string {
  if (saved.letterId || (saved.status !== 'Dikembalikan' && saved.status !== 'Ditolak')) return '';
  const c = register.cases.get(saved.caseId)?.row;
  if (!c || !caseState(c).letterPending) return '';
  return `${saved.caseId}-${saved.step}-${saved.version}`;
}

/**
 * The Kadis signs the return or rejection letter a decision left as a draft: the letter takes its
 * number, date and verification code, and is made as a Doc and PDF.
 */
export function signDecisionLetter(register: Register, input: unknown): Saved {
  const d = parseForm(letterSignSchema, input);
  const request = { requestId: d.requestId, entry: 'signDecisionLetter', args: d };
  const saved = runAction(register, request, (): Plan => {
    const { c, next } = decided(register, d.caseId, d.version, { kind: 'signLetter' });
    const rejection = c.status === 'Ditolak';
    // The reason of the decision whose letter waits: its step record, the latest at the step.
    const reason = reasonOf(latestRecord(register, String(c.id), String(c.step)));
    const letter = takeNumber(register, today(register), {
      ...letterOf(c, rejection),
      caseId: String(c.id),
      status: 'Terbit',
      reason: '',
    });
    const action = `Surat ${rejection ? 'penolakan' : 'pengembalian'} ditandatangani Kepala Dinas`;
    const plan = movePlan(register, {
      c,
      next,
      extra: letter.writes,
      auditAction: action,
      auditChanges: { nomorSurat: letter.number, ...(d.note ? { catatan: d.note } : {}) },
      record: {
        action,
        summary: `${action}: nomor ${letter.number}${d.note ? `. ${d.note}` : ''}`,
        data: { reason, note: d.note, letterNumber: letter.number },
      },
    });
    return {
      ...plan,
      result: { ...plan.result, letterId: letter.id, letterNumber: letter.number },
    };
  });
  return withLetterDocuments(register, saved);
}

/**
 * The Kadis annuls a return or rejection whose letter was not signed: the case is at its step
 * again (Berjalan, due anew), with the Kadis's reason in the history. The draft stays in Drive,
 * marked KONSEP.
 */
export function annulDecision(register: Register, input: unknown): Saved {
  const d = parseForm(decisionSchema, input);
  const request = { requestId: d.requestId, entry: 'annulDecision', args: d };
  return runAction(register, request, (): Plan => {
    const { c, next } = decided(register, d.caseId, d.version, { kind: 'annulDecision' });
    const what = c.status === 'Ditolak' ? 'Penolakan' : 'Pengembalian';
    const action = `${what} dibatalkan Kepala Dinas`;
    return movePlan(register, {
      c,
      next,
      auditAction: action,
      auditChanges: { alasan: d.reason },
      record: { action, summary: `${action}: ${d.reason}`, data: { reason: d.reason } },
    });
  });
}
