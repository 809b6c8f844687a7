/**
 * The eligibility rules of one member (SOP syarat 2, 3, 5, 6 and the duplicate guard): valid
 * NIK and KK, woman, age on the receipt date, widow or breadwinner, registered in DTSEN, in the
 * group's kecamatan, not in another active group nor already aided, documents complete.
 * Each rule returns one result with a stable code; the codes are listed in `MEMBER_RULES`.
 */
import { ageOn } from '../age';
import { bareDigits } from '../digits';
import { isIsoDate, toDayNumber } from '../isoDate';
import { parseKk } from '../kk';
import { maskNik } from '../nik';
import type { NikResult } from '../nik';
import { formatTanggal } from '../tanggal';
import { findDesa, kecamatanName } from '../wilayah';
import type { RuleSettings } from './settings';
import type {
  DtsenIndex,
  MemberInput,
  Participation,
  ParticipationIndex,
  RuleResult,
  RuleStatus,
} from './types';

/** Stable codes of the member rules, in report order. */
export const MEMBER_RULES = [
  'nik.valid',
  'kk.valid',
  'member.uniqueInGroup',
  'member.woman',
  'member.age',
  'member.status',
  'member.dtsen',
  'member.kecamatan',
  'member.notInOtherGroup',
  'member.kkNotInOtherGroup',
  'member.documents',
] as const;

/** What the member rules need from the group and the context. */
export interface MemberEnv {
  groupId: string;
  /** Dotted kecamatan code of the group, '' when invalid. */
  groupKecamatan: string;
  /** Receipt date, '' when invalid. */
  receiptDate: string;
  settings: RuleSettings;
  dtsen: DtsenIndex;
  participation: ParticipationIndex;
  /** NIKs that occur more than once in the group. */
  repeatedNiks: ReadonlySet<string>;
  /** Texts and numbers computed once per group (see `memberEnv`). */
  receiptText: string;
  extractText: string;
  groupKecamatanName: string;
  /** Days from the DTSEN extract to the receipt date (0 when unknown). */
  extractAgeDays: number;
}

/** Completes the environment of the member rules with what is computed once per group. */
export function memberEnv(
  base: Omit<MemberEnv, 'receiptText' | 'extractText' | 'groupKecamatanName' | 'extractAgeDays'>,
): MemberEnv {
  const extract = String(base.dtsen.extractDate ?? '');
  const extractValid = isIsoDate(extract);
  return {
    ...base,
    receiptText: base.receiptDate ? formatTanggal(base.receiptDate) : '',
    extractText: extractValid ? formatTanggal(extract) : `"${extract}"`,
    groupKecamatanName: kecamatanName(base.groupKecamatan),
    extractAgeDays:
      base.receiptDate && extractValid ? toDayNumber(base.receiptDate) - toDayNumber(extract) : 0,
  };
}

function r(
  rule: string,
  status: RuleStatus,
  reason: string,
  data: Record<string, unknown>,
): RuleResult {
  return { rule, status, reason, data };
}

const STATUS_CODES: Record<string, string> = {
  cerai_mati: 'cerai_mati',
  janda_mati: 'cerai_mati',
  janda_cerai_mati: 'cerai_mati',
  cerai_hidup: 'cerai_hidup',
  janda_cerai: 'cerai_hidup',
  janda_cerai_hidup: 'cerai_hidup',
  janda: 'janda',
  kawin: 'kawin',
  menikah: 'kawin',
  belum_kawin: 'belum_kawin',
  lajang: 'belum_kawin',
};

/**
 * Reads free-text marital status into a code ('' = not filled, 'unknown' = not understood).
 * @example normalizeMaritalStatus('Cerai Mati') // 'cerai_mati'
 */
export function normalizeMaritalStatus(value: unknown): string {
  if (typeof value !== 'string') return '';
  const exact = STATUS_CODES[value];
  if (exact !== undefined && Object.prototype.hasOwnProperty.call(STATUS_CODES, value))
    return exact;
  const s = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (s === '') return '';
  return Object.prototype.hasOwnProperty.call(STATUS_CODES, s) ? STATUS_CODES[s] : 'unknown';
}

