/**
 * SOP steps 2–11 — the form of the current step is submitted by the role the step table names:
 * validation (S03, per member and the requirement checklist), forwarding, review and draft
 * recommendation, field survey, meeting decision (with rule overrides), the Kadis approval
 * (pinned to the case version the Kadis saw), numbering (a letter number from the agenda),
 * SKT handover and aid disbursement. A negative survey or meeting outcome rejects the case.
 */
import {
  FIELD_LABELS,
  stepFormSchemas,
  stepSubmissionSchema,
  type StepCode,
  type StepForm,
} from '../../app/api/forms';
import type { Saved } from '../../app/api/views';
import { RegisterError, StaleDataError } from '../../app/register/errors';
import {
  decide,
  formatRupiah,
  formatRupiahTerbilang,
  formatTanggal,
  formDateProblem,
  type RuleOverride,
} from '../../domain';
import type { CaseRow, Register } from '../register';
import { runAction, type Plan, type Write } from '../transaction';
import { movePlan } from './move';
import {
  caseState,
  latestAt,
  loadCase,
  parseForm,
  staleMessage,
  today,
  workflowActor,
} from './common';
import { numberLetters, takeNumber } from './numbering';
import { decisionLetter, pendingRecordOf } from './decisions';
import { enforceGate, includedIds } from './gate';
import { checkLetterDate } from './letterDate';
import {
  requireAuditedCase,
  requireAuditedMembers,
  requireAuditedRecord,
  requireKadisApproval,
} from '../authority';
import { makesDraft, withDraft, withLetterDocuments } from '../letters';
import {
  approvalFingerprint,
  editedRefusal,
  editedSinceApproval,
  handleEditedCase,
} from '../approvalWatch';

/** A one-line summary of a step's form, for the history and the audit trail. */
function summarise(step: StepCode, form: Record<string, unknown>): string {
  const f = form as Record<string, string | number | unknown[]>;
  const on = (iso: unknown) => formatTanggal(String(iso));
  switch (step) {
    case 'S03':
      return `Validasi ${(f.members as unknown[]).length} anggota dan kelengkapan persyaratan.`;
    case 'S05':
      return 'Konsep surat rekomendasi disusun.';
    case 'S06':
      return `Survei lapangan ${on(f.surveyDate)}: ${f.result}.`;
    case 'S07':
      return `Rapat ${on(f.meetingDate)}: ${f.decision}${(f.overrides as unknown[]).length ? `, ${(f.overrides as unknown[]).length} pengecualian aturan` : ''}.`;
    case 'S08': {
      const n = ((f.overrides as unknown[] | undefined) ?? []).length;
      return `Disetujui Kepala Dinas${n ? `, ${n} pengecualian aturan` : ''}.`;
    }
    case 'S10':
      return `SKT diserahkan ${on(f.handedOn)} kepada ${f.receivedBy}.`;
    case 'S11':
      return `Bantuan ${String(f.kind).toLowerCase()} ${formatRupiahTerbilang(Number(f.amount))} diserahkan ${on(f.handedOn)}.`;
    default:
      return String(f.note || 'Langkah diselesaikan.');
  }
}

/** Whether the step's form rejects the proposal (a negative survey or meeting outcome). */
function negativeOutcome(step: StepCode, form: Record<string, unknown>): boolean {
  return (
    (step === 'S06' && form.result === 'Tidak Layak') ||
    (step === 'S07' && form.decision === 'Tidak Ditetapkan')
  );
}

/** The form's date fields, with their labels, in the order they are checked. */
const DATE_FIELDS = ['surveyDate', 'meetingDate', 'handedOn', 'letterDate'] as const;

/** The overrides a step's form gives (S07 when the meeting decides "Ditetapkan", S08). */
function givenOverrides(step: StepCode, form: Record<string, unknown>): RuleOverride[] {
  if (step === 'S07' && form.decision !== 'Ditetapkan') return [];
  if (step !== 'S07' && step !== 'S08') return [];
  return ((form.overrides as RuleOverride[] | undefined) ?? []).map((o) => ({
    rule: o.rule,
    nik: o.nik,
    reason: o.reason,
  }));
}

