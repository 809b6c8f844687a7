/**
 * Embedded charts: `Sheet.newChart()` gives an `EmbeddedChartBuilder` (local, no round trip:
 * chart type, data ranges, position, options); `build()` makes an `EmbeddedChart` that exists
 * only in the script (its `getChartId()` is null) until `Sheet.insertChart` puts it on the tab,
 * where Google's side keeps it and gives it an ID. `getCharts`, `updateChart` (after
 * `chart.modify()…build()`) and `removeChart` work on the charts of the tab. Charts stay when a
 * tab's cells are cleared (`Sheet.clear()` leaves them) and go with the tab. A chart reads its
 * ranges' current values when it is drawn (the playground draws them).
 *
 * Emulated chart types: AREA, BAR, COLUMN, LINE, PIE (`asAreaChart()`… or
 * `setChartType(Charts.ChartType.X)`), with the typed builders' `setTitle`, `setXAxisTitle`,
 * `setYAxisTitle`, `setStacked`, `setColors` (stored as the options `title`, `hAxis.title`,
 * `vAxis.title`, `isStacked`, `colors`, as Sheets stores them).
 */
import { guard } from '../../core/guard';
import { rangeOf, rectOf, signatureError } from './range';
import type { SheetSession } from './session';
import type { GridRect } from './types';

export const CHART_TYPES = ['AREA', 'BAR', 'COLUMN', 'LINE', 'PIE'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

/** `Charts.ChartType` (the emulated members). */
export const ChartType = Object.freeze(
  Object.fromEntries(CHART_TYPES.map((t) => [t, t])) as Record<ChartType, ChartType>,
);

/** A chart as Google's side keeps it. */
export interface ChartSpec {
  /** Null until inserted. */
  id: number | null;
  type: ChartType;
  ranges: GridRect[];
  options: Record<string, unknown>;
  /** Anchor cell (1-based) and offsets in pixels. */
  position: { row: number; col: number; offsetX: number; offsetY: number };
  numHeaders: number;
  transpose: boolean;
}

function isInt(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n);
}

export class EmbeddedChartBuilderFacade {
  readonly _s: SheetSession;
  readonly _ss: string;
  readonly _sheetId: number;
  readonly _spec: ChartSpec;

  constructor(s: SheetSession, ss: string, sheetId: number, spec: ChartSpec) {
    this._s = s;
    this._ss = ss;
    this._sheetId = sheetId;
    this._spec = spec;
  }

  private local(method: string): void {
    this._s.charge(`EmbeddedChartBuilder.${method}`, 'local');
  }

  private typed(method: string, type: ChartType): this {
    this.local(method);
    this._spec.type = type;
    return this;
  }

  asAreaChart(): this {
    return this.typed('asAreaChart', 'AREA');
  }
  asBarChart(): this {
    return this.typed('asBarChart', 'BAR');
  }
  asColumnChart(): this {
    return this.typed('asColumnChart', 'COLUMN');
  }
  asLineChart(): this {
    return this.typed('asLineChart', 'LINE');
  }
  asPieChart(): this {
    return this.typed('asPieChart', 'PIE');
  }

  setChartType(type: unknown): this {
    const t = String(type) as ChartType;
    if (!CHART_TYPES.includes(t)) {
      this.local('setChartType');
      throw new Error(`Apps Script emulation: chart type ${String(type)} is not emulated.`);
    }
    return this.typed('setChartType', t);
  }

  getChartType(): string {
    this.local('getChartType');
    return this._spec.type;
  }

  addRange(range: unknown): this {
    this.local('addRange');
    const rect = rectOf(range);
    if (rect.ss !== this._ss) throw new Error('The range must be in the same spreadsheet.');
    const { sheetId, row, col, numRows, numCols } = rect;
    this._spec.ranges.push({ sheetId, row, col, numRows, numCols });
    return this;
  }

  removeRange(range: unknown): this {
    this.local('removeRange');
    const r = rectOf(range);
    this._spec.ranges = this._spec.ranges.filter(
      (x) =>
        !(
          x.sheetId === r.sheetId &&
          x.row === r.row &&
          x.col === r.col &&
          x.numRows === r.numRows &&
          x.numCols === r.numCols
        ),
    );
    return this;
  }

  clearRanges(): this {
    this.local('clearRanges');
    this._spec.ranges = [];
    return this;
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    this.local('getRanges');
    return this._spec.ranges.map((r) => rangeOf(this._s, this._ss, r));
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.local('setPosition');
    const given = [anchorRowPos, anchorColPos, offsetX, offsetY];
    if (!given.every(isInt)) throw signatureError('EmbeddedChartBuilder.setPosition', given);
    if (anchorRowPos < 1 || anchorColPos < 1) throw new Error('Those rows are out of bounds.');
    this._spec.position = { row: anchorRowPos, col: anchorColPos, offsetX, offsetY };
    return this;
  }

