/**
 * Builders of synthetic test data: NIKs and KK numbers with a valid structure, members with
 * invented names, groups and contexts. Never real people.
 */
import {
  buildDtsenIndex,
  buildParticipationIndex,
  DEFAULT_RULE_SETTINGS,
  type EligibilityContext,
  type GroupInput,
  type MemberInput,
  type Participation,
  type RuleSettings,
} from '../../src/domain';

/** A NIK from its parts: kecamatan code (bare), ISO birth date, sex, serial. */
export function makeNik(
  birthDate = '1968-08-07',
  sex: 'P' | 'L' = 'P',
  kecamatan = '352005',
  serial = '0001',
): string {
  const day = Number(birthDate.slice(8, 10)) + (sex === 'P' ? 40 : 0);
  return `${kecamatan}${String(day).padStart(2, '0')}${birthDate.slice(5, 7)}${birthDate.slice(2, 4)}${serial}`;
}

/** A KK number from its parts: kecamatan code (bare), ISO issue date, serial. */
export function makeKk(issueDate = '2015-03-12', kecamatan = '352005', serial = '0007'): string {
  return `${kecamatan}${issueDate.slice(8, 10)}${issueDate.slice(5, 7)}${issueDate.slice(2, 4)}${serial}`;
}

const NAMES = [
  'Sri Lestari',
  'Siti Aminah',
  'Sumarni',
  'Wahyuningsih',
  'Endang Susilowati',
  'Tri Rahayu',
  'Sulastri',
  'Murtini',
];

/** The i-th member of a synthetic group: eligible on 2026-03-13 (a widow aged 57). */
export function makeMember(i: number, over: Partial<MemberInput> = {}): MemberInput {
  const serial = String(i + 1).padStart(4, '0');
  return {
    nik: makeNik('1968-08-07', 'P', '352005', serial),
    kk: makeKk('2015-03-12', '352005', serial),
    name: `${NAMES[i % NAMES.length]} ${i + 1}`,
    maritalStatus: 'cerai_mati',
    breadwinner: false,
    hasKtp: true,
    hasKk: true,
    desa: '35.20.05.2001',
    ...over,
  };
}

/** A complete, eligible group of `size` members in Kecamatan Kawedanan (35.20.05). */
export function makeGroup(size = 5, over: Partial<GroupInput> = {}): GroupInput {
  return {
    id: 'K-2026-001',
    name: 'Kelompok Mawar',
    kecamatan: '35.20.05',
    receiptDate: '2026-03-13',
    members: Array.from({ length: size }, (_, i) => makeMember(i)),
    requirements: { rab: true, proposal: true, ktpKkCopies: true, coverLetter: true },
    ...over,
  };
}

/** A context in which every member of `group` is in DTSEN (extract of 2026-01-31). */
export function makeContext(
  group: GroupInput,
  opts: {
    history?: Array<{ nik: string; kk?: string } & Participation>;
    settings?: RuleSettings | RuleSettings[];
    dtsen?: Array<{ nik: string; kk?: string; decile?: number }>;
    extractDate?: string;
  } = {},
): EligibilityContext {
  const rows = opts.dtsen ?? group.members.map((m) => ({ nik: m.nik, kk: m.kk, decile: 2 }));
  return {
    dtsen: buildDtsenIndex(rows, opts.extractDate ?? '2026-01-31'),
    participation: buildParticipationIndex(opts.history ?? []),
    ruleSets: opts.settings ?? [DEFAULT_RULE_SETTINGS],
  };
}