const STATUS_TEXT: Record<string, string> = {
  cerai_mati: 'janda (cerai mati)',
  cerai_hidup: 'janda (cerai hidup)',
  janda: 'janda',
  kawin: 'kawin',
  belum_kawin: 'belum kawin',
};

const NONE: readonly Participation[] = [];

function othersThan(
  list: readonly Participation[] | undefined,
  groupId: string,
): readonly Participation[] {
  if (!list) return NONE;
  let all = true;
  for (const p of list) if (p.groupId === groupId) all = false;
  return all ? list : list.filter((p) => p.groupId !== groupId);
}

function participationText(list: readonly Participation[]): string {
  return list
    .map((p) =>
      p.status === 'aided'
        ? `sudah menerima bantuan melalui kelompok ${p.groupId}${p.note ? ` (${p.note})` : ''}`
        : `tercatat sebagai anggota kelompok aktif ${p.groupId}`,
    )
    .join('; ');
}

/** What the rules of one member share: the member, the parsed NIK, and names for reasons. */
interface Subject {
  m: MemberInput;
  nik: NikResult;
  digits: string;
  kk: string;
  who: string;
}

function nikRule({ m, nik, digits, who }: Subject): RuleResult {
  if (!nik.valid) {
    return r('nik.valid', 'fail', `NIK ${who} tidak sah: ${nik.errors.join(' ')}`, {
      nik: m.nik,
      errors: nik.errors,
    });
  }
  if (nik.warnings.length > 0) {
    return r('nik.valid', 'warning', `NIK ${who} sah, dengan catatan: ${nik.warnings.join(' ')}`, {
      nik: digits,
      kecamatan: nik.kecamatan,
      warnings: nik.warnings,
    });
  }
  return r('nik.valid', 'pass', `NIK ${who} sah.`, { nik: digits, kecamatan: nik.kecamatan });
}

function kkRule({ m, kk, who }: Subject, env: MemberEnv): RuleResult {
  if (kk === '') {
    return r(
      'kk.valid',
      'warning',
      `Nomor KK ${who} belum diisi; pemeriksaan ganda berdasarkan KK tidak dapat dilakukan.`,
      { kk: '' },
    );
  }
  const parsed = parseKk(kk, env.receiptDate || '2099-12-31');
  if (!parsed.valid) {
    return r('kk.valid', 'fail', `Nomor KK ${who} tidak sah: ${parsed.errors.join(' ')}`, {
      kk: m.kk,
      errors: parsed.errors,
    });
  }
  if (parsed.warnings.length > 0) {
    return r(
      'kk.valid',
      'warning',
      `Nomor KK ${who} sah, dengan catatan: ${parsed.warnings.join(' ')}`,
      { kk, warnings: parsed.warnings },
    );
  }
  return r('kk.valid', 'pass', `Nomor KK ${who} sah.`, { kk });
}

function uniqueInGroupRule({ digits, who }: Subject, env: MemberEnv): RuleResult {
  return env.repeatedNiks.has(digits)
    ? r(
        'member.uniqueInGroup',
        'fail',
        `NIK ${who} tercatat lebih dari satu kali dalam kelompok ini; mohon hapus baris gandanya.`,
        { nik: digits },
      )
    : r('member.uniqueInGroup', 'pass', `NIK ${who} hanya tercatat satu kali dalam kelompok.`, {
        nik: digits,
      });
}

function womanRule({ nik, who }: Subject): RuleResult {
  if (!nik.valid)
    return r(
      'member.woman',
      'fail',
      `Jenis kelamin ${who} tidak dapat dibaca karena NIK tidak sah.`,
      {},
    );
  return nik.sex === 'P'
    ? r('member.woman', 'pass', `${who} perempuan menurut NIK (tanggal lahir ditambah 40).`, {
        sex: 'P',
      })
    : r(
        'member.woman',
        'fail',
        `${who} laki-laki menurut NIK; bantuan WRSE hanya untuk perempuan. Mohon periksa kembali NIK-nya.`,
        { sex: 'L' },
      );
}