  setOption(option: string, value: unknown): this {
    this.local('setOption');
    if (typeof option !== 'string')
      throw signatureError('EmbeddedChartBuilder.setOption', [option]);
    this._spec.options[option] = JSON.parse(JSON.stringify(value ?? null)) as unknown;
    return this;
  }

  setTitle(title: string): this {
    return this.setOption('title', String(title));
  }
  setXAxisTitle(title: string): this {
    return this.setOption('hAxis.title', String(title));
  }
  setYAxisTitle(title: string): this {
    return this.setOption('vAxis.title', String(title));
  }
  setStacked(): this {
    return this.setOption('isStacked', true);
  }
  setColors(colors: string[]): this {
    if (!Array.isArray(colors)) throw signatureError('EmbeddedChartBuilder.setColors', [colors]);
    return this.setOption('colors', colors.map(String));
  }

  setNumHeaders(headers: number): this {
    this.local('setNumHeaders');
    if (!isInt(headers)) throw signatureError('EmbeddedChartBuilder.setNumHeaders', [headers]);
    this._spec.numHeaders = headers;
    return this;
  }

  setTransposeRowsAndColumns(transpose: boolean): this {
    this.local('setTransposeRowsAndColumns');
    this._spec.transpose = !!transpose;
    return this;
  }

  build(): GoogleAppsScript.Spreadsheet.EmbeddedChart {
    this.local('build');
    if (this._spec.ranges.length === 0) {
      throw new Error('The chart has no data. Add a range with addRange before building.');
    }
    return embeddedChartOf(this._s, this._ss, this._sheetId, cloneSpec(this._spec));
  }
}

function cloneSpec(spec: ChartSpec): ChartSpec {
  return JSON.parse(JSON.stringify(spec)) as ChartSpec;
}

export class EmbeddedChartFacade {
  readonly _s: SheetSession;
  readonly _ss: string;
  readonly _sheetId: number;
  readonly _spec: ChartSpec;

  constructor(s: SheetSession, ss: string, sheetId: number, spec: ChartSpec) {
    this._s = s;
    this._ss = ss;
    this._sheetId = sheetId;
    this._spec = spec;
  }

  private local(method: string): void {
    this._s.charge(`EmbeddedChart.${method}`, 'local');
  }

  getChartId(): number | null {
    this.local('getChartId');
    return this._spec.id;
  }

  getId(): string | null {
    this.local('getId');
    return this._spec.id === null ? null : `u${this._spec.id}`;
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    this.local('getRanges');
    return this._spec.ranges.map((r) => rangeOf(this._s, this._ss, r));
  }

  getNumHeaders(): number {
    this.local('getNumHeaders');
    return this._spec.numHeaders;
  }

  getTransposeRowsAndColumns(): boolean {
    this.local('getTransposeRowsAndColumns');
    return this._spec.transpose;
  }

  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    this.local('getOptions');
    const options = { ...this._spec.options };
    return guard(
      {
        get: (option: string) => (option in options ? options[option] : null),
        getOrDefault: (option: string) => (option in options ? options[option] : null),
      },
      'ChartOptions',
    ) as unknown as GoogleAppsScript.Charts.ChartOptions;
  }

  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    this.local('getContainerInfo');
    const p = { ...this._spec.position };
    return guard(
      {
        getAnchorRow: () => p.row,
        getAnchorColumn: () => p.col,
        getOffsetX: () => p.offsetX,
        getOffsetY: () => p.offsetY,
      },
      'ContainerInfo',
    ) as unknown as GoogleAppsScript.Spreadsheet.ContainerInfo;
  }

  modify(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.local('modify');
    return chartBuilderOf(this._s, this._ss, this._sheetId, cloneSpec(this._spec));
  }
}

/** A guarded builder for a new chart on a tab (`Sheet.newChart()`). */
export function chartBuilderOf(
  s: SheetSession,
  ss: string,
  sheetId: number,
  spec?: ChartSpec,
): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
  const initial: ChartSpec = spec ?? {
    id: null,
    type: 'COLUMN',
    ranges: [],
    options: {},
    position: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
    numHeaders: -1,
    transpose: false,
  };
  return guard(
    new EmbeddedChartBuilderFacade(s, ss, sheetId, initial),
    'EmbeddedChartBuilder',
  ) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
}

/** A guarded chart handle. */
export function embeddedChartOf(
  s: SheetSession,
  ss: string,
  sheetId: number,
  spec: ChartSpec,
): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  return guard(
    new EmbeddedChartFacade(s, ss, sheetId, spec),
    'EmbeddedChart',
  ) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart;
}

/** The spec behind a chart handle given by a script. */
export function specOfChart(chart: unknown, method: string): ChartSpec {
  const c = chart as EmbeddedChartFacade;
  if (!c || typeof c !== 'object' || !c._spec) throw signatureError(method, [chart]);
  return c._spec;
}
