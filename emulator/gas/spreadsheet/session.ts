/**
 * The SpreadsheetApp state of one execution: its write buffer and its active tabs. Writes are
 * queued here (checked by Google's side at once, so a rejected write throws at the call); a read
 * after a write pays the dirty-read price and commits first; `flush()` and the end of the
 * execution commit; another execution never sees what is still queued.
 */
import type { CostCategory } from '../../core/costs';
import type { FacadeContext } from '../context';
import type { TabMeta, Write } from './types';

export const SERVICE = 'SpreadsheetApp';

function cellsOf(w: Write): number {
  return w.kind === 'append' ? Math.max(1, w.data.length) : w.numRows * w.numCols;
}

export class SheetSession {
  readonly ctx: FacadeContext;
  private pending: Write[];
  private readonly active: Map<string, number>;

  constructor(ctx: FacadeContext) {
    this.ctx = ctx;
    this.pending = [];
    this.active = new Map();
    ctx.onEnd(() => this.commit());
  }

  /** Counts and prices a call (throws the injected fault before anything happens). */
  charge(method: string, category: CostCategory, cells = 0): void {
    this.ctx.charge(SERVICE, method, category, cells);
  }

  /** Sends `sheets.<op>` to Google's side. */
  backend<T>(op: string, ...args: unknown[]): T {
    return this.ctx.backend<T>(`sheets.${op}`, ...args);
  }

  pendingCells(): number {
    return this.pending.reduce((n, w) => n + cellsOf(w), 0);
  }

  /** Before a read: if writes are queued, pay the dirty read and commit them. */
  settle(method: string): void {
    if (this.pending.length === 0) return;
    this.ctx.ledger.charge(SERVICE, method, 'range.readDirty', 0, false);
    this.commit();
  }

  /** Commits queued appends (which may grow a tab) before a bounds check. */
  settleAppends(): void {
    if (this.pending.some((w) => w.kind === 'append')) this.commit();
  }

  /** Commits the buffer as one atomic batch; a rejected batch is dropped and its error thrown.
   *  `alreadyCharged`: the caller (flush) has priced the commit as its own call. */
  commit(alreadyCharged = false): void {
    if (this.pending.length === 0) return;
    const writes = this.pending;
    this.pending = [];
    const cells = writes.reduce((n, w) => n + cellsOf(w), 0);
    if (!alreadyCharged)
      this.ctx.ledger.charge(SERVICE, 'buffer.commit', 'buffer.commit', cells, false);
    this.backend('commit', writes);
  }

  /** Queues a write after Google's side has checked it (bounds, protections, validation). */
  enqueue(w: Write): void {
    if (w.kind !== 'append') this.settleAppends();
    // Queued writes (rules, formats, the values a range rule lists) change how this write is
    // judged: Google's side checks it as if they were applied first.
    this.backend('check', w, this.pending);
    this.pending.push(w);
  }

  tab(ss: string, sheetId: number): TabMeta {
    return this.backend<TabMeta>('tab', ss, sheetId);
  }

  activeSheetId(ss: string, fallback: number): number {
    return this.active.get(ss) ?? fallback;
  }

  setActiveSheet(ss: string, sheetId: number): void {
    this.active.set(ss, sheetId);
  }
}
