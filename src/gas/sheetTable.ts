/**
 * A register tab in a Google Sheet (the `TableStore` port on `SpreadsheetApp`). Every operation
 * reads the header row to find columns by name, finds rows by ID with a TextFinder on the ID
 * column (searched on Google's side, so the cost does not grow with the tab), reads only the rows
 * it needs and writes each in one batch.
 */
import type { Stamp, StoredRow, TableStore } from '../app/ports';
import { RegisterError, StaleDataError } from '../app/register/errors';
import {
  decodeRow,
  encodeRow,
  mapHeader,
  validateRow,
  type HeaderMap,
} from '../app/register/table';
import type { AnyTab } from '../app/register/tabs';
import { formatColumn } from './columnFormat';
import { NUMBER_FORMATS, fromCell } from '../app/register/cells';

/** Rows added at once when a tab is full, so that growing is rare. */
const GROWTH_HEADROOM = 200;

/** Rows read in one block with the rows asked for, rather than a read each. */
const MAX_GAP = 20;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `1` → `A`, `27` → `AA`. */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A row found by ID, with its raw cells as read (kept by `update` in columns it does not know). */
export interface LocatedRow<R> {
  row: R;
  rowNumber: number;
  raw: unknown[];
}

export class SheetTable<
  R extends Record<string, unknown> = Record<string, unknown>,
