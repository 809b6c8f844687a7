/**
 * The data of an eligibility check: the group proposal and its members as entered in the
 * register, the context it is checked against (DTSEN extract, other groups and past aid, rule
 * set), and the report: one result per rule, each with a status, a reason in Indonesian and
 * the data it used.
 */
import type { RuleSettings } from './settings';

/** Marital status as on the KTP (status perkawinan). */
export type MaritalStatus = 'belum_kawin' | 'kawin' | 'cerai_hidup' | 'cerai_mati';

/** A member (anggota) of a group, as entered in the register. */
export interface MemberInput {
  /** NIK as entered (spaces and dots are ignored). */
  nik: string;
  /** Nomor KK as entered; '' when unknown. */
  kk?: string;
  /** Full name (for the reasons). */
  name: string;
  /** Status perkawinan; cerai hidup or cerai mati = janda (widow). Free text is read too. */
  maritalStatus?: MaritalStatus | string;
  /** Tulang punggung ekonomi keluarga (family's economic backbone). */
  breadwinner?: boolean;
  /** Has a KTP and its copy is in the file; undefined = not yet checked. */
  hasKtp?: boolean;
  /** Has a KK and its copy is in the file; undefined = not yet checked. */
  hasKk?: boolean;
  /** Surat Keterangan from Kepala Desa / Camat / Dukcapil (needed without KTP or KK). */
  hasCertificate?: boolean;
  /** Desa/kelurahan code of domicile, e.g. '35.20.05.2001'; when absent the NIK's code is used. */
  desa?: string;
  /** Birth date as written on the KTP, if entered; compared with the NIK. */
  birthDate?: string;
}

/** The requirement checklist of the proposal (Persyaratan Pelayanan 1-4; 5 is per member). */
export interface RequirementChecklist {
  /** 1. Usulan kebutuhan kelompok (RAB). */
  rab?: boolean;
  /** 2. Proposal signed by the Kepala Desa and acknowledged by the Camat. */
  proposal?: boolean;
  /** 3. Copies of KTP and KK of every member. */
  ktpKkCopies?: boolean;
  /** 4. Surat pengantar (cover letter) from the Camat. */
  coverLetter?: boolean;
}

/** A group proposal (kelompok) to check. */
export interface GroupInput {
  id: string;
  name?: string;
  /** Kecamatan of the group, '35.20.05' or '352005'. */
  kecamatan: string;
  /** Date the proposal was received at Dinas Sosial (ISO): the reference date of every rule. */
  receiptDate: string;
  members: MemberInput[];
  requirements: RequirementChecklist;
}

/** One row of the DTSEN extract. */
export interface DtsenRow {
  nik: string;
  kk?: string;
  /** Desil kesejahteraan 1-10, when the extract has it. */
  decile?: number;
}

/** The DTSEN extract, indexed once for many checks (see `buildDtsenIndex`). */
export interface DtsenIndex {
  /** Date of the extract (recorded with each check). */
  extractDate: string;
  /** Every NIK of the extract, with its decile 1-10, or 0 when the extract has none. */
  decileByNik: ReadonlyMap<string, number>;
  /** KK numbers present in the extract. */
  kks: ReadonlySet<string>;
}

/** A membership of a person in a group, active or already aided. */
export interface Participation {
  groupId: string;
  status: 'active' | 'aided';
  /** E.g. the year of the aid, for the reason. */
  note?: string;
}

/** Other groups and past aid by NIK and by KK (see `buildParticipationIndex`). */
export interface ParticipationIndex {
  byNik: ReadonlyMap<string, readonly Participation[]>;
  byKk: ReadonlyMap<string, readonly Participation[]>;
}

/** What a group is checked against. */
export interface EligibilityContext {
  dtsen: DtsenIndex;
  participation: ParticipationIndex;
  /** One rule set, or the list from which the one in force on the receipt date is taken. */
  ruleSets: RuleSettings | readonly RuleSettings[];
}

/** Outcome of one rule. */
export type RuleStatus = 'pass' | 'fail' | 'warning';

/** One rule's result: a stable code, a status, a reason (Indonesian) and the data used. */
export interface RuleResult {
  rule: string;
  status: RuleStatus;
  reason: string;
  data: Record<string, unknown>;
}

/** 'eligible': every rule passes; 'review': no failure but warnings; 'ineligible': a failure. */
export type Verdict = 'eligible' | 'review' | 'ineligible';

/** The results of one member. */
export interface MemberReport {
  /** Bare NIK digits (or the input as given when it is not 16 digits). */
  nik: string;
  name: string;
  verdict: Verdict;
  results: RuleResult[];
}

/** The report of a group check. */
export interface EligibilityReport {
  groupId: string;
  /** Version of the rule set used ('' when none was in force). */
  ruleSetVersion: string;
  receiptDate: string;
  dtsenExtractDate: string;
  /** Ineligible when a group rule fails or any member is ineligible. */
  verdict: Verdict;
  group: RuleResult[];
  members: MemberReport[];
  counts: { members: number; eligible: number; review: number; ineligible: number };
}
