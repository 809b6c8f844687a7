/**
 * Batches under the advancing clock (issue 14): inside an execution `new Date()` moves by the
 * modeled duration of each service call, and Google ends an execution at 6 minutes with
 * "Exceeded maximum execution time" (quotas page, "Current limitations":
 * https://developers.google.com/apps-script/guides/services/quotas). The daily kecamatan refresh
 * at 10,000 cases needs more than one execution: it must stop at its 4.5-minute budget (well
 * before the limit), schedule its one-off continuation, and the continuation must finish.
 */
import type { TriggersBackend } from '../../emulator/backend/triggers';
import { EXECUTION_LIMIT_MS } from '../../emulator/core/ledger';
import { runEntry, runInProcess } from '../../emulator/runtime';
import { masterForBench } from '../../bench/kecamatan';
import { bundle } from '../support/register';

const ADMIN = 'admin@dinsos.contoh.go.id';
const BUDGET_MS = 4.5 * 60 * 1000;

function progress(world: ReturnType<typeof masterForBench>['world']) {
  const read = runInProcess(world, { user: ADMIN }, (g) =>
    (g.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
      .getScriptProperties()
      .getProperty('wrse.kecamatanRefresh'),
  );
  return JSON.parse(String(read.value)) as { done: string[]; left: number };
}

function handlers(world: ReturnType<typeof masterForBench>['world']): string[] {
  return world
    .module<TriggersBackend>('triggers')
    .all()
    .map((t) => t.handler);
}

describe('the kecamatan refresh at 10,000 cases under the advancing clock', () => {
  const { world, id } = masterForBench(10_000);
  /** One execution of `entry` at `at`, as the Admin (the trigger's owner). */
  const run = (entry: string, at: string) =>
    runEntry(world, bundle(), entry, [], {
      // The trigger-identity part of issue 14 makes the trigger entries act as the effective
      // user; this test is about time, so the owner is also the active user.
      user: ADMIN,
      activeSpreadsheetId: id,
      now: new Date(at),
    });

  it('stops at its budget, before the 6-minute limit, and schedules its continuation', () => {
    const first = run('dailyKecamatanRefresh', '2026-03-16T22:00:00.000Z');
    expect(first.error).toBeNull();
    expect(first.ledger.ms).toBeGreaterThan(BUDGET_MS);
    expect(first.ledger.ms).toBeLessThan(EXECUTION_LIMIT_MS);
    const p = progress(world);
    expect(p.left).toBeGreaterThan(0);
    expect(p.done.length + p.left).toBe(18);
    expect(handlers(world)).toContain('continueKecamatanRefresh');
    console.log(
      `kecamatan refresh 10,000 cases, first run: ${p.done.length} registers, ${Math.round(first.ledger.ms)} modeled ms, ${first.ledger.calls} calls`,
    );
  });

  it('the continuation finishes the round and removes its one-off trigger', () => {
    const next = run('continueKecamatanRefresh', '2026-03-16T22:07:00.000Z');
    expect(next.error).toBeNull();
    expect(next.ledger.ms).toBeLessThan(EXECUTION_LIMIT_MS);
    expect(progress(world).left).toBe(0);
    expect(handlers(world)).not.toContain('continueKecamatanRefresh');
    console.log(
      `kecamatan refresh 10,000 cases, continuation: ${Math.round(next.ledger.ms)} modeled ms, ${next.ledger.calls} calls`,
    );
  });
});
