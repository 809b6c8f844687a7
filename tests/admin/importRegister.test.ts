/**
 * `import-register`: an old register's rows become cases and members as the add-on writes
 * them — case IDs from the yearly counter after the cases already there, members, the work
 * queue, step records, audit rows the bundle's "Periksa integritas riwayat" finds whole —
 * `--dry-run` lists everything and writes nothing, and a second run creates nothing twice.
 */
import * as fs from 'fs';
import * as path from 'path';
import { importRegister } from '../../admin/commands/importRegister';
import { toCsv } from '../../admin/csv';
import type { UiBackend } from '../../emulator/backend/ui';
import { CASES, MEMBERS, QUEUE, AUDIT, STEP_RECORDS } from '../../src/app/register/tabs';
import { api, ok } from '../support/api';
import { caseAt } from '../support/flow';
import { kkNumber, seedPeople, USERS_BY_ROLE as U, womanNik } from '../support/people';
import type { CaseDetail } from '../../src/app/api/views';
import { ADMIN } from '../support/register';
import { openBench, type Bench } from './harness';
import { xlsxOf } from './xlsxFixture';

const HEADER = [
  'Nama Kelompok',
  'Jenis Usaha',
  'Kecamatan',
  'Desa',
  'Tanggal Terima',
  'Total RAB',
  'NIK',
  'No. KK',
  'Nama',
  'Status Perkawinan',
  'Tulang Punggung',
];

function person(
  group: string,
  desa: string,
  serial: number,
  extra: Partial<Record<string, string>> = {},
) {
  const row: Record<string, string> = {
    'Nama Kelompok': group,
    'Jenis Usaha': 'Warung',
    Kecamatan: 'Kawedanan',
    Desa: desa,
    'Tanggal Terima': '02/03/2026',
    'Total RAB': 'Rp5.000.000',
    NIK: womanNik('352005', '1970-04-12', serial),
    'No. KK': kkNumber('352005', serial),
    Nama: `Anggota Contoh ${serial}`,
    'Status Perkawinan': 'cerai mati',
    'Tulang Punggung': 'ya',
    ...extra,
  };
  return HEADER.map((h) => row[h]);
}

function oldRegister(): string[][] {
  const rows: string[][] = [HEADER];
  for (let i = 0; i < 6; i++) rows.push(person('Kelompok Mawar', '35.20.05.2001', 500 + i));
  for (let i = 0; i < 5; i++) rows.push(person('Kelompok Anggrek', '35.20.05.2001', 600 + i));
  rows.push(person('Kelompok Anggrek', '35.20.05.2001', 606, { NIK: '3.52005E+15' })); // refused
  rows.push(person('Kelompok Kenanga', '35.20.05.2001', 700)); // too small a group
  rows.push(person('Kelompok Kenanga', '35.20.05.2001', 701, { Kecamatan: 'Atlantis' })); // refused
  rows.push(person('Kelompok Mawar', '35.20.05.2001', 500)); // same NIK as row 2
  return rows;
}

describe('import-register', () => {
  let bench: Bench;
  beforeEach(async () => {
    bench = await openBench();
    seedPeople(bench.register, 1);
    caseAt(bench.register, 'S03', 0);
    bench.clock.advance(Date.parse('2026-03-17T02:00:00Z') - bench.clock.now());
  });
  afterEach(async () => {
    await bench.close();
  });

  it('dry run: lists what would be made and every refused row with its reason, writes nothing', async () => {
    const file = path.join(bench.dir, 'lama.csv');
    fs.writeFileSync(file, toCsv(oldRegister()));
    const before = JSON.stringify(bench.register.world.snapshot());
    const result = await importRegister(bench.ctx, { file, dryRun: true });
    expect(JSON.stringify(bench.register.world.snapshot())).toBe(before);
    expect(result.cases).toEqual(['WRSE-2026-0002', 'WRSE-2026-0003']);
    const out = bench.out.join('\n');
    expect(out).toMatch(
      /Baris 13 tidak diambil: NIK tertulis sebagai angka Excel \(3\.52005E\+15\)/,
    );
    expect(out).toMatch(
      /Baris 14 tidak diambil: Kelompok "Kelompok Kenanga" punya 1 anggota yang sah; jumlah anggota harus 5 sampai 20/,
    );
    expect(out).toMatch(
      /Baris 15 tidak diambil: Kecamatan "Atlantis" tidak ada di Kabupaten Magetan\./,
    );
    expect(out).toMatch(/Baris 16 tidak diambil: NIK sama dengan baris 2\./);
    expect(out).toMatch(
      /Kasus "Kelompok Mawar" \(35\.20\.05\.2001\), diterima 2026-03-02: 6 anggota/,
    );
    expect(out).toMatch(/Ringkasan: 2 kasus, 11 anggota akan dibuat; 4 baris tidak dapat diambil/);
  });

  it('creates cases the add-on works with, audited in its hash chain, once', async () => {
    const file = path.join(bench.dir, 'lama.xlsx');
    fs.writeFileSync(file, xlsxOf(oldRegister()));
    const result = await importRegister(bench.ctx, { file });
    expect(result.cases).toEqual(['WRSE-2026-0002', 'WRSE-2026-0003']);
    const values = (tab: string) =>
      bench.register
        .values(tab)
        .slice(1)
        .filter((r) => r[0] !== '');
    expect(values(CASES.name).map((r) => r[0])).toEqual([
      'WRSE-2026-0001',
      'WRSE-2026-0002',
      'WRSE-2026-0003',
    ]);
    expect(values(MEMBERS.name)).toHaveLength(6 + 11);
    expect(values(QUEUE.name).map((r) => r[0])).toEqual([
      'WRSE-2026-0001',
      'WRSE-2026-0002',
      'WRSE-2026-0003',
    ]);
    expect(
      values(STEP_RECORDS.name).filter((r) => String(r[0]).startsWith('WRSE-2026-0002')),
    ).toHaveLength(1);

    // The bundle's integrity check finds the trail whole, new rows chained after the old ones.
    expect(bench.register.run('menuCheckAuditIntegrity', ADMIN).error).toBeNull();
    const alerts = bench.register.world.module<UiBackend>('ui').ofKind('alert');
    const audits = values(AUDIT.name).length;
    expect(String(alerts[alerts.length - 1].message)).toMatch(
      new RegExp(`^Riwayat utuh: ${audits} baris`),
    );

    // The add-on reads a migrated case like its own.
    const detail = ok(api<CaseDetail>(bench.register, U.Staf, 'apiGetCase', ['WRSE-2026-0002']));
    expect(detail.case).toMatchObject({
      id: 'WRSE-2026-0002',
      groupName: 'Kelompok Mawar',
      kecamatanName: 'Kawedanan',
      rabTotal: 5000000,
    });
    expect(JSON.stringify(detail)).toMatch(/Anggota Contoh 505/);

    // Run again: nothing is created twice, the counter moved on.
    const again = await importRegister(bench.ctx, { file });
    expect(again).toMatchObject({ cases: [], skipped: 2 });
    expect(values(CASES.name)).toHaveLength(3);
    const counter = bench.register.values('Pengaturan').find((r) => r[0] === 'nomor.kasus.2026')!;
    expect(counter[1]).toBe('3');
  });
});