/** Writes a step makes besides the case row (S03: member validations). */
function stepWrites(
  register: Register,
  c: CaseRow,
  step: StepCode,
  form: Record<string, unknown>,
): Write[] {
  if (step !== 'S03') return [];
  const s03 = form as StepForm<'S03'>;
  const members = register.members.findBy('caseId', [String(c.id)]);
  const byId = new Map(members.map((m) => [String(m.row.id), m.row]));
  const writes: Write[] = [];
  s03.members.forEach((v, i) => {
    const member = byId.get(v.memberId);
    if (!member) {
      throw new RegisterError(
        `Anggota baris ${i + 1}: anggota "${v.memberId}" bukan anggota kasus ini; muat ulang formulir.`,
        [
          {
            field: `form.members.${i}.memberId`,
            message: 'Anggota tidak dikenal; muat ulang formulir.',
          },
        ],
      );
    }
    if (member.validation === v.validation && member.note === v.note) return;
    writes.push({
      table: 'members',
      op: 'update',
      id: v.memberId,
      fromVersion: Number(member.version),
      changes: { validation: v.validation, note: v.note },
    });
  });
  return writes;
}

/** Completes the current step of a case with its form. */
export function completeStep(register: Register, input: unknown): Saved {
  const submission = parseForm(stepSubmissionSchema, input);
  const step = submission.step;
  const form = parseForm(stepFormSchemas[step], submission.form, 'form.') as Record<
    string,
    unknown
  >;
  for (const field of DATE_FIELDS) {
    if (!(field in form)) continue;
    const problem = formDateProblem(String(form[field]), FIELD_LABELS[field], today(register));
    if (problem) throw new RegisterError(problem, [{ field: `form.${field}`, message: problem }]);
  }
  if (negativeOutcome(step, form) && String(form.note).trim().length < REJECTION_NOTE_MIN) {
    const message = `Catatan: tuliskan alasan penolakan, paling sedikit ${REJECTION_NOTE_MIN} karakter; alasan ini dimuat dalam surat penolakan.`;
    throw new RegisterError(message, [{ field: 'form.note', message }]);
  }
  if (step === 'S11') {
    const s11 = form as StepForm<'S11'>;
    const total = s11.items.reduce((sum, item) => sum + item.qty * item.price, 0);
    if (s11.kind === 'Barang' && s11.items.length === 0) {
      throw new RegisterError(
        'Rincian barang: isi paling sedikit satu barang untuk bantuan berupa barang.',
        [{ field: 'form.items', message: 'Rincian barang: isi paling sedikit satu barang.' }],
      );
    }
    if (s11.items.length > 0 && Math.abs(total - s11.amount) > 0.005) {
      throw new RegisterError(
        `Jumlah bantuan (${formatRupiah(s11.amount)}) tidak sama dengan total rincian barang (${formatRupiah(total)}).`,
        [
          {
            field: 'form.amount',
            message: 'Jumlah bantuan harus sama dengan total rincian barang.',
          },
        ],
      );
    }
  }
  try {
    return completeChecked(register, submission, step, form);
  } catch (e) {
    if (!(e instanceof EditedAfterApproval)) throw e;
    handleEditedCase(register, submission.caseId, 'pemeriksaan sebelum penomoran (S09)');
    throw editedRefusal(submission.caseId);
  }
}

/** The shortest reason of a rejection given through a step's form (as `decisionSchema`). */
const REJECTION_NOTE_MIN = 10;

/** Thrown while planning S09 when the approved case was edited by hand (nothing is written). */
class EditedAfterApproval extends Error {}

