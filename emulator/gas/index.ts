/**
 * The facade of the emulation: builds, for one execution, the globals a script sees in Apps
 * Script (`SpreadsheetApp`, `LockService`, `Session`…), every one guarded so that an unemulated
 * member throws. Bundled as one IIFE by the runtime so that it can also be evaluated inside a
 * sandbox realm or a worker thread, where the only link to the state is the `RawPort`.
 */
import { FacadeContext, type ExecutionOptions, type RawPort } from './context';
import { installSpreadsheet } from './spreadsheet';
import { installServices } from './services';
import { globalsFor } from './authMode';

export { FacadeContext };
/** The wire codec, exported so that a sandbox realm can build its own values from host JSON. */
export { encode, decode } from '../core/wire';
export type { ExecutionOptions, RawPort };

export interface Execution {
  /** The globals to install in the script's global scope. */
  readonly globals: Record<string, unknown>;
  /** The execution's context: ledger, end hooks. */
  readonly ctx: FacadeContext;
}

/** Creates the Apps Script globals of one execution talking to the backend through `port`. */
export function createExecution(port: RawPort, options: ExecutionOptions): Execution {
  const ctx = new FacadeContext(port, options);
  const globals: Record<string, unknown> = {};
  installSpreadsheet(ctx, globals);
  installServices(ctx, globals);
  return { globals: globalsFor(options.authMode, globals), ctx };
}
