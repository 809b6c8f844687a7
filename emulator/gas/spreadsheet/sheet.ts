/**
 * The `Sheet` (tab) a script sees: ranges by numbers or A1, content extent (`getLastRow`),
 * `appendRow` (queued; its row is chosen at commit on Google's side), structure changes
 * (insert/delete rows and columns, frozen rows, protection), which commit queued writes first
 * so positions stay right.
 */
import { guard } from '../../core/guard';
import { parseRangeNotation } from './a1';
import { protectionOf } from './protection';
import { checkedRange, markOpen, normalizeCell, signatureError } from './range';
import type { SheetSession } from './session';
import { spreadsheetOf } from './spreadsheet';
import { textFinderOf } from './textFinder';
import { ruleOf, specOfRule, type ConditionalRuleSpec } from './conditional';
import type { GridRect, ProtectionState, TabMeta } from './types';
import { chartBuilderOf, embeddedChartOf, specOfChart, type ChartSpec } from './charts';

function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/** Resolves an A1 reference on a tab of known size (open ends run to the edge). */
export function rectFromA1(a1: string, sheetId: number, tab: TabMeta): GridRect {
  const ref = parseRangeNotation(a1);
  if (!ref) throw new Error('Range not found');
  const row = ref.row ?? 1;
  const col = ref.col ?? 1;
  const endRow = ref.endRow ?? tab.maxRows;
  const endCol = ref.endCol ?? tab.maxCols;
  const rect = {
    sheetId,
    row: Math.min(row, endRow),
    col: Math.min(col, endCol),
    numRows: Math.abs(endRow - row) + 1,
    numCols: Math.abs(endCol - col) + 1,
  };
  return markOpen(rect, {
    rows: ref.row === undefined && ref.endRow === undefined,
    cols: ref.col === undefined && ref.endCol === undefined,
  });
}

export class SheetFacade {
  readonly _s: SheetSession;
  readonly _ss: string;
  readonly _id: number;

  constructor(s: SheetSession, ss: string, sheetId: number) {
    this._s = s;
    this._ss = ss;
    this._id = sheetId;
  }

  private meta(): TabMeta {
    return this._s.tab(this._ss, this._id);
  }

  private structure(method: string, op: string, ...args: unknown[]): this {
    this._s.charge(method, 'sheet.structure');
    this._s.commit();
    this._s.backend(op, this._ss, this._id, ...args);
    return this;
  }

  // ------------------------------------------------------------ identity

  getName(): string {
    this._s.charge('Sheet.getName', 'local');
    return this.meta().name;
  }

  getSheetName(): string {
    this._s.charge('Sheet.getSheetName', 'local');
    return this.meta().name;
  }

  setName(name: string): this {
    this._s.charge('Sheet.setName', 'sheet.structure');
    this._s.backend('renameSheet', this._ss, this._id, String(name));
    return this;
  }

  getSheetId(): number {
    this._s.charge('Sheet.getSheetId', 'local');
    return this._id;
  }

  getIndex(): number {
    this._s.charge('Sheet.getIndex', 'local');
    return this.meta().index;
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this._s.charge('Sheet.getParent', 'local');
    return spreadsheetOf(this._s, this._ss);
  }

  activate(): this {
    this._s.charge('Sheet.activate', 'local');
    this._s.setActiveSheet(this._ss, this._id);
    return this;
  }

  // ------------------------------------------------------------ ranges

  getRange(a: unknown, b?: unknown, c?: unknown, d?: unknown): GoogleAppsScript.Spreadsheet.Range {
    this._s.charge('Sheet.getRange', 'local');
    const given = [a, b, c, d].slice(0, arguments.length);
    if (typeof a === 'string' && arguments.length === 1) {
      const bang = a.lastIndexOf('!');
      if (bang >= 0) return this.getParent().getRange(a);
      return checkedRange(this._s, this._ss, rectFromA1(a, this._id, this.meta()));
    }
    if (given.length < 2 || given.length > 4 || !given.every(isCount))
      throw signatureError('Sheet.getRange', given);
    const [row, col, numRows = 1, numCols = 1] = (given as number[]).map(Math.trunc);
    return checkedRange(this._s, this._ss, { sheetId: this._id, row, col, numRows, numCols });
  }

