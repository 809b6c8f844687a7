/**
 * One execution of the shipped bundle in a fresh `vm` realm, the way Apps Script runs it: the
 * only globals are the ECMAScript built-ins plus this execution's Apps Script globals (no
 * `require`, `process`, `setTimeout`, `console` of Node…). The facade is evaluated inside the
 * realm and reaches the backend only through `port`, a function exchanging strings — so the
 * same code runs in the main thread and in a worker thread.
 */
import * as vm from 'vm';
import { EXCEEDED_MESSAGE, type LedgerSummary } from '../core/ledger';
import type { ExecutionOptions } from '../gas/context';

/** op + JSON arguments → JSON of a `WireAnswer`. */
export type StringPort = (op: string, argsJson: string) => string;

export interface SandboxError {
  name: string;
  message: string;
  stack?: string;
}

export interface SandboxResult {
  /** The wire text of the returned value ('' for undefined). */
  value: string;
  error: SandboxError | null;
  ledger: LedgerSummary;
}

export interface SandboxRun {
  facade: vm.Script;
  code: vm.Script;
  port: StringPort;
  options: ExecutionOptions;
  entry: string;
  argsJson: string;
  /**
   * An installable onEdit trigger's event (JSON of an `EditEventSpec`): the handler is called
   * with the event object Apps Script builds (`range`, `source`, `value`, `oldValue`, `user`…)
   * instead of `argsJson`.
   */
  editEvent?: string;
  /** A fixed "now" in epoch milliseconds, or null for the real clock. */
  now: number | null;
}

/**
 * Runs in the sandbox realm: builds the execution, installs its globals and its clock. The
 * clock starts at `now` (or the real time) when the script starts and advances by the modeled
 * milliseconds of every service call, wait and commit (the ledger), so `new Date()` moves inside
 * an execution as Google's does while the script waits on its services, and a batch that checks
 * its time budget stops where it would stop on Google.
 */
const BOOTSTRAP = `(function (G, hostPort, optionsJson, now) {
  'use strict';
  var exec = G.createExecution(function (op, a) { return JSON.parse(hostPort(op, a)); }, JSON.parse(optionsJson));
  exec.ctx.ledger.charge('Runtime', 'execution.start', 'execution.start', 0, false);
  var RealDate = Date;
  var ledger = exec.ctx.ledger;
  var start = now !== null ? now : RealDate.now();
  var zero = ledger.elapsedMs();
  var current = function () { return start + Math.floor(ledger.elapsedMs() - zero); };
  globalThis.Date = new Proxy(RealDate, {
    construct: function (t, args, nt) { return Reflect.construct(t, args.length ? args : [current()], nt); },
    apply: function () { return new RealDate(current()).toString(); },
    get: function (t, p) { return p === 'now' ? function now() { return current(); } : Reflect.get(t, p); }
  });
  Object.keys(exec.globals).forEach(function (k) {
    Object.defineProperty(globalThis, k, { value: exec.globals[k], writable: true, configurable: true, enumerable: false });
  });
  return {
    call: function (name, argsJson) {
      var fn = globalThis[name];
      if (typeof fn !== 'function') throw new Error('Script function not found: ' + name);
      var r = fn.apply(globalThis, G.decode(argsJson) || []);
      return r === undefined ? '' : G.encode(r);
    },
    callEdit: function (name, specJson) {
      var fn = globalThis[name];
      if (typeof fn !== 'function') throw new Error('Script function not found: ' + name);
      var s = JSON.parse(specJson);
      var source = SpreadsheetApp.openById(s.spreadsheetId);
      var e = {
        authMode: ScriptApp.AuthMode.FULL,
        range: source.getSheetByName(s.sheet).getRange(s.a1),
        source: source,
        triggerUid: s.triggerUid,
        user: { getEmail: function () { return s.user; }, getNickname: function () { return s.user.split('@')[0]; } }
      };
      if (s.value !== undefined) e.value = s.value;
      if (s.oldValue !== undefined) e.oldValue = s.oldValue;
      var r = fn.call(globalThis, e);
      return r === undefined ? '' : G.encode(r);
    },
    end: function () { exec.ctx.end(); },
    expired: function () { return ledger.expired; },
    ledger: function () { return JSON.stringify(exec.ctx.ledger.summary()); }
  };
})`;

interface Controller {
  call(name: string, argsJson: string): string;
  callEdit(name: string, specJson: string): string;
  end(): void;
  expired(): boolean;
  ledger(): string;
}

function toSandboxError(e: unknown): SandboxError {
  if (e !== null && typeof e === 'object' && 'message' in e) {
    const err = e as { name?: unknown; message?: unknown; stack?: unknown };
    return {
      name: String(err.name ?? 'Error'),
      message: String(err.message),
      stack: typeof err.stack === 'string' ? err.stack : undefined,
    };
  }
  return { name: 'Error', message: String(e) };
}

/** A realm holding only the ECMAScript built-ins (Node adds `console` to new contexts). */
export function createRealm(): vm.Context {
  const context = vm.createContext({}, { codeGeneration: { strings: true, wasm: false } });
  vm.runInContext('delete globalThis.console;', context);
  return context;
}

/** Evaluates the bundle and calls `entry` in a fresh realm; never throws. */
export function runInSandbox(run: SandboxRun): SandboxResult {
  const context = createRealm();
  const G: unknown = run.facade.runInContext(context);
  const bootstrap = vm.runInContext(BOOTSTRAP, context) as (...a: unknown[]) => Controller;
  // Apps Script calls `doGet`/`doPost` for an HTTP request to the web app (the "Web Apps" guide):
  // such a run is a web-app request, which `ScriptApp.getService().getUrl()` tells apart.
  const webAppRequest =
    run.editEvent === undefined && (run.entry === 'doGet' || run.entry === 'doPost');
  const options = { ...run.options, webAppRequest };
  const controller = bootstrap(G, run.port, JSON.stringify(options), run.now);
  let value = '';
  let error: SandboxError | null = null;
  try {
    run.code.runInContext(context);
    value =
      run.editEvent === undefined
        ? controller.call(run.entry, run.argsJson)
        : controller.callEdit(run.entry, run.editEvent);
  } catch (e) {
    error = toSandboxError(e);
  }
  try {
    controller.end();
  } catch (e) {
    error ??= toSandboxError(e);
  }
  if (controller.expired()) {
    // Google ended the execution at its limit: whatever the script caught or returned after
    // that point never happened for the caller.
    value = '';
    error = { name: 'Error', message: EXCEEDED_MESSAGE };
  }
  return { value, error, ledger: JSON.parse(controller.ledger()) as LedgerSummary };
}

/** A host `Error` carrying a sandbox error's name, message and stack. */
export function hostError(e: SandboxError): Error {
  const err = new Error(e.message);
  err.name = e.name;
  if (e.stack) err.stack = e.stack;
  return err;
}
