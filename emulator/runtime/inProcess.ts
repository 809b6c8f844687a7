/**
 * Executions in the Node realm (unit tests of server code, benchmarks): the facade's globals
 * are handed to a function; waits (locks, sleep) are modeled, not real. The execution always
 * ends — pending writes committed, locks released — even when the function throws, because
 * Apps Script has no transactions.
 */
import type { World } from '../backend/world';
import { EXCEEDED_MESSAGE } from '../core/ledger';
import { createExecution } from '../gas';
import type { FacadeContext } from '../gas/context';
import {
  authorityOf,
  newExecId,
  toExecutionOptions,
  type RunOptions,
  type RunResult,
} from './options';

/** An execution left open (to interleave several in one thread); call `end()` once. */
export interface OpenExecution {
  readonly execId: string;
  readonly globals: Record<string, unknown>;
  readonly ctx: FacadeContext;
  /** Commits pending writes, then releases what the execution held. */
  end(): void;
}

/** Starts an execution against `world` and charges its start. */
export function openExecution(
  world: World,
  options: RunOptions = {},
  files?: Readonly<Record<string, string>>,
): OpenExecution {
  const execId = newExecId();
  const opts = toExecutionOptions(options, execId, files, false);
  const caller = { execId, user: authorityOf(opts) };
  const { globals, ctx } = createExecution((op, args) => world.handle(caller, op, args), opts);
  ctx.ledger.charge('Runtime', 'execution.start', 'execution.start', 0, false);
  return {
    execId,
    globals,
    ctx,
    end() {
      try {
        ctx.end();
      } finally {
        world.endExecution(execId);
      }
    },
  };
}

/** Runs `fn` as one execution; never throws, returns the value or the error and the ledger. */
export function runInProcess<T>(
  world: World,
  options: RunOptions,
  fn: (globals: Record<string, unknown>) => T,
): RunResult<T> {
  const exec = openExecution(world, options);
  let value: T | undefined;
  let error: Error | null = null;
  try {
    value = fn(exec.globals);
  } catch (e) {
    error = e instanceof Error ? e : new Error(String(e));
  }
  try {
    exec.end();
  } catch (e) {
    error ??= e instanceof Error ? e : new Error(String(e));
  }
  if (exec.ctx.ledger.expired) {
    // Ended by Google at its time limit (the Node realm's clock does not move, the limit holds).
    value = undefined;
    error = new Error(EXCEEDED_MESSAGE);
  }
  return { value, error, ledger: exec.ctx.ledger.summary(), execId: exec.execId };
}