function ageRule({ m, nik, who }: Subject, env: MemberEnv): RuleResult {
  const s = env.settings;
  if (!nik.valid) {
    return r('member.age', 'fail', `Usia ${who} tidak dapat dihitung karena NIK tidak sah.`, {
      minAge: s.minAge,
      maxAge: s.maxAge,
    });
  }
  if (!env.receiptDate) {
    return r(
      'member.age',
      'fail',
      `Usia ${who} tidak dapat dihitung karena tanggal penerimaan proposal tidak sah.`,
      { minAge: s.minAge, maxAge: s.maxAge },
    );
  }
  const age = ageOn(nik.birthDate, env.receiptDate);
  const data: Record<string, unknown> = {
    birthDate: nik.birthDate,
    receiptDate: env.receiptDate,
    age,
    minAge: s.minAge,
    maxAge: s.maxAge,
  };
  const head = `Usia ${who} pada tanggal proposal diterima (${env.receiptText}) adalah ${age} tahun`;
  if (age > s.maxAge)
    return r(
      'member.age',
      'fail',
      `${head}, melebihi batas usia maksimum ${s.maxAge} tahun.`,
      data,
    );
  if (age < s.minAge)
    return r('member.age', 'fail', `${head}, di bawah batas usia minimum ${s.minAge} tahun.`, data);
  if (m.birthDate !== undefined && m.birthDate !== '' && m.birthDate !== nik.birthDate) {
    data.recordedBirthDate = m.birthDate;
    const recorded = isIsoDate(m.birthDate)
      ? formatTanggal(m.birthDate)
      : `"${String(m.birthDate)}"`;
    return r(
      'member.age',
      'warning',
      `${head} menurut NIK (lahir ${formatTanggal(nik.birthDate)}), tetapi tanggal lahir yang dicatat adalah ${recorded}. Mohon cocokkan dengan KTP.`,
      data,
    );
  }
  return r('member.age', 'pass', `${head}; batas usia ${s.minAge}-${s.maxAge} tahun.`, data);
}

function statusRule({ m, who }: Subject): RuleResult {
  const status = normalizeMaritalStatus(m.maritalStatus);
  const data = { maritalStatus: m.maritalStatus ?? '', breadwinner: m.breadwinner === true };
  if (status === 'cerai_mati' || status === 'cerai_hidup' || status === 'janda') {
    return r('member.status', 'pass', `${who} berstatus ${STATUS_TEXT[status]}.`, data);
  }
  if (m.breadwinner === true && status === 'kawin') {
    return r(
      'member.status',
      'warning',
      `${who} berstatus kawin dan dicatat sebagai tulang punggung ekonomi keluarga; mohon dipastikan pada survei lapangan.`,
      data,
    );
  }
  if (m.breadwinner === true)
    return r('member.status', 'pass', `${who} adalah tulang punggung ekonomi keluarga.`, data);
  const shown =
    status === 'unknown'
      ? `status perkawinan "${String(m.maritalStatus)}" tidak dikenali`
      : status === ''
        ? 'status perkawinan belum diisi'
        : `status perkawinan: ${STATUS_TEXT[status]}`;
  return r(
    'member.status',
    'fail',
    `${who} tidak tercatat sebagai janda maupun tulang punggung ekonomi keluarga (${shown}).`,
    data,
  );
}

