/**
 * The SOP gates on the server: the meeting (S07, decision "Ditetapkan") and the Kadis approval
 * (S08) are refused while a group or member eligibility rule fails without an override (the
 * rule itself: `sopGate`, src/domain/eligibility/gate.ts). Overrides are given by the roles of
 * the settings `pengecualian.peran.S07` (default Kabid) and `pengecualian.peran.S08` (default
 * Kadis), each with its reason; the meeting's overrides are seen again, and carried, at S08.
 * The members that stay (not "Tidak Valid") are recorded with the approval: they, and only
 * they, are on the SKT, the Rekomendasi and the BAST (`approvedMembers`).
 */
import { RegisterError } from '../../app/register/errors';
import { ROLES, type Role } from '../../app/register/tabs';
import {
  bareDigits,
  EXCLUDED_VALIDATION,
  sopGate,
  type GateFailure,
  type GateResult,
  type RuleOverride,
} from '../../domain';
import type { CaseRow, MemberRow, Register } from '../register';
import { requireAuditedRecord } from '../authority';
import { latestRecord, recordData } from './common';
import { eligibilityContext, groupInput } from './views';

/** The steps with a gate, and the roles that may set a rule aside there by default. */
export const OVERRIDE_DEFAULTS: Readonly<Record<'S07' | 'S08', readonly Role[]>> = {
  S07: ['Kabid'],
  S08: ['Kadis'],
};

/** The setting naming the roles that may set rules aside at `step`. */
export function overrideSetting(step: 'S07' | 'S08'): string {
  return `pengecualian.peran.${step}`;
}

/** The roles that may set a rule aside at `step`: the setting's list, never Admin/Pendamping. */
export function overrideRoles(register: Register, step: 'S07' | 'S08'): Role[] {
  const configured = register
    .setting(overrideSetting(step))
    .split(/[,;]/)
    .map((r) => r.trim())
    .filter((r): r is Role => (ROLES as readonly string[]).includes(r));
  const roles = configured.length > 0 ? configured : [...OVERRIDE_DEFAULTS[step]];
  return roles.filter((r) => r !== 'Admin' && r !== 'Pendamping');
}

/** A recorded override, with who gave it. */
export interface RecordedOverride extends RuleOverride {
  by: string;
  role: string;
  step: string;
}

function overridesIn(data: Record<string, unknown>): RuleOverride[] {
  const list = Array.isArray(data.overrides) ? data.overrides : [];
  return list
    .filter((o): o is Record<string, unknown> => !!o && typeof o === 'object')
    .map((o) => ({
      rule: String(o.rule ?? ''),
      nik: String(o.nik ?? ''),
      reason: String(o.reason ?? ''),
    }));
}

/**
 * The overrides recorded for a case: the latest meeting's (S07) and, with `withApproval`, the
 * latest approval's (S08), each with who gave it.
 */
export function recordedOverrides(
  register: Register,
  caseId: string,
  withApproval = true,
): RecordedOverride[] {
  const steps = withApproval ? ['S07', 'S08'] : ['S07'];
  return steps.flatMap((step) => {
    const record = latestRecord(register, caseId, step);
    if (!record) return [];
    return overridesIn(recordData(record)).map((o) => ({
      ...o,
      by: String(record.by),
      role: String(record.role),
      step,
    }));
  });
}

/** The gate of case `c` with `given` overrides now and `carried` ones recorded before. */
export function gateOf(
  register: Register,
  c: CaseRow,
  members: MemberRow[],
  given: readonly RuleOverride[],
  carried: readonly RuleOverride[],
): GateResult {
  const group = groupInput(c, members);
  return sopGate(
    {
      ...group,
      members: group.members.map((m, i) => ({ ...m, validation: String(members[i].validation) })),
    },
    eligibilityContext(register, c, members),
    { given, carried },
  );
}

/**
 * Refuses (before anything is written) a step that would pass the gate while it is closed:
 * overrides by a role not allowed, an override that sets nothing aside, a failing rule left.
 * Returns the gate when it passes, and the overrides carried from the meeting (at S08).
 */
