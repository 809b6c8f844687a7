/**
 * The pull-back of a kecamatan register, as pure decisions: which of the pendamping's entries
 * the master takes, and what it reports instead. Rows are matched by ID, never by position; each
 * entry goes through the same zod schemas as the sidebar's step forms (S03 member validation,
 * S06 survey) and a three-way check per field: the value at export (the row's hidden base), the
 * master's value now, the pendamping's value. The master changed the same field since the export
 * → a conflict, nothing overwritten. The case's current step must allow the entry (member
 * validation at S02–S03, survey at S05–S06). Rows added, deleted or re-ordered by hand, and rows
 * not from the last export, are reported and never applied.
 */
import { stepFormSchemas } from '../api/forms';
import { fromCell } from '../register/cells';
import type { Column } from '../register/columns';
import type { FINDING_KINDS } from '../register/tabs';
import { KEC_CASES, KEC_MEMBERS, decodeBase, type RowBase } from './layout';

export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  kind: FindingKind;
  target: 'Kasus' | 'Anggota';
  recordId: string;
  caseId: string;
  field: string;
  baseValue: string;
  masterValue: string;
  pendampingValue: string;
  message: string;
}

/** What the master holds now, for the three-way check. */
export interface MasterCase {
  id: string;
  step: string;
  status: string;
}
export interface MasterMember {
  id: string;
  caseId: string;
  validation: string;
  note: string;
  version: number;
}
export interface MasterSurvey {
  surveyDate: string;
  result: string;
  note: string;
  version: number;
}

export interface MemberChange {
  caseId: string;
  memberId: string;
  fromVersion: number;
  changes: { validation?: string; note?: string };
}
export interface SurveyChange {
  caseId: string;
  /** The survey row's version, or null when the case has none yet. */
  fromVersion: number | null;
  row: { surveyDate: string; result: string; note: string };
}

export interface PullBackInput {
  exportVersion: number;
  /** Every cell of the register's tabs (header row first), as getValues returns them. */
  cases: unknown[][];
  members: unknown[][];
  /** IDs exported, by tab name (from the hidden "Daftar Ekspor" tab). */
  exported: { cases: string[]; members: string[] };
  master: {
    cases: ReadonlyMap<string, MasterCase>;
    members: ReadonlyMap<string, MasterMember>;
    surveys: ReadonlyMap<string, MasterSurvey>;
  };
  /** Today, ISO date (Asia/Jakarta): a survey date may not be after it. */
  today: string;
}

export interface PullBackResult {
  memberChanges: MemberChange[];
  surveyChanges: SurveyChange[];
  findings: Finding[];
  /** Rows read that carry an entry different from the export. */
  entries: number;
}

/** Steps where the pendamping's entries are taken. */
export const MEMBER_STEPS = ['S02', 'S03'];
export const SURVEY_STEPS = ['S05', 'S06'];

const LABELS: Record<string, string> = {
  validation: 'Hasil Validasi',
  note: 'Catatan Validasi',
  survey: 'Survei',
};

function normalise(key: string, value: string): string {
  const v = value.trim();
  return key === 'validation' && v === '' ? 'Belum' : v;
}

/**
 * The pendamping's text equals the value at export. Her register's text cells are plain text
 * and hold exactly what the export wrote; registers written before that held a text starting
 * with `=`, `+`, `-` or `@` behind a visible apostrophe: that form is the same value, not a
 * new entry.
 */
function unchanged(pendamping: string, base: string): boolean {
  return pendamping === base || (/^[=+\-@]/.test(base) && pendamping === `'${base}`);
}

interface ReadRow {
  rowNumber: number;
  id: string;
  base: RowBase | null;
  cells: unknown[];
}

/** Finds the header's columns; null when a column the pull-back needs was renamed or removed. */
function positions(
  header: unknown[],
  columns: Record<string, Column>,
): Record<string, number> | null {
  const at: Record<string, number> = {};
  for (const [key, column] of Object.entries(columns)) {
    const i = header.findIndex((h) => String(h ?? '').trim() === column.header);
    if (i < 0) return null;
    at[key] = i;
  }
  return at;
}

function rowText(cells: unknown[]): string {
  return cells
    .map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : String(c ?? '').trim()))
    .filter((c) => c !== '')
    .join(' | ');
}

/**
 * Reads a tab's rows and sorts out those that cannot be trusted: rows without ID (added by
 * hand), unknown or duplicated IDs, rows not from the last export, rows re-ordered by hand, and
 * exported rows missing (deleted by hand). Returns the trusted rows.
 */
