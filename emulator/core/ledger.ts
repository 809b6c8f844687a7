/**
 * The ledger of one execution: counts every emulated service call, the cells it touched and its
 * modeled milliseconds (from the cost table), and injects faults ("the N-th call throws").
 *
 * Every facade method calls `ledger.call(...)` before doing anything, so a fault leaves the
 * call undone, exactly as a failed round trip to Google would.
 */
import { priceOf, type CostCategory } from './costs';

/**
 * Apps Script's execution time limits ("Current limitations", Quotas for Google Services,
 * https://developers.google.com/apps-script/guides/services/quotas): script runtime 6 min per
 * execution; custom function runtime 30 s per execution.
 */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
export const CUSTOM_FUNCTION_LIMIT_MS = 30 * 1000;

/**
 * What Apps Script reports when an execution runs past its limit. The quotas page says only that
 * the script "throws an exception and execution stops"; this text is the one Google shows in the
 * execution log and in a custom function's cell note (reported from live runs, e.g.
 * https://www.labnol.org/code/20016-maximum-execution-time-limit/).
 */
export const EXCEEDED_MESSAGE = 'Exceeded maximum execution time';

export interface FaultSpec {
  /** Which calls to count: a service (`SpreadsheetApp`, `LockService`…), a method key
   *  (`Range.setValues`), or `*` for every call. */
  readonly target: string;
  /** The 1-based position, among the counted calls, of the call that throws. */
  readonly at: number;
  /** The error message; defaults to Apps Script's transient service error. */
  readonly message?: string;
}

export interface LedgerSummary {
  calls: number;
  cells: number;
  ms: number;
  byMethod: Record<string, { calls: number; cells: number; ms: number }>;
}

export interface LedgerEntry {
  service: string;
  method: string;
  category: CostCategory;
  cells: number;
}

export class Ledger {
  private calls = 0;
  private cells = 0;
  private ms = 0;
  private readonly byMethod: Record<string, { calls: number; cells: number; ms: number }> = {};
  private readonly counters: Record<string, number> = {};
  private readonly faults: FaultSpec[];
  /** Every call in order, for tests that enumerate fault positions. */
  readonly trace: LedgerEntry[] = [];
  /** The execution's time limit in modeled milliseconds. */
  readonly limitMs: number;
  private stopped = false;

  constructor(faults: readonly FaultSpec[] = [], limitMs: number = EXECUTION_LIMIT_MS) {
    this.faults = faults.slice();
    this.limitMs = limitMs;
  }

  /** Modeled milliseconds spent so far (the execution's clock: start + this). */
  elapsedMs(): number {
    return this.ms;
  }

  /**
   * True once the execution ran past its time limit. Google then ends the execution: nothing
   * after that point reaches its services (every later call throws again, whatever the script
   * caught), the writes still queued are not committed, and the run fails with
   * `EXCEEDED_MESSAGE` even if the script caught the error and returned.
   */
  get expired(): boolean {
    return this.stopped;
  }

  /** Throws (and marks the execution stopped) once the modeled time is past the limit. */
  private checkLimit(): void {
    if (this.stopped || this.ms > this.limitMs) {
      this.stopped = true;
      throw new Error(EXCEEDED_MESSAGE);
    }
  }

  /**
   * Records one call (and throws the injected fault if this is the call chosen to fail).
   * @param service the Apps Script service (`SpreadsheetApp`, `LockService`…)
   * @param method the method key (`Range.getValues`)
   */
  call(service: string, method: string, category: CostCategory, cells = 0): void {
    this.checkLimit();
    for (const key of ['*', service, method]) this.counters[key] = (this.counters[key] ?? 0) + 1;
    const fault = this.faults.find((f) => this.counters[f.target] === f.at);
    if (fault) {
      this.faults.splice(this.faults.indexOf(fault), 1);
      throw new Error(
        fault.message ??
          `Exception: Service ${service} failed while processing ${method} (injected fault).`,
      );
    }
    this.charge(service, method, category, cells);
  }

  /** Adds cost without counting a call (e.g. the commit a read forces). */
  charge(service: string, method: string, category: CostCategory, cells = 0, count = true): void {
    this.checkLimit();
    const ms = priceOf(category, cells);
    if (count) this.calls += 1;
    this.cells += cells;
    this.ms += ms;
    const m = (this.byMethod[method] ??= { calls: 0, cells: 0, ms: 0 });
    if (count) m.calls += 1;
    m.cells += cells;
    m.ms += ms;
    this.trace.push({ service, method, category, cells });
    // The call that runs past the limit is cut off: Google never answers it.
    this.checkLimit();
  }

  /** Adds modeled waiting time (a modeled `Utilities.sleep`, a lock wait) without a call or
   *  cells: the execution spends the time but no service is called. */
  addWait(service: string, method: string, ms: number): void {
    this.checkLimit();
    this.ms += ms;
    const m = (this.byMethod[method] ??= { calls: 0, cells: 0, ms: 0 });
    m.ms += ms;
    this.trace.push({ service, method, category: 'local', cells: 0 });
    this.checkLimit();
  }

  summary(): LedgerSummary {
    return {
      calls: this.calls,
      cells: this.cells,
      ms: Math.round(this.ms * 100) / 100,
      byMethod: JSON.parse(JSON.stringify(this.byMethod)),
    };
  }
}
