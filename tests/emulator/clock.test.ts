/**
 * The clock and the time limits of an execution.
 *
 * - Apps Script's quotas page, "Current limitations"
 *   (https://developers.google.com/apps-script/guides/services/quotas): "Script runtime — 6 min /
 *   execution"; "Custom function runtime — 30 sec / execution"; "If you exceed a quota or
 *   limitation, your script throws an exception and execution stops."
 * - The message Google shows for it: "Exceeded maximum execution time" (execution log; the
 *   cell note of a custom function), https://www.labnol.org/code/20016-maximum-execution-time-limit/.
 * - What happens to writes still buffered when Google stops the execution is not documented
 *   (`SpreadsheetApp.flush()`, https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush,
 *   says only that operations are bundled and flush applies the pending ones): the emulation
 *   takes the stricter answer, they are lost; writes already committed stay (no transaction).
 * - Time inside an execution: a script waits on each service call, so `new Date()` read after
 *   calls has moved by their duration (the emulation's modeled milliseconds).
 */
import { createWorld } from '../../emulator/backend';
import {
  CUSTOM_FUNCTION_LIMIT_MS,
  EXCEEDED_MESSAGE,
  EXECUTION_LIMIT_MS,
} from '../../emulator/core/ledger';
import { bundleFromSource, runEntry, runInProcess } from '../../emulator/runtime';

const CODE = String.raw`
function timeline() {
  var t0 = Date.now();
  var d0 = new Date().getTime();
  Utilities.sleep(1000);
  var t1 = Date.now();
  PropertiesService.getScriptProperties().setProperty('k', 'v');
  var t2 = new Date().getTime();
  return [t0, d0, t1, t2, new Date(0).getTime(), typeof Date(), new Date() instanceof Date];
}

function sleepMinutes(n) {
  for (var i = 0; i < n; i++) Utilities.sleep(60000);
  return 'done';
}

function budgeted(budgetMs) {
  var start = Date.now();
  var done = 0;
  while (Date.now() - start <= budgetMs && done < 100) { Utilities.sleep(30000); done += 1; }
  return done;
}

function swallow() {
  var props = PropertiesService.getScriptProperties();
  for (var i = 0; i < 8; i++) {
    try { Utilities.sleep(60000); } catch (e) { props.setProperty('caught', String(e.message)); }
  }
  return 'finished anyway';
}

function writeThenRunOut(id, flushFirst) {
  var sheet = SpreadsheetApp.openById(id).getSheets()[0];
  sheet.getRange('A1').setValue('flushed');
  if (flushFirst) SpreadsheetApp.flush();
  sheet.getRange('A2').setValue('queued');
  Utilities.sleep(300000);
  Utilities.sleep(59900);
  return 'unreachable';
}

function customSlow() { Utilities.sleep(20000); Utilities.sleep(20000); return 42; }
`;

const bundle = bundleFromSource(CODE);
const NOW = new Date('2026-03-16T03:00:00.000Z');

describe('the clock of an execution advances by its modeled milliseconds', () => {
  test('new Date() starts at `now` and moves with each call (sleep, properties)', () => {
    const r = runEntry<unknown[]>(createWorld(), bundle, 'timeline', [], { now: NOW });
    expect(r.error).toBeNull();
    const [t0, d0, t1, t2, epoch, dateString, isDate] = r.value!;
    expect(t0).toBe(NOW.getTime());
    expect(d0).toBe(NOW.getTime());
    // Utilities.sleep(1000): 1 s of waiting plus the call's own price (1 ms).
    expect(t1).toBe(NOW.getTime() + 1001);
    // setProperty is priced 60 ms (plus getScriptProperties, local).
    expect((t2 as number) - (t1 as number)).toBeGreaterThanOrEqual(60);
    expect(epoch).toBe(0);
    expect(dateString).toBe('string');
    expect(isDate).toBe(true);
  });

  test('without `now` the clock starts at the real time and still advances by the model', () => {
    const before = Date.now();
    const r = runEntry<number[]>(createWorld(), bundle, 'timeline');
    const [t0, , t1] = r.value!;
    expect(t0).toBeGreaterThanOrEqual(before);
    expect(t1 - t0).toBe(1001);
  });

  test('a loop that checks its budget against the clock stops at the budget', () => {
    const r = runEntry<number>(createWorld(), bundle, 'budgeted', [4.5 * 60 * 1000], { now: NOW });
    expect(r.error).toBeNull();
    // 30 s per round: the 10th round starts at 270.0x s (> 270 s), so 9 rounds ran.
    expect(r.value).toBe(9);
  });
});

describe('an execution past its limit is ended with Google message', () => {
  test('6 minutes: "Exceeded maximum execution time"', () => {
    expect(EXECUTION_LIMIT_MS).toBe(360_000);
    const ok = runEntry(createWorld(), bundle, 'sleepMinutes', [5], { now: NOW });
    expect(ok.error).toBeNull();
    const r = runEntry(createWorld(), bundle, 'sleepMinutes', [7], { now: NOW });
    expect(r.error?.message).toBe(EXCEEDED_MESSAGE);
    expect(EXCEEDED_MESSAGE).toBe('Exceeded maximum execution time');
    expect(r.value).toBeUndefined();
  });

  test('a script that catches the error cannot go on: later calls fail too, the run fails', () => {
    const world = createWorld();
    const r = runEntry(world, bundle, 'swallow', [], { now: NOW });
    expect(r.error?.message).toBe(EXCEEDED_MESSAGE);
    expect(r.value).toBeUndefined();
    const after = runInProcess(world, {}, (g) =>
      (g.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
        .getScriptProperties()
        .getProperty('caught'),
    );
    expect(after.value).toBeNull();
  });

  test('writes still queued are lost, writes flushed before the limit stay', () => {
    for (const flushFirst of [true, false]) {
      const world = createWorld();
      const id = runInProcess(world, {}, (g) =>
        (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).create('t').getId(),
      ).value as string;
      const r = runEntry(world, bundle, 'writeThenRunOut', [id, flushFirst], { now: NOW });
      expect(r.error?.message).toBe(EXCEEDED_MESSAGE);
      const values = runInProcess(world, {}, (g) =>
        (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
          .openById(id)
          .getSheets()[0]
          .getRange('A1:A2')
          .getValues(),
      ).value;
      expect(values).toEqual(flushFirst ? [['flushed'], ['']] : [[''], ['']]);
    }
  });

  test('a custom function is ended at 30 seconds', () => {
    expect(CUSTOM_FUNCTION_LIMIT_MS).toBe(30_000);
    const asMenu = runEntry(createWorld(), bundle, 'customSlow', [], { now: NOW });
    expect(asMenu.value).toBe(42);
    const inCell = runEntry(createWorld(), bundle, 'customSlow', [], {
      now: NOW,
      customFunction: true,
    });
    expect(inCell.error?.message).toBe(EXCEEDED_MESSAGE);
  });

  test('in-process executions are held to the same limit', () => {
    const r = runInProcess(createWorld(), {}, (g) => {
      const u = g.Utilities as GoogleAppsScript.Utilities.Utilities;
      for (let i = 0; i < 7; i++) u.sleep(60_000);
      return 'done';
    });
    expect(r.error?.message).toBe(EXCEEDED_MESSAGE);
    expect(r.value).toBeUndefined();
  });
});