function trustedRows(
  values: unknown[][],
  columns: Record<string, Column>,
  idKey: string,
  inputKeys: readonly string[],
  target: Finding['target'],
  exportVersion: number,
  exported: readonly string[],
  findings: Finding[],
): { rows: ReadRow[]; at: Record<string, number> } | null {
  const [header = [], ...body] = values;
  const at = positions(header, columns);
  const finding = (recordId: string, pendampingValue: string, message: string) =>
    findings.push({
      kind: 'Baris Diabaikan',
      target,
      recordId,
      caseId: '',
      field: '',
      baseValue: '',
      masterValue: '',
      pendampingValue,
      message,
    });
  if (!at) {
    finding(
      '',
      header.map(String).join(' | '),
      `Judul kolom tab "${target}" diubah atau dihapus; tidak ada isian dari tab ini yang dipakai.`,
    );
    return null;
  }
  const known = new Set(exported);
  const rows: ReadRow[] = [];
  const count = new Map<string, number>();
  body.forEach((cells, i) => {
    const id = String(cells[at[idKey]] ?? '').trim();
    const rowNumber = i + 2;
    if (id === '') {
      const filled = inputKeys.some((k) => String(cells[at[k]] ?? '').trim() !== '');
      if (filled || rowText(cells) !== '') {
        finding(
          `baris ${rowNumber}`,
          rowText(cells),
          `Baris ${rowNumber} ditambahkan tanpa ID; isiannya tidak dipakai.`,
        );
      }
      return;
    }
    count.set(id, (count.get(id) ?? 0) + 1);
    rows.push({ rowNumber, id, base: decodeBase(cells[at.base]), cells });
  });
  const trusted = rows.filter((r) => {
    if (count.get(r.id)! > 1) {
      finding(
        r.id,
        rowText(r.cells),
        `ID ${r.id} ada di lebih dari satu baris (baris disalin); isiannya tidak dipakai.`,
      );
      return false;
    }
    if (!known.has(r.id) || !r.base || r.base.e !== exportVersion) {
      finding(
        r.id,
        rowText(r.cells),
        `Baris ${r.rowNumber} (ID ${r.id}) bukan dari ekspor terakhir; isiannya tidak dipakai.`,
      );
      return false;
    }
    return true;
  });
  // Re-ordered by hand: a row's rank among the surviving rows differs from its rank at export.
  const byExport = trusted.map((r) => r.base!.r).sort((a, b) => a - b);
  const inPlace = trusted.filter((r, i) => {
    if (byExport[i] === r.base!.r) return true;
    finding(
      r.id,
      rowText(r.cells),
      `Baris ID ${r.id} dipindah dari urutan ekspor (baris ${r.base!.r} menjadi ${r.rowNumber}); ` +
        'isiannya tidak dipakai karena mungkin tertukar dengan baris lain.',
    );
    return false;
  });
  const present = new Set(rows.map((r) => r.id));
  for (const id of exported) {
    if (!present.has(id)) {
      finding(id, '', `Baris ID ${id} dihapus dari register kecamatan; data induk tidak diubah.`);
    }
  }
  return { rows: inPlace, at };
}

/** The value of an input cell, or an error message naming the column. */
function inputValue(column: Column, cell: unknown): { value: string } | { error: string } {
  try {
    return { value: String(fromCell(column, cell, () => `Kolom "${column.header}"`) ?? '') };
  } catch {
    return { error: `Kolom "${column.header}" harus berisi tanggal.` };
  }
}

function pullMembers(input: PullBackInput, out: PullBackResult): void {
  const read = trustedRows(
    input.members,
    KEC_MEMBERS.columns,
    'memberId',
    ['validation', 'note'],
    'Anggota',
    input.exportVersion,
    input.exported.members,
    out.findings,
  );
  if (!read) return;
  for (const r of read.rows) {
    const master = input.master.members.get(r.id);
    const c = master ? input.master.cases.get(master.caseId) : undefined;
    const base = r.base!;
    const report = (kind: FindingKind, field: string, p: string, message: string) =>
      out.findings.push({
        kind,
        target: 'Anggota',
        recordId: r.id,
        caseId: master?.caseId ?? '',
        field: LABELS[field] ?? field,
        baseValue: base.v[field] ?? '',
        masterValue: master ? normalise(field, master[field as 'note']) : '',
        pendampingValue: p,
        message,
      });
    const changed: Record<string, string> = {};
    for (const key of ['validation', 'note'] as const) {
      const p = normalise(key, String(r.cells[read.at[key]] ?? ''));
      const b = normalise(key, base.v[key] ?? '');
      if (unchanged(p, b)) continue;
      out.entries += 1;
      if (!master || !c) {
        report(
          'Baris Diabaikan',
          key,
          p,
          'Anggota ini tidak ada lagi di register induk, atau kasusnya sudah selesai atau ditolak.',
        );
        continue;
      }
      const m = normalise(key, master[key]);
      if (m === p) continue;
      if (m !== b) {
        report(
          'Konflik',
          key,
          p,
          'Register induk mengubah kolom ini sejak ekspor; tidak ada yang ditimpa. Petugas memilih nilai yang dipakai.',
        );
        continue;
      }
      changed[key] = p;
    }
    if (Object.keys(changed).length === 0 || !master || !c) continue;
    if (c.status !== 'Berjalan' || !MEMBER_STEPS.includes(c.step)) {
      for (const [key, p] of Object.entries(changed)) {
        report(
          'Langkah Tidak Sesuai',
          key,
          p,
          `Kasus ${c.id} berada di langkah ${c.step} (${c.status}); hasil validasi hanya dipakai pada langkah S02–S03.`,
        );
      }
      continue;
    }
    const entry = {
      memberId: r.id,
      validation: changed.validation ?? normalise('validation', master.validation),
      note: changed.note ?? master.note,
    };
    const parsed = stepFormSchemas.S03.safeParse({
      members: [entry],
      requirements: { rab: true, proposal: true, ktpKkCopies: true, coverLetter: true },
      note: '',
    });
    if (!parsed.success) {
      const bad = new Set(parsed.error.issues.map((i) => String(i.path[2] ?? '')));
      for (const [key, p] of Object.entries(changed)) {
        if (!bad.has(key)) continue;
        report(
          'Tidak Sah',
          key,
          p,
          key === 'validation'
            ? 'Hasil validasi harus Valid, Tidak Valid, atau Perlu Perbaikan.'
            : 'Catatan validasi paling banyak 500 karakter.',
        );
        delete changed[key];
      }
      if (Object.keys(changed).length === 0) continue;
    }
    out.memberChanges.push({
      caseId: master.caseId,
      memberId: r.id,
      fromVersion: master.version,
      changes: changed,
    });
  }
}

