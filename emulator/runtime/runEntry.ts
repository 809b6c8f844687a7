/**
 * Runs ONE execution of the shipped bundle the way Apps Script does (a menu click, a trigger,
 * one `google.script.run` call): a fresh sandbox realm, `Code.js` evaluated, the top-level
 * function `entryName` called, the execution ended (commit, then locks released) whatever
 * happens. Arguments and the value cross the realm as wire JSON (dates kept as dates). An
 * installable onEdit trigger's run also gets the edit event (`editEvent`, see `userEdit.ts`).
 */
import type { World } from '../backend/world';
import { decode, encode } from '../core/wire';
import type { Bundle } from './bundle';
import { facadeScript } from './facadeBundle';
import {
  authorityOf,
  executionClock,
  newExecId,
  toExecutionOptions,
  type RunOptions,
  type RunResult,
} from './options';
import { hostError, runInSandbox } from './sandbox';

export function runEntry<T = unknown>(
  world: World,
  bundle: Bundle,
  entryName: string,
  args: readonly unknown[] = [],
  options: RunOptions = {},
  editEvent?: string,
): RunResult<T> {
  const execId = newExecId();
  const opts = toExecutionOptions(options, execId, bundle.files, false, bundle.grant);
  const caller = { execId, user: authorityOf(opts) };
  const clock = executionClock(world, options);
  try {
    const r = runInSandbox({
      facade: facadeScript(),
      code: bundle.script,
      port: (op, argsJson) => JSON.stringify(world.handle(caller, op, argsJson)),
      options: opts,
      entry: entryName,
      argsJson: encode(args),
      ...(editEvent === undefined ? {} : { editEvent }),
      now: clock.start,
    });
    clock.ended(r.ledger.ms);
    return {
      value: decode<T>(r.value),
      error: r.error ? hostError(r.error) : null,
      ledger: r.ledger,
      execId,
    };
  } finally {
    world.endExecution(execId);
  }
}
