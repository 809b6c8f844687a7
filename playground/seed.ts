/**
 * The playground's demo data, created the way the office would create it. Reference data
 * (users of every role, a DTSEN extract of 300 synthetic people, the extract's date setting) is
 * written by one in-process execution through the register's columns, found by header. Cases
 * are created by driving the REAL bundle API as the right user at each step
 * (`apiIntake`, `apiCompleteStep`, `apiReturnCase`, `apiRejectCase`), with the clock set in the
 * past, so the register holds groups at every step, overdue, returned, rejected and done. If
 * the bundle has no case API yet, that part is skipped (and said so) and runs on a later start.
 */
import type { World } from '../emulator/backend';
import { runEntry, runInProcess } from '../emulator/runtime';
import type { AdminOverview } from '../src/app/api/admin';
import { jakartaMidnight } from '../src/domain/isoDate';
import { DEMO_USERS, demoDtsen, dtsenDate } from './demoData';
import { DEMO_CASES, driveCase } from './seedCases';
import type { Bundle } from '../emulator/runtime';

export type SeedLog = (message: string) => void;

export interface SeedTarget {
  /** The demo Admin: runs the reference-data execution. */
  user: string;
  registerId: string;
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Appends rows given by header (`{ 'Email': …, 'Nama': … }`) below the last row, keeping the
 * formats and drop-downs of row 2 on any rows the tab had to grow by.
 */
export function appendByHeader(sheet: Sheet, rows: ReadonlyArray<Record<string, unknown>>): void {
  if (!rows.length) return;
  const width = sheet.getLastColumn();
  const headers = sheet.getRange(1, 1, 1, width).getValues()[0].map(String);
  for (const key of Object.keys(rows[0])) {
    if (!headers.includes(key)) throw new Error(`Tab ${sheet.getName()} tidak punya kolom ${key}.`);
  }
  const first = sheet.getLastRow() + 1;
  const missing = first + rows.length - 1 - sheet.getMaxRows();
  if (missing > 0) {
    const maxRows = sheet.getMaxRows();
    sheet.insertRowsAfter(maxRows, missing);
    const added = sheet.getRange(maxRows + 1, 1, missing, width);
    const model = sheet.getRange(2, 1, 1, width);
    added.setNumberFormats(Array.from({ length: missing }, () => model.getNumberFormats()[0]));
    added.setDataValidations(Array.from({ length: missing }, () => model.getDataValidations()[0]));
  }
  const values = rows.map((row) => headers.map((h) => (h in row ? row[h] : '')));
  sheet.getRange(first, 1, rows.length, width).setValues(values);
}

/** Users, the DTSEN extract and its date setting: one execution as the demo Admin. */
export function seedReference(world: World, at: SeedTarget, log: SeedLog): boolean {
  const now = new Date();
  const stamp = {
    Versi: 1,
    'Dibuat Oleh': at.user,
    'Dibuat Pada': now,
    'Diubah Oleh': at.user,
    'Diubah Pada': now,
  };
  const extractDate = dtsenDate(now);
  const people = demoDtsen(extractDate);
  const r = runInProcess(world, { user: at.user, activeSpreadsheetId: at.registerId }, (g) => {
    const ss = (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(
      at.registerId,
    );
    const tab = (name: string) => {
      const sheet = ss.getSheetByName(name);
      if (!sheet) throw new Error(`Tab ${name} belum ada.`);
      return sheet;
    };
    appendByHeader(
      tab('Pengguna'),
      DEMO_USERS.map((u) => ({
        Email: u.email,
        Nama: u.name,
        NIP: u.nip,
        'Pangkat/Golongan': u.rank,
        Jabatan: u.position,
        Peran: u.role,
        'Kode Kecamatan': u.kecamatan,
        Aktif: true,
        ...stamp,
      })),
    );
    appendByHeader(
      tab('DTSEN'),
      people.map((p) => ({
        NIK: p.nik,
        'No. KK': p.kk,
        Nama: p.name,
        Desil: p.decile,
        'Tanggal Data': jakartaMidnight(extractDate),
      })),
    );
    const settings = tab('Pengaturan');
    const found = settings.createTextFinder('dtsen.tanggalData').matchEntireCell(true).findNext();
    if (found) {
      const headers = settings.getRange(1, 1, 1, settings.getLastColumn()).getValues()[0];
      const value = headers.indexOf('Nilai') + 1;
      if (value > 0) settings.getRange(found.getRow(), value).setValue(extractDate);
    }
  });
  if (r.error) {
    log(`Seed: pengguna dan DTSEN contoh GAGAL dibuat: ${r.error.message}`);
    return false;
  }
  log(
    `Seed: ${DEMO_USERS.length} pengguna contoh dan ${people.length} baris DTSEN contoh ` +
      `(tanggal data ${extractDate}) dibuat.`,
  );
  return true;
}

/** The demo cases through the real API; false (skipped) when the bundle has no case API. */
export function seedCases(world: World, bundle: Bundle, at: SeedTarget, log: SeedLog): boolean {
  const needed = ['apiIntake', 'apiCompleteStep', 'apiGetCase'];
  const absent = needed.filter((f) => !bundle.functions.includes(f));
  if (absent.length) {
    log(
      `Seed: kasus contoh DILEWATI — bundle belum memiliki ${absent.join(', ')}. ` +
        'Kasus dibuat otomatis saat playground dimulai dengan bundle yang memilikinya.',
    );
    return false;
  }
  let ok = 0;
  const used = new Set<string>();
  // Every case's steps in date order: always the step whose day is the longest ago (the agenda
  // refuses a letter dated before the last one).
  const running = DEMO_CASES.map((plan) => {
    const steps = driveCase(world, bundle, at.registerId, plan, used);
    return { plan, steps, next: steps.next() };
  });
  for (let open = running; open.length; open = running.filter((r) => !r.next.done)) {
    const first = open.reduce((a, b) => (Number(b.next.value) > Number(a.next.value) ? b : a));
    first.next = first.steps.next();
    if (first.next.done) {
      if (first.next.value.ok) ok += 1;
      else log(`Seed: kasus "${first.plan.groupName}" berhenti: ${first.next.value.message}`);
    }
  }
  log(`Seed: ${ok} dari ${DEMO_CASES.length} kasus contoh dibuat lewat API bundle.`);
  return true;
}

/**
 * The users and the DTSEN date just written, confirmed by the demo Admin through the Admin form
 * (issue 13: a Pengguna row or a setting the form did not write gives no power).
 */
export function confirmReference(world: World, bundle: Bundle, at: SeedTarget, log: SeedLog): void {
  const call = <T>(fn: string, arg?: unknown): T => {
    const r = runEntry<{ ok: boolean; data: T; error?: { message: string } }>(
      world,
      bundle,
      fn,
      arg === undefined ? [] : [arg],
      { user: at.user, activeSpreadsheetId: at.registerId },
    );
    if (r.error) throw r.error;
    if (!r.value?.ok) throw new Error(`${fn}: ${r.value?.error?.message ?? 'tanpa jawaban'}`);
    return r.value.data;
  };
  const overview = call<AdminOverview>('apiAdminOverview');
  let n = 0;
  const requestId = () => `contoh-admin-${++n}-${Date.now().toString(36)}`;
  for (const u of overview.users.filter((x) => !x.audited)) {
    call('apiConfirmUser', { requestId: requestId(), email: u.email, version: u.version });
  }
  for (const s of overview.settings.filter((x) => !x.audited)) {
    call('apiSaveSetting', { requestId: requestId(), ...s });
  }
  log('Seed: pengguna dan pengaturan contoh dikonfirmasi Admin (tercatat di Riwayat).');
}
