/**
 * The Sheets API v4 endpoints the admin tools use, answered from the emulation's `sheets`
 * backend — the same state `SpreadsheetApp` reads — so a tab written through REST is exactly
 * what the add-on sees:
 *
 * - `spreadsheets.create`, `spreadsheets.get` (metadata; no grid data),
 * - `spreadsheets.batchUpdate` (atomic, as Google's) with addSheet, deleteSheet, updateSheetProperties,
 *   insertDimension, appendDimension, deleteDimension, updateDimensionProperties (column
 *   width), repeatCell (number format, bold, background), setDataValidation (list, checkbox),
 *   addProtectedRange, addConditionalFormatRule (custom formula) — any other request is refused
 *   before anything changes,
 * - `spreadsheets.values.get/batchGet/update/append/batchUpdate/clear`.
 *
 * Values follow the API: `RAW` input is stored as sent (a 16-digit NIK string stays text),
 * `USER_ENTERED` is parsed as if typed; reads trim trailing empty cells and rows, render
 * `FORMATTED_VALUE` (display text), `UNFORMATTED_VALUE` (dates as serial numbers unless
 * `dateTimeRenderOption=FORMATTED_STRING`) or `FORMULA`. Writing outside the grid is refused
 * with Google's "exceeds grid limits" error, as the API does.
 */
import type { SheetsBackend } from '../backend/sheets';
import type { CallContext } from '../backend/world';
import { columnLetters, parseA1 } from '../gas/spreadsheet/a1';
import { isDateValue, toSerial } from '../gas/spreadsheet/cells';
import type {
  BookMeta,
  GridRect,
  ReadKind,
  RuleSpec,
  TabMeta,
  Write,
} from '../gas/spreadsheet/types';

/** An API error: HTTP code, Google status and message. */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly status: string,
    message: string,
  ) {
    super(message);
  }

  body(): unknown {
    return {
      error: {
        code: this.code,
        message: this.message,
        errors: [{ message: this.message, domain: 'global', reason: reasonOf(this.status) }],
        status: this.status,
      },
    };
  }
}

function reasonOf(status: string): string {
  switch (status) {
    case 'NOT_FOUND':
      return 'notFound';
    case 'PERMISSION_DENIED':
      return 'forbidden';
    case 'RESOURCE_EXHAUSTED':
      return 'rateLimitExceeded';
    case 'UNAUTHENTICATED':
      return 'required';
    default:
      return 'badRequest';
  }
}

export const bad = (message: string): ApiError => new ApiError(400, 'INVALID_ARGUMENT', message);

interface Located {
  tab: TabMeta;
  rect: GridRect;
  /** The range named a whole tab. */
  whole?: boolean;
}

interface GridRange {
  sheetId?: number;
  startRowIndex?: number;
  endRowIndex?: number;
  startColumnIndex?: number;
  endColumnIndex?: number;
}

type Json = Record<string, unknown>;

