/**
 * Benchmark of every sidebar action of the case workflow, through the shipped bundle, on
 * registers of 1,000 and 10,000 cases (10 members each, one audit row per case, 200 open cases
 * in the work queue) with a 300,000-row DTSEN extract: service calls, cells touched and modeled
 * milliseconds per action. The bar: none of them may grow with the register's size.
 */
import * as crypto from 'crypto';
import * as path from 'path';
import { auditContent, type AuditFields } from '../src/app/audit/content';
import { createWorld, type World } from '../emulator/backend';
import type { SheetsBackend } from '../emulator/backend/sheets';
import {
  callFromClient,
  loadBundle,
  runEntry,
  runInProcess,
  type Bundle,
} from '../emulator/runtime';
import { encodeRow, mapHeader } from '../src/app/register/table';
import { NUMBER_FORMATS } from '../src/app/register/cells';
import {
  AUDIT,
  CASES,
  DTSEN,
  MEMBERS,
  QUEUE,
  SETTINGS,
  type AnyTab,
} from '../src/app/register/tabs';
import type { BenchRow } from './register';
import { deployVerificationPage } from '../playground/verificationPage';

const ADMIN = 'admin@dinsos.contoh.go.id';
const STAF = 'staf@dinsos.contoh.go.id';
const KADIS = 'kadis@dinsos.contoh.go.id';
const KABID = 'kabid@dinsos.contoh.go.id';
const NOW = new Date('2026-03-16T03:00:00.000Z');
const OPEN_CASES = 200;

function nik(kecamatan: string, n: number): string {
  const day = 41 + (n % 28);
  const month = 1 + (n % 12);
  return `${kecamatan}${day}${String(month).padStart(2, '0')}75${String((n % 9999) + 1).padStart(4, '0')}`;
}

/** Writes rows into a tab on Google's side (bench set-up, not measured). */
export function load(
  world: World,
  ssId: string,
  tab: AnyTab,
  rows: Record<string, unknown>[],
  header: unknown[],
  first: number,
): void {
  const map = mapHeader(tab, header);
  const sheets = world.module<SheetsBackend>('sheets');
  const chunk = 20000;
  for (let i = 0; i < rows.length; i += chunk) {
    sheets.loadValues(
      ssId,
      tab.name,
      first + i,
      1,
      rows.slice(i, i + chunk).map((r) => encodeRow(map, r)),
    );
  }
}

