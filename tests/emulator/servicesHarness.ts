/**
 * Test harness for the service facade alone: a world of the service backend modules and
 * executions built directly on `FacadeContext` + `installServices` (no SpreadsheetApp), so the
 * services can be tested without the spreadsheet emulation.
 */
import { serviceModules } from '../../emulator/backend/services';
import { World } from '../../emulator/backend/world';
import { FacadeContext, type ExecutionOptions } from '../../emulator/gas/context';
import { installServices } from '../../emulator/gas/services';
import { createUi } from '../../emulator/gas/ui';

export interface ServiceGlobals {
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  Logger: GoogleAppsScript.Base.Logger;
  console: Console;
}

export interface TestExecution {
  g: ServiceGlobals;
  ctx: FacadeContext;
  ui: GoogleAppsScript.Base.Ui;
  end(): void;
}

let n = 0;

export function serviceWorld(): World {
  return new World(serviceModules());
}

/** Opens an execution of `world` (user `staf@dinsos.id` unless said otherwise). */
export function open(world: World, options: Partial<ExecutionOptions> = {}): TestExecution {
  n += 1;
  const opts: ExecutionOptions = { execId: `test-${n}`, user: 'staf@dinsos.id', ...options };
  const caller = { execId: opts.execId, user: opts.user };
  const ctx = new FacadeContext((op, args) => world.handle(caller, op, args), opts);
  const globals: Record<string, unknown> = {};
  installServices(ctx, globals);
  return {
    g: globals as unknown as ServiceGlobals,
    ctx,
    ui: createUi(ctx, opts.activeSpreadsheetId ?? null),
    end() {
      try {
        ctx.end();
      } finally {
        world.endExecution(opts.execId);
      }
    },
  };
}

/** Runs `fn` in one execution and ends it. */
export function run<T>(
  world: World,
  fn: (g: ServiceGlobals, x: TestExecution) => T,
  options: Partial<ExecutionOptions> = {},
): T {
  const x = open(world, options);
  try {
    return fn(x.g, x);
  } finally {
    x.end();
  }
}
