/**
 * The acceptance run: a generated 300,000-row DTSEN extract through the real googleapis client
 * into the REST stand-in, killed at 50 % and resumed — every row exactly once, in order — with
 * the quota respected (at most 60 requests of a kind in any minute of the shared virtual clock,
 * no 429 needed) and the run's virtual duration consistent with that rate.
 */
import * as fs from 'fs';
import * as path from 'path';
import { importDtsen } from '../../admin/commands/importDtsen';
import { extractCsv, extractRow } from '../../bench/dtsenExtract';
import type { SheetsBackend } from '../../emulator/backend/sheets';
import { DTSEN } from '../../src/app/register/tabs';
import { openBench, type Bench } from './harness';

const N = 300_000;
// 20 s alone; several minutes on a loaded 2-core machine (a bound for a hang, not a speed check).
jest.setTimeout(900_000);

describe('import-dtsen with 300,000 rows', () => {
  let bench: Bench;
  beforeAll(async () => {
    bench = await openBench();
  });
  afterAll(async () => {
    await bench.close();
  });

  it('completes within the quota, interrupted at 50 % and resumed without duplicate or missing rows', async () => {
    const file = path.join(bench.dir, 'dtsen-300k.csv');
    fs.writeFileSync(file, extractCsv(N));
    const startedAt = bench.clock.now();
    const stop = new Error('dihentikan pada 50 %');
    await expect(
      importDtsen(bench.ctx, {
        file,
        afterChunkWrite: (written) => {
          if (written === N / 2) throw stop;
        },
      }),
    ).rejects.toBe(stop);
    const resumed = await importDtsen(bench.ctx, { file });
    expect(resumed).toMatchObject({ imported: N, rejected: 0, resumedFrom: N / 2 - 5000 });

    const sheets = bench.register.world.module<SheetsBackend>('sheets');
    const meta = sheets.handle('open', [bench.register.id, false], { execId: 't', user: '' }) as {
      sheets: Array<{ id: number; name: string; maxRows: number }>;
    };
    const tab = meta.sheets.find((t) => t.name === DTSEN.name)!;
    expect(tab.maxRows).toBe(N + 1);
    const niks = sheets.handle('read', [bench.register.id, tab.id, 2, 1, N, 1, 'values'], {
      execId: 't',
      user: '',
    }) as string[][];
    for (let i = 0; i < N; i += 1) {
      if (niks[i][0] !== extractRow(i, '')[0]) throw new Error(`row ${i + 2}: ${niks[i][0]}`);
    }
    expect(new Set(niks.map((r) => r[0])).size).toBe(N);

    const quota = bench.rest.handler.quota;
    expect(quota.rejected).toBe(0);
    expect(quota.busiestMinute()).toBeLessThanOrEqual(60);
    // A sliding minute never holds more than 60 requests: the run cannot be quicker than that.
    const requests = quota.log.length;
    const minutes = (bench.clock.now() - startedAt) / 60_000;
    expect(minutes).toBeGreaterThanOrEqual(Math.floor((requests - 1) / 60));
    // 60 chunk writes of 5,000 rows, plus the reads and writes around them.
    expect(bench.rest.handler.counts.get('values.update')).toBe(61);
  });
});
