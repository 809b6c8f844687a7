/**
 * The ledger of one execution: counts every emulated service call, the cells it touched and its
 * modeled milliseconds (from the cost table), and injects faults ("the N-th call throws").
 *
 * Every facade method calls `ledger.call(...)` before doing anything, so a fault leaves the
 * call undone, exactly as a failed round trip to Google would.
 */
import { priceOf, type CostCategory } from './costs';

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

  constructor(faults: readonly FaultSpec[] = []) {
    this.faults = faults.slice();
  }

  /**
   * Records one call (and throws the injected fault if this is the call chosen to fail).
   * @param service the Apps Script service (`SpreadsheetApp`, `LockService`…)
   * @param method the method key (`Range.getValues`)
   */
  call(service: string, method: string, category: CostCategory, cells = 0): void {
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
    const ms = priceOf(category, cells);
    if (count) this.calls += 1;
    this.cells += cells;
    this.ms += ms;
    const m = (this.byMethod[method] ??= { calls: 0, cells: 0, ms: 0 });
    if (count) m.calls += 1;
    m.cells += cells;
    m.ms += ms;
    this.trace.push({ service, method, category, cells });
  }

  /** Adds modeled waiting time (a modeled `Utilities.sleep`, a lock wait) without a call or
   *  cells: the execution spends the time but no service is called. */
  addWait(service: string, method: string, ms: number): void {
    this.ms += ms;
    const m = (this.byMethod[method] ??= { calls: 0, cells: 0, ms: 0 });
    m.ms += ms;
    this.trace.push({ service, method, category: 'local', cells: 0 });
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