export function headers(
  world: World,
  ssId: string,
): Map<string, { header: unknown[]; lastRow: number }> {
  const r = runInProcess(world, { user: ADMIN }, (g) => {
    const ss = (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(ssId);
    return ss.getSheets().map(
      (s) =>
        [
          s.getName(),
          {
            header: s.getRange(1, 1, 1, Math.max(s.getLastColumn(), 1)).getValues()[0],
            lastRow: s.getLastRow(),
          },
        ] as const,
    );
  });
  if (r.error) throw r.error;
  return new Map(r.value);
}

/** The hash of the register's last audit row ('' when there is none). */
function lastAuditHash(world: World, ssId: string): string {
  const r = runInProcess(world, { user: ADMIN }, (g) => {
    const ss = (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(ssId);
    const sheet = ss.getSheetByName(AUDIT.name)!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const last = sheet.getLastRow();
    const col = header.indexOf(AUDIT.columns.hash.header) + 1;
    return last < 2 ? '' : String(sheet.getRange(last, col).getValue());
  });
  if (r.error) throw r.error;
  return r.value as string;
}

/**
 * Leaves 500 formatted empty rows after the loaded data, as "Siapkan register" and the data
 * layer keep them, so that the measured actions are the usual ones (not the rarer one that also
 * grows a full tab).
 */
export function headroom(world: World, ssId: string, tabs: AnyTab[]): void {
  const r = runInProcess(world, { user: ADMIN }, (g) => {
    const ss = (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(ssId);
    for (const tab of tabs) {
      const sheet = ss.getSheetByName(tab.name)!;
      const after = sheet.getMaxRows();
      sheet.insertRowsAfter(after, 500);
      Object.values(tab.columns).forEach((column, i) => {
        const format = NUMBER_FORMATS[column.kind];
        if (format) sheet.getRange(after + 1, i + 1, 500, 1).setNumberFormat(format);
      });
    }
  });
  if (r.error) throw r.error;
}

const stamp = {
  version: 1,
  createdBy: STAF,
  createdAt: '2026-01-05T02:00:00.000Z',
  updatedBy: STAF,
  updatedAt: '2026-01-05T02:00:00.000Z',
};

/** A register of `size` cases, set up through the bundle and filled on Google's side. */
function register(bundle: Bundle, size: number): { world: World; id: string } {
  const world = createWorld();
  const created = runInProcess(world, { user: ADMIN }, (g) =>
    (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .create('Register bench')
      .getId(),
  );
  const id = created.value as string;
  const setup = runEntry(world, bundle, 'menuSetupRegister', [], {
    user: ADMIN,
    activeSpreadsheetId: id,
  });
  if (setup.error) throw setup.error;
  // Users are added through the Admin form: a Pengguna row it did not write gives no role.
  [
    [STAF, 'Staf'],
    [KADIS, 'Kadis'],
    [KABID, 'Kabid'],
  ].forEach(([email, role], n) => {
    const added = runEntry<{ ok: boolean }>(
      world,
      bundle,
      'apiSaveUser',
      [
        {
          requestId: `bench-user-${n + 1}`,
          version: null,
          email,
          name: `${role} Contoh`,
          nip: '',
          rank: '',
          position: role,
          role,
          kecamatan: '',
          active: true,
        },
      ],
      { user: ADMIN, activeSpreadsheetId: id },
    );
    if (added.error || !added.value?.ok) throw added.error ?? new Error(`apiSaveUser ${email}`);
  });
  deployVerificationPage(world, bundle, { user: ADMIN, activeSpreadsheetId: id });
  const h = headers(world, id);
  load(
    world,
    id,
    SETTINGS,
    [
      {
        key: 'nomor.kasus.2026',
        value: String(size),
        effectiveFrom: '2026-01-01',
        description: '',
        ...stamp,
      },
    ],
    h.get(SETTINGS.name)!.header,
    h.get(SETTINGS.name)!.lastRow + 1,
  );
  const cases = [];
  const members = [];
  const audit = [];
  const queue = [];
  for (let i = 1; i <= size; i++) {
    const caseId = `WRSE-2026-${String(i).padStart(4, '0')}`;
    const open = i > size - OPEN_CASES;
    const step = open ? 'S08' : 'S11';
    const status = open ? 'Berjalan' : 'Selesai';
    const dueAt = open ? '2026-03-17T09:00:00.000Z' : '';
    cases.push({
      id: caseId,
      groupName: `Kelompok Contoh ${i}`,
      business: 'Warung',
      kecamatan: '35.20.05',
      desa: '35.20.05.2001',
      address: 'Dusun Contoh',
      leader: `Ketua Contoh ${i}`,
      phone: '',
      receivedOn: '2026-02-02',
      rabTotal: 5000000,
      reqRab: true,
      reqProposal: true,
      reqKtpKk: true,
      reqCoverLetter: true,
      step,
      status,
      waitingRole: open ? 'Kadis' : '',
      stepStartedAt: '2026-03-16T02:00:00.000Z',
      dueAt,
      note: '',
      ...stamp,
      version: 7,
    });
    const memberWrites: unknown[] = [];
    for (let m = 0; m < 10; m++) {
      const n = i * 10 + m;
      const decisive = {
        caseId,
        nik: nik('352005', n),
        kk: `3520050101${String(n).padStart(6, '0')}`,
        validation: 'Valid',
        dtsenDecile: 2,
      };
      memberWrites.push({
        table: 'members',
        op: 'insert',
        id: `${caseId}-A${String(m + 1).padStart(2, '0')}`,
        row: decisive,
      });
      members.push({
        id: `${caseId}-A${String(m + 1).padStart(2, '0')}`,
        caseId,
        nik: nik('352005', n),
        kk: `3520050101${String(n).padStart(6, '0')}`,
        name: `Anggota Contoh ${n}`,
        birthDate: '1975-01-01',
        maritalStatus: 'Cerai Mati',
        breadwinner: true,
        hasKtp: true,
        hasKk: true,
        hasCertificate: false,
        dtsenDecile: 2,
        dtsenDate: '2026-01-31',
        desa: '35.20.05.2001',
        address: '',
        validation: 'Valid',
        note: '',
        ...stamp,
      });
    }
    audit.push({
      id: `RWY-${i}`,
      at: '2026-03-16T02:00:00.000Z',
      user: STAF,
      role: 'Staf',
      caseId,
      action: 'Pendaftaran proposal',
      from: 'S01',
      to: 'S02',
      changes: '{}',
      requestId: `bench-${i}`,
      // The plan as the case's actions would record it: the case row's state and the members'
      // decisive data (NIK, KK, validation, decile) are trusted only as audited.
      result: JSON.stringify({
        writes: [
          { table: 'cases', op: 'insert', id: caseId, row: { step, status, version: 7 } },
          ...memberWrites,
        ],
      }),
      previousHash: '',
      hash: '',
    });
    if (open)
      queue.push({
        caseId,
        groupName: `Kelompok Contoh ${i}`,
        kecamatan: '35.20.05',
        desa: '35.20.05.2001',
        step,
        status,
        waitingRole: 'Kadis',
        receivedOn: '2026-02-02',
        dueAt,
        version: 7,
      });
  }
  const dtsen = [];
  for (let n = 0; n < 300000; n++)
    dtsen.push({
      nik: nik('352005', n),
      kk: `3520050101${String(n).padStart(6, '0')}`,
      name: `Warga Contoh ${n}`,
      decile: 1 + (n % 10),
      dataDate: '2026-01-31',
    });
  // The loaded audit rows continue the hash chain after the Admin's rows (an authority look-up
  // believes only a row whose own hash holds), as the admin CLI's import-register writes them.
  let previousHash = lastAuditHash(world, id);
  for (const row of audit as Array<Record<string, unknown>>) {
    row.previousHash = previousHash;
    row.hash = crypto
      .createHash('sha256')
      .update(previousHash + auditContent(row as unknown as AuditFields), 'utf8')
      .digest('hex');
    previousHash = String(row.hash);
  }
  load(world, id, CASES, cases, h.get(CASES.name)!.header, 2);
  load(world, id, MEMBERS, members, h.get(MEMBERS.name)!.header, 2);
  // After the Admin's rows (setup, the users): the trust of roles, steps and settings.
  load(world, id, AUDIT, audit, h.get(AUDIT.name)!.header, h.get(AUDIT.name)!.lastRow + 1);
  load(world, id, QUEUE, queue, h.get(QUEUE.name)!.header, 2);
  load(world, id, DTSEN, dtsen, h.get(DTSEN.name)!.header, 2);
  headroom(world, id, [CASES, MEMBERS, AUDIT, QUEUE]);
  return { world, id };
}

let seq = 0;
const rid = () => `bench-req-${++seq}`;

/** The sidebar actions measured, as the user who does them. */
function actions(size: number): Array<[string, string, string, () => unknown[]]> {
  const openCase = `WRSE-2026-${String(size - 1).padStart(4, '0')}`;
  const other = `WRSE-2026-${String(size - 2).padStart(4, '0')}`;
  const member = (n: number) => ({
    nik: nik('352005', n),
    kk: '',
    name: `Anggota Baru ${n}`,
    maritalStatus: 'Cerai Mati',
    breadwinner: true,
    hasKtp: true,
    hasKk: true,
    hasCertificate: false,
    desa: '',
    address: '',
  });
  return [
    ['Siapa saya', STAF, 'apiWhoAmI', () => []],
    ['Pekerjaan saya (Kadis, 200 kasus terbuka)', KADIS, 'apiMyWork', () => []],
    ['Cari kasus (nama)', STAF, 'apiSearchCases', () => [`Kelompok Contoh ${size - 5}`]],
    ['Buka kasus (10 anggota, kelayakan)', KADIS, 'apiGetCase', () => [openCase]],
    [
      'Cek anggota (DTSEN 300.000)',
      STAF,
      'apiCheckMember',
      () => [{ member: member(777777), receivedOn: '2026-03-16', kecamatan: '35.20.05' }],
    ],
    ['Pilihan formulir proposal', STAF, 'apiIntakeOptions', () => []],
    [
      'Proposal baru (10 anggota)',
      STAF,
      'apiIntake',
      () => [
        {
          requestId: rid(),
          groupName: 'Kelompok Baru (contoh)',
          business: 'Warung',
          kecamatan: '35.20.05',
          desa: '35.20.05.2001',
          address: '',
          leader: 'Ketua Baru',
          phone: '',
          receivedOn: '2026-03-16',
          rabTotal: 5000000,
          requirements: { rab: true, proposal: true, ktpKkCopies: true, coverLetter: true },
          // People in DTSEN and in no group at either size (nik() repeats every 279,972 numbers).
          members: Array.from({ length: 10 }, (_, i) => member(200000 + i)),
          note: '',
        },
      ],
    ],
    [
      'Persetujuan Kepala Dinas (S08)',
      KADIS,
      'apiCompleteStep',
      () => [{ requestId: rid(), caseId: openCase, version: 7, step: 'S08', form: { note: '' } }],
    ],
    [
      'Kembalikan untuk dilengkapi',
      KABID,
      'apiReturnCase',
      () => [{ requestId: rid(), caseId: other, version: 7, reason: 'Mohon lengkapi salinan KK.' }],
    ],
    [
      'Tampilkan NIK lengkap (1 anggota, diaudit)',
      STAF,
      'apiRevealNik',
      () => [
        {
          requestId: rid(),
          caseId: other,
          memberId: `${other}-A03`,
          reason: 'Mencocokkan dengan KTP asli',
        },
      ],
    ],
  ];
}

/** `BENCH_DETAIL=1`: where an action's modeled time goes, by Apps Script member. */
function printDetail(
  label: string,
  byMethod: Record<string, { calls: number; cells: number; ms: number }>,
): void {
  const top = Object.entries(byMethod)
    .filter(([, m]) => m.ms > 0)
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(([k, m]) => `${k} ${m.calls}× ${Math.round(m.ms)} ms`);
  console.log(`${label}\n  ${top.join('\n  ')}`);
}

export function benchWorkflow(sizes: readonly number[] = [1000, 10000]): BenchRow[] {
  const bundle = loadBundle(path.resolve('dist'));
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    const { world, id } = register(bundle, size);
    for (const [label, user, name, args] of actions(size)) {
      const r = callFromClient(world, bundle, name, args(), {
        user,
        activeSpreadsheetId: id,
        now: NOW,
      });
      const value = r.value as { ok: boolean; error?: { message: string } } | undefined;
      if (r.error || !value?.ok)
        throw new Error(`bench ${label}: ${r.error?.message ?? value?.error?.message}`);
      if (process.env.BENCH_DETAIL) printDetail(label, r.ledger.byMethod);
      rows.push({
        action: label,
        rows: size,
        calls: r.ledger.calls,
        cells: r.ledger.cells,
        modeledMs: Math.round(r.ledger.ms),
      });
    }
  }
  return rows;
}
