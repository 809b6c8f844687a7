/**
 * Google's side of SpreadsheetApp: the spreadsheets themselves (tabs, sparse cells with value,
 * formula, number format, data validation, note and style; protections; sharing) and the
 * operations an execution sends over the wire — reads, the atomic commit of a batch of queued
 * writes (appendRow resolved at commit, so concurrent appends never overwrite each other),
 * structure changes, TextFinder searches — plus save/load.
 *
 * What Google does to a written value (number-looking strings become numbers with 15
 * significant digits, `=` makes a formula, `'` keeps text, `@` cells keep strings) lives in
 * `gas/spreadsheet/cells.ts` (pure, shared); cells are stored per row, so a one-row read or a commit costs the cells it
 * touches, not the size of the tab.
 */
import type { SpreadsheetFile } from './drive';
import type { BackendModule, CallContext } from './world';
import type {
  BookMeta,
  CellRef,
  FindQuery,
  FindScope,
  GridRect,
  ProtectionPatch,
  ProtectionState,
  ReadKind,
  RuleSpec,
  TabMeta,
  Write,
} from '../gas/spreadsheet/types';
import { formatA1 } from '../gas/spreadsheet/a1';
import type { ChartSpec } from '../gas/spreadsheet/charts';
import { decode, encode } from '../core/wire';
import {
  cellHasContent,
  displayOf,
  interpretWrite,
  fromSerial,
  isDateValue,
  ruleViolated,
  SHEETS_LOCALES,
  toSerial,
  valueForRead,
  type CellValue,
  type Row,
  type SheetLookup,
} from '../gas/spreadsheet/cells';

const CELL_LIMIT = 10_000_000;
const CHAR_LIMIT = 50_000;
const DEFAULT_ROWS = 1000;
const DEFAULT_COLS = 26;

export const SHEET_ERRORS = {
  outside: 'The coordinates of the range are outside the dimensions of the sheet.',
  protectedCell:
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
  cellLimit:
    'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
  charLimit: 'Your input contains more than the maximum of 50000 characters in a single cell.',
  rowsOut: 'Those rows are out of bounds.',
  colsOut: 'Those columns are out of bounds.',
  deleteAllRows: 'Sorry, it is not possible to delete all non-frozen rows.',
  deleteAllCols: 'Sorry, it is not possible to delete all non-frozen columns.',
  lastSheet: "You can't remove all the sheets in a document.",
  noDocument:
    'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
  sheetGone: 'The sheet has been deleted.',
} as const;

interface Tab {
  id: number;
  name: string;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  rows: (Row | undefined)[];
  tabColor: string | null;
  hiddenCols: number[];
  colWidths: Record<string, number>;
  /** Conditional format rules (stored, not evaluated). */
  conditionalRules?: unknown[];
  /** Embedded charts (their spec; drawn from the cells when looked at). */
  charts?: ChartSpec[];
  /** Cached last row / column with content (undefined: recompute). */
  lastRow?: number;
  lastCol?: number;
}

interface Protection {
  id: number;
  type: 'RANGE' | 'SHEET';
  sheetId: number;
  /** For RANGE: the protected cells (1-based); unused for SHEET. */
  rect: GridRect;
  description: string;
  editors: string[];
  warningOnly: boolean;
  unprotected: GridRect[];
}

interface Book {
  id: string;
  name: string;
  owner: string;
  editors: string[];
  viewers: string[];
  timeZone: string;
  /** The spreadsheet's locale (File › Settings): how typed dates are read. */
  locale: string;
  tabs: Tab[];
  nextSheetId: number;
  protections: Protection[];
  nextProtectionId: number;
  rules: RuleSpec[];
  /** Next embedded chart ID (charts are numbered across the spreadsheet). */
  nextChartId?: number;
}

export interface NewSpreadsheet {
  id?: string;
  name?: string;
  owner: string;
  editors?: string[];
  viewers?: string[];
  /** Default: the owner's (see `setAccount`). */
  timeZone?: string;
  locale?: string;
  /** Tab names (default one tab `Sheet1`). */
  sheets?: string[];
  rows?: number;
  columns?: number;
}

/** Undo log of one commit: the rows and sizes as they were before it. */
interface Journal {
  rows: Map<Tab, Map<number, Row | undefined>>;
  sizes: Map<Tab, [number, number]>;
  rules: Map<Book, number>;
}

function cloneRow(row: Row | undefined): Row | undefined {
  if (!row) return undefined;
  const copy: Row = { v: row.v.slice() };
  if (row.f) copy.f = row.f.slice();
  if (row.nf) copy.nf = row.nf.slice();
  if (row.dv) copy.dv = row.dv.slice();
  if (row.n) copy.n = row.n.slice();
  if (row.s) copy.s = row.s.slice();
  return copy;
}

/** A value written with the Sheets API's `valueInputOption: RAW`: kept exactly as sent. */
function storeRaw(raw: unknown): { value?: CellValue; formula?: string; format?: string } {
  if (raw === null || raw === undefined || raw === '') return {};
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw } : { value: '#NUM!' };
  if (typeof raw === 'boolean') return { value: raw };
  return { value: String(raw) };
}

/** A row from saved JSON (nulls where the row had holes) back to its sparse form. */
function restoreRow(r: Row): Row {
  const undef = <T>(
    arr: (T | null | undefined)[] | undefined | null,
  ): (T | undefined)[] | undefined =>
    arr ? arr.map((x) => (x === null ? undefined : x)) : undefined;
  const row: Row = { v: undef(r.v) ?? [] };
  if (r.f) row.f = undef(r.f);
  if (r.nf) row.nf = undef(r.nf);
  if (r.dv) row.dv = undef(r.dv);
  if (r.n) row.n = undef(r.n);
  if (r.s) row.s = undef(r.s);
  return row;
}

function intersects(a: GridRect, b: GridRect): boolean {
  return (
    a.row <= b.row + b.numRows - 1 &&
    b.row <= a.row + a.numRows - 1 &&
    a.col <= b.col + b.numCols - 1 &&
    b.col <= a.col + a.numCols - 1
  );
}

function contains(outer: GridRect, inner: GridRect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.col + inner.numCols <= outer.col + outer.numCols
  );
}

/** Shifts a span [start, start+len) when `n` lines are inserted (n>0) or deleted (n<0) at `at`. */
function shiftSpan(start: number, len: number, at: number, n: number): [number, number] | null {
  if (n > 0) {
    if (at <= start) return [start + n, len];
    if (at < start + len) return [start, len + n];
    return [start, len];
  }
  const delEnd = at - n; // exclusive
  const end = start + len;
  const keptBefore = Math.max(0, Math.min(end, at) - start);
  const keptAfter = Math.max(0, end - Math.max(start, delEnd));
  const newLen = keptBefore + keptAfter;
  if (newLen <= 0) return null;
  const newStart = start < at ? start : Math.max(at, start + n);
  return [newStart, newLen];
}

