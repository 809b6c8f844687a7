/**
 * Column kinds of the register tabs: each column has its Indonesian header (how staff see and
 * find it), a kind that decides how its cells are formatted, validated and converted, and the
 * zod schema of its value in the application. Tab definitions (`tabs.ts`) are built from these,
 * so a column's header, format, drop-down and type are stated once.
 */
import * as z from 'zod/mini';

export type ColumnKind =
  | 'id'
  | 'text'
  | 'longText'
  | 'nik'
  | 'int'
  | 'money'
  | 'date'
  | 'datetime'
  | 'bool'
  | 'enum'
  | 'email';

export interface Column<S extends z.ZodMiniType = z.ZodMiniType> {
  /** The header in row 1 (Indonesian); columns are found by it, never by position. */
  readonly header: string;
  readonly kind: ColumnKind;
  /** The value's schema in the application (ISO strings for dates). */
  readonly schema: S;
  /** Drop-down values for `enum` columns. */
  readonly options?: readonly string[];
  /** Column width in pixels when the tab is created. */
  readonly width?: number;
}

/** Longest text a cell may receive from a form (Sheets allows 50,000 characters). */
export const MAX_TEXT = 1000;
export const MAX_LONG_TEXT = 5000;
/** Machine-readable records (an action's plan in the audit trail), under Sheets' 50,000. */
export const MAX_RECORD = 45000;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

const optionalText = (max: number) => z.string().check(z.maxLength(max));

export const col = {
  /** A write-once ID: the key rows are found by. */
  id: (header: string) => ({
    header,
    kind: 'id' as const,
    schema: z.string().check(z.minLength(1), z.maxLength(64)),
    width: 150,
  }),
  text: (header: string, width = 160) => ({
    header,
    kind: 'text' as const,
    schema: optionalText(MAX_TEXT),
    width,
  }),
  longText: (header: string, width = 240) => ({
    header,
    kind: 'longText' as const,
    schema: optionalText(MAX_LONG_TEXT),
    width,
  }),
  /** A machine-readable record (JSON) kept for the register itself. */
  record: (header: string, width = 240) => ({
    header,
    kind: 'longText' as const,
    schema: optionalText(MAX_RECORD),
    width,
  }),
  email: (header: string) => ({
    header,
    kind: 'email' as const,
    schema: z.string().check(z.maxLength(254)),
    width: 200,
  }),
  /** NIK or KK number: 16 digits kept as text ('' when not known). */
  nik: (header: string) => ({
    header,
    kind: 'nik' as const,
    schema: z.string().check(z.regex(/^(\d{16})?$/)),
    width: 150,
  }),
  int: (header: string, width = 80) => ({
    header,
    kind: 'int' as const,
    schema: z.nullable(z.int()),
    width,
  }),
  money: (header: string) => ({
    header,
    kind: 'money' as const,
    schema: z.nullable(z.number().check(z.gte(0))),
    width: 130,
  }),
  /** A calendar date, `YYYY-MM-DD` in the application, a date cell in the sheet. */
  date: (header: string) => ({
    header,
    kind: 'date' as const,
    schema: z.union([z.literal(''), z.string().check(z.regex(ISO_DATE))]),
    width: 110,
  }),
  /** An instant, ISO UTC in the application, a date-time cell (Asia/Jakarta) in the sheet. */
  datetime: (header: string) => ({
    header,
    kind: 'datetime' as const,
    schema: z.union([z.literal(''), z.string().check(z.regex(ISO_DATETIME))]),
    width: 150,
  }),
  bool: (header: string) => ({ header, kind: 'bool' as const, schema: z.boolean(), width: 80 }),
  enumOf: <const T extends readonly [string, ...string[]]>(header: string, options: T) => ({
    header,
    kind: 'enum' as const,
    schema: z.union([z.literal(''), z.enum(options)]),
    options,
    width: 140,
  }),
};