> implements TableStore<R> {
  private header: HeaderMap | null = null;

  constructor(
    private readonly sheet: GoogleAppsScript.Spreadsheet.Sheet,
    readonly tab: AnyTab,
  ) {}

  /**
   * Opens the tab of `tab` in `spreadsheet`.
   * @throws RegisterError when the tab does not exist.
   */
  static open<R extends Record<string, unknown>>(
    spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
    tab: AnyTab,
  ): SheetTable<R> {
    const sheet = spreadsheet.getSheetByName(tab.name);
    if (!sheet) {
      throw new RegisterError(
        `Tab "${tab.name}" tidak ditemukan. Jalankan menu WRSE › Siapkan register, lalu ulangi.`,
      );
    }
    return new SheetTable<R>(sheet, tab);
  }

  /**
   * The header map (read once per operation object): the whole first row in one read (`1:1`,
   * as wide as the tab), trailing blank cells dropped — no `getLastColumn` first, which is a
   * metadata call priced like a read of its own.
   */
  headerMap(): HeaderMap {
    if (!this.header) {
      const headerRow = this.sheet.getRange('1:1').getValues()[0] ?? [];
      let width = headerRow.length;
      while (width > 1 && String(headerRow[width - 1] ?? '') === '') width -= 1;
      this.header = mapHeader(this.tab, headerRow.slice(0, width));
    }
    return this.header;
  }

  /**
   * The cells of column `key` (below the header) holding exactly one of `values`: one search on
   * Google's side, whatever the tab's size.
   */
  private cellsMatching(
    key: string,
    values: readonly string[],
    matchCase = true,
  ): GoogleAppsScript.Spreadsheet.Range[] {
    const wanted = values.filter((v) => v !== '');
    if (wanted.length === 0) return [];
    const column = columnLetter(this.headerMap().position[key] + 1);
    return this.sheet
      .getRange(`${column}:${column}`)
      .createTextFinder(`^(${wanted.map(escapeRegExp).join('|')})$`)
      .useRegularExpression(true)
      .matchEntireCell(true)
      .matchCase(matchCase)
      .findAll()
      .filter((range) => range.getRow() > 1);
  }

  /** Which of `ids` the tab already holds (one search on Google's side). */
  private idsPresent(ids: readonly string[]): Set<string> {
    return new Set(
      this.cellsMatching(this.tab.idKey, ids).map((range) => String(range.getValue())),
    );
  }

  /** Which of `ids` the tab already holds (one search on Google's side; '' ignored). */
  present(ids: readonly string[]): Set<string> {
    return this.idsPresent(ids);
  }

  /**
   * The ID of the last row (bottom-most) whose ID matches the regular expression `pattern`
   * (whole cell), or null: one search from the end on Google's side and one cell read. For a
   * yearly serial, the rows being appended in numbering order.
   */
  lastIdMatching(pattern: string): string | null {
    const column = columnLetter(this.headerMap().position[this.tab.idKey] + 1);
    const hit = this.sheet
      .getRange(`${column}:${column}`)
      .createTextFinder(pattern)
      .useRegularExpression(true)
      .matchEntireCell(true)
      .matchCase(true)
      .findPrevious();
    if (!hit || hit.getRow() < 2) return null;
    return String(hit.getValue());
  }

  /** Rows (1-based numbers) whose ID cell is exactly `id`. */
  private rowsWithId(id: string): number[] {
    const column = columnLetter(this.headerMap().position[this.tab.idKey] + 1);
    return this.sheet
      .getRange(`${column}:${column}`)
      .createTextFinder(id)
      .matchEntireCell(true)
      .matchCase(true)
      .findAll()
      .map((range) => range.getRow())
      .filter((row) => row > 1);
  }

  private findRow(id: string): number | null {
    if (id === '') return null;
    const rows = this.rowsWithId(id);
    if (rows.length > 1) {
      throw new RegisterError(
        `Tab "${this.tab.name}": ID "${id}" ada di ${rows.length} baris (${rows.join(', ')}). ` +
          'ID harus unik; hapus baris salinannya, lalu ulangi. Tidak ada data yang diubah.',
      );
    }
    return rows.length === 1 ? rows[0] : null;
  }

  private readRow(rowNumber: number): unknown[] {
    const map = this.headerMap();
    return this.sheet.getRange(rowNumber, 1, 1, map.width).getValues()[0];
  }

  /**
   * Every row of the tab (blank rows skipped). Only for small reference tabs (steps, settings,
   * holidays, areas): its cost grows with the tab.
   */
  all(): Array<StoredRow<R>> {
    const map = this.headerMap();
    const last = this.sheet.getLastRow();
    if (last < 2) return [];
    const values = this.sheet.getRange(2, 1, last - 1, map.width).getValues();
    const idPosition = map.position[this.tab.idKey];
    const out: Array<StoredRow<R>> = [];
    values.forEach((cells, i) => {
      if (String(cells[idPosition] ?? '').trim() === '') return;
      out.push({ row: decodeRow(map, cells, i + 2) as R, rowNumber: i + 2 });
    });
    return out;
  }

  /**
   * Rows whose `key` column holds exactly one of `values`, found on Google's side with one
   * TextFinder, then read (contiguous rows in one read). For a case's members, a group's NIKs.
   */
  findBy(
    key: keyof R & string,
    values: readonly string[],
    options: {
      matchCase?: boolean;
      /**
       * Leave out rows that do not decode (a non-date typed in a date column…) instead of
       * refusing: for look-ups that must not be blocked by a row someone typed by hand.
       */
      skipInvalid?: boolean;
    } = {},
  ): Array<StoredRow<R>> {
    const rows = this.cellsMatching(key, values, options.matchCase ?? true)
      .map((range) => range.getRow())
      .sort((a, b) => a - b);
    return this.readRows(rows, options.skipInvalid ?? false);
  }

  /** How many rows hold exactly one of `values` in column `key` (one search; no row read). */
  countBy(key: keyof R & string, values: readonly string[]): number {
    return this.cellsMatching(key, values).length;
  }

  /**
   * Rows whose `key` column contains `text` (case-insensitive), at most `limit`, found on
   * Google's side; for searching by name.
   */
  search(key: keyof R & string, text: string, limit: number): R[] {
    const column = columnLetter(this.headerMap().position[key] + 1);
    const rows = this.sheet
      .getRange(`${column}:${column}`)
      .createTextFinder(text)
      .matchCase(false)
      .findAll()
      .map((range) => range.getRow())
      .filter((row) => row > 1)
      .slice(0, limit)
      .sort((a, b) => a - b);
    return this.readRows(rows).map((r) => r.row);
  }

  /** Reads the given rows: one read per run of neighbouring rows. */
  private readRows(rows: readonly number[], skipInvalid = false): Array<StoredRow<R>> {
    const map = this.headerMap();
    const out: Array<StoredRow<R>> = [];
    let i = 0;
    while (i < rows.length) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] - rows[i] <= j + 1 - i + MAX_GAP) j += 1;
      const first = rows[i];
      const block = this.sheet.getRange(first, 1, rows[j] - first + 1, map.width).getValues();
      for (const row of rows.slice(i, j + 1)) {
        let decoded: R;
        try {
          decoded = decodeRow(map, block[row - first], row) as R;
        } catch (e) {
          if (skipInvalid && e instanceof RegisterError) continue;
          throw e;
        }
        out.push({ row: decoded, rowNumber: row });
      }
      i = j + 1;
    }
    return out;
  }

  /**
   * The text of column `key` in the tab's last row ('' when the tab has no data): one read of
   * one cell, so a malformed last row (typed by hand) does not stop the caller.
   */
  lastCellText(key: keyof R & string): string {
    const last = this.sheet.getLastRow();
    return last < 2 ? '' : (this.columnText(key, last, 1)[0] ?? '');
  }

  /**
   * Columns `keys` of the tab's last row, decoded (null when the tab has no data): one read of
   * the cells between the first and the last of those columns, whatever the tab's width; a cell
   * typed by hand in another column does not stop the caller.
   */
  lastRowCells<K extends keyof R & string>(keys: readonly K[]): Pick<R, K> | null {
    const last = this.sheet.getLastRow();
    if (last < 2 || keys.length === 0) return null;
    const map = this.headerMap();
    const positions = keys.map((key) => map.position[key]);
    const first = Math.min(...positions);
    const cells = this.sheet
      .getRange(last, first + 1, 1, Math.max(...positions) - first + 1)
      .getValues()[0];
    const where = () => `Tab "${this.tab.name}" baris ${last}`;
    const row: Partial<R> = {};
    keys.forEach((key, i) => {
      row[key] = fromCell(this.tab.columns[key], cells[positions[i] - first], where) as R[K];
    });
    return row as Pick<R, K>;
  }

  /**
   * The cells of column `key` in rows `first`…`first + count - 1`, as text (one read; for the
   * rows an edit touched — raw, so that a row a hand edit made invalid is still seen).
   */
  columnText(key: keyof R & string, first: number, count: number): string[] {
    const column = this.headerMap().position[key] + 1;
    return this.sheet
      .getRange(first, column, count, 1)
      .getValues()
      .map((cells) => String(cells[0] ?? '').trim());
  }

  /** Deletes the row with this ID (for index tabs such as Antrian). Hold the lock. */
  remove(id: string): void {
    const rowNumber = this.findRow(id);
    if (rowNumber !== null) this.sheet.deleteRow(rowNumber);
  }

  get(id: string): StoredRow<R> | null {
    const found = this.locate(id);
    return found ? { row: found.row, rowNumber: found.rowNumber } : null;
  }

  /** The row with this ID with its raw cells (for `update` without reading it again), or null. */
  locate(id: string): LocatedRow<R> | null {
    const rowNumber = this.findRow(id);
    if (rowNumber === null) return null;
    const raw = this.readRow(rowNumber);
    const row = decodeRow(this.headerMap(), raw, rowNumber) as R;
    return { row, rowNumber, raw };
  }

  /**
   * Appends rows. `idsChecked`: the caller (the transaction's check before any write, under the
   * lock) already made sure the IDs are absent; otherwise they are checked here.
   */
  insert(rows: readonly R[], stamp: Stamp, options: { idsChecked?: boolean } = {}): void {
    if (rows.length === 0) return;
    const map = this.headerMap();
    const idKey = this.tab.idKey;
    const valid = rows.map((input) => {
      const row: Record<string, unknown> = { ...input };
      if (this.tab.versioned) {
        Object.assign(row, {
          version: 1,
          createdBy: stamp.by,
          createdAt: stamp.at,
          updatedBy: stamp.by,
          updatedAt: stamp.at,
        });
      }
      return validateRow(this.tab, row);
    });
    const ids = valid.map((row) => String(row[idKey]));
    const duplicate =
      ids.find((id, i) => ids.indexOf(id) !== i) ??
      (options.idsChecked ? undefined : this.idsPresent(ids).values().next().value);
    if (duplicate !== undefined) {
      throw new RegisterError(
        `Tab "${this.tab.name}": ID "${duplicate}" sudah ada. Tidak ada data yang diubah.`,
      );
    }
    const cells = valid.map((row) => encodeRow(map, row));
    const first = this.sheet.getLastRow() + 1;
    const maxRows = this.sheet.getMaxRows();
    const needed = first + cells.length - 1;
    if (needed > maxRows) this.grow(maxRows, needed - maxRows + GROWTH_HEADROOM);
    else this.finishGrowth(first, maxRows);
    this.sheet.getRange(first, 1, cells.length, map.width).setValues(cells);
  }

  /**
   * A growth cut short by a failed service call leaves rows without their formats (a NIK written
   * there would become a number). The last column `grow` formats, in the tab's last row, tells
   * whether it finished: if that cell lacks its format, the rows from `first` down are formatted
   * again.
   */
  private finishGrowth(first: number, maxRows: number): void {
    const map = this.headerMap();
    const last = Object.entries(this.tab.columns)
      .filter(([, column]) => NUMBER_FORMATS[column.kind])
      .pop();
    if (!last) return;
    const [key, column] = last;
    const cell = this.sheet.getRange(maxRows, map.position[key] + 1);
    if (cell.getNumberFormat() === NUMBER_FORMATS[column.kind]) return;
    const count = maxRows - first + 1;
    for (const [k, c] of Object.entries(this.tab.columns)) {
      formatColumn(this.sheet.getRange(first, map.position[k] + 1, count, 1), c);
    }
  }

  /** Adds `count` rows after `after`, formatted like the tab's columns (text stays text). */
  private grow(after: number, count: number): void {
    const map = this.headerMap();
    this.sheet.insertRowsAfter(after, count);
    for (const [key, column] of Object.entries(this.tab.columns)) {
      formatColumn(this.sheet.getRange(after + 1, map.position[key] + 1, count, 1), column);
    }
  }

  update(
    id: string,
    expectedVersion: number | null,
    changes: Partial<R>,
    stamp: Stamp,
    located?: LocatedRow<R>,
  ): R {
    const found = located ?? this.locate(id);
    if (found === null) {
      throw new RegisterError(
        `Tab "${this.tab.name}": data dengan ID "${id}" tidak ditemukan. Muat ulang daftar.`,
      );
    }
    const map = this.headerMap();
    const { rowNumber, raw } = found;
    const current = found.row as Record<string, unknown>;
    if (this.tab.versioned && expectedVersion !== null && current.version !== expectedVersion) {
      throw new StaleDataError(
        `Data ini telah diubah oleh ${current.updatedBy || 'pengguna lain'} pada ` +
          `${current.updatedAt || 'waktu yang tidak tercatat'}; muat ulang formulir, lalu ulangi.`,
      );
    }
    const next: Record<string, unknown> = { ...current, ...changes, [this.tab.idKey]: id };
    if (this.tab.versioned) {
      Object.assign(next, {
        version: Number(current.version ?? 0) + 1,
        createdBy: current.createdBy,
        createdAt: current.createdAt,
        updatedBy: stamp.by,
        updatedAt: stamp.at,
      });
    }
    const valid = validateRow(this.tab, next);
    this.sheet.getRange(rowNumber, 1, 1, map.width).setValues([encodeRow(map, valid, raw)]);
    return valid as R;
  }
}
