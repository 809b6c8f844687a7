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

/** Rows added at once when a tab is full, so that growing is rare. */
const GROWTH_HEADROOM = 200;

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

  /** The header map (read once per operation object). */
  headerMap(): HeaderMap {
    if (!this.header) {
      const width = Math.max(this.sheet.getLastColumn(), 1);
      const headerRow = this.sheet.getRange(1, 1, 1, width).getValues()[0];
      this.header = mapHeader(this.tab, headerRow);
    }
    return this.header;
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

  get(id: string): StoredRow<R> | null {
    const rowNumber = this.findRow(id);
    if (rowNumber === null) return null;
    const row = decodeRow(this.headerMap(), this.readRow(rowNumber), rowNumber) as R;
    return { row, rowNumber };
  }

  insert(rows: readonly R[], stamp: Stamp): void {
    if (rows.length === 0) return;
    const map = this.headerMap();
    const idKey = this.tab.idKey;
    const seen = new Set<string>();
    const cells = rows.map((input) => {
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
      const valid = validateRow(this.tab, row);
      const id = String(valid[idKey]);
      if (seen.has(id) || this.findRow(id) !== null) {
        throw new RegisterError(
          `Tab "${this.tab.name}": ID "${id}" sudah ada. Tidak ada data yang diubah.`,
        );
      }
      seen.add(id);
      return encodeRow(map, valid);
    });
    const first = this.sheet.getLastRow() + 1;
    const maxRows = this.sheet.getMaxRows();
    const needed = first + cells.length - 1;
    if (needed > maxRows) this.grow(maxRows, needed - maxRows + GROWTH_HEADROOM);
    this.sheet.getRange(first, 1, cells.length, map.width).setValues(cells);
  }

  /** Adds `count` rows after `after`, formatted like the tab's columns (text stays text). */
  private grow(after: number, count: number): void {
    const map = this.headerMap();
    this.sheet.insertRowsAfter(after, count);
    for (const [key, column] of Object.entries(this.tab.columns)) {
      formatColumn(this.sheet.getRange(after + 1, map.position[key] + 1, count, 1), column);
    }
  }

  update(id: string, expectedVersion: number, changes: Partial<R>, stamp: Stamp): R {
    const rowNumber = this.findRow(id);
    if (rowNumber === null) {
      throw new RegisterError(
        `Tab "${this.tab.name}": data dengan ID "${id}" tidak ditemukan. Muat ulang daftar.`,
      );
    }
    const map = this.headerMap();
    const raw = this.readRow(rowNumber);
    const current = decodeRow(map, raw, rowNumber);
    if (this.tab.versioned && current.version !== expectedVersion) {
      throw new StaleDataError(
        `Data ini telah diubah oleh ${current.updatedBy || 'pengguna lain'} pada ` +
          `${current.updatedAt || 'waktu yang tidak tercatat'}; muat ulang formulir, lalu ulangi.`,
      );
    }
    const next: Record<string, unknown> = { ...current, ...changes, [this.tab.idKey]: id };
    if (this.tab.versioned) {
      Object.assign(next, {
        version: expectedVersion + 1,
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
