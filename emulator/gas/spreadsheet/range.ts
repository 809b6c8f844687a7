/**
 * The `Range` a script sees: a rectangle of one tab (1-based). Reads go to Google's side (after
 * committing queued writes, which costs a dirty read); writes are queued in the execution's
 * buffer; handle arithmetic (`getRow`, `offset`, `getA1Notation`…) is local and free.
 */
import { guard } from '../../core/guard';
import { signatureError as coreSignatureError } from '../../core/signature';
import { formatA1, formatOpenA1, type OpenSides } from './a1';
import { isDateValue } from './cells';
import { protectionOf } from './protection';
import type { SheetSession } from './session';
import { sheetOf } from './sheet';
import { textFinderOf } from './textFinder';
import type { GridRect, ProtectionState, RuleSpec, Write } from './types';
import { ruleFromSpec, specOf } from './validation';

const CHAR_LIMIT = 50000;

/** Rectangles made from an A1 reference with open sides (`D:F`, `5:7`), for getA1Notation. */
const openSides = new WeakMap<GridRect, OpenSides>();

/** Records that `rect` came from a reference with open sides (`sheet.getRange('D:F')`). */
export function markOpen(rect: GridRect, open: OpenSides): GridRect {
  if (open.rows || open.cols) openSides.set(rect, open);
  return rect;
}

/** The message Apps Script gives when arguments do not fit a method (`Sheet.getRange`…). */
export function signatureError(method: string, args: unknown[]): Error {
  return coreSignatureError(method, args);
}

/** A value as it travels to Google's side (Dates of any realm kept, other objects as text). */
export function normalizeCell(v: unknown): unknown {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (isDateValue(v)) return v;
  return String(v);
}

function fill<T>(rows: number, cols: number, value: T): T[][] {
  const out: T[][] = new Array(rows);
  for (let i = 0; i < rows; i++) out[i] = new Array<T>(cols).fill(value);
  return out;
}

export class RangeFacade {
  readonly _s: SheetSession;
  readonly _ss: string;
  readonly _rect: GridRect;

  constructor(s: SheetSession, ss: string, rect: GridRect) {
    this._s = s;
    this._ss = ss;
    this._rect = rect;
  }

  private cells(): number {
    return this._rect.numRows * this._rect.numCols;
  }

  private read<T>(
    method: string,
    kind: string,
    category: 'range.read' | 'sheet.metadata',
    topLeft = false,
  ): T[][] {
    const r = this._rect;
    this._s.charge(method, category, topLeft ? 1 : this.cells());
    this._s.settle(method);
    return this._s.backend<T[][]>(
      'read',
      this._ss,
      r.sheetId,
      r.row,
      r.col,
      topLeft ? 1 : r.numRows,
      topLeft ? 1 : r.numCols,
      kind,
    );
  }

  private queue(method: string, w: Record<string, unknown>): this {
    this._s.charge(method, 'range.write');
    this._s.enqueue({ ss: this._ss, ...this._rect, ...w } as unknown as Write);
    return this;
  }

  private checkShape<T>(method: string, data: unknown, what: string): T[][] {
    const r = this._rect;
    // The type (Object[][]) is checked before the shape, as Apps Script's signature check is.
    if (!Array.isArray(data) || !data.every((line) => Array.isArray(line))) {
      throw signatureError(`Range.${method}`, [data]);
    }
    if (data.length !== r.numRows) {
      throw new Error(
        `The number of rows in the ${what} does not match the number of rows in the range. The ${what} has ${data.length} but the range has ${r.numRows}.`,
      );
    }
    for (const line of data) {
      if (!Array.isArray(line)) throw signatureError(`Range.${method}`, [data]);
      if (line.length !== r.numCols) {
        throw new Error(
          `The number of columns in the ${what} does not match the number of columns in the range. The ${what} has ${line.length} but the range has ${r.numCols}.`,
        );
      }
    }
    return data as T[][];
  }

  // ------------------------------------------------------------ values

  getValues(): unknown[][] {
    return this.read('Range.getValues', 'values', 'range.read');
  }

  getValue(): unknown {
    return this.read('Range.getValue', 'values', 'range.read', true)[0][0];
  }

  getDisplayValues(): string[][] {
    return this.read('Range.getDisplayValues', 'display', 'range.read');
  }

  getDisplayValue(): string {
    return this.read<string>('Range.getDisplayValue', 'display', 'range.read', true)[0][0];
  }