  getDataRange(): GoogleAppsScript.Spreadsheet.Range {
    this._s.charge('Sheet.getDataRange', 'sheet.metadata');
    this._s.settle('Sheet.getDataRange');
    const rows = this._s.backend<number>('lastRow', this._ss, this._id);
    const cols = this._s.backend<number>('lastColumn', this._ss, this._id);
    return checkedRange(this._s, this._ss, {
      sheetId: this._id,
      row: 1,
      col: 1,
      numRows: Math.max(1, rows),
      numCols: Math.max(1, cols),
    });
  }

  getSheetValues(row: number, col: number, numRows: number, numCols: number): unknown[][] {
    this._s.charge('Sheet.getSheetValues', 'local');
    return this.getRange(row, col, numRows, numCols).getValues();
  }

  createTextFinder(text: string): GoogleAppsScript.Spreadsheet.TextFinder {
    this._s.charge('Sheet.createTextFinder', 'local');
    return textFinderOf(this._s, this._ss, { sheetId: this._id }, String(text));
  }

  // ------------------------------------------------------------ extent

  getLastRow(): number {
    this._s.charge('Sheet.getLastRow', 'sheet.metadata');
    this._s.settle('Sheet.getLastRow');
    return this._s.backend<number>('lastRow', this._ss, this._id);
  }

  getLastColumn(): number {
    this._s.charge('Sheet.getLastColumn', 'sheet.metadata');
    this._s.settle('Sheet.getLastColumn');
    return this._s.backend<number>('lastColumn', this._ss, this._id);
  }

  getMaxRows(): number {
    this._s.charge('Sheet.getMaxRows', 'sheet.metadata');
    this._s.settle('Sheet.getMaxRows');
    return this.meta().maxRows;
  }

  getMaxColumns(): number {
    this._s.charge('Sheet.getMaxColumns', 'sheet.metadata');
    this._s.settle('Sheet.getMaxColumns');
    return this.meta().maxCols;
  }

  getFrozenRows(): number {
    this._s.charge('Sheet.getFrozenRows', 'sheet.metadata');
    this._s.settle('Sheet.getFrozenRows');
    return this.meta().frozenRows;
  }

  getFrozenColumns(): number {
    this._s.charge('Sheet.getFrozenColumns', 'sheet.metadata');
    this._s.settle('Sheet.getFrozenColumns');
    return this.meta().frozenCols;
  }

  // ------------------------------------------------------------ writes

  appendRow(rowContents: unknown[]): this {
    this._s.charge('Sheet.appendRow', 'range.write');
    if (!Array.isArray(rowContents)) throw signatureError('Sheet.appendRow', [rowContents]);
    for (const v of rowContents) {
      if (typeof v === 'string' && v.length > 50000) {
        throw new Error(
          'Your input contains more than the maximum of 50000 characters in a single cell.',
        );
      }
    }
    this._s.enqueue({
      ss: this._ss,
      kind: 'append',
      sheetId: this._id,
      data: rowContents.map(normalizeCell),
    });
    return this;
  }

  clear(): this {
    this._s.charge('Sheet.clear', 'range.write');
    const t = this.meta();
    this._s.enqueue({
      ss: this._ss,
      kind: 'clear',
      sheetId: this._id,
      row: 1,
      col: 1,
      numRows: t.maxRows,
      numCols: t.maxCols,
      contents: true,
      formats: true,
      validations: false,
      notes: false,
    });
    return this;
  }

  clearContents(): this {
    this._s.charge('Sheet.clearContents', 'range.write');
    const t = this.meta();
    this._s.enqueue({
      ss: this._ss,
      kind: 'clear',
      sheetId: this._id,
      row: 1,
      col: 1,
      numRows: t.maxRows,
      numCols: t.maxCols,
      contents: true,
      formats: false,
      validations: false,
      notes: false,
    });
    return this;
  }

  clearFormats(): this {
    this._s.charge('Sheet.clearFormats', 'range.write');
    const t = this.meta();
    this._s.enqueue({
      ss: this._ss,
      kind: 'clear',
      sheetId: this._id,
      row: 1,
      col: 1,
      numRows: t.maxRows,
      numCols: t.maxCols,
      contents: false,
      formats: true,
      validations: false,
      notes: false,
    });
    return this;
  }

