/**
 * The SOP gates: a case passes the meeting (S07) and the Kadis approval (S08) only when every
 * rule that fails is set aside by an override with its reason. Members marked "Tidak Valid" at
 * validation (S03) are left out before the check: they are not on the letters, do not count
 * toward the group size, and their failures do not block. The group size is checked on the
 * members that remain and can never be set aside, nor can the rules that make a check
 * meaningless (no rule set in force, an invalid receipt date, a NIK twice). Pure.
 */
import { bareDigits } from '../digits';
import { maskNik } from '../nik';
import { checkEligibility } from './checkEligibility';
import type { EligibilityContext, EligibilityReport, GroupInput, MemberInput } from './types';

/** The validation (S03) that leaves a member out of the group. */
export const EXCLUDED_VALIDATION = 'Tidak Valid';

/** Rules that no override can set aside. */
export const RULES_NOT_OVERRIDABLE: readonly string[] = [
  'input.readable',
  'ruleSet.inForce',
  'group.receiptDate',
  'group.size',
  'group.uniqueNik',
];

/** A failed rule set aside by a person with its reason; `nik` is '' for a group rule. */
export interface RuleOverride {
  rule: string;
  nik: string;
  reason: string;
}

/** A member as the gate takes it: the eligibility input and the validation of S03. */
export interface GateMember extends MemberInput {
  /** 'Valid', 'Tidak Valid', 'Perlu Perbaikan' or '' (not yet validated). */
  validation?: string;
}

/** A failing rule: whom it concerns (Kelompok or the member's name, NIK masked) and why. */
export interface GateFailure {
  rule: string;
  /** Bare NIK of the member; '' for a group rule. */
  nik: string;
  subject: string;
  reason: string;
  /** The override that sets it aside, if any. */
  override: RuleOverride | null;
  /** Whether an override could set it aside. */
  overridable: boolean;
}

/** An override that matches no failing rule, or names a rule that cannot be set aside. */
export interface UnusedOverride {
  index: number;
  override: RuleOverride;
  message: string;
}

export interface GateResult {
  /** True when no failing rule is left without an override. */
  passes: boolean;
  /** The check of the members that stay (not "Tidak Valid"). */
  report: EligibilityReport;
  /** Bare NIKs of the members that stay, in input order: they are on the letters. */
  included: string[];
  /** Members left out (marked "Tidak Valid"), bare NIK and name. */
  excluded: Array<{ nik: string; name: string }>;
  /** Every failing rule of the members that stay and of the group, set aside or not. */
  failures: GateFailure[];
  /** Failures still blocking (no override, or one that cannot be set aside). */
  blocking: GateFailure[];
  /** Overrides given that set nothing aside (`given` only; carried ones are not judged). */
  unused: UnusedOverride[];
}

function sameNik(a: string, b: string): boolean {
  return bareDigits(a) === bareDigits(b);
}

/** Whether `o` sets aside rule `rule` of the member `nik` ('' = a group rule). */
export function overrideCovers(o: RuleOverride, rule: string, nik: string): boolean {
  if (o.rule !== rule || RULES_NOT_OVERRIDABLE.includes(rule)) return false;
  return nik === '' ? bareDigits(o.nik) === '' : sameNik(o.nik, nik);
}

/**
 * The gate of a case: the group checked without its "Tidak Valid" members, each failing rule
 * matched with an override. `given` are the overrides the actor submits now (each must set a
 * failing rule aside, else it is reported in `unused`); `carried` are those recorded earlier
 * (the meeting's, seen again at the approval), used but not judged.
 * @example
 * sopGate(group, context, { given: [{ rule: 'member.age', nik: '3520054708680001', reason: 'Masih produktif, diputuskan rapat.' }] })
 * // { passes: true, included: [...], blocking: [], ... } when that was the only failure
 */
export function sopGate(
  group: Omit<GroupInput, 'members'> & { members: GateMember[] },
  context: EligibilityContext,
  overrides: { given?: readonly RuleOverride[]; carried?: readonly RuleOverride[] } = {},
): GateResult {
  const given = overrides.given ?? [];
  const all = [...given, ...(overrides.carried ?? [])];
  const members: GateMember[] = Array.isArray(group.members) ? group.members : [];
  const staying = members.filter((m) => m?.validation !== EXCLUDED_VALIDATION);
  const excluded = members
    .filter((m) => m?.validation === EXCLUDED_VALIDATION)
    .map((m) => ({ nik: bareDigits(String(m.nik ?? '')), name: String(m.name ?? '') }));
  const report = checkEligibility({ ...group, members: staying }, context);
  const failure = (rule: string, nik: string, subject: string, reason: string): GateFailure => ({
    rule,
    nik,
    subject,
    reason,
    override: all.find((o) => overrideCovers(o, rule, nik)) ?? null,
    overridable: !RULES_NOT_OVERRIDABLE.includes(rule),
  });
  const failures: GateFailure[] = [
    ...report.group
      .filter((r) => r.status === 'fail')
      .map((r) => failure(r.rule, '', 'Kelompok', r.reason)),
    ...report.members.flatMap((m) =>
      m.results
        .filter((r) => r.status === 'fail')
        .map((r) => failure(r.rule, m.nik, `${m.name} (NIK ${maskNik(m.nik)})`, r.reason)),
    ),
  ];
  const blocking = failures.filter((f) => f.override === null);
  const memberNiks = new Set(members.map((m) => bareDigits(String(m?.nik ?? ''))));
  const unused: UnusedOverride[] = [];
  given.forEach((o, index) => {
    const nik = bareDigits(o.nik);
    let message = '';
    if (RULES_NOT_OVERRIDABLE.includes(o.rule)) {
      message = `Aturan ${o.rule} tidak dapat dikecualikan.`;
    } else if (nik !== '' && !memberNiks.has(nik)) {
      message = `NIK ${maskNik(nik)} bukan anggota kelompok ini.`;
    } else if (!failures.some((f) => overrideCovers(o, f.rule, f.nik))) {
      message =
        nik === ''
          ? `Aturan kelompok ${o.rule} tidak gagal (untuk aturan anggota, isi NIK anggotanya); pengecualian ini tidak diperlukan.`
          : `Aturan ${o.rule} untuk NIK ${maskNik(nik)} tidak gagal; pengecualian ini tidak diperlukan.`;
    }
    if (message) unused.push({ index, override: o, message });
  });
  return {
    passes: blocking.length === 0,
    report,
    included: report.members.map((m) => m.nik),
    excluded,
    failures,
    blocking,
    unused,
  };
}
