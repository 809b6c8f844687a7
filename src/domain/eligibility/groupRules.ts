/**
 * The eligibility rules of a group as a whole: a rule set in force, a valid receipt date, a
 * Magetan kecamatan, the group size (Permensos 2/2019, 5-20 by default), no NIK twice, and the
 * requirement checklist of the SOP (Persyaratan Pelayanan). Codes are listed in `GROUP_RULES`.
 */
import { formatTanggal } from '../tanggal';
import { kecamatanName } from '../wilayah';
import type { RuleSettings } from './settings';
import type { RequirementChecklist, RuleResult } from './types';

/** Stable codes of the group rules, in report order. */
export const GROUP_RULES = [
  'ruleSet.inForce',
  'group.receiptDate',
  'group.kecamatan',
  'group.size',
  'group.uniqueNik',
  'group.requirements',
] as const;

/** The checklist items in SOP order, with their Indonesian names. */
const REQUIREMENTS: ReadonlyArray<readonly [keyof RequirementChecklist, string]> = [
  ['rab', 'usulan kebutuhan kelompok (RAB)'],
  ['proposal', 'proposal yang ditandatangani Kepala Desa dan diketahui Camat'],
  ['ktpKkCopies', 'fotokopi KTP dan KK seluruh anggota'],
  ['coverLetter', 'surat pengantar dari Camat'],
];

/** ruleSet.inForce */
export function ruleSetRule(settings: RuleSettings | null, receiptDate: string): RuleResult {
  if (!settings) {
    return {
      rule: 'ruleSet.inForce',
      status: 'fail',
      reason: `Tidak ada versi aturan yang berlaku pada tanggal proposal diterima ("${receiptDate}"); mohon periksa tab pengaturan aturan.`,
      data: { receiptDate },
    };
  }
  return {
    rule: 'ruleSet.inForce',
    status: 'pass',
    reason: `Pemeriksaan memakai aturan versi ${settings.version} (berlaku sejak ${formatTanggal(settings.effectiveFrom)}).`,
    data: { version: settings.version, effectiveFrom: settings.effectiveFrom },
  };
}

/** group.receiptDate */
export function receiptDateRule(receiptDate: string, valid: boolean): RuleResult {
  return valid
    ? {
        rule: 'group.receiptDate',
        status: 'pass',
        reason: `Proposal diterima pada ${formatTanggal(receiptDate)}.`,
        data: { receiptDate },
      }
    : {
        rule: 'group.receiptDate',
        status: 'fail',
        reason: `Tanggal proposal diterima ("${String(receiptDate)}") tidak sah; mohon isi dengan tanggal yang benar.`,
        data: { receiptDate },
      };
}

/** group.kecamatan */
export function kecamatanRule(input: unknown, dotted: string): RuleResult {
  return dotted
    ? {
        rule: 'group.kecamatan',
        status: 'pass',
        reason: `Kelompok berada di Kecamatan ${kecamatanName(dotted)} (${dotted}).`,
        data: { kecamatan: dotted },
      }
    : {
        rule: 'group.kecamatan',
        status: 'fail',
        reason: `Kecamatan kelompok ("${String(input)}") bukan salah satu dari 18 kecamatan di Kabupaten Magetan (35.20.01-35.20.18).`,
        data: { kecamatan: input },
      };
}

/** group.size: all members counted; a warning when too few would remain after the failures. */
export function sizeRule(total: number, withoutFailure: number, s: RuleSettings): RuleResult {
  const data = {
    members: total,
    membersWithoutFailure: withoutFailure,
    minGroupSize: s.minGroupSize,
    maxGroupSize: s.maxGroupSize,
  };
  const range = `${s.minGroupSize}-${s.maxGroupSize} orang`;
  if (total < s.minGroupSize || total > s.maxGroupSize) {
    return {
      rule: 'group.size',
      status: 'fail',
      reason: `Kelompok beranggotakan ${total} orang; jumlah anggota harus ${range} (Permensos 2/2019).`,
      data,
    };
  }
  if (withoutFailure < s.minGroupSize) {
    return {
      rule: 'group.size',
      status: 'warning',
      reason: `Kelompok beranggotakan ${total} orang, tetapi hanya ${withoutFailure} yang memenuhi syarat; bila anggota lain tidak diganti, kelompok kurang dari ${s.minGroupSize} orang.`,
      data,
    };
  }
  return {
    rule: 'group.size',
    status: 'pass',
    reason: `Kelompok beranggotakan ${total} orang (syarat ${range}).`,
    data,
  };
}

/** group.uniqueNik */
export function uniqueNikRule(
  repeated: readonly string[],
  masked: (nik: string) => string,
): RuleResult {
  return repeated.length > 0
    ? {
        rule: 'group.uniqueNik',
        status: 'fail',
        reason: `NIK berikut tercatat lebih dari satu kali dalam kelompok: ${repeated.map(masked).join(', ')}.`,
        data: { niks: repeated },
      }
    : {
        rule: 'group.uniqueNik',
        status: 'pass',
        reason: 'Tidak ada NIK ganda dalam kelompok.',
        data: {},
      };
}

/** group.requirements: the checklist, plus members missing a Surat Keterangan. */
export function requirementsRule(
  checklist: RequirementChecklist | undefined,
  withoutCertificate: readonly string[],
): RuleResult {
  const c = checklist && typeof checklist === 'object' ? checklist : {};
  const missing = REQUIREMENTS.filter(([k]) => c[k] === false).map(([, name]) => name);
  if (withoutCertificate.length > 0)
    missing.push(`Surat Keterangan untuk anggota tanpa KTP/KK (${withoutCertificate.join(', ')})`);
  const unchecked = REQUIREMENTS.filter(([k]) => c[k] !== true && c[k] !== false).map(
    ([, name]) => name,
  );
  const data = { checklist: { ...c }, missing, unchecked };
  if (missing.length > 0) {
    return {
      rule: 'group.requirements',
      status: 'fail',
      reason: `Persyaratan belum lengkap: ${missing.join('; ')}. Mohon dilengkapi.`,
      data,
    };
  }
  if (unchecked.length > 0) {
    return {
      rule: 'group.requirements',
      status: 'warning',
      reason: `Persyaratan berikut belum diperiksa: ${unchecked.join('; ')}.`,
      data,
    };
  }
  return {
    rule: 'group.requirements',
    status: 'pass',
    reason: 'Seluruh persyaratan proposal lengkap.',
    data,
  };
}