  // ------------------------------------------------------------ structure

  insertRowsBefore(beforePosition: number, howMany: number): this {
    if (!isCount(beforePosition) || !isCount(howMany))
      throw signatureError('Sheet.insertRowsBefore', [beforePosition, howMany]);
    return this.structure('Sheet.insertRowsBefore', 'insertRows', beforePosition, howMany);
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    if (!isCount(afterPosition) || !isCount(howMany))
      throw signatureError('Sheet.insertRowsAfter', [afterPosition, howMany]);
    if (afterPosition < 1) throw new Error('Those rows are out of bounds.');
    return this.structure('Sheet.insertRowsAfter', 'insertRows', afterPosition + 1, howMany);
  }

  insertRows(rowIndex: number, numRows = 1): this {
    if (!isCount(rowIndex)) throw signatureError('Sheet.insertRows', [rowIndex, numRows]);
    return this.structure('Sheet.insertRows', 'insertRows', rowIndex, numRows);
  }

  insertRowBefore(beforePosition: number): this {
    return this.structure('Sheet.insertRowBefore', 'insertRows', beforePosition, 1);
  }

  insertRowAfter(afterPosition: number): this {
    if (afterPosition < 1) throw new Error('Those rows are out of bounds.');
    return this.structure('Sheet.insertRowAfter', 'insertRows', afterPosition + 1, 1);
  }

  deleteRow(rowPosition: number): this {
    return this.structure('Sheet.deleteRow', 'deleteRows', rowPosition, 1);
  }

  deleteRows(rowPosition: number, howMany: number): this {
    if (!isCount(rowPosition) || !isCount(howMany))
      throw signatureError('Sheet.deleteRows', [rowPosition, howMany]);
    return this.structure('Sheet.deleteRows', 'deleteRows', rowPosition, howMany);
  }

  insertColumnsBefore(beforePosition: number, howMany: number): this {
    return this.structure('Sheet.insertColumnsBefore', 'insertColumns', beforePosition, howMany);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    if (afterPosition < 1) throw new Error('Those columns are out of bounds.');
    return this.structure('Sheet.insertColumnsAfter', 'insertColumns', afterPosition + 1, howMany);
  }

  insertColumns(columnIndex: number, numColumns = 1): this {
    return this.structure('Sheet.insertColumns', 'insertColumns', columnIndex, numColumns);
  }

  insertColumnBefore(beforePosition: number): this {
    return this.structure('Sheet.insertColumnBefore', 'insertColumns', beforePosition, 1);
  }

  insertColumnAfter(afterPosition: number): this {
    if (afterPosition < 1) throw new Error('Those columns are out of bounds.');
    return this.structure('Sheet.insertColumnAfter', 'insertColumns', afterPosition + 1, 1);
  }

  deleteColumn(columnPosition: number): this {
    return this.structure('Sheet.deleteColumn', 'deleteColumns', columnPosition, 1);
  }

  deleteColumns(columnPosition: number, howMany: number): this {
    return this.structure('Sheet.deleteColumns', 'deleteColumns', columnPosition, howMany);
  }