  getFormulas(): string[][] {
    return this.read('Range.getFormulas', 'formulas', 'range.read');
  }

  getFormula(): string {
    return this.read<string>('Range.getFormula', 'formulas', 'range.read', true)[0][0];
  }

  isBlank(): boolean {
    const values = this.read('Range.isBlank', 'values', 'range.read');
    return values.every((line) => line.every((v) => v === ''));
  }

  setValues(values: unknown[][]): this {
    this._s.charge('Range.setValues', 'range.write');
    const data = this.checkShape<unknown>('setValues', values, 'data').map((line) =>
      line.map((v) => {
        if (typeof v === 'string' && v.length > CHAR_LIMIT) {
          throw new Error(
            'Your input contains more than the maximum of 50000 characters in a single cell.',
          );
        }
        return normalizeCell(v);
      }),
    );
    this._s.enqueue({ ss: this._ss, ...this._rect, kind: 'values', data });
    return this;
  }

  setValue(value: unknown): this {
    this._s.charge('Range.setValue', 'range.write');
    if (typeof value === 'string' && value.length > CHAR_LIMIT) {
      throw new Error(
        'Your input contains more than the maximum of 50000 characters in a single cell.',
      );
    }
    const data = fill(this._rect.numRows, this._rect.numCols, normalizeCell(value));
    this._s.enqueue({ ss: this._ss, ...this._rect, kind: 'values', data });
    return this;
  }

  setFormula(formula: string): this {
    return this.queue('Range.setFormula', {
      kind: 'values',
      data: fill(this._rect.numRows, this._rect.numCols, String(formula)),
    });
  }

  setFormulas(formulas: string[][]): this {
    this._s.charge('Range.setFormulas', 'range.write');
    const data = this.checkShape<string>('setFormulas', formulas, 'data').map((l) =>
      l.map((f) => normalizeCell(f)),
    );
    this._s.enqueue({ ss: this._ss, ...this._rect, kind: 'values', data });
    return this;
  }

  // ------------------------------------------------------------ formats, validations, notes

  getNumberFormats(): string[][] {
    return this.read('Range.getNumberFormats', 'formats', 'sheet.metadata');
  }

  getNumberFormat(): string {
    return this.read<string>('Range.getNumberFormat', 'formats', 'sheet.metadata', true)[0][0];
  }

  setNumberFormat(format: string): this {
    return this.queue('Range.setNumberFormat', {
      kind: 'formats',
      data: fill(this._rect.numRows, this._rect.numCols, String(format)),
    });
  }

  setNumberFormats(formats: string[][]): this {
    this._s.charge('Range.setNumberFormats', 'range.write');
    const data = this.checkShape<string>('setNumberFormats', formats, 'data').map((l) =>
      l.map(String),
    );
    this._s.enqueue({ ss: this._ss, ...this._rect, kind: 'formats', data });
    return this;
  }

