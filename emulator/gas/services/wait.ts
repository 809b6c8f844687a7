/**
 * Waiting inside an execution. With `realTime` (executions really running at once, in worker
 * threads) the thread blocks for real with `Atomics.wait`, the only blocking primitive Apps
 * Script's V8 also has; otherwise the wait is only added to the ledger's modeled milliseconds.
 */
import type { FacadeContext } from '../context';

/** Blocks the current thread for `ms` real milliseconds. */
export function blockFor(ms: number): void {
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Waits `ms` for real or in the model, as the execution is configured. */
export function wait(ctx: FacadeContext, service: string, method: string, ms: number): void {
  // Either way the execution's clock moves by the wait (the ledger is its clock).
  if (ctx.options.realTime) blockFor(ms);
  ctx.ledger.addWait(service, method, ms);
}
