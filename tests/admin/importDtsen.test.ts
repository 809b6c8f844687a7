/**
 * `import-dtsen` through the real googleapis client against the REST stand-in: rows land in
 * the DTSEN tab as the add-on reads them (NIK as 16-digit text, decile a number, the data date
 * a date), the extract's date is recorded in Pengaturan, an interruption at 50 % resumes with
 * no duplicate or missing row, a re-import replaces, and the quota is respected.
 */
import * as fs from 'fs';
import * as path from 'path';
import { importDtsen, checkpointFileOf } from '../../admin/commands/importDtsen';
import { OutcomeUnknown } from '../../admin/limiter';
import { writeSettings } from '../../admin/register';
import { extractCsv, extractRow } from '../../bench/dtsenExtract';
import { DTSEN, SETTINGS } from '../../src/app/register/tabs';
import { openBench, type Bench } from './harness';
import { api, requestId } from '../support/api';
import { intakeForm, seedPeople, USERS_BY_ROLE } from '../support/people';
import type { Saved } from '../../src/app/api/views';

function dtsenRows(bench: Bench): unknown[][] {
  return bench.register
    .values(DTSEN.name)
    .slice(1)
    .filter((r) => r.some((c) => c !== ''));
}

function setting(bench: Bench, key: string): unknown[] | undefined {
  return bench.register.values(SETTINGS.name).find((r) => r[0] === key);
}