  getDataValidations(): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
    return this.read<RuleSpec | null>(
      'Range.getDataValidations',
      'validations',
      'sheet.metadata',
    ).map((l) => l.map((spec) => (spec ? ruleFromSpec(this._s, this._ss, spec) : null)));
  }

  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const spec = this.read<RuleSpec | null>(
      'Range.getDataValidation',
      'validations',
      'sheet.metadata',
      true,
    )[0][0];
    return spec ? ruleFromSpec(this._s, this._ss, spec) : null;
  }

  setDataValidation(rule: unknown): this {
    const spec = rule === null ? null : specOf(rule);
    return this.queue('Range.setDataValidation', {
      kind: 'validations',
      data: fill(this._rect.numRows, this._rect.numCols, spec),
    });
  }

  setDataValidations(rules: unknown[][]): this {
    this._s.charge('Range.setDataValidations', 'range.write');
    const data = this.checkShape<unknown>('setDataValidations', rules, 'data').map((l) =>
      l.map((r) => (r === null ? null : specOf(r))),
    );
    this._s.enqueue({ ss: this._ss, ...this._rect, kind: 'validations', data });
    return this;
  }

  clearDataValidations(): this {
    return this.queue('Range.clearDataValidations', {
      kind: 'clear',
      contents: false,
      formats: false,
      validations: true,
      notes: false,
    });
  }

  /**
   * `insertCheckboxes()`: TRUE/FALSE boxes, cells set to false; `(checked)`: a custom checked
   * value, unchecked is the empty string, cells set to ''; `(checked, unchecked)`: cells set to
   * the unchecked value (Range reference, insertCheckboxes overloads).
   */
  insertCheckboxes(...custom: unknown[]): this {
    this._s.charge('Range.insertCheckboxes', 'range.write');
    const values = custom.map(normalizeCell);
    const initial = values.length === 0 ? false : values.length === 1 ? '' : values[1];
    const spec: RuleSpec = { type: 'CHECKBOX', values, allowInvalid: false, helpText: null };
    const { numRows, numCols } = this._rect;
    this._s.enqueue({
      ss: this._ss,
      ...this._rect,
      kind: 'validations',
      data: fill(numRows, numCols, spec),
    });
    this._s.enqueue({
      ss: this._ss,
      ...this._rect,
      kind: 'values',
      data: fill(numRows, numCols, initial),
    });
    return this;
  }

  getNotes(): string[][] {
    return this.read('Range.getNotes', 'notes', 'sheet.metadata');
  }

  getNote(): string {
    return this.read<string>('Range.getNote', 'notes', 'sheet.metadata', true)[0][0];
  }

  setNote(note: string | null): this {
    return this.queue('Range.setNote', {
      kind: 'notes',
      data: fill(this._rect.numRows, this._rect.numCols, note === null ? '' : String(note)),
    });
  }

  setNotes(notes: string[][]): this {
    this._s.charge('Range.setNotes', 'range.write');
    const data = this.checkShape<string>('setNotes', notes, 'data').map((l) =>
      l.map((n) => (n === null ? '' : String(n))),
    );
    this._s.enqueue({ ss: this._ss, ...this._rect, kind: 'notes', data });
    return this;
  }

  // ------------------------------------------------------------ clearing and style

  clearContent(): this {
    return this.queue('Range.clearContent', {
      kind: 'clear',
      contents: true,
      formats: false,
      validations: false,
      notes: false,
    });
  }

  clearFormat(): this {
    return this.queue('Range.clearFormat', {
      kind: 'clear',
      contents: false,
      formats: true,
      validations: false,
      notes: false,
    });
  }

  clearNote(): this {
    return this.queue('Range.clearNote', {
      kind: 'clear',
      contents: false,
      formats: false,
      validations: false,
      notes: true,
    });
  }

  /** clear(): contents, formats, validations and notes; clear(options): what the options say. */
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    commentsOnly?: boolean;
  }): this {
    const o = options ?? {};
    const any = !!(o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly);
    return this.queue('Range.clear', {
      kind: 'clear',
      contents: !any || !!o.contentsOnly,
      formats: !any || !!o.formatOnly,
      validations: !any || !!o.validationsOnly,
      notes: !any || !!o.commentsOnly,
    });
  }

  private style(method: string, key: string, value: unknown): this {
    return this.queue(`Range.${method}`, { kind: 'style', key, value });
  }

  setFontWeight(weight: string | null): this {
    return this.style('setFontWeight', 'fontWeight', weight);
  }

  setFontStyle(style: string | null): this {
    return this.style('setFontStyle', 'fontStyle', style);
  }

  setFontColor(color: string | null): this {
    return this.style('setFontColor', 'fontColor', color);
  }

  setFontSize(size: number): this {
    return this.style('setFontSize', 'fontSize', size);
  }

  setBackground(color: string | null): this {
    return this.style('setBackground', 'background', color);
  }

  setWrap(wrap: boolean): this {
    return this.style('setWrap', 'wrap', wrap);
  }

  setHorizontalAlignment(alignment: string | null): this {
    return this.style('setHorizontalAlignment', 'horizontalAlignment', alignment);
  }

  setVerticalAlignment(alignment: string | null): this {
    return this.style('setVerticalAlignment', 'verticalAlignment', alignment);
  }

  merge(): this {
    return this.style(
      'merge',
      'merged',
      formatA1(this._rect.row, this._rect.col, this._rect.numRows, this._rect.numCols),
    );
  }

  // ------------------------------------------------------------ handle arithmetic (local)

  getRow(): number {
    this._s.charge('Range.getRow', 'local');
    return this._rect.row;
  }

  getRowIndex(): number {
    this._s.charge('Range.getRowIndex', 'local');
    return this._rect.row;
  }

  getColumn(): number {
    this._s.charge('Range.getColumn', 'local');
    return this._rect.col;
  }

  getNumRows(): number {
    this._s.charge('Range.getNumRows', 'local');
    return this._rect.numRows;
  }

  getHeight(): number {
    this._s.charge('Range.getHeight', 'local');
    return this._rect.numRows;
  }

  getNumColumns(): number {
    this._s.charge('Range.getNumColumns', 'local');
    return this._rect.numCols;
  }

  getWidth(): number {
    this._s.charge('Range.getWidth', 'local');
    return this._rect.numCols;
  }

  getLastRow(): number {
    this._s.charge('Range.getLastRow', 'local');
    return this._rect.row + this._rect.numRows - 1;
  }

  getLastColumn(): number {
    this._s.charge('Range.getLastColumn', 'local');
    return this._rect.col + this._rect.numCols - 1;
  }

  getA1Notation(): string {
    this._s.charge('Range.getA1Notation', 'local');
    const r = this._rect;
    const open = openSides.get(r);
    if (open) return formatOpenA1(r.row, r.col, r.numRows, r.numCols, open);
    return formatA1(r.row, r.col, r.numRows, r.numCols);
  }

  getGridId(): number {
    this._s.charge('Range.getGridId', 'local');
    return this._rect.sheetId;
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this._s.charge('Range.getSheet', 'local');
    return sheetOf(this._s, this._ss, this._rect.sheetId);
  }

  getCell(row: number, column: number): GoogleAppsScript.Spreadsheet.Range {
    this._s.charge('Range.getCell', 'local');
    if (typeof row !== 'number' || typeof column !== 'number')
      throw signatureError('Range.getCell', [row, column]);
    if (row < 1 || column < 1 || row > this._rect.numRows || column > this._rect.numCols) {
      throw new Error('Cell reference out of range');
    }
    return rangeOf(this._s, this._ss, {
      ...this._rect,
      row: this._rect.row + row - 1,
      col: this._rect.col + column - 1,
      numRows: 1,
      numCols: 1,
    });
  }

  offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number,
  ): GoogleAppsScript.Spreadsheet.Range {
    this._s.charge('Range.offset', 'local');
    const rect: GridRect = {
      sheetId: this._rect.sheetId,
      row: this._rect.row + rowOffset,
      col: this._rect.col + columnOffset,
      numRows: numRows ?? this._rect.numRows,
      numCols: numColumns ?? this._rect.numCols,
    };
    return checkedRange(this._s, this._ss, rect);
  }

  activate(): this {
    this._s.charge('Range.activate', 'local');
    this._s.setActiveSheet(this._ss, this._rect.sheetId);
    return this;
  }

  createTextFinder(text: string): GoogleAppsScript.Spreadsheet.TextFinder {
    this._s.charge('Range.createTextFinder', 'local');
    return textFinderOf(this._s, this._ss, { rect: this._rect }, String(text));
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this._s.charge('Range.protect', 'sheet.structure');
    this._s.commit();
    const state = this._s.backend<ProtectionState>('protect', this._ss, 'RANGE', this._rect);
    return protectionOf(this._s, this._ss, state.id);
  }
}

