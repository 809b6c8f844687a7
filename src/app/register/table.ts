/**
 * The register's data layer, pure part: finding a tab's columns by their headers (never by
 * position), and turning sheet rows into validated application rows and back. Staff may reorder
 * columns, add their own, sort and insert rows; what they may not do (rename or delete a column
 * the register needs, duplicate a header) stops the operation with a message naming the tab and
 * the column, before anything is written.
 */
import type { AnyTab } from './tabs';
import { fromCell, toCell } from './cells';
import { RegisterError } from './errors';

/** Where each column of a tab stands in the sheet (0-based), as read from row 1. */
export interface HeaderMap {
  readonly tab: AnyTab;
  /** Column key → 0-based position. */
  readonly position: Readonly<Record<string, number>>;
  /** How many header cells the sheet has (own columns of staff included). */
  readonly width: number;
}

function normalise(header: unknown): string {
  return String(header ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Headers of the tab's columns that row 1 lacks. */
export function missingHeaders(tab: AnyTab, headerRow: readonly unknown[]): string[] {
  const present = new Set(headerRow.map(normalise));
  return Object.values(tab.columns)
    .map((c) => c.header)
    .filter((h) => !present.has(normalise(h)));
}

/** Non-empty headers of row 1 that are not columns of the tab (staff's own columns). */
export function unknownHeaders(tab: AnyTab, headerRow: readonly unknown[]): string[] {
  const known = new Set(Object.values(tab.columns).map((c) => normalise(c.header)));
  return headerRow
    .map((h) => String(h ?? '').trim())
    .filter((h) => h !== '' && !known.has(normalise(h)));
}

/**
 * Maps every column of `tab` to its position in `headerRow`.
 * @throws RegisterError naming the tab and column when a header is missing or appears twice.
 */
export function mapHeader(tab: AnyTab, headerRow: readonly unknown[]): HeaderMap {
  const byHeader = new Map<string, number[]>();
  headerRow.forEach((h, i) => {
    const key = normalise(h);
    if (key) byHeader.set(key, [...(byHeader.get(key) ?? []), i]);
  });
  const position: Record<string, number> = {};
  for (const [key, column] of Object.entries(tab.columns)) {
    const found = byHeader.get(normalise(column.header)) ?? [];
    if (found.length === 0) {
      throw new RegisterError(
        `Tab "${tab.name}": kolom "${column.header}" tidak ditemukan di baris judul. ` +
          'Mungkin judulnya diubah atau kolomnya dihapus. Kembalikan judul kolom itu, ' +
          'lalu ulangi. Tidak ada data yang diubah.',
      );
    }
    if (found.length > 1) {
      throw new RegisterError(
        `Tab "${tab.name}": kolom "${column.header}" muncul ${found.length} kali di baris judul. ` +
          'Hapus atau ganti judul yang ganda, lalu ulangi. Tidak ada data yang diubah.',
      );
    }
    position[key] = found[0];
  }
  return { tab, position, width: headerRow.length };
}

/** Decodes one sheet row (cells as Apps Script returns them) into an application row. */
export function decodeRow(
  map: HeaderMap,
  cells: readonly unknown[],
  rowNumber: number,
): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  const where = () => `Tab "${map.tab.name}" baris ${rowNumber}`;
  for (const [key, column] of Object.entries(map.tab.columns)) {
    row[key] = fromCell(column, cells[map.position[key]], where);
  }
  return row;
}

/**
 * Validates an application row against the tab's schema.
 * @throws RegisterError naming the column of the first problem.
 */
export function validateRow(tab: AnyTab, row: Record<string, unknown>): Record<string, unknown> {
  const result = tab.schema.safeParse(row);
  if (result.success) return result.data as Record<string, unknown>;
  const issue = result.error.issues[0];
  const key = String(issue.path[0] ?? '');
  const header = tab.columns[key]?.header ?? key;
  throw new RegisterError(
    `Tab "${tab.name}": nilai kolom "${header}" tidak sah (${describeIssue(issue.code)}). ` +
      'Tidak ada data yang diubah.',
    key,
  );
}

function describeIssue(code: string): string {
  switch (code) {
    case 'too_big':
      return 'terlalu panjang atau terlalu besar';
    case 'too_small':
      return 'terlalu pendek atau terlalu kecil';
    case 'invalid_type':
      return 'jenis isian salah';
    default:
      return 'format tidak sesuai';
  }
}

/**
 * Encodes an application row as the cells of one sheet row of `map.width` cells. Cells of
 * columns the register does not know (staff's own) are kept from `existing`.
 */
export function encodeRow(
  map: HeaderMap,
  row: Record<string, unknown>,
  existing?: readonly unknown[],
): unknown[] {
  const cells: unknown[] = [];
  for (let i = 0; i < map.width; i++)
    cells.push(existing && i < existing.length ? existing[i] : '');
  for (const [key, column] of Object.entries(map.tab.columns)) {
    cells[map.position[key]] = toCell(column, row[key]);
  }
  return cells;
}
