/**
 * Conversion between application values and sheet cells, by column kind. Writing: text is
 * neutralised so that user input never becomes a formula, NIK/KK stay 16-digit text, dates become
 * date cells at midnight Asia/Jakarta. Reading: cells as Apps Script returns them (numbers,
 * `Date`, `''`) become application values, and a NIK that Sheets turned into a number is
 * reported, never silently accepted.
 */
import type { Column, ColumnKind } from './columns';
import { RegisterError } from './errors';
import { isoDateInJakarta, jakartaMidnight } from '../../domain/isoDate';

/** Characters that make Sheets read a typed string as a formula. */
const FORMULA_START = /^[=+\-@]/;

/**
 * The number format each kind of column gets over its whole length when the tab is created
 * (rows inserted later inherit it). Checkbox columns keep the default format.
 */
export const NUMBER_FORMATS: Readonly<Partial<Record<ColumnKind, string>>> = {
  id: '@',
  text: '@',
  longText: '@',
  nik: '@',
  email: '@',
  enum: '@',
  int: '0',
  money: '#,##0',
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm:ss',
};

const TEXT_KINDS: ReadonlySet<ColumnKind> = new Set([
  'id',
  'text',
  'longText',
  'nik',
  'email',
  'enum',
]);

/** Makes user text safe to write: a leading `=`, `+`, `-` or `@` is escaped with `'`. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** The cell value to write for an application value of `column`. */
export function toCell(column: Column, value: unknown): unknown {
  if (value === null || value === undefined || value === '') return '';
  switch (column.kind) {
    case 'int':
    case 'money':
      return value;
    case 'bool':
      return value === true;
    case 'date':
      return jakartaMidnight(String(value)) ?? '';
    case 'datetime':
      return new Date(String(value));
    default:
      return neutralise(String(value));
  }
}

/**
 * A number left as text in a cell (a plain-text cell, or one Sheets did not read as a number),
 * written the Indonesian way: dots group thousands, a comma marks decimals ("1.500.000",
 * "2,5"). Anything else is not a number: "2.5" is neither 25 nor 2.5 to an Indonesian reader
 * (Sheets under in_ID leaves it as text), so it is refused rather than guessed.
 */
function typedNumber(text: string): number | null {
  const t = text.trim();
  if (!/^-?(\d+|\d{1,3}(\.\d{3})+)(,\d+)?$/.test(t)) return null;
  return Number(t.replace(/\./g, '').replace(',', '.'));
}

/**
 * The application value of a cell of `column`.
 * @throws RegisterError when the cell cannot hold a valid value (e.g. a NIK Sheets made a number).
 */
export function fromCell(column: Column, cell: unknown, where: () => string): unknown {
  if (TEXT_KINDS.has(column.kind)) {
    if (cell === '' || cell === null || cell === undefined) return '';
    if (column.kind === 'nik' && typeof cell === 'number') {
      throw new RegisterError(
        `${where()}: kolom "${column.header}" berisi angka ${cell}, bukan teks 16 digit; ` +
          'digit NIK/KK bisa hilang. Ketik ulang nomor itu sebagai teks (format Teks biasa).',
      );
    }
    const text = isDate(cell) ? isoDateInJakarta(cell) : String(cell);
    if (text.charAt(0) === "'" && (column.kind === 'nik' || FORMULA_START.test(text.slice(1)))) {
      return text.slice(1);
    }
    return text;
  }
  switch (column.kind) {
    case 'bool':
      return cell === true || cell === 'TRUE' || cell === 'true';
    case 'int':
    case 'money': {
      if (cell === '' || cell === null || cell === undefined) return null;
      const n = typeof cell === 'number' ? cell : typedNumber(String(cell));
      if (n === null || !Number.isFinite(n) || (column.kind === 'int' && !Number.isInteger(n))) {
        throw new RegisterError(
          `${where()}: kolom "${column.header}" harus berisi ` +
            `${column.kind === 'int' ? 'bilangan bulat' : 'angka'} (contoh 1.500.000).`,
        );
      }
      return n;
    }
    case 'date':
    case 'datetime': {
      if (cell === '' || cell === null || cell === undefined) return '';
      if (isDate(cell)) return column.kind === 'date' ? isoDateInJakarta(cell) : cell.toISOString();
      const text = String(cell);
      if (column.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
      throw new RegisterError(`${where()}: kolom "${column.header}" harus berisi tanggal.`);
    }
    default:
      return cell;
  }
}
