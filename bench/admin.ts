/**
 * Benchmark of the admin CLI's DTSEN import: a generated extract through the real googleapis
 * client into the REST stand-in (a register set up by the shipped bundle), with the Sheets
 * quota (60 requests per minute per user) on a virtual clock shared with the CLI's limiter.
 * Reports real wall time, rows per second, the heap and RSS growth, requests, the busiest
 * minute and the minutes Google's quota makes the job last; also an import interrupted at 50 %
 * and resumed.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { importDtsen } from '../admin/commands/importDtsen';
import { localApis, newContext } from '../admin/google';
import { createWorld } from '../emulator/backend';
import { startRestServer, VirtualClock } from '../emulator/rest/server';
import { loadBundle, runEntry, runInProcess } from '../emulator/runtime';
import { extractCsv } from './dtsenExtract';

const ADMIN = 'admin@dinsos.contoh.go.id';

export interface AdminBenchRow {
  run: string;
  rows: number;
  requests: number;
  busiestMinute: number;
  quotaMinutes: number;
  wallSeconds: number;
  rowsPerSecond: number;
  heapMB: number;
  rssMB: number;
}

async function once(n: number, interrupt: boolean): Promise<AdminBenchRow> {
  const world = createWorld();
  const created = runInProcess(world, { user: ADMIN }, (g) =>
    (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).create('Bench').getId(),
  );
  const id = created.value as string;
  const setup = runEntry(world, loadBundle(path.resolve('dist')), 'menuSetupRegister', [], {
    user: ADMIN,
    activeSpreadsheetId: id,
  });
  if (setup.error) throw setup.error;
  const clock = new VirtualClock();
  const rest = await startRestServer({ world, clock });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wrse-bench-admin-'));
  const file = path.join(dir, 'dtsen.csv');
  fs.writeFileSync(file, extractCsv(n));
  const ctx = newContext(localApis(rest.rootUrl, ADMIN), id, ADMIN, {
    clock,
    out: () => undefined,
    progress: { write: () => true, isTTY: false },
  });
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const rss0 = process.memoryUsage().rss;
  let heapPeak = heap0;
  let rssPeak = rss0;
  const sample = () => {
    const m = process.memoryUsage();
    heapPeak = Math.max(heapPeak, m.heapUsed);
    rssPeak = Math.max(rssPeak, m.rss);
  };
  const t0 = performance.now();
  const v0 = clock.now();
  if (interrupt) {
    await importDtsen(ctx, {
      file,
      afterChunkWrite: (written) => {
        sample();
        if (written >= n / 2) throw new Error('stop');
      },
    }).catch(() => undefined);
  }
  await importDtsen(ctx, { file, afterChunkWrite: sample });
  sample();
  const wall = (performance.now() - t0) / 1000;
  const quota = rest.handler.quota;
  await rest.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    run: interrupt ? 'impor DTSEN, putus di 50 % lalu dilanjutkan' : 'impor DTSEN',
    rows: n,
    requests: quota.log.length,
    busiestMinute: quota.busiestMinute(),
    quotaMinutes: Math.round(((clock.now() - v0) / 60_000) * 10) / 10,
    wallSeconds: Math.round(wall * 10) / 10,
    rowsPerSecond: Math.round(n / wall),
    heapMB: Math.round((heapPeak - heap0) / 1e6),
    rssMB: Math.round((rssPeak - rss0) / 1e6),
  };
}

export async function benchAdmin(sizes: readonly number[] = [300_000]): Promise<AdminBenchRow[]> {
  const rows: AdminBenchRow[] = [];
  for (const n of sizes) rows.push(await once(n, false));
  rows.push(await once(sizes[sizes.length - 1], true));
  return rows;
}