export function enforceGate(
  register: Register,
  c: CaseRow,
  step: 'S07' | 'S08',
  given: readonly RuleOverride[],
  members: MemberRow[],
): { gate: GateResult; carried: RecordedOverride[] } {
  if (step === 'S08') {
    // The meeting's overrides count only as its audited action recorded them.
    const meeting = latestRecord(register, String(c.id), 'S07');
    if (meeting) requireAuditedRecord(register.audit, String(c.id), meeting);
  }
  const carried = step === 'S08' ? recordedOverrides(register, String(c.id), false) : [];
  const roles = overrideRoles(register, step);
  const role = register.actor.role;
  if (given.length > 0 && (role === null || !roles.includes(role))) {
    const message = `Pengecualian aturan di langkah ${step} hanya boleh oleh peran ${roles.join(' atau ')} (pengaturan ${overrideSetting(step)}); Anda masuk sebagai ${role ?? 'tamu'}.`;
    throw new RegisterError(message, [{ field: 'form.overrides', message }]);
  }
  const gate = gateOf(register, c, members, given, carried);
  if (gate.unused.length > 0) {
    throw new RegisterError(
      `Pengecualian aturan tidak dapat dipakai: ${gate.unused.map((u) => `baris ${u.index + 1}: ${u.message}`).join(' ')}`,
      gate.unused.map((u) => ({
        field: `form.overrides.${u.index}.rule`,
        message: `Pengecualian aturan › baris ${u.index + 1}: ${u.message}`,
      })),
    );
  }
  if (!gate.passes) {
    const what = step === 'S07' ? 'ditetapkan dalam rapat' : 'disetujui';
    // A member rule's reason names the member already (masked NIK); a group rule's does not.
    const said = (f: GateFailure) => (f.nik ? f.reason : `${f.subject}: ${f.reason}`);
    const lines = gate.blocking.map(
      (f) => `${said(f)} (aturan ${f.rule}${f.overridable ? '' : ', tidak dapat dikecualikan'})`,
    );
    const excluded = gate.excluded.length
      ? ` Anggota bertanda ${EXCLUDED_VALIDATION} tidak dihitung: ${gate.excluded.length} orang.`
      : '';
    throw new RegisterError(
      `Kelompok ini belum dapat ${what}: ${gate.blocking.length} aturan kelayakan tidak terpenuhi ` +
        `dan belum dikecualikan. ${lines.join('; ')}.${excluded} Kecualikan aturan yang gagal ` +
        `dengan alasannya (peran ${roles.join(' atau ')}), kembalikan proposal untuk diperbaiki ` +
        `(anggota yang tidak memenuhi syarat ditandai ${EXCLUDED_VALIDATION}), atau tolak proposal.`,
      gate.blocking.map((f) => ({
        field: 'form.overrides',
        message: `Pengecualian aturan: ${said(f)}`,
      })),
    );
  }
  return { gate, carried };
}

/**
 * What an intake tells the staff about the group just registered: its verdict and every failing
 * rule (subject and reason, NIK masked), read after the action (the proposal is recorded as it
 * came in; the gate applies at S07/S08).
 */
export function intakeEligibility(
  register: Register,
  caseId: string,
): { verdict: 'eligible' | 'review' | 'ineligible'; failing: string[] } | null {
  const c = register.cases.get(caseId)?.row;
  if (!c) return null;
  const members = register.caseMembers(caseId);
  const gate = gateOf(register, c, members, [], []);
  return {
    verdict: gate.report.verdict,
    failing: gate.failures.map((f) => `${f.subject}: ${f.reason}`),
  };
}

/** The IDs of the members the gate keeps (by NIK, in the members' order). */
export function includedIds(gate: GateResult, members: readonly MemberRow[]): string[] {
  const kept = new Set(gate.included);
  return members.filter((m) => kept.has(bareDigits(String(m.nik)))).map((m) => String(m.id));
}

/**
 * The members on the case's SKT, Rekomendasi and BAST: those the Kadis approved (recorded with
 * the S08 record); for an approval recorded before the gate, every member not "Tidak Valid".
 */
export function approvedMembers(register: Register, c: CaseRow, members: MemberRow[]): MemberRow[] {
  const approved = recordData(latestRecord(register, String(c.id), 'S08')).members;
  if (Array.isArray(approved)) {
    const ids = new Set(approved.map(String));
    return members.filter((m) => ids.has(String(m.id)));
  }
  return members.filter((m) => m.validation !== EXCLUDED_VALIDATION);
}
