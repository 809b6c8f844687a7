/**
 * Benchmark of the Dasbor refresh (the daily trigger `dailyDashboardRefresh`), through the
 * shipped bundle, on registers of 1,000 and 10,000 cases: 10 members and 10 step records per
 * case, a tenth of the cases open, one complaint per 20 cases. The bar: the number of service
 * calls is the same at every size (one getValues per source tab, one setValues per table, four
 * charts); only the cells read grow with the rows, and the modeled time with them.
 */
import * as path from 'path';
import { createWorld, type World } from '../emulator/backend';
import { loadBundle, runEntry, runInProcess, type Bundle } from '../emulator/runtime';
import type { LedgerSummary } from '../emulator/core/ledger';
import { CASES, COMPLAINTS, MEMBERS, STEP_RECORDS } from '../src/app/register/tabs';
import { headers, load } from './workflow';

const ADMIN = 'admin@dinsos.contoh.go.id';
const NOW = new Date('2026-06-15T03:00:00.000Z');
const KECAMATAN = ['35.20.01', '35.20.05', '35.20.09', '35.20.13', '35.20.17'];
const STEPS = ['S01', 'S02', 'S03', 'S04', 'S05', 'S06', 'S07', 'S08', 'S09', 'S10'];

const stamp = {
  version: 3,
  createdBy: ADMIN,
  createdAt: '2026-01-05T02:00:00.000Z',
  updatedBy: ADMIN,
  updatedAt: '2026-01-05T02:00:00.000Z',
};

function day(base: string, plus: number): string {
  return new Date(Date.parse(base) + plus * 86_400_000).toISOString();
}

/** A register of `size` cases with their members, step records and complaints. */
export function dashboardRegister(bundle: Bundle, size: number): { world: World; id: string } {
  const world = createWorld();
  const id = runInProcess(world, { user: ADMIN }, (g) =>
    (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).create('Dasbor').getId(),
  ).value as string;
  const setup = runEntry(world, bundle, 'menuSetupRegister', [], {
    user: ADMIN,
    activeSpreadsheetId: id,
  });
  if (setup.error) throw setup.error;
  // The Admin installs the daily triggers (the refresh runs only for its trigger's owner).
  const install = runEntry(world, bundle, 'menuInstallDailyReminder', [], {
    user: ADMIN,
    activeSpreadsheetId: id,
  });
  if (install.error) throw install.error;
  const h = headers(world, id);
  const cases: Array<Record<string, unknown>> = [];
  const members: Array<Record<string, unknown>> = [];
  const records: Array<Record<string, unknown>> = [];
  const complaints: Array<Record<string, unknown>> = [];
  for (let i = 1; i <= size; i++) {
    const caseId = `WRSE-2026-${String(i).padStart(5, '0')}`;
    const received = day('2026-01-05T02:00:00.000Z', i % 150);
    const open = i % 10 === 0;
    const rejected = i % 17 === 0;
    cases.push({
      id: caseId,
      groupName: `Kelompok Contoh ${i}`,
      business: 'Warung',
      kecamatan: KECAMATAN[i % KECAMATAN.length],
      desa: '',
      address: '',
      leader: '',
      phone: '',
      receivedOn: received.slice(0, 10),
      rabTotal: 5_000_000,
      reqRab: true,
      reqProposal: true,
      reqKtpKk: true,
      reqCoverLetter: true,
      step: open ? 'S06' : rejected ? 'S07' : 'S11',
      status: open ? 'Berjalan' : rejected ? 'Ditolak' : 'Selesai',
      waitingRole: open ? 'Kabid' : '',
      stepStartedAt: received,
      dueAt: open ? day(received, 5) : '',
      note: '',
      ...stamp,
    });
    for (let m = 0; m < 10; m++) {
      members.push({
        id: `${caseId}-A${String(m + 1).padStart(2, '0')}`,
        caseId,
        nik: '',
        kk: '',
        name: `Anggota ${i}-${m}`,
        birthDate: '',
        maritalStatus: 'Cerai Mati',
        breadwinner: true,
        hasKtp: true,
        hasKk: true,
        hasCertificate: false,
        dtsenDecile: 2,
        dtsenDate: '',
        desa: '',
        address: '',
        validation: 'Valid',
        note: '',
        ...stamp,
      });
    }
    STEPS.forEach((step, k) => {
      const last = k === STEPS.length - 1;
      const s = last ? (open ? 'S05' : rejected ? 'S07' : 'S11') : step;
      records.push({
        id: `${caseId}-${step}-${k + 1}`,
        caseId,
        step: s,
        action: last && rejected ? 'Ditolak' : 'Selesai',
        by: ADMIN,
        role: 'Staf',
        at: day(received, k + 1),
        startedAt: day(received, k),
        dueAt: day(received, k + 1),
        onTime: k % 3 !== 0,
        caseVersion: k + 1,
        summary: '',
        data: JSON.stringify(
          s === 'S11'
            ? { kind: i % 2 ? 'Uang' : 'Barang', amount: 5_000_000 }
            : s === 'S07'
              ? { decision: rejected ? 'Tidak Ditetapkan' : 'Ditetapkan' }
              : {},
        ),
        docUrl: '',
        pdfUrl: '',
      });
    });
    if (i % 20 === 0) {
      complaints.push({
        id: `PGD-2026-${String(i / 20).padStart(4, '0')}`,
        receivedOn: received.slice(0, 10),
        channel: 'WhatsApp',
        kind: 'Pengaduan',
        reporter: '',
        contact: '',
        subject: 'Contoh pengaduan',
        caseId,
        handler: ADMIN,
        status: i % 40 === 0 ? 'Selesai' : 'Baru',
        response: '',
        respondedOn: '',
        ...stamp,
      });
    }
  }
  load(world, id, CASES, cases, h.get(CASES.name)!.header, 2);
  load(world, id, MEMBERS, members, h.get(MEMBERS.name)!.header, 2);
  load(world, id, STEP_RECORDS, records, h.get(STEP_RECORDS.name)!.header, 2);
  load(world, id, COMPLAINTS, complaints, h.get(COMPLAINTS.name)!.header, 2);
  return { world, id };
}

export interface DashboardBenchRow {
  cases: number;
  calls: number;
  getValues: number;
  setValues: number;
  charts: number;
  cells: number;
  modeledMs: number;
}

function count(ledger: LedgerSummary, method: string): number {
  return ledger.byMethod[method]?.calls ?? 0;
}

/** Rebuilds the dashboard of each register size once and reports its cost. */
export function benchDashboard(
  sizes: readonly number[] = [1000, 10000],
  dist = path.resolve('dist'),
): DashboardBenchRow[] {
  const bundle = loadBundle(dist);
  return sizes.map((size) => {
    const { world, id } = dashboardRegister(bundle, size);
    const r = runEntry(world, bundle, 'dailyDashboardRefresh', [], {
      user: '',
      effectiveUser: ADMIN,
      activeSpreadsheetId: id,
      now: NOW,
    });
    if (r.error) throw r.error;
    return {
      cases: size,
      calls: r.ledger.calls,
      getValues: count(r.ledger, 'Range.getValues'),
      setValues: count(r.ledger, 'Range.setValues'),
      charts: count(r.ledger, 'Sheet.insertChart'),
      cells: r.ledger.cells,
      modeledMs: Math.round(r.ledger.ms),
    };
  });
}
