/**
 * A1 notation: column letters ↔ numbers, `Tab!A1:B2` parsing (quoted tab names, whole columns
 * `A:B`, whole rows `2:3`, open ends `A2:B`) and formatting. Pure; shared by the facade and the
 * backend's formula evaluator.
 */

/** 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A parsed A1 reference; missing bounds mean "to the edge of the sheet". */
export interface A1Ref {
  readonly sheetName?: string;
  readonly row?: number;
  readonly col?: number;
  readonly endRow?: number;
  readonly endCol?: number;
}

const CELL = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

function parsePart(part: string): { col?: number; row?: number } | null {
  const m = CELL.exec(part);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  return {
    col: m[1] ? columnNumber(m[1]) : undefined,
    row: m[2] ? Number(m[2]) : undefined,
  };
}

/** Parses `A1`, `A1:B2`, `A:A`, `2:2`, `Tab!A1`, `'My tab'!A1:B`; null if it is not A1. */
export function parseA1(text: string): A1Ref | null {
  let rest = text.trim();
  let sheetName: string | undefined;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = rest.slice(0, bang);
    if (sheetName.startsWith("'") && sheetName.endsWith("'") && sheetName.length >= 2) {
      sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
    }
    rest = rest.slice(bang + 1);
  }
  const [a, b, extra] = rest.split(':');
  if (extra !== undefined || a === undefined) return null;
  const start = parsePart(a);
  if (!start) return null;
  if (b === undefined) {
    if (start.row === undefined || start.col === undefined) return null;
    return { sheetName, row: start.row, col: start.col, endRow: start.row, endCol: start.col };
  }
  const end = parsePart(b);
  if (!end) return null;
  return { sheetName, row: start.row, col: start.col, endRow: end.row, endCol: end.col };
}

const R1C1 = /^R(\d+)C(\d+)(?::R(\d+)C(\d+))?$/i;

/**
 * A range as `getRange(a1Notation)` accepts it: A1 (`D:F`, `5:7`, `A2:B`…) or absolute R1C1
 * (`R5C3`, `R2C2:R4C5`). Only for `getRange`: a formula's `R5C3` is not a reference in A1 mode,
 * so the formula evaluator keeps `parseA1`.
 */
export function parseRangeNotation(text: string): A1Ref | null {
  const a1 = parseA1(text);
  if (a1) return a1;
  const m = R1C1.exec(text.trim());
  if (!m) return null;
  const row = Number(m[1]);
  const col = Number(m[2]);
  return m[3] === undefined
    ? { row, col, endRow: row, endCol: col }
    : { row, col, endRow: Number(m[3]), endCol: Number(m[4]) };
}

/** Which sides of a rectangle an A1 reference left open (`D:F`: rows; `5:7`: columns). */
export interface OpenSides {
  readonly rows: boolean;
  readonly cols: boolean;
}

/** `D:F`, `5:7`, `A2:B` — a range given with open sides, as Apps Script prints it back. */
export function formatOpenA1(
  row: number,
  col: number,
  numRows: number,
  numCols: number,
  open: OpenSides,
): string {
  const endRow = row + numRows - 1;
  const endCol = col + numCols - 1;
  if (open.rows && !open.cols) return `${columnLetters(col)}:${columnLetters(endCol)}`;
  if (open.cols && !open.rows) return `${row}:${endRow}`;
  return formatA1(row, col, numRows, numCols);
}

/** `A1` for one cell, `A1:B2` otherwise. */
export function formatA1(row: number, col: number, numRows = 1, numCols = 1): string {
  const first = columnLetters(col) + row;
  if (numRows === 1 && numCols === 1) return first;
  return `${first}:${columnLetters(col + numCols - 1)}${row + numRows - 1}`;
}
