/**
 * The eligibility check of a group proposal: runs the group rules and every member's rules
 * against the DTSEN index, the participation index and the rule set in force on the receipt
 * date, and sums the results up into verdicts. Pure and total: bad input gives failed rules
 * with reasons, never an exception.
 */
import { bareDigits } from '../digits';
import { isIsoDate } from '../isoDate';
import { maskNik, parseNik } from '../nik';
import { dottedAreaCode, isMagetanKecamatan } from '../wilayah';
import {
  kecamatanRule,
  receiptDateRule,
  requirementsRule,
  ruleSetRule,
  sizeRule,
  uniqueNikRule,
} from './groupRules';
import { checkMember, memberEnv } from './memberRules';
import { ruleSetFor } from './settings';
import type { RuleSettings } from './settings';
import type {
  EligibilityContext,
  EligibilityReport,
  GroupInput,
  MemberInput,
  MemberReport,
  RuleResult,
  Verdict,
} from './types';

/** Verdict of a list of results: any fail → ineligible; else any warning → review. */
export function verdictOf(results: readonly RuleResult[]): Verdict {
  let verdict: Verdict = 'eligible';
  for (const x of results) {
    if (x.status === 'fail') return 'ineligible';
    if (x.status === 'warning') verdict = 'review';
  }
  return verdict;
}

function pickSettings(
  ruleSets: EligibilityContext['ruleSets'] | undefined,
  receiptDate: string,
): RuleSettings | null {
  if (Array.isArray(ruleSets)) return ruleSetFor(receiptDate, ruleSets);
  return ruleSets && typeof ruleSets === 'object' ? (ruleSets as RuleSettings) : null;
}

function failedReport(groupId: string, reason: string): EligibilityReport {
  return {
    groupId,
    ruleSetVersion: '',
    receiptDate: '',
    dtsenExtractDate: '',
    verdict: 'ineligible',
    group: [{ rule: 'input.readable', status: 'fail', reason, data: {} }],
    members: [],
    counts: { members: 0, eligible: 0, review: 0, ineligible: 0 },
  };
}

/**
 * Checks a group proposal and each member. The DTSEN extract and the participation index are
 * built once (`buildDtsenIndex`, `buildParticipationIndex`) and shared by all checks; the
 * group's own id is ignored in the participation index, so a group can be re-checked.
 * @example
 * const report = checkEligibility(
 *   { id: 'K-2026-001', kecamatan: '35.20.05', receiptDate: '2026-03-13', requirements: { rab: true, proposal: true, ktpKkCopies: true, coverLetter: true },
 *     members: [{ nik: '3520054708680001', kk: '3520051203150007', name: 'Sri Lestari', maritalStatus: 'cerai_mati', hasKtp: true, hasKk: true }, ...] },
 *   { dtsen: buildDtsenIndex(rows, '2026-01-31'), participation: buildParticipationIndex(history), ruleSets: [DEFAULT_RULE_SETTINGS] },
 * );
 * report.verdict // 'eligible' | 'review' | 'ineligible'
 * report.ruleSetVersion // 'WRSE-2023.1'
 * report.members[0].results.find((x) => x.rule === 'member.age')?.reason
 * // 'Usia Sri Lestari (NIK 352005******0001) pada tanggal proposal diterima (13 Maret 2026) adalah 57 tahun; batas usia 18-58 tahun.'
 */
export function checkEligibility(
  group: GroupInput,
  context: EligibilityContext,
): EligibilityReport {
  if (!group || typeof group !== 'object') return failedReport('', 'Data kelompok tidak terbaca.');
  const groupId = String(group.id ?? '');
  if (!context || typeof context !== 'object' || !context.dtsen || !context.participation) {
    return failedReport(groupId, 'Data pembanding (DTSEN dan riwayat kelompok) tidak tersedia.');
  }
  try {
    return check(group, groupId, context);
  } catch (e) {
    return failedReport(
      groupId,
      `Pemeriksaan tidak dapat diselesaikan karena data tidak terbaca (${String(e)}).`,
    );
  }
}

function check(group: GroupInput, groupId: string, context: EligibilityContext): EligibilityReport {
  const receiptValid = isIsoDate(group.receiptDate);
  const receiptDate = receiptValid ? group.receiptDate : '';
  const settings = pickSettings(context.ruleSets, receiptDate);
  const groupResults: RuleResult[] = [ruleSetRule(settings, String(group.receiptDate))];
  const base = { groupId, receiptDate, dtsenExtractDate: String(context.dtsen.extractDate ?? '') };
  if (!settings) {
    return {
      ...base,
      ruleSetVersion: '',
      verdict: 'ineligible',
      group: groupResults,
      members: [],
      counts: { members: 0, eligible: 0, review: 0, ineligible: 0 },
    };
  }
  const dotted = dottedAreaCode(group.kecamatan);
  const groupKecamatan = isMagetanKecamatan(dotted) ? dotted : '';
  groupResults.push(
    receiptDateRule(String(group.receiptDate), receiptValid),
    kecamatanRule(group.kecamatan, groupKecamatan),
  );

  const members: MemberInput[] = Array.isArray(group.members) ? group.members : [];
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const m of members) {
    const nik = m && typeof m.nik === 'string' ? bareDigits(m.nik) : '';
    if (nik === '') continue;
    if (seen.has(nik)) repeated.add(nik);
    seen.add(nik);
  }
  const env = memberEnv({
    groupId,
    groupKecamatan,
    receiptDate,
    settings,
    dtsen: context.dtsen,
    participation: context.participation,
    repeatedNiks: repeated,
  });
  const asOf = receiptDate || '2099-12-31';
  const reports: MemberReport[] = [];
  const withoutCertificate: string[] = [];
  const counts = { members: members.length, eligible: 0, review: 0, ineligible: 0 };
  for (const m of members) {
    let results: RuleResult[];
    if (!m || typeof m !== 'object') {
      results = [
        { rule: 'nik.valid', status: 'fail', reason: 'Baris anggota tidak terbaca.', data: {} },
      ];
    } else {
      results = checkMember(m, parseNik(m.nik, asOf), env);
      const docs = results[results.length - 1];
      if (docs.rule === 'member.documents' && docs.status === 'fail')
        withoutCertificate.push(String(m.name || maskNik(m.nik)));
    }
    const verdict = verdictOf(results);
    counts[verdict]++;
    const nik = m && typeof m.nik === 'string' ? bareDigits(m.nik) : '';
    reports.push({ nik, name: m && m.name ? String(m.name) : '', verdict, results });
  }
  groupResults.push(
    sizeRule(members.length, counts.eligible + counts.review, settings),
    uniqueNikRule(Array.from(repeated), maskNik),
    requirementsRule(group.requirements, withoutCertificate),
  );
  const groupVerdict = verdictOf(groupResults);
  const verdict: Verdict =
    groupVerdict === 'ineligible' || counts.ineligible > 0
      ? 'ineligible'
      : groupVerdict === 'review' || counts.review > 0
        ? 'review'
        : 'eligible';
  return {
    ...base,
    ruleSetVersion: settings.version,
    verdict,
    group: groupResults,
    members: reports,
    counts,
  };
}