function shiftRect(rect: GridRect, dim: 'rows' | 'cols', at: number, n: number): GridRect | null {
  if (dim === 'rows') {
    const s = shiftSpan(rect.row, rect.numRows, at, n);
    return s && { ...rect, row: s[0], numRows: s[1] };
  }
  const s = shiftSpan(rect.col, rect.numCols, at, n);
  return s && { ...rect, col: s[0], numCols: s[1] };
}

/** An account's settings a new spreadsheet takes (Google: a new file gets its creator's). */
export interface AccountSettings {
  readonly timeZone: string;
  readonly locale: string;
}

/**
 * An emulated account's default: deliberately NOT the office's (Asia/Jakarta, in_ID), so that
 * code which forgets to set a spreadsheet's zone and locale is caught by the tests.
 */
export const DEFAULT_ACCOUNT: AccountSettings = {
  timeZone: 'America/Los_Angeles',
  locale: 'en_US',
};

/** Refuses a time zone Intl does not know (the emulation cannot compute its offsets). */
function checkedZone(tz: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
  } catch {
    throw new Error(`Apps Script emulation: time zone ${tz} is not emulated.`);
  }
  return tz;
}

function checkedLocale(locale: string): string {
  if (!SHEETS_LOCALES.includes(locale)) {
    throw new Error(
      `Apps Script emulation: locale ${locale} is not one Sheets offers (File › Settings); not emulated.`,
    );
  }
  return locale;
}

export class SheetsBackend implements BackendModule {
  readonly name: string;
  private books: Map<string, Book>;
  private ruleKeys: Map<Book, Map<string, number>>;
  private counter: number;
  private accounts: Map<string, AccountSettings>;

  constructor() {
    this.name = 'sheets';
    this.books = new Map();
    this.ruleKeys = new Map();
    this.counter = 0;
    this.accounts = new Map();
  }

  // ---------------------------------------------------------------- public helpers (tests, bench)

  /** Sets the time zone and locale of an emulated account (its Google account settings). */
  setAccount(email: string, settings: Partial<AccountSettings>): void {
    const current = this.account(email);
    this.accounts.set(email, {
      timeZone: checkedZone(settings.timeZone ?? current.timeZone),
      locale: checkedLocale(settings.locale ?? current.locale),
    });
  }

  /** An account's settings (the default for an account never configured). */
  account(email: string): AccountSettings {
    return this.accounts.get(email) ?? DEFAULT_ACCOUNT;
  }

  /** Creates a spreadsheet directly (fixtures, benchmarks). Returns its id. */
  createSpreadsheet(spec: NewSpreadsheet): string {
    this.counter += 1;
    const id =
      spec.id ?? `1EmU${String(this.counter).padStart(6, '0')}spreadsheet${Date.now() % 100000}`;
    if (this.books.has(id)) throw new Error(`Apps Script emulation: spreadsheet ${id} exists.`);
    const book: Book = {
      id,
      name: spec.name ?? 'Untitled spreadsheet',
      owner: spec.owner,
      editors: (spec.editors ?? []).slice(),
      viewers: (spec.viewers ?? []).slice(),
      timeZone: checkedZone(spec.timeZone ?? this.account(spec.owner).timeZone),
      locale: checkedLocale(spec.locale ?? this.account(spec.owner).locale),
      tabs: [],
      nextSheetId: 0,
      protections: [],
      nextProtectionId: 1,
      rules: [],
    };
    const rows = spec.rows ?? DEFAULT_ROWS;
    const cols = spec.columns ?? DEFAULT_COLS;
    for (const name of spec.sheets ?? ['Sheet1'])
      this.addTab(book, name, book.tabs.length, rows, cols);
    this.books.set(id, book);
    return id;
  }

  /**
   * Puts typed values (numbers, strings, booleans, Dates; '' for empty) into a tab without any
   * conversion, growing it if needed: the fast way to seed a benchmark with 100,000 rows.
   */
  loadValues(ssId: string, sheetName: string, row: number, col: number, values: unknown[][]): void {
    const book = this.book(ssId);
    const tab = this.tabByName(book, sheetName);
    if (!tab) throw new Error(`Apps Script emulation: no tab ${sheetName}.`);
    const width = values.reduce((m, r) => Math.max(m, r.length), 0);
    this.resize(
      book,
      tab,
      Math.max(tab.maxRows, row + values.length - 1),
      Math.max(tab.maxCols, col + width - 1),
    );
    for (let i = 0; i < values.length; i++) {
      const line = values[i] as unknown[];
      const r = this.rowFor(tab, row + i - 1);
      for (let j = 0; j < line.length; j++) {
        const v = line[j];
        r.v[col - 1 + j] = v === '' || v === null || v === undefined ? undefined : (v as CellValue);
      }
    }
    tab.lastRow = undefined;
    tab.lastCol = undefined;
  }

  /**
   * A copy of a whole spreadsheet (Drive `files.copy`): tabs, cells, formats, rules and
   * protections; owned by `owner`, shared with nobody else. Returns the new id.
   */
  copySpreadsheet(ssId: string, name: string, owner: string): string {
    const source = this.book(ssId);
    const id = this.createSpreadsheet({ name, owner, sheets: [] });
    const copy = this.book(id);
    const state = decode<Book>(encode(this.snapshotBook(source)));
    copy.timeZone = state.timeZone;
    copy.locale = state.locale;
    copy.tabs = state.tabs.map((t) => ({
      ...t,
      lastRow: undefined,
      lastCol: undefined,
      rows: (t.rows as (Row | null)[]).map((r) => (r ? restoreRow(r) : undefined)),
    }));
    copy.nextSheetId = state.nextSheetId;
    copy.protections = state.protections.map((p) => ({ ...p, editors: [owner] }));
    copy.nextProtectionId = state.nextProtectionId;
    copy.rules = state.rules;
    return id;
  }

  /** The whole state of one spreadsheet, to put back with `restoreBook` (atomic batches). */
  saveBook(ssId: string): string {
    return encode(this.snapshotBook(this.book(ssId)));
  }

  /** Puts a spreadsheet back as `saveBook` found it. */
  restoreBook(ssId: string, saved: string): void {
    const state = decode<Book>(saved);
    for (const t of state.tabs) {
      delete t.lastRow;
      delete t.lastCol;
      t.rows = (t.rows as (Row | null)[]).map((r) => (r ? restoreRow(r) : undefined));
    }
    const book = this.book(ssId);
    this.ruleKeys.delete(book);
    this.books.set(ssId, state);
  }