function dtsenRule({ digits, kk, who }: Subject, env: MemberEnv): RuleResult {
  const s = env.settings;
  const extract = env.dtsen.extractDate;
  const decile = digits.length === 16 ? env.dtsen.decileByNik.get(digits) : undefined;
  if (decile === undefined) {
    if (kk.length === 16 && env.dtsen.kks.has(kk)) {
      return r(
        'member.dtsen',
        'warning',
        `NIK ${who} tidak ditemukan di DTSEN (data per ${env.extractText}), tetapi nomor KK-nya terdaftar; mohon periksa apakah NIK berubah atau belum dimutakhirkan.`,
        { extractDate: extract, maxDecile: s.maxDecile, kkFound: true },
      );
    }
    return r(
      'member.dtsen',
      'fail',
      `${who} tidak ditemukan di DTSEN (data per ${env.extractText}); syarat terdaftar di DTKS/DTSEN belum terpenuhi.`,
      { extractDate: extract, maxDecile: s.maxDecile },
    );
  }
  const data: Record<string, unknown> = {
    extractDate: extract,
    maxDecile: s.maxDecile,
    decile: decile || null,
  };
  if (s.maxDecile !== null && decile > s.maxDecile) {
    return r(
      'member.dtsen',
      'fail',
      `${who} terdaftar di DTSEN (data per ${env.extractText}) pada desil ${decile}, di atas batas desil ${s.maxDecile}.`,
      data,
    );
  }
  if (s.maxDecile !== null && decile === 0) {
    return r(
      'member.dtsen',
      'warning',
      `${who} terdaftar di DTSEN (data per ${env.extractText}), tetapi desilnya tidak tercantum; batas desil ${s.maxDecile} perlu diperiksa manual.`,
      data,
    );
  }
  if (s.dtsenMaxAgeDays !== null && env.extractAgeDays > s.dtsenMaxAgeDays) {
    data.extractAgeDays = env.extractAgeDays;
    return r(
      'member.dtsen',
      'warning',
      `${who} terdaftar di DTSEN, tetapi data DTSEN per ${env.extractText} sudah berumur ${env.extractAgeDays} hari pada tanggal proposal diterima (batas ${s.dtsenMaxAgeDays} hari); mohon gunakan data terbaru.`,
      data,
    );
  }
  return r(
    'member.dtsen',
    'pass',
    `${who} terdaftar di DTSEN (data per ${env.extractText}${decile ? `, desil ${decile}` : ''}).`,
    data,
  );
}

function kecamatanRule({ m, nik, who }: Subject, env: MemberEnv): RuleResult {
  const groupKec = env.groupKecamatan;
  const groupName = env.groupKecamatanName;
  if (!groupKec) {
    return r(
      'member.kecamatan',
      'warning',
      `Domisili ${who} tidak dapat dibandingkan karena kecamatan kelompok tidak sah.`,
      {},
    );
  }
  if (m.desa !== undefined && m.desa !== '') {
    const desa = findDesa(m.desa);
    if (!desa) {
      return r(
        'member.kecamatan',
        'fail',
        `Kode desa domisili ${who} ("${String(m.desa)}") tidak dikenal di Kabupaten Magetan.`,
        { desa: m.desa },
      );
    }
    if (desa.kecamatan === groupKec) {
      return r(
        'member.kecamatan',
        'pass',
        `${who} berdomisili di ${desa.level} ${desa.name}, Kecamatan ${groupName}, sama dengan kecamatan kelompok.`,
        { desa: desa.code, basis: 'desa' },
      );
    }
    return r(
      'member.kecamatan',
      'fail',
      `${who} berdomisili di ${desa.level} ${desa.name}, Kecamatan ${kecamatanName(desa.kecamatan)}, bukan di Kecamatan ${groupName} (kecamatan kelompok).`,
      { desa: desa.code, kecamatan: desa.kecamatan, groupKecamatan: groupKec, basis: 'desa' },
    );
  }
  if (nik.valid && nik.kecamatan === groupKec) {
    return r(
      'member.kecamatan',
      'pass',
      `Kode kecamatan pada NIK ${who} sama dengan kecamatan kelompok (${groupName}).`,
      { kecamatan: nik.kecamatan, basis: 'nik' },
    );
  }
  const name = nik.valid ? kecamatanName(nik.kecamatan) : '';
  const fromNik = nik.valid
    ? `kode kecamatan pada NIK (${nik.kecamatan}${name ? ` ${name}` : ''}) berbeda dengan`
    : 'NIK tidak sah sehingga tidak dapat dibandingkan dengan';
  return r(
    'member.kecamatan',
    'warning',
    `Desa domisili ${who} belum diisi dan ${fromNik} kecamatan kelompok (${groupName}); mohon isi desa domisili.`,
    { kecamatan: nik.valid ? nik.kecamatan : '', groupKecamatan: groupKec, basis: 'nik' },
  );
}