  setConditionalFormatRules(rules: unknown[]): void {
    if (!Array.isArray(rules)) throw signatureError('Sheet.setConditionalFormatRules', [rules]);
    this.structure('Sheet.setConditionalFormatRules', 'setConditionalRules', rules.map(specOfRule));
  }

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    this._s.charge('Sheet.getConditionalFormatRules', 'sheet.metadata');
    this._s.commit();
    const specs = this._s.backend('conditionalRules', this._ss, this._id) as ConditionalRuleSpec[];
    return specs.map((spec) => ruleOf(this._s, this._ss, spec));
  }

  setFrozenRows(rows: number): this {
    if (!isCount(rows)) throw signatureError('Sheet.setFrozenRows', [rows]);
    return this.structure('Sheet.setFrozenRows', 'setFrozen', 'rows', rows);
  }

  setFrozenColumns(columns: number): this {
    if (!isCount(columns)) throw signatureError('Sheet.setFrozenColumns', [columns]);
    return this.structure('Sheet.setFrozenColumns', 'setFrozen', 'cols', columns);
  }

  setColumnWidth(columnPosition: number, width: number): this {
    return this.structure('Sheet.setColumnWidth', 'sheetProps', {
      colWidth: [columnPosition, width],
    });
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this._s.charge('Sheet.setColumnWidths', 'sheet.structure');
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      this._s.backend('sheetProps', this._ss, this._id, { colWidth: [c, width] });
    }
    return this;
  }

  autoResizeColumns(_startColumn: number, _numColumns: number): this {
    return this.structure('Sheet.autoResizeColumns', 'sheetProps', {});
  }

  autoResizeColumn(columnPosition: number): this {
    void columnPosition;
    return this.structure('Sheet.autoResizeColumn', 'sheetProps', {});
  }

  hideColumns(columnIndex: number, numColumns = 1): this {
    return this.structure('Sheet.hideColumns', 'sheetProps', {
      hideCols: [columnIndex, numColumns],
    });
  }

  showColumns(columnIndex: number, numColumns = 1): this {
    return this.structure('Sheet.showColumns', 'sheetProps', {
      showCols: [columnIndex, numColumns],
    });
  }

  setTabColor(color: string | null): this {
    return this.structure('Sheet.setTabColor', 'sheetProps', { tabColor: color });
  }

  // ------------------------------------------------------------ charts

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this._s.charge('Sheet.newChart', 'local');
    return chartBuilderOf(this._s, this._ss, this._id);
  }

  insertChart(chart: unknown): void {
    const spec = specOfChart(chart, 'Sheet.insertChart');
    this._s.charge('Sheet.insertChart', 'chart');
    if (spec.id !== null) throw new Error('The chart is already in the sheet.');
    this._s.commit();
    spec.id = this._s.backend<number>('insertChart', this._ss, this._id, spec);
  }

  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    this._s.charge('Sheet.getCharts', 'sheet.metadata');
    this._s.settle('Sheet.getCharts');
    const specs = this._s.backend<ChartSpec[]>('charts', this._ss, this._id);
    return specs.map((spec) => embeddedChartOf(this._s, this._ss, this._id, spec));
  }

  updateChart(chart: unknown): void {
    const spec = specOfChart(chart, 'Sheet.updateChart');
    this._s.charge('Sheet.updateChart', 'chart');
    if (spec.id === null) throw new Error('The chart is not in the sheet; use insertChart.');
    this._s.commit();
    this._s.backend('updateChart', this._ss, this._id, spec);
  }

  removeChart(chart: unknown): void {
    const spec = specOfChart(chart, 'Sheet.removeChart');
    this._s.charge('Sheet.removeChart', 'chart');
    if (spec.id === null) throw new Error('The chart is not in the sheet.');
    this._s.commit();
    this._s.backend('removeChart', this._ss, this._id, spec.id);
  }

  // ------------------------------------------------------------ protection

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this._s.charge('Sheet.protect', 'sheet.structure');
    this._s.commit();
    const t = this.meta();
    const state = this._s.backend<ProtectionState>('protect', this._ss, 'SHEET', {
      sheetId: this._id,
      row: 1,
      col: 1,
      numRows: t.maxRows,
      numCols: t.maxCols,
    });
    return protectionOf(this._s, this._ss, state.id);
  }

  getProtections(type: unknown): GoogleAppsScript.Spreadsheet.Protection[] {
    this._s.charge('Sheet.getProtections', 'sheet.metadata');
    this._s.settle('Sheet.getProtections');
    const kind = String(type);
    if (kind !== 'RANGE' && kind !== 'SHEET') throw signatureError('Sheet.getProtections', [type]);
    const list = this._s.backend<ProtectionState[]>('protections', this._ss, kind, this._id);
    return list.map((p) => protectionOf(this._s, this._ss, p.id));
  }
}

/** A guarded Sheet handle. */
export function sheetOf(
  s: SheetSession,
  ss: string,
  sheetId: number,
): GoogleAppsScript.Spreadsheet.Sheet {
  return guard(
    new SheetFacade(s, ss, sheetId),
    'Sheet',
  ) as unknown as GoogleAppsScript.Spreadsheet.Sheet;
}
