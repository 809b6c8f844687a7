/**
 * SOP steps 2–11 — the form of the current step is submitted by the role the step table names:
 * validation (S03, per member and the requirement checklist), forwarding, review and draft
 * recommendation, field survey, meeting decision (with rule overrides), the Kadis approval
 * (pinned to the case version the Kadis saw), numbering (a letter number from the agenda),
 * SKT handover and aid disbursement. A negative survey or meeting outcome rejects the case.
 */
import {
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
  type CaseState,
} from '../../domain';
import type { CaseRow, Register } from '../register';
import { runAction, type Plan, type Write } from '../transaction';
import { movePlan } from './move';
import { caseState, loadCase, parseForm, staleMessage, today, workflowActor } from './common';
import { numberLetters, takeNumber } from './numbering';
import { requireAuditedCase, requireKadisApproval } from '../authority';
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
    case 'S08':
      return 'Disetujui Kepala Dinas.';
    case 'S10':
      return `SKT diserahkan ${on(f.handedOn)} kepada ${f.receivedBy}.`;
    case 'S11':
      return `Bantuan ${String(f.kind).toLowerCase()} ${formatRupiahTerbilang(Number(f.amount))} diserahkan ${on(f.handedOn)}.`;
    default:
      return String(f.note || 'Langkah diselesaikan.');
  }
}

/** The state after the step: the workflow's next step, or rejected after a negative outcome. */
function outcome(step: StepCode, form: Record<string, unknown>, next: CaseState): CaseState {
  if (step === 'S06' && form.result === 'Tidak Layak') return { step, status: 'Ditolak' };
  if (step === 'S07' && form.decision === 'Tidak Ditetapkan') return { step, status: 'Ditolak' };
  return next;
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
  if ('surveyDate' in form || 'meetingDate' in form || 'handedOn' in form || 'letterDate' in form) {
    const date = String(form.surveyDate ?? form.meetingDate ?? form.handedOn ?? form.letterDate);
    const field = Object.keys(form).find((k) => form[k] === date) ?? 'date';
    if (date > today(register)) {
      throw new RegisterError(`Tanggal tidak boleh setelah hari ini.`, [
        { field: `form.${field}`, message: 'Tanggal tidak boleh setelah hari ini.' },
      ]);
    }
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
  if (step === 'S07' && (form as StepForm<'S07'>).overrides.length > 0) {
    if (register.actor.role !== 'Kabid' && register.actor.role !== 'Kadis') {
      throw new RegisterError(
        'Pengecualian aturan hanya boleh oleh Kepala Bidang atau Kepala Dinas.',
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

/** Thrown while planning S09 when the approved case was edited by hand (nothing is written). */
class EditedAfterApproval extends Error {}

function completeChecked(
  register: Register,
  submission: { requestId: string; caseId: string; version: number },
  step: StepCode,
  form: Record<string, unknown>,
): Saved {
  const saved = runAction(register, submission.requestId, (): Plan => {
    const { row: c } = loadCase(register, submission.caseId);
    if (c.version !== submission.version) throw new StaleDataError(staleMessage(c));
    const steps = register.steps();
    const decision = decide(
      caseState(c),
      { kind: 'complete', step },
      workflowActor(register),
      steps,
      {
        caseKecamatan: String(c.kecamatan),
        resubmitTo: register.setting('alur.ajukanKembaliKe') || undefined,
      },
    );
    if (!decision.ok) throw new RegisterError(decision.reason);
    const next = outcome(step, form, decision.next);
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
    if (step === 'S08') {
      // What the Kadis approved, to detect a later hand edit (src/gas/approvalWatch.ts).
      recordData = {
        ...form,
        fingerprint: approvalFingerprint(c, register.caseMembers(String(c.id))),
      };
    }
    if (step === 'S09') {
      const records = register.stepRecords.findBy('caseId', [String(c.id)]).map((r) => r.row);
      // Numbering needs the case to be where its audit left it, approved by a Kadis at S08.
      requireAuditedCase(register.audit, c);
      requireKadisApproval(String(c.id), records);
      if (editedSinceApproval(c, register.caseMembers(String(c.id)), records).edited) {
        throw new EditedAfterApproval();
      }
      const numbered = numberLetters(register, c, String(form.letterDate));
      extra.push(...numbered.writes);
      letterIds = numbered.letters.map((l) => l.id);
      summary = `SKT bernomor ${numbered.letters[0].number}; Surat Rekomendasi bernomor ${numbered.letters[1].number}.`;
    } else if (step === 'S11' || next.status === 'Ditolak') {
      const bast = step === 'S11';
      const letter = takeNumber(register, bast ? String(form.handedOn) : today(register), {
        type: bast ? 'Berita Acara Serah Terima' : 'Surat Penolakan',
        caseId: String(c.id),
        subject: `${bast ? 'Berita Acara Serah Terima bantuan' : 'Penolakan permohonan bantuan'} kelompok ${c.groupName}`,
        status: 'Terbit',
        reason: '',
      });
      extra.push(...letter.writes);
      letterIds = [letter.id];
      summary = `${summary} ${bast ? 'Berita acara' : 'Surat penolakan'} bernomor ${letter.number}.`;
    }
    const plan = movePlan(register, {
      c,
      next,
      auditAction: `Langkah ${step}`,
      auditChanges: { ...form, hasil: summary },
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
  const withLetters = withLetterDocuments(register, saved);
  return makesDraft(step)
    ? withDraft(register, withLetters, `${saved.caseId}-${step}-${saved.version}`)
    : withLetters;
}