function notInOtherGroupRule({ digits, who }: Subject, env: MemberEnv): RuleResult {
  const others = othersThan(env.participation.byNik.get(digits), env.groupId);
  return others.length > 0
    ? r('member.notInOtherGroup', 'fail', `${who} ${participationText(others)}.`, {
        groups: others,
      })
    : r(
        'member.notInOtherGroup',
        'pass',
        `${who} tidak tercatat di kelompok aktif lain dan belum pernah menerima bantuan.`,
        {},
      );
}

function kkNotInOtherGroupRule({ kk, who }: Subject, env: MemberEnv): RuleResult {
  if (kk.length !== 16) {
    return r(
      'member.kkNotInOtherGroup',
      'warning',
      `Pemeriksaan ganda berdasarkan KK untuk ${who} tidak dapat dilakukan karena nomor KK tidak lengkap.`,
      {},
    );
  }
  const others = othersThan(env.participation.byKk.get(kk), env.groupId);
  return others.length > 0
    ? r(
        'member.kkNotInOtherGroup',
        'warning',
        `Anggota keluarga lain dari KK yang sama (${maskNik(kk)}) dengan ${who} ${participationText(others)}; mohon diperiksa.`,
        { kk, groups: others },
      )
    : r(
        'member.kkNotInOtherGroup',
        'pass',
        `Tidak ada anggota keluarga dari KK ${who} di kelompok lain atau penerima bantuan sebelumnya.`,
        { kk },
      );
}

/** Persyaratan 3 and 5: copies of KTP and KK, or a Surat Keterangan for what is missing. */
function documentsRule({ m, who }: Subject): RuleResult {
  const data = {
    hasKtp: m.hasKtp ?? null,
    hasKk: m.hasKk ?? null,
    hasCertificate: m.hasCertificate ?? null,
  };
  if (m.hasKtp === true && m.hasKk === true)
    return r('member.documents', 'pass', `Fotokopi KTP dan KK ${who} sudah ada.`, data);
  const missing =
    m.hasKtp === false && m.hasKk === false
      ? 'KTP dan KK'
      : m.hasKtp === false
        ? 'KTP'
        : m.hasKk === false
          ? 'KK'
          : '';
  if (missing === '')
    return r(
      'member.documents',
      'warning',
      `Kelengkapan fotokopi KTP dan KK ${who} belum diperiksa.`,
      data,
    );
  return m.hasCertificate === true
    ? r(
        'member.documents',
        'pass',
        `${who} tidak memiliki ${missing}; Surat Keterangan sebagai penggantinya sudah ada.`,
        data,
      )
    : r(
        'member.documents',
        'fail',
        `${who} tidak memiliki ${missing}; mohon lampirkan Surat Keterangan dari Kepala Desa/Camat/Dukcapil Kabupaten Magetan.`,
        data,
      );
}

/** Runs every member rule, in `MEMBER_RULES` order; `nik` is parsed once by the caller. */
export function checkMember(m: MemberInput, nik: NikResult, env: MemberEnv): RuleResult[] {
  const digits = bareDigits(m.nik);
  const masked = maskNik(digits);
  const subject: Subject = {
    m,
    nik,
    digits,
    kk: typeof m.kk === 'string' ? bareDigits(m.kk) : '',
    who: `${m.name ? String(m.name) : 'Anggota tanpa nama'} (NIK ${masked || `"${String(m.nik)}"`})`,
  };
  return [
    nikRule(subject),
    kkRule(subject, env),
    uniqueInGroupRule(subject, env),
    womanRule(subject),
    ageRule(subject, env),
    statusRule(subject),
    dtsenRule(subject, env),
    kecamatanRule(subject, env),
    notInOtherGroupRule(subject, env),
    kkNotInOtherGroupRule(subject, env),
    documentsRule(subject),
  ];
}
