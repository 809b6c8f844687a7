/**
 * Benchmark of the kecamatan registers (issue 7): one run of "Perbarui register kecamatan" (the
 * daily trigger) over the 18 kecamatan, on masters of 1,000 and 10,000 cases (10 members each,
 * a fifth of the cases open and spread over the kecamatan): the first run creates the 18
 * spreadsheets, the second pulls each back and writes it again. Through the shipped bundle;
 * calls, cells and modeled ms from the emulation's cost table.
 */
import * as path from 'path';
import { createWorld, type World } from '../emulator/backend';
import { loadBundle, runEntry, runInProcess } from '../emulator/runtime';
import { CASES, MEMBERS, USERS, type AnyTab } from '../src/app/register/tabs';
import { KECAMATAN_MAGETAN } from '../src/domain/data/wilayah';
import { headers, load } from './workflow';

const ADMIN = 'admin@dinsos.contoh.go.id';
const NOW = new Date('2026-03-16T03:00:00.000Z');
const stamp = {
  version: 1,
  createdBy: ADMIN,
  createdAt: '2026-01-05T02:00:00.000Z',
  updatedBy: ADMIN,
  updatedAt: '2026-01-05T02:00:00.000Z',
};

export interface KecamatanBenchRow {
  run: string;
  cases: number;
  calls: number;
  cells: number;
  modeledMs: number;
  callsPerRegister: number;
  msPerRegister: number;
}

/** Writes rows into a tab on Google's side, below its header (set-up, not measured). */
function fill(world: World, id: string, tab: AnyTab, rows: Record<string, unknown>[], first = 2) {
  load(world, id, tab, rows, headers(world, id).get(tab.name)!.header, first);
}

export function masterForBench(size: number): { world: World; id: string } {
  const world = createWorld();
  const id = runInProcess(world, { user: ADMIN }, (g) =>
    (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .create('Register bench')
      .getId(),
  ).value as string;
  const bundle = loadBundle(path.resolve('dist'));
  const setup = runEntry(world, bundle, 'menuSetupRegister', [], {
    user: ADMIN,
    activeSpreadsheetId: id,
  });
  if (setup.error) throw setup.error;
  fill(
    world,
    id,
    USERS,
    KECAMATAN_MAGETAN.map(([code]) => ({
      email: `tksk.${code.slice(6)}@dinsos.contoh.go.id`,
      name: `Pendamping ${code}`,
      nip: '',
      rank: '',
      position: 'TKSK',
      role: 'Pendamping',
      kecamatan: code,
      active: true,
      ...stamp,
    })),
    3,
  );
  const cases = [];
  const members = [];
  for (let i = 1; i <= size; i++) {
    const [code] = KECAMATAN_MAGETAN[i % 18];
    const caseId = `WRSE-2026-${String(i).padStart(5, '0')}`;
    const open = i % 5 === 0;
    cases.push({
      id: caseId,
      groupName: `Kelompok Contoh ${i}`,
      business: 'Warung',
      kecamatan: code,
      desa: '',
      address: 'Dusun Contoh',
      leader: `Ketua Contoh ${i}`,
      phone: '',
      receivedOn: '2026-02-02',
      rabTotal: 5000000,
      reqRab: true,
      reqProposal: true,
      reqKtpKk: true,
      reqCoverLetter: true,
      step: open ? 'S03' : 'S11',
      status: open ? 'Berjalan' : 'Selesai',
      waitingRole: open ? 'Staf' : '',
      stepStartedAt: '2026-03-16T02:00:00.000Z',
      dueAt: '',
      note: '',
      ...stamp,
    });
    for (let m = 0; m < 10; m++) {
      const n = i * 10 + m;
      members.push({
        id: `${caseId}-A${String(m + 1).padStart(2, '0')}`,
        caseId,
        nik: `${code.replace(/\./g, '')}${41 + (n % 28)}0175${String((n % 9999) + 1).padStart(4, '0')}`,
        kk: '',
        name: `Anggota Contoh ${n}`,
        birthDate: '1975-01-01',
        maritalStatus: 'Cerai Mati',
        breadwinner: true,
        hasKtp: true,
        hasKk: true,
        hasCertificate: false,
        dtsenDecile: 2,
        dtsenDate: '2026-01-31',
        desa: '',
        address: '',
        validation: '',
        note: '',
        ...stamp,
      });
    }
  }
  fill(world, id, CASES, cases);
  fill(world, id, MEMBERS, members);
  return { world, id };
}

export function benchKecamatan(sizes: readonly number[] = [1000, 10000]): KecamatanBenchRow[] {
  const bundle = loadBundle(path.resolve('dist'));
  const rows: KecamatanBenchRow[] = [];
  for (const size of sizes) {
    const { world, id } = masterForBench(size);
    for (const run of ['pertama (membuat 18 spreadsheet)', 'berikutnya (tarik + tulis ulang)']) {
      const r = runEntry(world, bundle, 'dailyKecamatanRefresh', [], {
        user: ADMIN,
        activeSpreadsheetId: id,
        now: NOW,
      });
      if (r.error) throw r.error;
      rows.push({
        run,
        cases: size,
        calls: r.ledger.calls,
        cells: r.ledger.cells,
        modeledMs: Math.round(r.ledger.ms),
        callsPerRegister: Math.round(r.ledger.calls / 18),
        msPerRegister: Math.round(r.ledger.ms / 18),
      });
    }
  }
  return rows;
}
