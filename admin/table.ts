/**
 * Reading an input file (CSV or XLSX) as a header row and data rows, each with the line or
 * row number it came from (for the report), and matching its headers to fields by aliases:
 * headers are compared without case, spaces and punctuation ("No. KK", "NO_KK", "nomor kk").
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseCsv } from './csv';
import { readXlsx } from './xlsx';

export interface InputRow {
  /** Line (CSV) or row number (XLSX) in the file; the header is usually 1. */
  line: number;
  cells: string[];
}

export interface InputTable {
  headers: string[];
  rows: InputRow[];
}

export function readTable(file: string): InputTable {
  const ext = path.extname(file).toLowerCase();
  const all =
    ext === '.xlsx'
      ? readXlsx(fs.readFileSync(file)).rows
      : ext === '.csv' || ext === '.txt'
        ? parseCsv(fs.readFileSync(file, 'utf8'))
        : null;
  if (!all)
    throw new Error(
      `Jenis berkas ${ext || '(tanpa ekstensi)'} tidak didukung; pakai .csv atau .xlsx.`,
    );
  const first = all.findIndex((r) => r.cells.some((c) => c.trim() !== ''));
  if (first < 0) return { headers: [], rows: [] };
  return { headers: all[first].cells.map((h) => h.trim()), rows: all.slice(first + 1) };
}

export const normalizeHeader = (h: string): string => h.toLowerCase().replace(/[^a-z0-9]/g, '');

export interface FieldSpec {
  key: string;
  /** The header shown in messages. */
  label: string;
  aliases: readonly string[];
  required: boolean;
}

/** Each field's column index, or the Indonesian problems (missing or doubled columns). */
export function matchHeaders(
  headers: readonly string[],
  fields: readonly FieldSpec[],
): { columns: Record<string, number>; problems: string[] } {
  const norm = headers.map(normalizeHeader);
  const columns: Record<string, number> = {};
  const problems: string[] = [];
  for (const f of fields) {
    const found = norm
      .map((h, i) => (f.aliases.map(normalizeHeader).includes(h) ? i : -1))
      .filter((i) => i >= 0);
    if (found.length > 1)
      problems.push(
        `Kolom "${f.label}" muncul lebih dari sekali (${found.map((i) => `"${headers[i]}"`).join(', ')}).`,
      );
    else if (found.length === 1) columns[f.key] = found[0];
    else if (f.required) problems.push(`Kolom "${f.label}" tidak ditemukan.`);
  }
  if (problems.length > 0) {
    problems.push(
      `Judul kolom di berkas: ${
        headers
          .filter((h) => h !== '')
          .map((h) => `"${h}"`)
          .join(', ') || '(kosong)'
      }.`,
    );
  }
  return { columns, problems };
}