function quoteTab(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function a1Of(tab: TabMeta, rect: GridRect): string {
  const start = `${columnLetters(rect.col)}${rect.row}`;
  const end = `${columnLetters(rect.col + rect.numCols - 1)}${rect.row + rect.numRows - 1}`;
  return `${quoteTab(tab.name)}!${start}:${end}`;
}

/** Converts a cell for a read, by the request's render options. */
function render(
  value: unknown,
  display: unknown,
  valueRender: string,
  dateRender: string,
  tz: string,
): unknown {
  if (value === '' || value === undefined || value === null) return '';
  if (valueRender === 'FORMATTED_VALUE') return display;
  if (isDateValue(value)) return dateRender === 'FORMATTED_STRING' ? display : toSerial(value, tz);
  return value;
}

/** Google omits trailing empty cells of a row and trailing empty rows. */
function trim(rows: unknown[][]): unknown[][] {
  const out = rows.map((r) => {
    let n = r.length;
    while (n > 0 && r[n - 1] === '') n--;
    return r.slice(0, n);
  });
  let m = out.length;
  while (m > 0 && out[m - 1].length === 0) m--;
  return out.slice(0, m);
}

export class SheetsApi {
  constructor(private readonly sheets: SheetsBackend) {}

  private op(ctx: CallContext, op: string, ...args: unknown[]): unknown {
    try {
      return this.sheets.handle(op, args, ctx);
    } catch (e) {
      throw bad(e instanceof Error ? e.message : String(e));
    }
  }

  /** The spreadsheet's metadata, after checking the caller may see (or edit) it. */
  meta(ctx: CallContext, id: string, edit = false): BookMeta {
    let meta: BookMeta;
    try {
      meta = this.sheets.handle('open', [id, false], ctx) as BookMeta;
    } catch {
      throw new ApiError(404, 'NOT_FOUND', 'Requested entity was not found.');
    }
    const sharing = this.sheets.handle('sharing', [id], ctx) as {
      owner: string;
      editors: string[];
      viewers: string[];
    };
    const editor = sharing.owner === ctx.user || sharing.editors.includes(ctx.user);
    if (!editor && (edit || !sharing.viewers.includes(ctx.user))) {
      throw new ApiError(403, 'PERMISSION_DENIED', 'The caller does not have permission');
    }
    return meta;
  }

  resource(meta: BookMeta): Json {
    return {
      spreadsheetId: meta.id,
      properties: { title: meta.name, locale: meta.locale, timeZone: meta.timeZone },
      sheets: meta.sheets.map((t) => this.sheetResource(t)),
      spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${meta.id}/edit`,
    };
  }

  private sheetResource(t: TabMeta): Json {
    const grid: Json = { rowCount: t.maxRows, columnCount: t.maxCols };
    if (t.frozenRows) grid.frozenRowCount = t.frozenRows;
    if (t.frozenCols) grid.frozenColumnCount = t.frozenCols;
    return {
      properties: {
        sheetId: t.id,
        title: t.name,
        index: t.index - 1,
        sheetType: 'GRID',
        gridProperties: grid,
      },
    };
  }

  // ------------------------------------------------------------------ spreadsheets

  create(ctx: CallContext, body: Json): Json {
    const props = (body.properties ?? {}) as Json;
    const created = this.op(
      ctx,
      'create',
      String(props.title ?? 'Untitled spreadsheet'),
    ) as BookMeta;
    const id = created.id;
    if (props.timeZone) this.op(ctx, 'setTimeZone', id, String(props.timeZone));
    if (props.locale) this.op(ctx, 'setLocale', id, String(props.locale));
    const sheets = (body.sheets ?? []) as Json[];
    if (sheets.length > 0) {
      const first = created.sheets[0];
      sheets.forEach((s, i) => {
        const p = (s.properties ?? {}) as Json;
        if (i === 0) {
          if (p.title) this.op(ctx, 'renameSheet', id, first.id, String(p.title));
          this.applyGrid(ctx, id, first.id, (p.gridProperties ?? {}) as Json);
        } else this.addSheet(ctx, id, p);
      });
    }
    return this.resource(this.meta(ctx, id));
  }

  get(ctx: CallContext, id: string, query: URLSearchParams): Json {
    if (query.get('includeGridData') === 'true') {
      throw bad('REST stand-in: includeGridData is not emulated; read values instead.');
    }
    return this.resource(this.meta(ctx, id));
  }

  batchUpdate(ctx: CallContext, id: string, body: Json): Json {
    this.meta(ctx, id, true);
    const requests = (body.requests ?? []) as Json[];
    const known = [
      'addSheet',
      'deleteSheet',
      'updateSheetProperties',
      'insertDimension',
      'appendDimension',
      'deleteDimension',
      'updateDimensionProperties',
      'repeatCell',
      'setDataValidation',
      'addProtectedRange',
      'addConditionalFormatRule',
    ];
    requests.forEach((r, i) => {
      const kinds = Object.keys(r);
      if (kinds.length !== 1 || !known.includes(kinds[0])) {
        throw bad(`REST stand-in: requests[${i}] (${kinds.join(', ')}) is not emulated.`);
      }
    });
    // Google applies a batch atomically: if one request fails, none is applied.
    const saved = this.sheets.saveBook(id);
    const replies = requests.map((r, i) => {
      const [kind] = Object.keys(r);
      try {
        return this.request(ctx, id, kind, r[kind] as Json);
      } catch (e) {
        this.sheets.restoreBook(id, saved);
        const message = e instanceof Error ? e.message : String(e);
        throw bad(`Invalid requests[${i}].${kind}: ${message}`);
      }
    });
    return { spreadsheetId: id, replies };
  }

  private tabOf(ctx: CallContext, id: string, sheetId: unknown): TabMeta {
    const tab = this.meta(ctx, id).sheets.find((t) => t.id === Number(sheetId ?? 0));
    if (!tab) throw new Error(`No grid with id: ${String(sheetId)}`);
    return tab;
  }

  private rectOf(tab: TabMeta, r: GridRange): GridRect {
    const row = (r.startRowIndex ?? 0) + 1;
    const col = (r.startColumnIndex ?? 0) + 1;
    const endRow = r.endRowIndex ?? tab.maxRows;
    const endCol = r.endColumnIndex ?? tab.maxCols;
    if (endRow > tab.maxRows || endCol > tab.maxCols) {
      throw new Error(
        `Range (${quoteTab(tab.name)}!${columnLetters(endCol)}${endRow}) exceeds grid limits. Max rows: ${tab.maxRows}, max columns: ${tab.maxCols}`,
      );
    }
    return { sheetId: tab.id, row, col, numRows: endRow - row + 1, numCols: endCol - col + 1 };
  }

  private applyGrid(ctx: CallContext, id: string, sheetId: number, grid: Json): void {
    const tab = this.tabOf(ctx, id, sheetId);
    const rows = grid.rowCount as number | undefined;
    const cols = grid.columnCount as number | undefined;
    if (rows !== undefined && rows > tab.maxRows)
      this.op(ctx, 'insertRows', id, sheetId, tab.maxRows + 1, rows - tab.maxRows);
    if (rows !== undefined && rows < tab.maxRows)
      this.op(ctx, 'deleteRows', id, sheetId, rows + 1, tab.maxRows - rows);
    if (cols !== undefined && cols > tab.maxCols)
      this.op(ctx, 'insertColumns', id, sheetId, tab.maxCols + 1, cols - tab.maxCols);
    if (cols !== undefined && cols < tab.maxCols)
      this.op(ctx, 'deleteColumns', id, sheetId, cols + 1, tab.maxCols - cols);
    if (grid.frozenRowCount !== undefined)
      this.op(ctx, 'setFrozen', id, sheetId, 'rows', Number(grid.frozenRowCount));
    if (grid.frozenColumnCount !== undefined)
      this.op(ctx, 'setFrozen', id, sheetId, 'cols', Number(grid.frozenColumnCount));
  }

  private addSheet(ctx: CallContext, id: string, p: Json): Json {
    const index = p.index === undefined ? null : Number(p.index);
    const tab = this.op(ctx, 'insertSheet', id, p.title ?? null, index) as TabMeta;
    this.applyGrid(ctx, id, tab.id, (p.gridProperties ?? {}) as Json);
    return this.sheetResource(this.tabOf(ctx, id, tab.id));
  }

  /** Copies the number formats and rules of the row before `at` into `n` new rows. */
  private inherit(ctx: CallContext, id: string, tab: TabMeta, at: number, n: number): void {
    if (at <= 1) return;
    const from = { sheetId: tab.id, row: at - 1, col: 1, numRows: 1, numCols: tab.maxCols };
    const formats = this.read(ctx, id, from, 'formats')[0] as string[];
    const rules = this.read(ctx, id, from, 'validations')[0] as (RuleSpec | null)[];
    const rect = { sheetId: tab.id, row: at, col: 1, numRows: n, numCols: tab.maxCols };
    const writes: Write[] = [
      { ss: id, kind: 'formats', ...rect, data: new Array(n).fill(formats) },
    ];
    if (rules.some((r) => r !== null))
      writes.push({ ss: id, kind: 'validations', ...rect, data: new Array(n).fill(rules) });
    this.op(ctx, 'commit', writes);
  }

  private request(ctx: CallContext, id: string, kind: string, r: Json): Json {
    switch (kind) {
      case 'addSheet':
        return { addSheet: this.addSheet(ctx, id, (r.properties ?? {}) as Json) };
      case 'deleteSheet':
        this.op(ctx, 'deleteSheet', id, Number(r.sheetId));
        return {};
      case 'updateSheetProperties': {
        const p = (r.properties ?? {}) as Json;
        const sheetId = Number(p.sheetId ?? 0);
        if (p.title !== undefined) this.op(ctx, 'renameSheet', id, sheetId, String(p.title));
        this.applyGrid(ctx, id, sheetId, (p.gridProperties ?? {}) as Json);
        return {};
      }
      case 'insertDimension': {
        const range = r.range as Json;
        const tab = this.tabOf(ctx, id, range.sheetId);
        const n = Number(range.endIndex) - Number(range.startIndex);
        const at = Number(range.startIndex) + 1;
        const rows = range.dimension === 'ROWS';
        this.op(ctx, rows ? 'insertRows' : 'insertColumns', id, tab.id, at, n);
        if (rows && r.inheritFromBefore === true)
          this.inherit(ctx, id, this.tabOf(ctx, id, tab.id), at, n);
        return {};
      }
      case 'appendDimension': {
        const tab = this.tabOf(ctx, id, r.sheetId);
        const rows = r.dimension === 'ROWS';
        const at = (rows ? tab.maxRows : tab.maxCols) + 1;
        this.op(ctx, rows ? 'insertRows' : 'insertColumns', id, tab.id, at, Number(r.length));
        return {};
      }
      case 'deleteDimension': {
        const range = r.range as Json;
        const n = Number(range.endIndex) - Number(range.startIndex);
        const op = range.dimension === 'ROWS' ? 'deleteRows' : 'deleteColumns';
        this.op(ctx, op, id, Number(range.sheetId ?? 0), Number(range.startIndex) + 1, n);
        return {};
      }
      case 'updateDimensionProperties': {
        const range = r.range as Json;
        const size = (r.properties as Json | undefined)?.pixelSize;
        if (range.dimension !== 'COLUMNS' || size === undefined)
          throw new Error('REST stand-in: only column widths (pixelSize) are emulated.');
        for (let c = Number(range.startIndex); c < Number(range.endIndex); c++)
          this.op(ctx, 'sheetProps', id, Number(range.sheetId ?? 0), {
            colWidth: [c + 1, Number(size)],
          });
        return {};
      }
      case 'repeatCell':
        return this.repeatCell(ctx, id, r);
      case 'setDataValidation': {
        const range = r.range as GridRange;
        const rect = this.rectOf(this.tabOf(ctx, id, range.sheetId), range);
        const spec = r.rule ? ruleSpecOf(r.rule as Json) : null;
        const data = Array.from({ length: rect.numRows }, () => new Array(rect.numCols).fill(spec));
        this.op(ctx, 'commit', [{ ss: id, kind: 'validations', ...rect, data }]);
        return {};
      }
      case 'addProtectedRange': {
        const p = (r.protectedRange ?? {}) as Json;
        const range = (p.range ?? {}) as GridRange;
        const tab = this.tabOf(ctx, id, range.sheetId);
        const whole = Object.keys(range).every((k) => k === 'sheetId');
        const state = this.op(
          ctx,
          'protect',
          id,
          whole ? 'SHEET' : 'RANGE',
          this.rectOf(tab, range),
        ) as { id: number };
        this.op(ctx, 'updateProtection', id, state.id, {
          description: p.description === undefined ? undefined : String(p.description),
          warningOnly: p.warningOnly === true,
        });
        return { addProtectedRange: { protectedRange: { ...p, protectedRangeId: state.id } } };
      }
      case 'addConditionalFormatRule': {
        const rule = (r.rule ?? {}) as Json;
        const boolean = rule.booleanRule as Json | undefined;
        const condition = (boolean?.condition ?? {}) as Json;
        if (!boolean || condition.type !== 'CUSTOM_FORMULA')
          throw new Error('REST stand-in: only custom-formula rules are emulated.');
        const ranges = (rule.ranges as GridRange[]).map((g) =>
          this.rectOf(this.tabOf(ctx, id, g.sheetId), g),
        );
        const sheetId = ranges[0].sheetId;
        const format = (boolean.format ?? {}) as Json;
        const spec = {
          ranges,
          formula: String(((condition.values as Json[])[0] ?? {}).userEnteredValue ?? ''),
          background: format.backgroundColor ? hexOf(format.backgroundColor as Json) : null,
          fontColor: null,
          bold: null,
        };
        const existing = this.op(ctx, 'conditionalRules', id, sheetId) as unknown[];
        const at = r.index === undefined ? existing.length : Number(r.index);
        const next = existing.slice();
        next.splice(at, 0, spec);
        this.op(ctx, 'setConditionalRules', id, sheetId, next);
        return {};
      }
      default:
        throw new Error(`REST stand-in: ${kind} is not emulated.`);
    }
  }

  private repeatCell(ctx: CallContext, id: string, r: Json): Json {
    const range = r.range as GridRange;
    const rect = this.rectOf(this.tabOf(ctx, id, range.sheetId), range);
    const cell = (r.cell ?? {}) as Json;
    const format = (cell.userEnteredFormat ?? {}) as Json;
    const fields = String(r.fields ?? '*');
    const has = (f: string) =>
      fields === '*' || fields.split(',').some((x) => x.trim().startsWith(f));
    const fill = <T>(v: T) =>
      Array.from({ length: rect.numRows }, () => new Array(rect.numCols).fill(v));
    const writes: Write[] = [];
    if (has('userEnteredFormat.numberFormat')) {
      const nf = format.numberFormat as Json | undefined;
      const pattern = nf ? (nf.pattern ? String(nf.pattern) : nf.type === 'TEXT' ? '@' : '') : '';
      writes.push({ ss: id, kind: 'formats', ...rect, data: fill(pattern) });
    }
    if (has('userEnteredFormat.textFormat')) {
      const bold = (format.textFormat as Json | undefined)?.bold;
      writes.push({
        ss: id,
        kind: 'style',
        ...rect,
        key: 'fontWeight',
        value: bold ? 'bold' : null,
      });
    }
    if (has('userEnteredFormat.backgroundColor')) {
      const bg = format.backgroundColor as Json | undefined;
      writes.push({
        ss: id,
        kind: 'style',
        ...rect,
        key: 'background',
        value: bg ? hexOf(bg) : null,
      });
    }
    if (has('dataValidation')) {
      const rule = cell.dataValidation ? ruleSpecOf(cell.dataValidation as Json) : null;
      writes.push({ ss: id, kind: 'validations', ...rect, data: fill(rule) });
    }
    if (writes.length === 0) throw new Error(`REST stand-in: fields "${fields}" are not emulated.`);
    this.op(ctx, 'commit', writes);
    return {};
  }

  // ------------------------------------------------------------------ values

  /** Where an A1 range lands: a whole tab by name, or cells clamped to the grid. */
  locate(meta: BookMeta, range: string): Located {
    const bare = range.trim();
    const name = /^'.*'$/.test(bare) ? bare.slice(1, -1).replace(/''/g, "'") : bare;
    const byName = meta.sheets.find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (byName) return { tab: byName, rect: this.whole(byName), whole: true };
    const ref = parseA1(range);
    if (!ref) throw bad(`Unable to parse range: ${range}`);
    const tab = ref.sheetName
      ? meta.sheets.find((t) => t.name.toLowerCase() === ref.sheetName!.toLowerCase())
      : meta.sheets[0];
    if (!tab) throw bad(`Unable to parse range: ${range}`);
    const row = ref.row ?? 1;
    const col = ref.col ?? 1;
    const endRow = ref.endRow ?? tab.maxRows;
    const endCol = ref.endCol ?? tab.maxCols;
    return {
      tab,
      rect: {
        sheetId: tab.id,
        row,
        col,
        numRows: Math.max(1, endRow - row + 1),
        numCols: Math.max(1, endCol - col + 1),
      },
    };
  }

  private whole(tab: TabMeta): GridRect {
    return { sheetId: tab.id, row: 1, col: 1, numRows: tab.maxRows, numCols: tab.maxCols };
  }

  private read(ctx: CallContext, id: string, rect: GridRect, kind: ReadKind): unknown[][] {
    return this.op(
      ctx,
      'read',
      id,
      rect.sheetId,
      rect.row,
      rect.col,
      rect.numRows,
      rect.numCols,
      kind,
    ) as unknown[][];
  }

  private valueRange(ctx: CallContext, meta: BookMeta, range: string, q: URLSearchParams): Json {
    const { tab, rect } = this.locate(meta, range);
    if (rect.row > tab.maxRows || rect.col > tab.maxCols) {
      throw bad(
        `Range (${range}) exceeds grid limits. Max rows: ${tab.maxRows}, max columns: ${tab.maxCols}`,
      );
    }
    const lastRow = this.sheets.handle('lastRow', [meta.id, tab.id], ctx) as number;
    const lastCol = this.sheets.handle('lastColumn', [meta.id, tab.id], ctx) as number;
    const clamped = {
      ...rect,
      numRows: Math.min(rect.numRows, tab.maxRows - rect.row + 1),
      numCols: Math.min(rect.numCols, tab.maxCols - rect.col + 1),
    };
    const span = {
      ...clamped,
      numRows: Math.min(clamped.numRows, Math.max(0, lastRow - rect.row + 1)),
      numCols: Math.min(clamped.numCols, Math.max(0, lastCol - rect.col + 1)),
    };
    const out: Json = { range: a1Of(tab, clamped), majorDimension: 'ROWS' };
    if (span.numRows < 1 || span.numCols < 1) return out;
    const valueRender = q.get('valueRenderOption') ?? 'FORMATTED_VALUE';
    const dateRender = q.get('dateTimeRenderOption') ?? 'SERIAL_NUMBER';
    let rows: unknown[][];
    if (valueRender === 'FORMULA') {
      const values = this.read(ctx, meta.id, span, 'values');
      const formulas = this.read(ctx, meta.id, span, 'formulas');
      rows = values.map((r, i) =>
        r.map((v, j) =>
          formulas[i][j] !== ''
            ? formulas[i][j]
            : render(v, '', 'UNFORMATTED_VALUE', dateRender, meta.timeZone),
        ),
      );
    } else {
      const values = this.read(ctx, meta.id, span, 'values');
      const needDisplay =
        valueRender === 'FORMATTED_VALUE' ||
        (dateRender === 'FORMATTED_STRING' && values.some((r) => r.some(isDateValue)));
      const display = needDisplay ? this.read(ctx, meta.id, span, 'display') : null;
      rows = values.map((r, i) =>
        r.map((v, j) => render(v, display?.[i][j], valueRender, dateRender, meta.timeZone)),
      );
    }
    const trimmed = trim(rows);
    if (trimmed.length > 0) out.values = trimmed;
    return out;
  }

  valuesGet(ctx: CallContext, id: string, range: string, q: URLSearchParams): Json {
    return this.valueRange(ctx, this.meta(ctx, id), range, q);
  }

  valuesBatchGet(ctx: CallContext, id: string, q: URLSearchParams): Json {
    const meta = this.meta(ctx, id);
    return {
      spreadsheetId: id,
      valueRanges: q.getAll('ranges').map((r) => this.valueRange(ctx, meta, r, q)),
    };
  }

  /** The writes of a value range: one rectangle when it is regular, else one per row run. */
  private valueWrites(
    id: string,
    tab: TabMeta,
    start: GridRect,
    values: unknown[][],
    raw: boolean,
  ): { writes: Write[]; rect: GridRect } {
    const height = values.length;
    const width = values.reduce((m, r) => Math.max(m, r.length), 0);
    const rect = { ...start, numRows: height, numCols: width };
    if (height === 0 || width === 0) return { writes: [], rect };
    const regular = values.every((r) => r.length === width && r.every((v) => v !== null));
    if (regular) return { writes: [{ ss: id, kind: 'values', ...rect, data: values, raw }], rect };
    const writes: Write[] = [];
    values.forEach((r, i) => {
      let j = 0;
      while (j < r.length) {
        if (r[j] === null) {
          j++;
          continue;
        }
        let k = j;
        while (k < r.length && r[k] !== null) k++;
        writes.push({
          ss: id,
          kind: 'values',
          sheetId: tab.id,
          row: start.row + i,
          col: start.col + j,
          numRows: 1,
          numCols: k - j,
          data: [r.slice(j, k)],
          raw,
        });
        j = k;
      }
    });
    return { writes, rect };
  }

  private checkFits(
    tab: TabMeta,
    requested: GridRect,
    explicitEnd: boolean,
    rect: GridRect,
    range: string,
  ) {
    const lastRow = rect.row + rect.numRows - 1;
    const lastCol = rect.col + rect.numCols - 1;
    if (explicitEnd) {
      if (lastRow > requested.row + requested.numRows - 1)
        throw bad(
          `Requested writing within range [${range}], but tried writing to row [${lastRow}]`,
        );
      if (lastCol > requested.col + requested.numCols - 1)
        throw bad(
          `Requested writing within range [${range}], but tried writing to column [${columnLetters(lastCol)}]`,
        );
    }
    if (lastRow > tab.maxRows || lastCol > tab.maxCols) {
      throw bad(
        `Range (${quoteTab(tab.name)}!${columnLetters(lastCol)}${lastRow}) exceeds grid limits. Max rows: ${tab.maxRows}, max columns: ${tab.maxCols}`,
      );
    }
  }

  private inputOption(q: URLSearchParams | Json): boolean {
    const option =
      q instanceof URLSearchParams ? q.get('valueInputOption') : (q.valueInputOption as string);
    if (option !== 'RAW' && option !== 'USER_ENTERED')
      throw bad("'valueInputOption' is required but not specified");
    return option === 'RAW';
  }

  private prepareUpdate(meta: BookMeta, range: string, body: Json, raw: boolean) {
    if (body.majorDimension === 'COLUMNS')
      throw bad('REST stand-in: majorDimension COLUMNS is not emulated.');
    const { tab, rect: requested, whole } = this.locate(meta, range);
    const explicitEnd = range.includes(':') || whole === true;
    const values = (body.values ?? []) as unknown[][];
    const { writes, rect } = this.valueWrites(meta.id, tab, requested, values, raw);
    if (writes.length > 0) this.checkFits(tab, requested, explicitEnd, rect, range);
    return { tab, rect, writes };
  }

  private updated(id: string, tab: TabMeta, rect: GridRect, cells: number): Json {
    return {
      spreadsheetId: id,
      updatedRange: a1Of(tab, rect),
      updatedRows: rect.numRows,
      updatedColumns: rect.numCols,
      updatedCells: cells,
    };
  }

  valuesUpdate(ctx: CallContext, id: string, range: string, q: URLSearchParams, body: Json): Json {
    const meta = this.meta(ctx, id, true);
    const raw = this.inputOption(q);
    const { tab, rect, writes } = this.prepareUpdate(meta, range, body, raw);
    if (writes.length > 0) this.op(ctx, 'commit', writes);
    return this.updated(id, tab, rect, rect.numRows * rect.numCols);
  }

  valuesBatchUpdate(ctx: CallContext, id: string, body: Json): Json {
    const meta = this.meta(ctx, id, true);
    const raw = this.inputOption(body);
    const data = (body.data ?? []) as Json[];
    const prepared = data.map((d) => this.prepareUpdate(meta, String(d.range), d, raw));
    const all = prepared.flatMap((p) => p.writes);
    if (all.length > 0) this.op(ctx, 'commit', all);
    const responses = prepared.map((p) =>
      this.updated(id, p.tab, p.rect, p.rect.numRows * p.rect.numCols),
    );
    return {
      spreadsheetId: id,
      totalUpdatedRows: responses.reduce((n, r) => n + Number(r.updatedRows), 0),
      totalUpdatedColumns: responses.reduce((n, r) => Math.max(n, Number(r.updatedColumns)), 0),
      totalUpdatedCells: responses.reduce((n, r) => n + Number(r.updatedCells), 0),
      totalUpdatedSheets: new Set(prepared.map((p) => p.tab.id)).size,
      responses,
    };
  }

  valuesAppend(ctx: CallContext, id: string, range: string, q: URLSearchParams, body: Json): Json {
    const meta = this.meta(ctx, id, true);
    const raw = this.inputOption(q);
    const { tab, rect: requested } = this.locate(meta, range);
    const lastRow = this.sheets.handle('lastRow', [id, tab.id], ctx) as number;
    const values = (body.values ?? []) as unknown[][];
    const at = lastRow + 1;
    let current = tab;
    if ((q.get('insertDataOption') ?? 'OVERWRITE') === 'INSERT_ROWS' && values.length > 0) {
      this.op(ctx, 'insertRows', id, tab.id, Math.min(at, tab.maxRows + 1), values.length);
      current = this.tabOf(ctx, id, tab.id);
      this.inherit(ctx, id, current, at, values.length);
    }
    const start = { ...requested, row: at };
    const { writes, rect } = this.valueWrites(id, current, start, values, raw);
    if (writes.length > 0) {
      this.checkFits(current, requested, false, rect, range);
      this.op(ctx, 'commit', writes);
    }
    const tableRect = { ...requested, row: 1, numRows: Math.max(1, lastRow) };
    return {
      spreadsheetId: id,
      tableRange: a1Of(current, tableRect),
      updates: this.updated(id, current, rect, rect.numRows * rect.numCols),
    };
  }

  valuesClear(ctx: CallContext, id: string, range: string): Json {
    const meta = this.meta(ctx, id, true);
    const { tab, rect } = this.locate(meta, range);
    const clamped = {
      ...rect,
      numRows: Math.min(rect.numRows, tab.maxRows - rect.row + 1),
      numCols: Math.min(rect.numCols, tab.maxCols - rect.col + 1),
    };
    if (clamped.numRows > 0 && clamped.numCols > 0) {
      const clear: Write = {
        ss: id,
        kind: 'clear',
        ...clamped,
        contents: true,
        formats: false,
        validations: false,
        notes: false,
      };
      this.op(ctx, 'commit', [clear]);
    }
    return { spreadsheetId: id, clearedRange: a1Of(tab, clamped) };
  }
}

function hexOf(color: Json): string {
  const part = (v: unknown) =>
    Math.round(Number(v ?? 0) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${part(color.red)}${part(color.green)}${part(color.blue)}`;
}

/** A Sheets API DataValidationRule as the emulation stores rules (as Apps Script builds them). */
function ruleSpecOf(rule: Json): RuleSpec {
  const condition = (rule.condition ?? {}) as Json;
  const values = ((condition.values ?? []) as Json[]).map((v) => String(v.userEnteredValue ?? ''));
  const helpText = rule.inputMessage === undefined ? null : String(rule.inputMessage);
  const allowInvalid = rule.strict !== true;
  switch (condition.type) {
    case 'ONE_OF_LIST':
      return {
        type: 'VALUE_IN_LIST',
        values: [values, rule.showCustomUi === true],
        allowInvalid,
        helpText,
      };
    case 'BOOLEAN':
      return { type: 'CHECKBOX', values, allowInvalid, helpText };
    default:
      throw new Error(`REST stand-in: validation ${String(condition.type)} is not emulated.`);
  }
}