  // ---------------------------------------------------------------- wire

  handle(op: string, args: unknown[], ctx: CallContext): unknown {
    const a = args as never[];
    const user = ctx.user;
    switch (op) {
      case 'open':
        return this.open(a[0], a[1], user);
      case 'create':
        return this.meta(
          this.book(
            this.createSpreadsheet({
              name: a[0],
              owner: user,
              rows: a[1] ?? undefined,
              columns: a[2] ?? undefined,
            }),
          ),
        );
      case 'rename':
        this.book(a[0]).name = String(a[1]);
        return undefined;
      case 'setTimeZone':
        return this.setTimeZone(this.book(a[0]), String(a[1]));
      case 'setLocale':
        this.book(a[0]).locale = checkedLocale(String(a[1]));
        return undefined;
      case 'account':
        return this.account(user);
      case 'tab':
        return this.tabMeta(this.book(a[0]), this.tab(this.book(a[0]), a[1]));
      case 'lastRow':
        return this.lastRow(this.tab(this.book(a[0]), a[1]));
      case 'lastColumn':
        return this.lastCol(this.tab(this.book(a[0]), a[1]));
      case 'read':
        return this.read(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
      case 'check':
        return this.check(a[0], a[1] ?? [], user);
      case 'commit':
        return this.commit(a[0], user);
      case 'insertSheet':
        return this.insertSheet(a[0], a[1], a[2]);
      case 'deleteSheet':
        return this.deleteSheet(a[0], a[1], user);
      case 'renameSheet':
        return this.renameSheet(a[0], a[1], a[2]);
      case 'insertRows':
        return this.insertLines(a[0], a[1], 'rows', a[2], a[3], user);
      case 'deleteRows':
        return this.deleteLines(a[0], a[1], 'rows', a[2], a[3], user);
      case 'insertColumns':
        return this.insertLines(a[0], a[1], 'cols', a[2], a[3], user);
      case 'deleteColumns':
        return this.deleteLines(a[0], a[1], 'cols', a[2], a[3], user);
      case 'setFrozen':
        return this.setFrozen(a[0], a[1], a[2], a[3]);
      case 'sheetProps':
        return this.sheetProps(a[0], a[1], a[2]);
      case 'setConditionalRules':
        this.tab(this.book(a[0]), a[1]).conditionalRules = (a[2] as unknown[]).slice();
        return undefined;
      case 'conditionalRules':
        return this.tab(this.book(a[0]), a[1]).conditionalRules ?? [];
      case 'insertChart':
        return this.insertChart(a[0], a[1], a[2], user);
      case 'charts':
        return (this.tab(this.book(a[0]), a[1]).charts ?? []).map((c) => structuredClone(c));
      case 'updateChart':
        return this.updateChart(a[0], a[1], a[2], user);
      case 'removeChart':
        return this.removeChart(a[0], a[1], a[2], user);
      case 'protect':
        return this.protect(a[0], a[1], a[2], user);
      case 'protections':
        return this.protectionsOf(a[0], a[1], a[2], user);
      case 'protection':
        return this.protectionState(this.book(a[0]), this.protection(this.book(a[0]), a[1]), user);
      case 'updateProtection':
        return this.updateProtection(a[0], a[1], a[2], user);
      case 'removeProtection':
        return this.removeProtection(a[0], a[1], user);
      case 'find':
        return this.find(a[0], a[1], a[2], a[3], a[4]);
      case 'sharing':
        return this.sharing(this.book(a[0]));
      case 'share':
        return this.share(a[0], a[1], a[2], a[3]);
      default:
        throw new Error(`Apps Script emulation: sheets.${op} is not emulated.`);
    }
  }

  // ---------------------------------------------------------------- lookups

  private book(id: string): Book {
    const b = this.books.get(id);
    if (!b) throw new Error(SHEET_ERRORS.noDocument);
    return b;
  }

  private tab(book: Book, sheetId: number): Tab {
    const t = book.tabs.find((x) => x.id === sheetId);
    if (!t) throw new Error(SHEET_ERRORS.sheetGone);
    return t;
  }

  private tabByName(book: Book, name: string): Tab | undefined {
    const key = name.toLowerCase();
    return book.tabs.find((t) => t.name.toLowerCase() === key);
  }

  /**
   * A new time zone. Sheets keeps a date cell as a serial number (days since 1899-12-30, wall
   * clock), so the wall clock every date cell shows stays the same and the instant it stands for
   * moves by the difference of the zones' offsets. Cells are stored here as instants, so each
   * one is moved.
   */
  private setTimeZone(book: Book, tz: string): void {
    const from = book.timeZone;
    const to = checkedZone(tz);
    if (from === to) return;
    for (const tab of book.tabs) {
      for (const row of tab.rows) {
        if (!row) continue;
        row.v.forEach((v, c) => {
          if (isDateValue(v)) row.v[c] = fromSerial(toSerial(v, from), to);
        });
      }
    }
    book.timeZone = to;
  }

  private lookup(book: Book): SheetLookup {
    return {
      timeZone: book.timeZone,
      locale: book.locale,
      rules: book.rules,
      rowsOf: (sheetName) => {
        const t = sheetName === undefined ? undefined : this.tabByName(book, sheetName);
        return t ? t.rows : undefined;
      },
      lookup: this.lookupBySheetId(book),
    };
  }

  private lookupBySheetId(book: Book): (sheetId: number) => (Row | undefined)[] | undefined {
    return (sheetId) => book.tabs.find((t) => t.id === sheetId)?.rows;
  }

  private open(id: string, checkAccess: boolean, user: string): BookMeta {
    const book = this.books.get(id);
    if (!book) throw new Error(SHEET_ERRORS.noDocument);
    if (checkAccess && user !== '' && !this.hasAccess(book, user)) {
      throw new Error(SHEET_ERRORS.noDocument);
    }
    return this.meta(book);
  }

  private hasAccess(book: Book, user: string): boolean {
    return book.owner === user || book.editors.includes(user) || book.viewers.includes(user);
  }

  private meta(book: Book): BookMeta {
    return {
      id: book.id,
      name: book.name,
      owner: book.owner,
      timeZone: book.timeZone,
      locale: book.locale,
      sheets: book.tabs.map((t) => this.tabMeta(book, t)),
    };
  }

  private tabMeta(book: Book, t: Tab): TabMeta {
    return {
      id: t.id,
      name: t.name,
      index: book.tabs.indexOf(t) + 1,
      maxRows: t.maxRows,
      maxCols: t.maxCols,
      frozenRows: t.frozenRows,
      frozenCols: t.frozenCols,
    };
  }

  private rowFor(tab: Tab, index: number): Row {
    const rows = tab.rows;
    while (rows.length < index) rows.push(undefined);
    let r = rows[index];
    if (!r) {
      r = { v: [] };
      rows[index] = r;
    }
    return r;
  }

  private totalCells(book: Book): number {
    return book.tabs.reduce((n, t) => n + t.maxRows * t.maxCols, 0);
  }

  private resize(book: Book, tab: Tab, rows: number, cols: number): void {
    const added = rows * cols - tab.maxRows * tab.maxCols;
    if (added > 0 && this.totalCells(book) + added > CELL_LIMIT)
      throw new Error(SHEET_ERRORS.cellLimit);
    tab.maxRows = rows;
    tab.maxCols = cols;
  }

  private addTab(book: Book, name: string, index: number, rows: number, cols: number): Tab {
    this.checkTabName(book, name, null);
    if (this.totalCells(book) + rows * cols > CELL_LIMIT) throw new Error(SHEET_ERRORS.cellLimit);
    const id = book.nextSheetId === 0 ? 0 : 100000000 + book.nextSheetId * 7919;
    book.nextSheetId += 1;
    const tab: Tab = {
      id,
      name,
      maxRows: rows,
      maxCols: cols,
      frozenRows: 0,
      frozenCols: 0,
      rows: [],
      tabColor: null,
      hiddenCols: [],
      colWidths: {},
    };
    book.tabs.splice(Math.max(0, Math.min(index, book.tabs.length)), 0, tab);
    return tab;
  }

  private checkTabName(book: Book, name: string, self: Tab | null): void {
    if (name.trim() === '') throw new Error('Sheet names cannot be empty.');
    if (name.length > 100) throw new Error('Sheet names cannot be longer than 100 characters.');
    const other = this.tabByName(book, name);
    if (other && other !== self) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  // ---------------------------------------------------------------- reads

  private lastRow(tab: Tab): number {
    if (tab.lastRow === undefined) {
      let i = tab.rows.length - 1;
      while (i >= 0 && !this.rowHasContent(tab.rows[i])) i--;
      tab.lastRow = i + 1;
    }
    return tab.lastRow;
  }

  private rowHasContent(row: Row | undefined): boolean {
    if (!row) return false;
    for (let c = 0; c < row.v.length; c++) if (row.v[c] !== undefined) return true;
    if (row.f) for (let c = 0; c < row.f.length; c++) if (row.f[c] !== undefined) return true;
    return false;
  }

  private lastCol(tab: Tab): number {
    if (tab.lastCol === undefined) {
      let max = 0;
      for (const row of tab.rows) {
        if (!row) continue;
        for (let c = Math.max(row.v.length, row.f ? row.f.length : 0) - 1; c >= max; c--) {
          if (cellHasContent(row, c)) {
            max = c + 1;
            break;
          }
        }
      }
      tab.lastCol = max;
    }
    return tab.lastCol;
  }

  private inBounds(tab: Tab, rect: GridRect): void {
    if (rect.row < 1 || rect.col < 1 || rect.numRows < 1 || rect.numCols < 1) {
      throw new Error(SHEET_ERRORS.outside);
    }
    if (rect.row + rect.numRows - 1 > tab.maxRows || rect.col + rect.numCols - 1 > tab.maxCols) {
      throw new Error(SHEET_ERRORS.outside);
    }
  }

  private read(
    ssId: string,
    sheetId: number,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
    kind: ReadKind,
  ): unknown[][] {
    const book = this.book(ssId);
    const tab = this.tab(book, sheetId);
    this.inBounds(tab, { sheetId, row, col, numRows, numCols });
    const env = this.lookup(book);
    const out: unknown[][] = new Array(numRows);
    for (let i = 0; i < numRows; i++) {
      const r = tab.rows[row - 1 + i];
      const line: unknown[] = new Array(numCols);
      for (let j = 0; j < numCols; j++) {
        const c = col - 1 + j;
        line[j] = this.readCell(env, tab, r, row - 1 + i, c, kind);
      }
      out[i] = line;
    }
    return out;
  }

  private readCell(
    env: SheetLookup,
    tab: Tab,
    r: Row | undefined,
    ri: number,
    c: number,
    kind: ReadKind,
  ): unknown {
    switch (kind) {
      case 'values':
        return r ? valueForRead(env, tab.rows, r, ri, c) : '';
      case 'formulas':
        return r?.f?.[c] ?? '';
      case 'formats':
        return r?.nf?.[c] ?? '0.###############';
      case 'validations': {
        const id = r?.dv?.[c];
        return id === undefined ? null : env.rules[id];
      }
      case 'notes':
        return r?.n?.[c] ?? '';
      case 'display':
        return r
          ? displayOf(valueForRead(env, tab.rows, r, ri, c), r.nf?.[c], env.timeZone, env.locale)
          : '';
    }
  }

  // ---------------------------------------------------------------- writes

  /** Checks a write as it would be applied now, without applying it (the facade calls this when
   *  it queues the write, so a rejected write throws at the call, like Apps Script). */
  private check(w: Write, before: Write[], user: string): void {
    const book = this.book(w.ss);
    const tab = this.tab(book, w.sheetId);
    if (w.kind !== 'append') {
      this.inBounds(tab, w);
      this.assertCanEdit(book, tab, w, user);
      if (w.kind !== 'values') return;
      const ruleQueued = before.some(
        (p) =>
          p.kind === 'validations' && p.ss === w.ss && p.sheetId === w.sheetId && intersects(p, w),
      );
      if (!ruleQueued && !this.hasRules(tab, w)) return;
    }
    const journal: Journal = { rows: new Map(), sizes: new Map(), rules: new Map() };
    try {
      for (const p of before) {
        try {
          this.apply(p, user, journal);
        } catch {
          // judged at commit
        }
      }
      this.apply(w, user, journal);
    } finally {
      this.rollback(journal);
    }
  }

  private hasRules(tab: Tab, rect: GridRect): boolean {
    const end = Math.min(rect.row - 1 + rect.numRows, tab.rows.length);
    for (let ri = rect.row - 1; ri < end; ri++) {
      const dv = tab.rows[ri]?.dv;
      if (!dv) continue;
      for (let c = rect.col - 1; c < rect.col - 1 + rect.numCols; c++)
        if (dv[c] !== undefined) return true;
    }
    return false;
  }

  /** Applies a batch of queued writes atomically: all of them, or none and an error. */
  private commit(writes: Write[], user: string): number {
    const journal: Journal = { rows: new Map(), sizes: new Map(), rules: new Map() };
    let cells = 0;
    try {
      for (const w of writes) cells += this.apply(w, user, journal);
    } catch (e) {
      this.rollback(journal);
      throw e;
    }
    return cells;
  }

  private rollback(journal: Journal): void {
    for (const [tab, rows] of journal.rows) {
      for (const [i, row] of rows) tab.rows[i] = row;
      tab.lastRow = undefined;
      tab.lastCol = undefined;
    }
    for (const [tab, [r, c]] of journal.sizes) {
      tab.maxRows = r;
      tab.maxCols = c;
    }
    for (const [book, n] of journal.rules) {
      book.rules.length = n;
      this.ruleKeys.delete(book);
    }
  }

  private touch(journal: Journal, tab: Tab, index: number): Row {
    let saved = journal.rows.get(tab);
    if (!saved) {
      saved = new Map();
      journal.rows.set(tab, saved);
    }
    if (!saved.has(index)) saved.set(index, cloneRow(tab.rows[index]));
    return this.rowFor(tab, index);
  }

  private apply(w: Write, user: string, journal: Journal): number {
    const book = this.book(w.ss);
    const tab = this.tab(book, w.sheetId);
    if (w.kind === 'append') {
      const row = this.lastRow(tab) + 1;
      const width = Math.max(1, w.data.length);
      if (row > tab.maxRows || width > tab.maxCols) {
        if (!journal.sizes.has(tab)) journal.sizes.set(tab, [tab.maxRows, tab.maxCols]);
        this.resize(book, tab, Math.max(tab.maxRows, row), Math.max(tab.maxCols, width));
      }
      const rect = { sheetId: tab.id, row, col: 1, numRows: 1, numCols: width };
      this.assertCanEdit(book, tab, rect, user);
      this.writeValues(book, tab, rect, [w.data.length ? w.data : ['']], journal);
      return width;
    }
    this.inBounds(tab, w);
    this.assertCanEdit(book, tab, w, user);
    switch (w.kind) {
      case 'values':
        this.writeValues(book, tab, w, w.data, journal, w.raw === true);
        break;
      case 'formats':
        this.eachCell(tab, w, journal, (row, c, i, j) => {
          const f = w.data[i][j];
          (row.nf ??= [])[c] = f === '' || f === 'General' ? undefined : f;
        });
        break;
      case 'validations':
        this.eachCell(tab, w, journal, (row, c, i, j) => {
          const rule = w.data[i][j];
          (row.dv ??= [])[c] = rule ? this.ruleId(book, rule, journal) : undefined;
        });
        break;
      case 'notes':
        this.eachCell(tab, w, journal, (row, c, i, j) => {
          (row.n ??= [])[c] = w.data[i][j] === '' ? undefined : w.data[i][j];
        });
        break;
      case 'style':
        this.eachCell(tab, w, journal, (row, c) => {
          const s = (row.s ??= []);
          s[c] = { ...(s[c] ?? {}), [w.key]: w.value };
        });
        break;
      case 'clear':
        this.eachCell(tab, w, journal, (row, c) => {
          if (w.contents) {
            row.v[c] = undefined;
            if (row.f) row.f[c] = undefined;
          }
          if (w.formats) {
            if (row.nf) row.nf[c] = undefined;
            if (row.s) row.s[c] = undefined;
          }
          if (w.validations && row.dv) row.dv[c] = undefined;
          if (w.notes && row.n) row.n[c] = undefined;
        });
        if (w.contents) {
          tab.lastRow = undefined;
          tab.lastCol = undefined;
        }
        break;
    }
    return w.numRows * w.numCols;
  }

  private eachCell(
    tab: Tab,
    rect: GridRect,
    journal: Journal,
    fn: (row: Row, c: number, i: number, j: number) => void,
  ): void {
    for (let i = 0; i < rect.numRows; i++) {
      const row = this.touch(journal, tab, rect.row - 1 + i);
      for (let j = 0; j < rect.numCols; j++) fn(row, rect.col - 1 + j, i, j);
    }
  }

  private ruleId(book: Book, rule: RuleSpec, journal: Journal): number {
    let keys = this.ruleKeys.get(book);
    if (!keys) {
      keys = new Map(book.rules.map((r, i) => [JSON.stringify(r), i]));
      this.ruleKeys.set(book, keys);
    }
    const key = JSON.stringify(rule);
    let id = keys.get(key);
    if (id === undefined) {
      if (!journal.rules.has(book)) journal.rules.set(book, book.rules.length);
      id = book.rules.length;
      book.rules.push(rule);
      keys.set(key, id);
    }
    return id;
  }

  private writeValues(
    book: Book,
    tab: Tab,
    rect: GridRect,
    data: unknown[][],
    journal: Journal,
    rawInput = false,
  ): void {
    const env = this.lookup(book);
    for (let i = 0; i < rect.numRows; i++) {
      const ri = rect.row - 1 + i;
      const row = this.touch(journal, tab, ri);
      const line = data[i];
      for (let j = 0; j < rect.numCols; j++) {
        const c = rect.col - 1 + j;
        const raw = line[j];
        if (typeof raw === 'string' && raw.length > CHAR_LIMIT)
          throw new Error(SHEET_ERRORS.charLimit);
        const fmt = row.nf?.[c];
        const cell = rawInput
          ? storeRaw(raw)
          : interpretWrite(raw, fmt, book.timeZone, book.locale);
        row.v[c] = cell.value;
        if (cell.formula !== undefined || row.f) (row.f ??= [])[c] = cell.formula;
        if (cell.format !== undefined) (row.nf ??= [])[c] = cell.format;
        const filled = cell.value !== undefined || cell.formula !== undefined;
        if (filled) {
          if (tab.lastRow !== undefined && ri + 1 > tab.lastRow) tab.lastRow = ri + 1;
          if (tab.lastCol !== undefined && c + 1 > tab.lastCol) tab.lastCol = c + 1;
        } else {
          if (tab.lastRow !== undefined && ri + 1 >= tab.lastRow) tab.lastRow = undefined;
          if (tab.lastCol !== undefined && c + 1 >= tab.lastCol) tab.lastCol = undefined;
        }
        const ruleIdx = row.dv?.[c];
        if (ruleIdx !== undefined && filled) {
          const rule = book.rules[ruleIdx];
          const value = valueForRead(env, tab.rows, row, ri, c);
          if (ruleViolated(rule, value, env)) {
            throw new Error(
              `The data you entered in cell ${formatA1(ri + 1, c + 1)} violates the data validation rules set on this cell.`,
            );
          }
        }
      }
    }
  }

  // ---------------------------------------------------------------- charts

  private chartTab(ssId: string, sheetId: number, user: string): { book: Book; tab: Tab } {
    const book = this.book(ssId);
    const tab = this.tab(book, sheetId);
    // A chart is an object on the tab: a protected tab refuses it to those who may not edit.
    this.assertStructure(book, tab, null, user);
    return { book, tab };
  }

  /** Moving lines would move the charts' ranges with them: not emulated, so refused. */
  private assertNoChartsOn(book: Book, sheetId: number): void {
    if (
      book.tabs.some((t) =>
        (t.charts ?? []).some((c) => c.ranges.some((r) => r.sheetId === sheetId)),
      )
    ) {
      throw new Error(
        'Apps Script emulation: inserting or deleting lines of a tab that charts read is not emulated.',
      );
    }
  }

  private insertChart(ssId: string, sheetId: number, spec: ChartSpec, user: string): number {
    const { book, tab } = this.chartTab(ssId, sheetId, user);
    for (const r of spec.ranges) this.tab(book, r.sheetId);
    const id = (book.nextChartId ?? 1) as number;
    book.nextChartId = id + 1;
    tab.charts = [...(tab.charts ?? []), { ...structuredClone(spec), id }];
    return id;
  }

  private updateChart(ssId: string, sheetId: number, spec: ChartSpec, user: string): void {
    const { tab } = this.chartTab(ssId, sheetId, user);
    const i = (tab.charts ?? []).findIndex((c) => c.id === spec.id);
    if (i < 0) throw new Error('The chart has been removed.');
    tab.charts![i] = structuredClone(spec);
  }

  private removeChart(ssId: string, sheetId: number, id: number, user: string): void {
    const { tab } = this.chartTab(ssId, sheetId, user);
    const before = tab.charts ?? [];
    if (!before.some((c) => c.id === id)) throw new Error('The chart has been removed.');
    tab.charts = before.filter((c) => c.id !== id);
  }

  // ---------------------------------------------------------------- protections

  private mayEdit(book: Book, p: Protection, user: string): boolean {
    return p.warningOnly || user === book.owner || (user !== '' && p.editors.includes(user));
  }

  private wholeTab(tab: Tab): GridRect {
    return { sheetId: tab.id, row: 1, col: 1, numRows: tab.maxRows, numCols: tab.maxCols };
  }

  private assertCanEdit(book: Book, tab: Tab, rect: GridRect, user: string): void {
    for (const p of book.protections) {
      if (p.sheetId !== tab.id || this.mayEdit(book, p, user)) continue;
      if (p.type === 'RANGE') {
        if (intersects(p.rect, rect)) throw new Error(SHEET_ERRORS.protectedCell);
      } else if (!this.coveredByUnprotected(p, rect)) {
        throw new Error(SHEET_ERRORS.protectedCell);
      }
    }
  }

  private coveredByUnprotected(p: Protection, rect: GridRect): boolean {
    if (p.unprotected.some((u) => contains(u, rect))) return true;
    if (rect.numRows * rect.numCols > 100000) return false;
    for (let i = 0; i < rect.numRows; i++) {
      for (let j = 0; j < rect.numCols; j++) {
        const cell = {
          sheetId: rect.sheetId,
          row: rect.row + i,
          col: rect.col + j,
          numRows: 1,
          numCols: 1,
        };
        if (!p.unprotected.some((u) => contains(u, cell))) return false;
      }
    }
    return true;
  }

  private protection(book: Book, id: number): Protection {
    const p = book.protections.find((x) => x.id === id);
    if (!p) throw new Error('The protection has been removed.');
    return p;
  }

  private protectionState(book: Book, p: Protection, user: string): ProtectionState {
    const tab = this.tab(book, p.sheetId);
    return {
      id: p.id,
      type: p.type,
      sheetId: p.sheetId,
      range: p.type === 'SHEET' ? this.wholeTab(tab) : p.rect,
      description: p.description,
      editors: [book.owner, ...p.editors.filter((e) => e !== book.owner)],
      warningOnly: p.warningOnly,
      unprotected: p.unprotected.slice(),
      canEdit: user === book.owner || (user !== '' && p.editors.includes(user)),
    };
  }

  private protect(
    ssId: string,
    type: 'RANGE' | 'SHEET',
    rect: GridRect,
    user: string,
  ): ProtectionState {
    const book = this.book(ssId);
    const tab = this.tab(book, rect.sheetId);
    if (
      type === 'SHEET' &&
      book.protections.some((p) => p.type === 'SHEET' && p.sheetId === tab.id)
    ) {
      const existing = book.protections.find(
        (p) => p.type === 'SHEET' && p.sheetId === tab.id,
      ) as Protection;
      return this.protectionState(book, existing, user);
    }
    if (type === 'RANGE') this.inBounds(tab, rect);
    const editors = [book.owner, ...book.editors];
    if (user !== '' && !editors.includes(user)) editors.push(user);
    const p: Protection = {
      id: book.nextProtectionId++,
      type,
      sheetId: tab.id,
      rect: { ...rect },
      description: '',
      editors,
      warningOnly: false,
      unprotected: [],
    };
    book.protections.push(p);
    return this.protectionState(book, p, user);
  }

  private protectionsOf(
    ssId: string,
    type: 'RANGE' | 'SHEET',
    sheetId: number | null,
    user: string,
  ): ProtectionState[] {
    const book = this.book(ssId);
    return book.protections
      .filter((p) => p.type === type && (sheetId === null || p.sheetId === sheetId))
      .map((p) => this.protectionState(book, p, user));
  }

  private assertManages(book: Book, p: Protection, user: string): void {
    if (!(user === book.owner || (user !== '' && p.editors.includes(user)))) {
      throw new Error(SHEET_ERRORS.protectedCell);
    }
  }

  private updateProtection(
    ssId: string,
    id: number,
    patch: ProtectionPatch,
    user: string,
  ): ProtectionState {
    const book = this.book(ssId);
    const p = this.protection(book, id);
    this.assertManages(book, p, user);
    if (patch.description !== undefined) p.description = patch.description;
    if (patch.warningOnly !== undefined) p.warningOnly = patch.warningOnly;
    for (const e of patch.addEditors ?? []) if (!p.editors.includes(e)) p.editors.push(e);
    if (patch.removeEditors) {
      const gone = new Set(patch.removeEditors.filter((e) => e !== book.owner));
      p.editors = p.editors.filter((e) => !gone.has(e));
    }
    if (patch.unprotected !== undefined) p.unprotected = patch.unprotected.map((r) => ({ ...r }));
    return this.protectionState(book, p, user);
  }

  private removeProtection(ssId: string, id: number, user: string): void {
    const book = this.book(ssId);
    const p = this.protection(book, id);
    this.assertManages(book, p, user);
    book.protections.splice(book.protections.indexOf(p), 1);
  }

  // ---------------------------------------------------------------- structure

  private insertSheet(ssId: string, name: string | null, index: number | null): TabMeta {
    const book = this.book(ssId);
    let tabName = name;
    if (tabName === null) {
      let n = book.tabs.length + 1;
      while (this.tabByName(book, `Sheet${n}`)) n++;
      tabName = `Sheet${n}`;
    }
    const tab = this.addTab(book, tabName, index ?? book.tabs.length, DEFAULT_ROWS, DEFAULT_COLS);
    return this.tabMeta(book, tab);
  }

  private deleteSheet(ssId: string, sheetId: number, user: string): void {
    const book = this.book(ssId);
    const tab = this.tab(book, sheetId);
    if (book.tabs.length === 1) throw new Error(SHEET_ERRORS.lastSheet);
    this.assertStructure(book, tab, null, user);
    book.tabs.splice(book.tabs.indexOf(tab), 1);
    book.protections = book.protections.filter((p) => p.sheetId !== sheetId);
  }

  private renameSheet(ssId: string, sheetId: number, name: string): void {
    const book = this.book(ssId);
    const tab = this.tab(book, sheetId);
    this.checkTabName(book, name, tab);
    tab.name = name;
  }

  /** A structure change is refused when a protection the user cannot edit covers the lines. */
  private assertStructure(book: Book, tab: Tab, lines: GridRect | null, user: string): void {
    for (const p of book.protections) {
      if (p.sheetId !== tab.id || this.mayEdit(book, p, user)) continue;
      if (p.type === 'SHEET' || lines === null || intersects(p.rect, lines)) {
        throw new Error(SHEET_ERRORS.protectedCell);
      }
    }
  }

  private insertLines(
    ssId: string,
    sheetId: number,
    dim: 'rows' | 'cols',
    at: number,
    n: number,
    user: string,
  ): TabMeta {
    const book = this.book(ssId);
    const tab = this.tab(book, sheetId);
    this.assertNoChartsOn(book, sheetId);
    const max = dim === 'rows' ? tab.maxRows : tab.maxCols;
    if (!(at >= 1 && at <= max + 1) || !(n >= 1)) {
      throw new Error(dim === 'rows' ? SHEET_ERRORS.rowsOut : SHEET_ERRORS.colsOut);
    }
    this.assertStructure(book, tab, null, user);
    if (dim === 'rows') {
      this.resize(book, tab, tab.maxRows + n, tab.maxCols);
      if (at - 1 < tab.rows.length) tab.rows.splice(at - 1, 0, ...new Array<Row | undefined>(n));
    } else {
      this.resize(book, tab, tab.maxRows, tab.maxCols + n);
      for (const row of tab.rows) if (row) this.spliceRow(row, at - 1, 0, n);
    }
    this.shiftProtections(book, tab, dim, at, n);
    tab.lastRow = undefined;
    tab.lastCol = undefined;
    return this.tabMeta(book, tab);
  }

  private deleteLines(
    ssId: string,
    sheetId: number,
    dim: 'rows' | 'cols',
    start: number,
    n: number,
    user: string,
  ): TabMeta {
    const book = this.book(ssId);
    const tab = this.tab(book, sheetId);
    this.assertNoChartsOn(book, sheetId);
    const max = dim === 'rows' ? tab.maxRows : tab.maxCols;
    const frozen = dim === 'rows' ? tab.frozenRows : tab.frozenCols;
    if (!(start >= 1 && n >= 1 && start + n - 1 <= max)) {
      throw new Error(dim === 'rows' ? SHEET_ERRORS.rowsOut : SHEET_ERRORS.colsOut);
    }
    if (max - n <= frozen)
      throw new Error(dim === 'rows' ? SHEET_ERRORS.deleteAllRows : SHEET_ERRORS.deleteAllCols);
    const lines =
      dim === 'rows'
        ? { sheetId, row: start, col: 1, numRows: n, numCols: tab.maxCols }
        : { sheetId, row: 1, col: start, numRows: tab.maxRows, numCols: n };
    this.assertStructure(book, tab, lines, user);
    if (dim === 'rows') {
      tab.rows.splice(start - 1, n);
      tab.maxRows -= n;
    } else {
      for (const row of tab.rows) if (row) this.spliceRow(row, start - 1, n, 0);
      tab.maxCols -= n;
    }
    this.shiftProtections(book, tab, dim, start, -n);
    tab.lastRow = undefined;
    tab.lastCol = undefined;
    return this.tabMeta(book, tab);
  }

  private spliceRow(row: Row, at: number, remove: number, add: number): void {
    const fix = (arr: unknown[] | undefined): void => {
      if (!arr || arr.length <= at) return;
      arr.splice(at, remove, ...new Array(add));
    };
    fix(row.v);
    fix(row.f);
    fix(row.nf);
    fix(row.dv);
    fix(row.n);
    fix(row.s);
  }

  private shiftProtections(
    book: Book,
    tab: Tab,
    dim: 'rows' | 'cols',
    at: number,
    n: number,
  ): void {
    book.protections = book.protections.filter((p) => {
      if (p.sheetId !== tab.id) return true;
      p.unprotected = p.unprotected
        .map((u) => shiftRect(u, dim, at, n))
        .filter((u): u is GridRect => u !== null);
      if (p.type === 'SHEET') return true;
      const moved = shiftRect(p.rect, dim, at, n);
      if (!moved) return false;
      p.rect = moved;
      return true;
    });
  }

  private setFrozen(ssId: string, sheetId: number, dim: 'rows' | 'cols', n: number): void {
    const tab = this.tab(this.book(ssId), sheetId);
    const max = dim === 'rows' ? tab.maxRows : tab.maxCols;
    if (!(n >= 0 && n < max))
      throw new Error(dim === 'rows' ? SHEET_ERRORS.rowsOut : SHEET_ERRORS.colsOut);
    if (dim === 'rows') tab.frozenRows = n;
    else tab.frozenCols = n;
  }

  private sheetProps(
    ssId: string,
    sheetId: number,
    patch: {
      tabColor?: string | null;
      hideCols?: [number, number];
      showCols?: [number, number];
      colWidth?: [number, number];
    },
  ): void {
    const tab = this.tab(this.book(ssId), sheetId);
    if (patch.tabColor !== undefined) tab.tabColor = patch.tabColor;
    if (patch.hideCols) {
      const [start, n] = patch.hideCols;
      if (start < 1 || start + n - 1 > tab.maxCols) throw new Error(SHEET_ERRORS.colsOut);
      for (let c = start; c < start + n; c++)
        if (!tab.hiddenCols.includes(c)) tab.hiddenCols.push(c);
    }
    if (patch.showCols) {
      const [start, n] = patch.showCols;
      tab.hiddenCols = tab.hiddenCols.filter((c) => c < start || c >= start + n);
    }
    if (patch.colWidth) {
      const [col, w] = patch.colWidth;
      if (col < 1 || col > tab.maxCols) throw new Error(SHEET_ERRORS.colsOut);
      tab.colWidths[String(col)] = w;
    }
  }

  // ---------------------------------------------------------------- TextFinder

  /**
   * Searches display values (or formulas) on Google's side. `dir` 'all' returns every match in
   * reading order; 'next'/'prev' return the first match after/before `from` (or from the start
   * or end of the scope), as a one-element array, or [] when there is none.
   */
  private find(
    ssId: string,
    scope: FindScope,
    q: FindQuery,
    from: CellRef | null,
    dir: 'all' | 'next' | 'prev',
  ): CellRef[] {
    const book = this.book(ssId);
    const env = this.lookup(book);
    const match = this.matcher(q);
    const areas: Array<{ tab: Tab; rect: GridRect }> = [];
    if (scope.rect) areas.push({ tab: this.tab(book, scope.rect.sheetId), rect: scope.rect });
    else {
      const tabs = scope.sheetId !== undefined ? [this.tab(book, scope.sheetId)] : book.tabs;
      for (const tab of tabs) areas.push({ tab, rect: this.wholeTab(tab) });
    }
    const out: CellRef[] = [];
    const ordered = dir === 'prev' ? areas.slice().reverse() : areas;
    let started = from === null;
    for (const { tab, rect } of ordered) {
      const lastRow = Math.min(rect.row + rect.numRows - 1, tab.rows.length);
      const firstCol = rect.col - 1;
      const endCol = rect.col - 1 + rect.numCols;
      const visit = (ri: number, c: number): boolean => {
        if (!started) {
          if (from && from.sheetId === tab.id && from.row === ri + 1 && from.col === c + 1)
            started = true;
          return false;
        }
        const row = tab.rows[ri] as Row;
        if (!cellHasContent(row, c)) return false;
        const text =
          q.formulaText && row.f?.[c] !== undefined
            ? (row.f[c] as string)
            : typeof row.v[c] === 'string' && row.nf?.[c] === undefined
              ? (row.v[c] as string)
              : displayOf(
                  valueForRead(env, tab.rows, row, ri, c),
                  row.nf?.[c],
                  env.timeZone,
                  env.locale,
                );
        if (!match(text)) return false;
        out.push({ sheetId: tab.id, row: ri + 1, col: c + 1 });
        return dir !== 'all';
      };
      if (from && !started && from.sheetId !== tab.id) continue;
      if (dir === 'prev') {
        for (let ri = lastRow - 1; ri >= rect.row - 1; ri--) {
          if (!tab.rows[ri] && started) continue;
          for (let c = endCol - 1; c >= firstCol; c--) if (visit(ri, c)) return out;
        }
      } else {
        for (let ri = rect.row - 1; ri < lastRow; ri++) {
          if (!tab.rows[ri] && started) continue;
          for (let c = firstCol; c < endCol; c++) if (visit(ri, c)) return out;
        }
      }
      started = true;
    }
    return out;
  }

  private matcher(q: FindQuery): (text: string) => boolean {
    if (q.regex) {
      const re = new RegExp(q.entireCell ? `^(?:${q.text})$` : q.text, q.matchCase ? '' : 'i');
      return (t) => re.test(t);
    }
    const needle = q.matchCase ? q.text : q.text.toLowerCase();
    if (q.entireCell)
      return q.matchCase
        ? (t) => t === needle
        : (t) => t.length === needle.length && t.toLowerCase() === needle;
    return q.matchCase ? (t) => t.includes(needle) : (t) => t.toLowerCase().includes(needle);
  }

  // ---------------------------------------------------------------- sharing

  /** A spreadsheet as Drive sees it (name and sharing), or null: every spreadsheet is a file. */
  driveFile(id: string): SpreadsheetFile | null {
    const book = this.books.get(id);
    if (!book) return null;
    return {
      name: book.name,
      owner: book.owner,
      editors: book.editors.slice(),
      viewers: book.viewers.slice(),
    };
  }

  private sharing(book: Book): { owner: string; editors: string[]; viewers: string[] } {
    return {
      owner: book.owner,
      editors: [book.owner, ...book.editors],
      viewers: book.viewers.slice(),
    };
  }

  private share(ssId: string, role: 'editor' | 'viewer', add: string[], remove: string[]): unknown {
    const book = this.book(ssId);
    const list = role === 'editor' ? book.editors : book.viewers;
    for (const e of add) {
      if (e === book.owner || list.includes(e)) continue;
      list.push(e);
      if (role === 'editor') book.viewers = book.viewers.filter((v) => v !== e);
    }
    const gone = new Set(remove);
    if (role === 'editor') book.editors = book.editors.filter((e) => !gone.has(e));
    else book.viewers = book.viewers.filter((e) => !gone.has(e));
    return this.sharing(book);
  }

  // ---------------------------------------------------------------- save/load

  snapshot(): unknown {
    const books = [...this.books.values()].map((b) => this.snapshotBook(b));
    return { counter: this.counter, books, accounts: Object.fromEntries(this.accounts) };
  }

  private snapshotBook(b: Book): unknown {
    return {
      ...b,
      editors: b.editors.slice(),
      viewers: b.viewers.slice(),
      rules: b.rules.slice(),
      protections: b.protections.map((p) => ({
        ...p,
        editors: p.editors.slice(),
        unprotected: p.unprotected.slice(),
      })),
      tabs: b.tabs.map((t) => ({
        ...t,
        lastRow: undefined,
        lastCol: undefined,
        hiddenCols: t.hiddenCols.slice(),
        colWidths: { ...t.colWidths },
        charts: t.charts ? structuredClone(t.charts) : undefined,
        rows: t.rows.map((r) => (r ? cloneRow(r) : null)),
      })),
    };
  }

  restore(state: unknown): void {
    const s = state as {
      counter: number;
      books: Book[];
      accounts?: Record<string, AccountSettings>;
    };
    this.books = new Map();
    this.ruleKeys = new Map();
    this.counter = s.counter ?? 0;
    this.accounts = new Map(Object.entries(s.accounts ?? {}));
    for (const b of s.books ?? []) {
      // Saved before locales were emulated: the emulation's old day-first behaviour.
      b.locale ??= 'in_ID';
      for (const t of b.tabs) {
        delete t.lastRow;
        delete t.lastCol;
        t.rows = (t.rows as (Row | null)[]).map((r) => (r ? restoreRow(r) : undefined));
      }
      this.books.set(b.id, b);
    }
  }
}
