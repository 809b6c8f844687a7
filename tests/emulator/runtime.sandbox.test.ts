/**
 * The shipped bundle in a sandbox (`runEntry`), the way Apps Script runs it. Looked up:
 * platform.md / Google's V8 runtime guide — no setTimeout, fetch, URL, TextEncoder, atob, crypto,
 * process, require in Apps Script; every execution loads the whole project (top-level state
 * does not survive between executions); "Script function not found: X" when an entry is missing.
 */
import * as acorn from 'acorn';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createWorld } from '../../emulator/backend';
import type { LocksBackend } from '../../emulator/backend/locks';
import type { LogsBackend } from '../../emulator/backend/logs';
import { bundleFromSource, loadBundle, runEntry } from '../../emulator/runtime';
import { facadeSource } from '../../emulator/runtime/facadeBundle';
import { FIXTURE } from './runtimeFixture';

const bundle = bundleFromSource(FIXTURE, { Sidebar: '<main>Penerima</main>' });

const FORBIDDEN = [
  'require',
  'process',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'clearTimeout',
  'fetch',
  'Buffer',
  'URL',
  'TextEncoder',
  'TextDecoder',
  'atob',
  'btoa',
  'crypto',
  'queueMicrotask',
  'structuredClone',
  'module',
  'exports',
  'global',
  '__dirname',
  'performance',
  'GasFacade',
];
const APPS_SCRIPT = [
  'SpreadsheetApp',
  'PropertiesService',
  'CacheService',
  'LockService',
  'Session',
  'Utilities',
  'HtmlService',
  'ScriptApp',
  'MailApp',
  'Logger',
  'console',
];

describe('runEntry: the bundle in a sandbox', () => {
  test('the sandbox has no Node or browser globals', () => {
    const r = runEntry<string[]>(createWorld(), bundle, 'globalsPresent', [FORBIDDEN]);
    expect(r.error).toBeNull();
    expect(r.value).toEqual([]);
  });

  test('the sandbox has the Apps Script globals', () => {
    const r = runEntry<string[]>(createWorld(), bundle, 'globalsPresent', [APPS_SCRIPT]);
    expect(r.value).toEqual(APPS_SCRIPT);
  });

  test("values the script gets are its own realm's: instanceof Date and Array work", () => {
    const r = runEntry(createWorld(), bundle, 'realmChecks', [new Date(0), [1, 2]]);
    expect(r.error).toBeNull();
    expect(r.value).toEqual({
      argDate: true,
      argArray: true,
      digestIsArray: true,
      keysIsArray: true,
      triggersIsArray: true,
    });
  });

  test('a fixed now: new Date() and Date.now() return it, explicit dates still work', () => {
    const now = new Date('2024-03-01T01:00:00Z');
    const r = runEntry(createWorld(), bundle, 'clock', [], { now });
    expect(r.value).toEqual([now.getTime(), now.getTime(), 0]);
  });

  test('each execution loads the bundle afresh: top-level state does not survive', () => {
    const w = createWorld();
    expect(runEntry(w, bundle, 'countLoads').value).toBe(1);
    expect(runEntry(w, bundle, 'countLoads').value).toBe(1);
  });

  test('Code.js is compiled once and reused by every execution', () => {
    expect(bundle.script).toBe(bundle.script);
  });

  test('the user of the execution is the Session user, including the empty e-mail', () => {
    const w = createWorld();
    expect(runEntry(w, bundle, 'whoAmI', [], { user: 'op@dinsos.id' }).value).toBe('op@dinsos.id');
    expect(runEntry(w, bundle, 'whoAmI', [], { user: '' }).value).toBe('');
  });

  test('a missing entry is an error of the execution, like Apps Script', () => {
    const r = runEntry(createWorld(), bundle, 'nope');
    expect(r.error?.message).toBe('Script function not found: nope');
  });

  test('a thrown error is returned; writes made before it stay (no transactions)', () => {
    const w = createWorld();
    const r = runEntry(w, bundle, 'failAfterWrite');
    expect(r.error?.message).toBe('gagal menyimpan');
    expect(runEntry(w, bundle, 'echo', ['x']).error).toBeNull();
    const props =
      w.module<import('../../emulator/backend/properties').PropertiesBackend>('properties');
    expect(props.read('script')).toEqual({ before: 'kept' });
  });

  test('locks are released when the execution ends, even by an error', () => {
    const w = createWorld();
    runEntry(w, bundle, 'holdLockAndFail');
    expect(w.module<LocksBackend>('locks').holder('script')).toBeNull();
  });

  test('the ledger counts the execution start and every service call', () => {
    const r = runEntry(createWorld(), bundle, 'whoAmI');
    expect(r.ledger.byMethod['execution.start'].ms).toBe(500);
    expect(r.ledger.byMethod['Session.getActiveUser'].calls).toBe(1);
    expect(r.ledger.byMethod['User.getEmail']).toEqual({ calls: 1, cells: 0, ms: 0 });
    expect(r.ledger.calls).toBe(2);
  });

  test('injected faults reach the sandboxed script', () => {
    const r = runEntry(createWorld(), bundle, 'whoAmI', [], {
      faults: [{ target: 'Session', at: 1 }],
    });
    expect(r.error?.message).toContain('injected fault');
  });

  test('logs of the sandboxed script are recorded', () => {
    const w = createWorld();
    runEntry(w, bundle, 'logSomething');
    expect(w.module<LogsBackend>('logs').lines.map((l) => [l.level, l.message])).toEqual([
      ['log', 'halo dunia'],
      ['error', 'ups'],
    ]);
  });

  test('loadBundle reads dist/Code.js and dist/*.html; HtmlService serves the files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-'));
    fs.writeFileSync(path.join(dir, 'Code.js'), FIXTURE);
    fs.writeFileSync(path.join(dir, 'Sidebar.html'), '<main>dari dist</main>');
    fs.writeFileSync(path.join(dir, 'appsscript.json'), '{}');
    const b = loadBundle(dir);
    expect(Object.keys(b.files)).toEqual(['Sidebar']);
    expect(b.functions).toContain('sidebarContent');
    expect(b.functions).not.toContain('notADeclaration');
    expect(runEntry(createWorld(), b, 'sidebarContent').value).toBe('<main>dari dist</main>');
  });

  test('a bundle that is not ES2019 script is refused at load', () => {
    expect(() => bundleFromSource('class A { x = 1 }')).toThrow();
    expect(() => bundleFromSource('export function f() {}')).toThrow();
  });

  test('the facade evaluated in the sandbox is one ES2019 script (no class fields)', () => {
    expect(() =>
      acorn.parse(facadeSource(), { ecmaVersion: 2019, sourceType: 'script' }),
    ).not.toThrow();
  });
});
