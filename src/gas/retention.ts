/**
 * "Laporan retensi arsip" (issue 7, item 5): the records past the retention schedule of their
 * archive code — closed cases with their members, and letters — each with the day it left the
 * active period and the day its whole retention ended. Schedules are settings
 * `retensi.<kode>` ("2 aktif + 3 inaktif"; 400.9.12.2 defaults to 2 + 3). A batch job from the
 * menu: the Kasus, Anggota, Langkah Kasus and Agenda Surat tabs are read once each and the
 * report tab "Laporan Retensi" is rebuilt in one write (a constant number of calls whatever the
 * register size). NIKs in the report are masked.
 */
import {
  DEFAULT_RETENTION,
  archiveCodeOf,
  formatTanggal,
  isoDateInJakarta,
  maskNik,
  parseRetention,
  retentionDue,
  type RetentionDue,
  type RetentionPeriod,
} from '../domain';
import { STEP_RECORDS } from '../app/register/tabs';
import { RegisterError } from '../app/register/errors';
import { requireRole } from './access';
import type { AgendaRow, MemberRow, Register, StepRecordRow } from './register';
import { today } from './usecases/common';

export const RETENTION_TAB = 'Laporan Retensi';
export const RETENTION_HEADER = [
  'Jenis',
  'ID',
  'Kode Arsip',
  'Uraian',
  'Ditutup',
  'Inaktif Sejak',
  'Retensi Berakhir',
  'Keadaan',
] as const;

const STATE_TEXT: Record<Exclude<RetentionDue['state'], 'active'>, string> = {
  pastActive: 'Melewati masa aktif: pindahkan ke arsip inaktif',
  pastRetention: 'Melewati masa retensi: usulkan penilaian dan penyusutan',
};

export interface RetentionReport {
  rows: string[][];
  pastActive: number;
  pastRetention: number;
  /** Archive codes met with no schedule (their records are not assessed). */
  unscheduled: string[];
}

/** The schedule of an archive code: its setting, else the default; null when it has none. */
function scheduleOf(register: Register, code: string): RetentionPeriod | null {
  const text = register.setting(`retensi.${code}`);
  if (text.trim() === '') return DEFAULT_RETENTION[code] ?? null;
  const parsed = parseRetention(text);
  if (!parsed.ok) {
    throw new RegisterError(`Pengaturan "retensi.${code}": ${parsed.error}`);
  }
  return parsed.period;
}

/** Builds the report (reads only; the menu action writes it). */
export function retentionReport(register: Register): RetentionReport {
  const on = today(register);
  const defaultCode =
    archiveCodeOf(register.setting('surat.formatNomor')) || Object.keys(DEFAULT_RETENTION)[0];
  const closed = register.cases
    .all()
    .map((r) => r.row)
    .filter((c) => c.status === 'Selesai' || c.status === 'Ditolak');
  const closedIds = new Set(closed.map((c) => String(c.id)));
  const closedOn = new Map<string, string>();
  for (const { row } of register.table<StepRecordRow>(STEP_RECORDS).all()) {
    const id = String(row.caseId);
    if (!closedIds.has(id) || !row.at) continue;
    const day = isoDateInJakarta(new Date(String(row.at)));
    if ((closedOn.get(id) ?? '') < day) closedOn.set(id, day);
  }
  const letters = register.agenda.all().map((r) => r.row);
  const caseCode = new Map<string, string>();
  for (const l of letters) {
    const code = archiveCodeOf(String(l.number));
    if (l.caseId && code && !caseCode.has(String(l.caseId))) caseCode.set(String(l.caseId), code);
  }
  const members = new Map<string, MemberRow[]>();
  for (const { row } of register.members.all()) {
    const id = String(row.caseId);
    if (closedIds.has(id)) members.set(id, [...(members.get(id) ?? []), row]);
  }

  const rows: string[][] = [];
  const unscheduled = new Set<string>();
  let pastActive = 0;
  let pastRetention = 0;
  const add = (kind: string, id: string, code: string, text: string, from: string) => {
    const period = scheduleOf(register, code);
    if (!period) {
      unscheduled.add(code);
      return false;
    }
    const due = retentionDue(from, period, on);
    if (!due || due.state === 'active') return false;
    if (due.state === 'pastActive') pastActive += 1;
    else pastRetention += 1;
    rows.push([
      kind,
      id,
      code,
      text,
      formatTanggal(from),
      formatTanggal(due.inactiveFrom),
      formatTanggal(due.retentionEndsOn),
      STATE_TEXT[due.state],
    ]);
    return true;
  };
  for (const c of closed) {
    const id = String(c.id);
    const from = closedOn.get(id) ?? String(c.updatedAt ?? '').slice(0, 10);
    const code = caseCode.get(id) ?? defaultCode;
    if (!add('Kasus', id, code, `${String(c.groupName)} (${String(c.status)})`, from)) continue;
    for (const m of members.get(id) ?? []) {
      add('Anggota', String(m.id), code, `${String(m.name)}, NIK ${maskNik(String(m.nik))}`, from);
    }
  }
  for (const l of letters as AgendaRow[]) {
    const code = archiveCodeOf(String(l.number));
    if (!code) continue;
    const caseId = String(l.caseId ?? '');
    if (caseId && !closedIds.has(caseId)) continue; // its case file is still open
    const from = caseId ? (closedOn.get(caseId) ?? String(l.date)) : String(l.date);
    add(
      'Surat',
      String(l.number),
      code,
      `${String(l.type)}: ${String(l.subject)} (${String(l.status)})`,
      from,
    );
  }
  return { rows, pastActive, pastRetention, unscheduled: [...unscheduled].sort() };
}

/** Writes the report tab (created if missing, rebuilt each time): one clear, one write. */
function writeReport(register: Register, report: RetentionReport): void {
  const ss = register.spreadsheet;
  const sheet = ss.getSheetByName(RETENTION_TAB) ?? ss.insertSheet(RETENTION_TAB);
  sheet.clearContents();
  const values = [
    [...RETENTION_HEADER],
    ...(report.rows.length
      ? report.rows
      : [['—', '', '', 'Tidak ada arsip yang melewati masa retensinya.', '', '', '', '']]),
  ];
  const range = sheet.getRange(1, 1, values.length, RETENTION_HEADER.length);
  // Plain-text cells keep a string exactly as written, never a formula or a number; an
  // apostrophe there would be a visible character (tests/emulator/plainText.test.ts).
  range.setNumberFormat('@');
  range.setValues(values);
  sheet.setFrozenRows(1);
}

/** The menu action: Admin, Kabid and Kadis. Returns the report it wrote. */
export function runRetentionReport(register: Register): RetentionReport {
  requireRole(register.actor, ['Admin', 'Kabid', 'Kadis'], 'membuat laporan retensi arsip');
  const report = retentionReport(register);
  writeReport(register, report);
  return report;
}
