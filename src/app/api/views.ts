/**
 * What the server functions return to the sidebars: plain, JSON-safe view objects (dates as ISO
 * strings plus an Indonesian label; NIK masked). The sidebar renders these and nothing else.
 *
 * Server functions (top-level in dist/Code.js), each returning `ApiResult<…>`:
 * - `apiWhoAmI()` → `ActorView`
 * - `apiMyWork()` → `{ items: WorkItem[] }` (what waits for my role, overdue first)
 * - `apiSearchCases(query: string)` → `{ items: WorkItem[] }` (name, NIK, desa, case ID)
 * - `apiGetCase(caseId: string)` → `CaseDetail`
 * - `apiIntakeOptions()` → `IntakeOptions`
 * - `apiCheckMember({ member, receivedOn, kecamatan })` → `MemberCheck` (writes nothing)
 * - `apiIntake(form: IntakeForm)` → `Saved`
 * - `apiCompleteStep(submission: StepSubmission)` → `Saved`
 * - `apiReturnCase(d: Decision)`, `apiRejectCase(d)`, `apiResubmitCase(d)` → `Saved`
 * - `apiSignDecisionLetter({ requestId, caseId, version, note })`, `apiAnnulDecision(d: Decision)` → `Saved` (Kadis)
 */
import type { StepCode, Requirements, FieldError } from './forms';

export type Sla = 'overdue' | 'near' | 'ok' | 'none';

export interface ActorView {
  email: string;
  name: string;
  /** null: a guest (unknown, inactive or empty e-mail): read-only. */
  role: string | null;
  kecamatan: string;
}

export interface WorkItem {
  caseId: string;
  version: number;
  groupName: string;
  kecamatan: string;
  kecamatanName: string;
  desaName: string;
  step: string;
  stepName: string;
  status: string;
  waitingRole: string;
  receivedOn: string;
  receivedOnLabel: string;
  /** Due date (ISO date) of the current step; '' when closed. */
  dueOn: string;
  dueLabel: string;
  sla: Sla;
}

export interface RuleResultView {
  rule: string;
  status: 'pass' | 'fail' | 'warning';
  reason: string;
  /** 'Kelompok' or the member's name. */
  subject: string;
}

export interface MemberView {
  id: string;
  nikMasked: string;
  name: string;
  birthDate: string;
  age: number | null;
  sex: 'P' | 'L' | '';
  maritalStatus: string;
  breadwinner: boolean;
  validation: string;
  note: string;
  verdict: 'eligible' | 'review' | 'ineligible';
}

export interface StepRecordView {
  step: string;
  stepName: string;
  action: string;
  by: string;
  at: string;
  atLabel: string;
  summary: string;
}

/** The SOP gate of a case at S07/S08, as the case view and the S07/S08 forms show it. */
export interface GateView {
  /** No failing rule is left without an override. */
  passes: boolean;
  /** Members that stay (on the SKT, Rekomendasi, BAST; counted toward the group size). */
  includedCount: number;
  /** Members left out (marked "Tidak Valid" at S03): name and masked NIK. */
  excluded: string[];
  /** Failing rules without an override. */
  blocking: Array<{
    rule: string;
    nik: string;
    subject: string;
    reason: string;
    overridable: boolean;
  }>;
  /** Overrides recorded at the meeting (S07) and the approval (S08), with who gave them. */
  overrides: Array<{ rule: string; subject: string; reason: string; by: string; step: string }>;
  /** Whether the user at the keyboard may add overrides at the case's step. */
  canOverride: boolean;
  /** The roles that may (setting `pengecualian.peran.<step>`). */
  overrideRoles: string[];
}

export interface CaseDetail {
  case: {
    id: string;
    version: number;
    groupName: string;
    business: string;
    kecamatan: string;
    kecamatanName: string;
    desa: string;
    desaName: string;
    address: string;
    leader: string;
    phone: string;
    receivedOn: string;
    receivedOnLabel: string;
    rabTotal: number;
    rabLabel: string;
    step: string;
    stepName: string;
    status: string;
    dueOn: string;
    dueLabel: string;
    sla: Sla;
    note: string;
    requirements: Requirements;
    updatedBy: string;
    updatedAtLabel: string;
  };
  members: MemberView[];
  eligibility: {
    verdict: 'eligible' | 'review' | 'ineligible';
    ruleSetVersion: string;
    dtsenExtractDate: string;
    results: RuleResultView[];
  };
  history: StepRecordView[];
  /** What the user at the keyboard may do now. */
  actions: {
    /** The step whose form this user may submit, or null. */
    complete: StepCode | null;
    canReturn: boolean;
    canReject: boolean;
    canResubmit: boolean;
    /** The Kadis may sign the pending return/rejection letter, or annul the decision. */
    canSignLetter: boolean;
  };
  /** Whether this user may ask for a member's full NIK ("Tampilkan NIK lengkap", audited). */
  canRevealNik?: boolean;
  /**
   * The SOP gate while the case waits at the meeting (S07) or the approval (S08): what still
   * blocks, who is left out, the overrides recorded (shown to the Kadis at S08).
   */
  gate?: GateView | null;
  /** A return/rejection letter left as a draft, waiting for the Kadis's signature. */
  pendingLetter: PendingLetterView | null; /** The field survey the pendamping reported from her kecamatan register (issue 7), if any. */
  pendampingSurvey?: PendampingSurveyView | null;
}

export interface PendampingSurveyView {
  surveyDate: string;
  surveyDateLabel: string;
  result: string;
  note: string;
  reportedBy: string;
}

export interface PendingLetterView {
  type: 'Surat Pengembalian' | 'Surat Penolakan';
  reason: string;
  decidedBy: string;
  decidedAtLabel: string;
  /** The draft (KONSEP) in Drive; '' while not made. */
  docUrl: string;
  pdfUrl: string;
}

export interface MemberCheck {
  nik: string;
  valid: boolean;
  sex: 'P' | 'L' | '';
  birthDate: string;
  age: number | null;
  inDtsen: boolean | null;
  /** Case IDs of other active or aided groups with this NIK. */
  duplicates: string[];
  results: RuleResultView[];
}

export interface AreaOption {
  code: string;
  name: string;
}

export interface IntakeOptions {
  kecamatan: AreaOption[];
  /** Desa/kelurahan by kecamatan code. */
  desa: Record<string, AreaOption[]>;
  /** Today in Asia/Jakarta (ISO), the latest allowed receipt date. */
  today: string;
}

export interface Saved {
  caseId: string;
  version: number;
  step: string;
  status: string;
  /** The agenda ID and number of the letter numbered by this action (S09, a reservation). */
  letterId?: string;
  letterNumber?: string;
  /** Every letter numbered by this action (S09 numbers the SKT and the Surat Rekomendasi). */
  letterIds?: string[];
  /** Something the user should know although the action was saved (e.g. a document not made). */
  notice?: string;
  /**
   * Intake: the eligibility of what was registered (the proposal is recorded whatever it is; a
   * failing rule must be fixed or set aside before the meeting and the approval).
   */
  eligibility?: { verdict: 'eligible' | 'review' | 'ineligible'; failing: string[] };
}

/** The envelope of every server function. */
export type ApiResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: {
        message: string;
        /** Errors of single fields, by path (e.g. `members.2.nik`), to show next to them. */
        fields?: FieldError[];
        /** The form was loaded from data that has changed since: reload. */
        stale?: boolean;
        /**
         * Not a refusal: the server failed part-way (a service call), so some of the action may
         * have been written. Send the same request again (same request ID): it is completed
         * exactly once.
         */
        retry?: boolean;
      };
    };