const SURVEY_KEYS = [
  ['surveyDate', 'surveyDate'],
  ['surveyResult', 'result'],
  ['surveyNote', 'note'],
] as const;

function pullCases(input: PullBackInput, out: PullBackResult): void {
  const read = trustedRows(
    input.cases,
    KEC_CASES.columns,
    'caseId',
    ['surveyDate', 'surveyResult', 'surveyNote'],
    'Kasus',
    input.exportVersion,
    input.exported.cases,
    out.findings,
  );
  if (!read) return;
  for (const r of read.rows) {
    const c = input.master.cases.get(r.id);
    const survey = input.master.surveys.get(r.id);
    const base = r.base!;
    const p: Record<string, string> = {};
    const m: Record<string, string> = {};
    const b: Record<string, string> = {};
    let error = '';
    for (const [cellKey, key] of SURVEY_KEYS) {
      const v = inputValue(KEC_CASES.columns[cellKey], r.cells[read.at[cellKey]]);
      if ('error' in v) error = v.error;
      p[key] = 'value' in v ? v.value.trim() : String(r.cells[read.at[cellKey]] ?? '');
      m[key] = survey ? String(survey[key] ?? '') : '';
      b[key] = base.v[key] ?? '';
    }
    const changedKeys = SURVEY_KEYS.map(([, k]) => k).filter((k) => p[k] !== b[k]);
    if (changedKeys.length === 0) continue;
    out.entries += 1;
    const report = (kind: FindingKind, message: string) =>
      out.findings.push({
        kind,
        target: 'Kasus',
        recordId: r.id,
        caseId: r.id,
        field: LABELS.survey,
        baseValue: JSON.stringify(b),
        masterValue: JSON.stringify(m),
        pendampingValue: JSON.stringify(p),
        message,
      });
    if (!c) {
      report(
        'Baris Diabaikan',
        'Kasus ini tidak ada lagi di register induk, atau sudah selesai atau ditolak.',
      );
      continue;
    }
    if (changedKeys.every((k) => m[k] === p[k])) continue;
    if (changedKeys.some((k) => m[k] !== b[k] && m[k] !== p[k])) {
      report(
        'Konflik',
        'Register induk mengubah hasil survei kasus ini sejak ekspor; tidak ada yang ditimpa. Petugas memilih nilai yang dipakai.',
      );
      continue;
    }
    if (c.status !== 'Berjalan' || !SURVEY_STEPS.includes(c.step)) {
      report(
        'Langkah Tidak Sesuai',
        `Kasus ${c.id} berada di langkah ${c.step} (${c.status}); hasil survei hanya dipakai pada langkah S05–S06.`,
      );
      continue;
    }
    const merged = { surveyDate: p.surveyDate, result: p.result, note: p.note };
    const parsed = stepFormSchemas.S06.safeParse(merged);
    if (error || !parsed.success) {
      const fields = parsed.success
        ? []
        : parsed.error.issues.map((i) =>
            i.path[0] === 'surveyDate'
              ? 'Tanggal Survei wajib berisi tanggal'
              : i.path[0] === 'result'
                ? 'Hasil Survei harus Layak atau Tidak Layak'
                : 'Catatan Survei paling banyak 2.000 karakter',
          );
      report('Tidak Sah', [error, ...fields].filter(Boolean).join('; ') + '.');
      continue;
    }
    if (merged.surveyDate > input.today) {
      report('Tidak Sah', 'Tanggal Survei tidak boleh setelah hari ini.');
      continue;
    }
    out.surveyChanges.push({
      caseId: r.id,
      fromVersion: survey ? survey.version : null,
      row: parsed.data,
    });
  }
}

/** Decides what the master takes from one kecamatan register, and what it reports. */
export function pullBack(input: PullBackInput): PullBackResult {
  const out: PullBackResult = { memberChanges: [], surveyChanges: [], findings: [], entries: 0 };
  pullMembers(input, out);
  pullCases(input, out);
  return out;
}

/** A short, stable hash (FNV-1a, two rounds) for deterministic IDs of findings and requests. */
export function stableHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(36) + h2.toString(36);
}