function completeChecked(
  register: Register,
  submission: { requestId: string; caseId: string; version: number },
  step: StepCode,
  form: Record<string, unknown>,
): Saved {
  let pendingDraft = '';
  const request = {
    requestId: submission.requestId,
    entry: 'completeStep',
    args: { ...submission, step, form },
  };
  const saved = runAction(register, request, (): Plan => {
    const { row: c } = loadCase(register, submission.caseId);
    if (c.version !== submission.version) throw new StaleDataError(staleMessage(c));
    const steps = register.steps();
    const decision = decide(
      caseState(c),
      { kind: 'complete', step, negative: negativeOutcome(step, form) },
      workflowActor(register),
      steps,
      {
        caseKecamatan: String(c.kecamatan),
        resubmitTo: register.setting('alur.ajukanKembaliKe') || undefined,
      },
    );
    if (!decision.ok) throw new RegisterError(decision.reason);
    const next = decision.next;
    const caseChanges: Record<string, unknown> = {};
    const extra: Write[] = stepWrites(register, c, step, form);
    let summary = summarise(step, form);
    if (step === 'S03') {
      const r = (form as StepForm<'S03'>).requirements;
      Object.assign(caseChanges, {
        reqRab: r.rab,
        reqProposal: r.proposal,
        reqKtpKk: r.ktpKkCopies,
        reqCoverLetter: r.coverLetter,
      });
    }
    let letterIds: string[] = [];
    let recordData: Record<string, unknown> = form;
    const auditExtra: Record<string, unknown> = {};
    const given = givenOverrides(step, form);
    if ((step === 'S07' || step === 'S08') && next.status !== 'Ditolak') {
      // The SOP gate: refused here, before anything is written, while a rule fails.
      const members = register.caseMembers(String(c.id));
      // The gate decides on audited member data only (a validation or decile typed by hand is
      // refused, not believed).
      requireAuditedMembers(register.audit, String(c.id), members);
      const { gate, carried } = enforceGate(register, c, step, given, members);
      const kept = includedIds(gate, members);
      const left = members.filter((m) => !kept.includes(String(m.id)));
      recordData = { ...form, overrides: given, members: kept };
      auditExtra.anggotaDisetujui = `${kept.length} orang`;
      if (left.length) auditExtra.anggotaTidakMasuk = left.map((m) => String(m.name)).join(', ');
      if (step === 'S08') {
        // What the Kadis approved, to detect a later hand edit (src/gas/approvalWatch.ts).
        recordData = {
          ...recordData,
          carriedOverrides: carried,
          fingerprint: approvalFingerprint(c, members),
        };
        if (carried.length) auditExtra.pengecualianRapat = carried;
      }
    }
    let draftRecord = '';
    if (step === 'S09') {
      const records = register.stepRecords.findBy('caseId', [String(c.id)]).map((r) => r.row);
      // Numbering needs the case to be where its audit left it, approved by a Kadis at S08.
      requireAuditedCase(register.audit, c);
      requireKadisApproval(String(c.id), records);
      // The approval record itself must be the one the Kadis's audited action inserted.
      const approval = latestAt(records, 'S08');
      if (approval) requireAuditedRecord(register.audit, String(c.id), approval);
      if (editedSinceApproval(c, register.caseMembers(String(c.id)), records).edited) {
        throw new EditedAfterApproval();
      }
      // A letter's date: a real date, not after today, not before the approval, and the agenda
      // kept in date order (checked before anything is written).
      checkLetterDate(register, c, String(form.letterDate), 'letterDate');
      const numbered = numberLetters(register, c, String(form.letterDate));
      extra.push(...numbered.writes);
      letterIds = numbered.letters.map((l) => l.id);
      summary = `SKT bernomor ${numbered.letters[0].number}; Surat Rekomendasi bernomor ${numbered.letters[1].number}.`;
    } else if (step === 'S11') {
      checkLetterDate(register, c, String(form.handedOn), 'handedOn');
      const letter = takeNumber(register, String(form.handedOn), {
        type: 'Berita Acara Serah Terima',
        caseId: String(c.id),
        subject: `Berita Acara Serah Terima bantuan kelompok ${c.groupName}`,
        status: 'Terbit',
        reason: '',
      });
      extra.push(...letter.writes);
      letterIds = [letter.id];
      summary = `${summary} Berita acara bernomor ${letter.number}.`;
    } else if (next.status === 'Ditolak') {
      // The one decision-letter path (decisions.ts): numbered only when the Kadis decided.
      const decided = decisionLetter(register, c, next);
      extra.push(...decided.writes);
      Object.assign(auditExtra, decided.auditChanges);
      // A rejected meeting sets nothing aside: its overrides are not recorded as such.
      recordData = {
        ...form,
        ...(step === 'S07' ? { overrides: [] } : {}),
        reason: String(form.note),
        ...decided.recordData,
      };
      draftRecord = decided.draftRecord;
      if (decided.letter) {
        letterIds = [decided.letter.id];
        summary = `${summary} Surat penolakan bernomor ${decided.letter.number}.`;
      } else {
        summary = `${summary} Konsep surat penolakan menunggu tanda tangan Kepala Dinas.`;
      }
    }
    pendingDraft = draftRecord;
    const plan = movePlan(register, {
      c,
      next,
      auditAction: `Langkah ${step}`,
      auditChanges: { ...form, ...auditExtra, hasil: summary },
      record: {
        action: next.status === 'Ditolak' ? 'Ditolak' : 'Selesai',
        summary,
        data: recordData,
      },
      caseChanges,
      extra,
    });
    return letterIds.length
      ? { ...plan, result: { ...plan.result, letterId: letterIds[0], letterIds } }
      : plan;
  });
  // A rejection waiting for the Kadis: its draft letter (also on a retried request).
  const pending = pendingDraft || pendingRecordOf(register, saved);
  if (pending) return withDraft(register, saved, pending);
  const withLetters = withLetterDocuments(register, saved);
  return makesDraft(step)
    ? withDraft(register, withLetters, `${saved.caseId}-${step}-${saved.version}`)
    : withLetters;
}