describe('import-dtsen', () => {
  let bench: Bench;
  beforeEach(async () => {
    bench = await openBench();
  });
  afterEach(async () => {
    await bench.close();
  });

  it('loads an extract as typed cells the add-on reads, and records its date', async () => {
    const file = path.join(bench.dir, 'dtsen.csv');
    fs.writeFileSync(file, extractCsv(1200));
    const result = await importDtsen(bench.ctx, { file, chunkRows: 500 });
    expect(result).toMatchObject({
      imported: 1200,
      rejected: 0,
      resumedFrom: 0,
      dataDate: '2025-12-31',
    });
    const rows = dtsenRows(bench);
    expect(rows).toHaveLength(1200);
    const [nik, kk, name, decile] = extractRow(7, '2025-12-31');
    expect(rows[7].slice(0, 4)).toEqual([nik, kk, name, Number(decile)]);
    expect(typeof rows[7][0]).toBe('string');
    expect(rows[7][4]).toBeInstanceOf(Date);
    expect((rows[7][4] as Date).toISOString()).toBe('2025-12-30T17:00:00.000Z');
    const date = setting(bench, 'dtsen.tanggalData')!;
    expect(date[1]).toBe('2025-12-31');
    expect(date[4]).toBe(3); // emptied when the import started, set when it finished
    expect(String(setting(bench, 'dtsen.impor')![1])).toMatch(/^selesai: dtsen\.csv .*1200 baris/);
    // The add-on's own lookup by NIK (TextFinder on the NIK column) finds an imported person.
    const found = bench.register.withSheets((ss) =>
      ss
        .getSheetByName(DTSEN.name)!
        .getRange('A:A')
        .createTextFinder(nik)
        .matchEntireCell(true)
        .findAll(),
    );
    expect(found.map((r) => r.getRow())).toEqual([9]);
  });

  it('resumes after an interruption at 50 % with no duplicate or missing row', async () => {
    const file = path.join(bench.dir, 'dtsen.csv');
    fs.writeFileSync(file, extractCsv(4000));
    const crash = new Error('proses dihentikan');
    await expect(
      importDtsen(bench.ctx, {
        file,
        chunkRows: 400,
        // Dies after the 5th chunk reached the sheet but before its checkpoint was saved.
        afterChunkWrite: (written) => {
          if (written === 2000) throw crash;
        },
      }),
    ).rejects.toBe(crash);
    const saved = JSON.parse(fs.readFileSync(checkpointFileOf(file), 'utf8'));
    expect(saved.written).toBe(1600);
    expect(dtsenRows(bench)).toHaveLength(2000);
    expect(setting(bench, 'dtsen.tanggalData')![1]).toBe('');
    expect(String(setting(bench, 'dtsen.impor')![1])).toMatch(/^berjalan/);

    const result = await importDtsen(bench.ctx, { file, chunkRows: 400 });
    expect(result.resumedFrom).toBe(1600);
    const rows = dtsenRows(bench);
    expect(rows).toHaveLength(4000);
    expect(new Set(rows.map((r) => r[0])).size).toBe(4000);
    expect(rows.map((r) => r[0])).toEqual(
      Array.from({ length: 4000 }, (_, i) => extractRow(i, '2025-12-31')[0]),
    );
    expect(setting(bench, 'dtsen.tanggalData')![1]).toBe('2025-12-31');
  });

  it('replaces the previous extract on a re-import, never doubling it', async () => {
    const file = path.join(bench.dir, 'dtsen.csv');
    fs.writeFileSync(file, extractCsv(1500));
    await importDtsen(bench.ctx, { file, chunkRows: 1000 });
    await importDtsen(bench.ctx, { file, chunkRows: 1000 });
    expect(dtsenRows(bench)).toHaveLength(1500);
    const smaller = path.join(bench.dir, 'dtsen-baru.csv');
    fs.writeFileSync(smaller, extractCsv(600, '2026-01-02'));
    await importDtsen(bench.ctx, { file: smaller, chunkRows: 1000 });
    const rows = dtsenRows(bench);
    expect(rows).toHaveLength(600);
    expect(bench.register.withSheets((ss) => ss.getSheetByName(DTSEN.name)!.getMaxRows())).toBe(
      601,
    );
    expect(setting(bench, 'dtsen.tanggalData')![1]).toBe('2026-01-02');
  });

  it('retries a 503 and a 429 with backoff', async () => {
    const file = path.join(bench.dir, 'dtsen.csv');
    fs.writeFileSync(file, extractCsv(300));
    bench.rest.handler.failNext(2, 503);
    const result = await importDtsen(bench.ctx, { file, chunkRows: 100 });
    expect(result.imported).toBe(300);
    expect(bench.err.join('')).toMatch(/jawaban 503; coba lagi/);
    expect(dtsenRows(bench)).toHaveLength(300);
  });

  it('retries requests whose connection dropped before an answer, as long as they are safe to repeat', async () => {
    const file = path.join(bench.dir, 'dtsen.csv');
    fs.writeFileSync(file, extractCsv(300));
    // A reset keep-alive connection: the first two requests never reach the stand-in.
    bench.rest.handler.dropNext(2);
    // A chunk write that took effect but whose answer was lost: values.update is sent again and
    // writes the same cells again.
    const result = await importDtsen(bench.ctx, { file, chunkRows: 100 });
    expect(result.imported).toBe(300);
    expect(bench.err.join('')).toMatch(
      /koneksi terputus \((UND_ERR_SOCKET|ECONNRESET)\); coba lagi/,
    );
    bench.err.length = 0;
    bench.rest.handler.dropNext(1, { applied: true, request: 'values.update' });
    const again = await importDtsen(bench.ctx, { file, chunkRows: 100 });
    expect(again.imported).toBe(300);
    expect(bench.err.join('')).toMatch(/values\.update: koneksi terputus/);
    const rows = dtsenRows(bench);
    expect(rows).toHaveLength(300);
    expect(new Set(rows.map((r) => r[0])).size).toBe(300);
  });

  it('never sends an append twice after a dropped connection, and says what to do', async () => {
    const before = bench.register.values(SETTINGS.name).length;
    bench.rest.handler.dropNext(1, { applied: true, request: 'values.append' });
    const change = { key: 'uji.koneksi', value: 'satu', description: 'uji' };
    const err = await writeSettings(bench.ctx, [change]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutcomeUnknown);
    expect((err as Error).message).toMatch(
      /^Koneksi terputus \((UND_ERR_SOCKET|ECONNRESET)\) sebelum jawaban atas permintaan values\.append diterima/,
    );
    expect(bench.rest.handler.counts.get('values.append')).toBe(1);
    // It took effect once; running the same command again finds the row and updates it.
    await writeSettings(bench.ctx, [change]);
    const rows = bench.register.values(SETTINGS.name);
    expect(rows.filter((r) => r[0] === 'uji.koneksi')).toHaveLength(1);
    expect(rows).toHaveLength(before + 1);
  });
});

describe('import-dtsen and the register that uses it', () => {
  let bench: Bench;
  beforeEach(async () => {
    bench = await openBench();
  });
  afterEach(async () => {
    await bench.close();
  });

  it('leaves the register usable: a proposal is registered after the import', async () => {
    seedPeople(bench.register, 1, 6);
    const file = path.join(bench.dir, 'dtsen.csv');
    fs.writeFileSync(file, extractCsv(50));
    await importDtsen(bench.ctx, { file, chunkRows: 50 });
    const saved = api<Saved>(
      bench.register,
      USERS_BY_ROLE.Staf,
      'apiIntake',
      [intakeForm(requestId())],
      '2026-03-16T03:00:00.000Z',
    );
    expect(saved.result.ok ? true : saved.result.error.message).toBe(true);
  });
});