/** A guarded Range handle (no bounds check). */
export function rangeOf(
  s: SheetSession,
  ss: string,
  rect: GridRect,
): GoogleAppsScript.Spreadsheet.Range {
  return guard(
    new RangeFacade(s, ss, rect),
    'Range',
  ) as unknown as GoogleAppsScript.Spreadsheet.Range;
}

/** A guarded Range handle after Apps Script's bounds checks (messages as Apps Script's). */
export function checkedRange(
  s: SheetSession,
  ss: string,
  rect: GridRect,
): GoogleAppsScript.Spreadsheet.Range {
  if (rect.row < 1) throw new Error('The starting row of the range is too small.');
  if (rect.col < 1) throw new Error('The starting column of the range is too small.');
  if (rect.numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
  if (rect.numCols < 1) throw new Error('The number of columns in the range must be at least 1.');
  s.settleAppends();
  const tab = s.tab(ss, rect.sheetId);
  if (rect.row + rect.numRows - 1 > tab.maxRows || rect.col + rect.numCols - 1 > tab.maxCols) {
    throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return rangeOf(s, ss, rect);
}

/** The facade object behind a Range handle given by a script (for setUnprotectedRanges…). */
export function rectOf(range: unknown): GridRect & { ss: string } {
  const r = range as RangeFacade;
  if (!r || typeof r !== 'object' || !r._rect)
    throw new Error('Apps Script emulation: expected a Range.');
  return { ...r._rect, ss: r._ss };
}
