/**
 * What Google Sheets does with a cell, on Google's side (used by `backend/sheets.ts`; pure, no
 * state): how a written value is interpreted (number-looking strings become numbers with 15
 * significant digits, read with the spreadsheet locale's separators; `TRUE` a boolean,
 * date-looking strings dates in the locale's order, `=`/`+x`/`-x` formulas, a leading `'` keeps
 * text, a plain-text `@` cell keeps the string exactly), what a read returns
 * (typed values, `Date` for date cells), display strings for number formats, a tiny formula
 * evaluator and the data validation checks.
 */
import { parseA1 } from './a1';
import type { RuleSpec } from './types';

export type CellValue = number | string | boolean | Date;

/** One row of a tab, sparse by column (0-based): value, formula, number format, rule id, note,
 *  style. An empty cell is `undefined` everywhere. */
export interface Row {
  v: (CellValue | undefined)[];
  f?: (string | undefined)[];
  nf?: (string | undefined)[];
  dv?: (number | undefined)[];
  n?: (string | undefined)[];
  s?: (Record<string, unknown> | undefined)[];
}

/** What a formula or a rule may look at besides its own tab. */
export interface SheetLookup {
  readonly timeZone: string;
  /** The spreadsheet's locale (`en_US`, `in_ID`…): how typed dates are read and shown. */
  readonly locale: string;
  readonly rules: RuleSpec[];
  rowsOf(sheetName: string | undefined): (Row | undefined)[] | undefined;
  lookup(sheetId: number): (Row | undefined)[] | undefined;
}

export const GENERAL_FORMAT = '0.###############';
const DAY_MS = 86400000;
const SERIAL_EPOCH = 25569; // 1970-01-01 as a Sheets serial (days since 1899-12-30)

export function isDateValue(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

export function cellHasContent(row: Row | undefined, c: number): boolean {
  return !!row && (row.v[c] !== undefined || (row.f !== undefined && row.f[c] !== undefined));
}

// ------------------------------------------------------------------ time zones and serials

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** Offset of `tz` from UTC at instant `ms`, in ms (Asia/Jakarta: +7 h). */
export function zoneOffset(tz: string, ms: number): number {
  let f = zoneFormats.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    zoneFormats.set(tz, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(ms))) p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - (ms - (((ms % 1000) + 1000) % 1000));
}

/** The instant of a wall-clock time in `tz`. */
export function zonedInstant(
  tz: string,
  y: number,
  mo: number,
  d: number,
  h = 0,
  mi = 0,
  s = 0,
): number {
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  const first = guess - zoneOffset(tz, guess);
  return guess - zoneOffset(tz, first);
}

export function toSerial(date: Date, tz: string): number {
  const ms = date.getTime();
  return (ms + zoneOffset(tz, ms)) / DAY_MS + SERIAL_EPOCH;
}

export function fromSerial(serial: number, tz: string): Date {
  const wall = Math.round((serial - SERIAL_EPOCH) * DAY_MS);
  const first = wall - zoneOffset(tz, wall);
  return new Date(wall - zoneOffset(tz, first));
}

// ------------------------------------------------------------------ interpreting a write

export interface Interpreted {
  value?: CellValue;
  formula?: string;
  /** A number format Google sets on a General cell (dates). */
  format?: string;
}

const PLAIN_NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const GROUPED_POINT = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const GROUPED_COMMA = /^[+-]?\d{1,3}(\.\d{3})+(,\d*)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const DMY_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** How a locale writes a number: decimal point and comma groups, or the reverse. */
type Separators = 'point' | 'comma';

/**
 * The separators Sheets reads a typed number with, for the locales the emulation models:
 * `en_US` 1,500.50 and `in_ID` 1.500,50. Other locales are not modeled (undefined).
 */
function separatorsOf(locale: string): Separators | undefined {
  if (locale === 'en_US') return 'point';
  if (locale === 'in_ID') return 'comma';
  return undefined;
}

function parseWith(text: string, sep: Separators): number | undefined {
  let t = text.trim();
  let percent = false;
  if (t.endsWith('%')) {
    percent = true;
    t = t.slice(0, -1).trim();
  }
  if (sep === 'point') {
    if (GROUPED_POINT.test(t)) t = t.replace(/,/g, '');
  } else {
    // in_ID: the dot only groups thousands ("2.5" is no number) and the comma is the decimal.
    if (GROUPED_COMMA.test(t)) t = t.replace(/\./g, '');
    else if (t.includes('.')) return undefined;
    t = t.replace(',', '.');
  }
  const m = PLAIN_NUMBER.exec(t);
  if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) return undefined;
  const intPart = m[2];
  const frac = m[3] ?? '';
  let digits = (intPart + frac).replace(/^0+/, '');
  let exp = Number(m[4] ?? 0) - frac.length;
  if (digits === '') return 0;
  if (digits.length > 15) {
    exp += digits.length - 15;
    digits = digits.slice(0, 15);
  }
  const n = Number(`${m[1]}${digits}e${exp}`);
  if (!Number.isFinite(n)) return undefined;
  return percent ? n / 100 : n;
}

/**
 * Parses a number the way a spreadsheet cell reads typed text in `locale`, keeping 15
 * significant digits: "1.500,50" and "2,5" are numbers in `in_ID` ("1,500.50" and "2.5" are
 * text there), "1,500.50" and "2.5" in `en_US` ("2,5" is text). Under a locale the emulation
 * does not model, a text read the same with either separators ("1500", "1e5") is accepted and
 * one whose reading depends on them is refused: what that locale does is not guessed.
 * @throws Error "not emulated" for such a text under an unmodeled locale.
 */
export function parseNumber(text: string, locale = 'en_US'): number | undefined {
  const sep = separatorsOf(locale);
  if (sep) return parseWith(text, sep);
  const point = parseWith(text, 'point');
  const comma = parseWith(text, 'comma');
  if (point === comma) return point;
  throw new Error(
    `Apps Script emulation: reading the typed number "${text}" under locale ${locale} is not emulated (only the separators of en_US and in_ID are).`,
  );
}

function validDate(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

// ------------------------------------------------------------------ locales

/**
 * The locales Sheets offers in File › Settings, by their codes (Indonesia is `in_ID`, the old
 * Java code). A spreadsheet may only be set to one of these in the emulation: what Google does
 * with another code is not documented, so the emulation refuses it instead of guessing.
 */
export const SHEETS_LOCALES: readonly string[] = (
  'es_AR hy_AM en_AU az_AZ es_BY es_BO pt_BR bg_BG en_CA fr_CA es_CL zh_CN es_CO hr_HR cs_CZ ' +
  'da_DK es_EC ar_EG fi_FI fr_FR ka_GE de_DE el_GR zh_HK hu_HU hi_IN bn_IN gu_IN kn_IN ml_IN ' +
  'mr_IN pa_IN ta_IN te_IN in_ID en_IE he_IL it_IT ja_JP kk_KZ lv_LV lt_LT es_MX mn_MN my_MM ' +
  'nl_NL no_NO nn_NO es_PY fil_PH pl_PL pt_PT ro_RO ru_RU sr_RS sk_SK sl_SL ko_KR es_ES ca_ES ' +
  'sv_SE de_CH zh_TW th_TH tr_TR uk_UA en_GB cy_GB en_US es_UY es_VE vi_VN'
).split(' ');

export type DateOrder = 'DMY' | 'MDY' | 'YMD';

const MONTH_FIRST = new Set(['en_US', 'fil_PH']);
const YEAR_FIRST = new Set(['zh_CN', 'zh_TW', 'ja_JP', 'ko_KR', 'hu_HU', 'lt_LT', 'sv_SE']);

/** How a locale writes a short date: 20/03/2026 (in_ID, en_GB…), 3/20/2026 (en_US), 2026-03-20. */
export function dateOrderOf(locale: string): DateOrder {
  if (MONTH_FIRST.has(locale)) return 'MDY';
  if (YEAR_FIRST.has(locale)) return 'YMD';
  return 'DMY';
}

/** The pattern Sheets gives a cell when a date is typed into it (General format). */
function shortDatePattern(locale: string, withTime: boolean): string {
  const order = dateOrderOf(locale);
  const date = order === 'MDY' ? 'M/d/yyyy' : order === 'YMD' ? 'yyyy-MM-dd' : 'dd/MM/yyyy';
  if (!withTime) return date;
  return `${date} ${order === 'MDY' ? 'H:mm:ss' : 'HH:mm:ss'}`;
}

/**
 * Parses a typed date in `tz`: `yyyy-MM-dd[ HH:mm[:ss]]` in every locale, and `a/b/yyyy[ HH:mm[:ss]]`
 * in the locale's order — day first for `in_ID` (20/03/2026 is 20 March), month first for
 * `en_US` (05/06/2026 is May 6, and 20/03/2026 is no date: it stays text).
 */
export function parseDate(
  text: string,
  tz: string,
  locale = 'in_ID',
): { date: Date; format: string } | undefined {
  const t = text.trim();
  let y: number, mo: number, d: number;
  const order = dateOrderOf(locale);
  let m = ISO_DATE.exec(t);
  if (m) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    m = order === 'YMD' ? null : DMY_DATE.exec(t);
    if (!m) return undefined;
    if (order === 'MDY') [mo, d, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    else [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  const [h, mi, s] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (!validDate(y, mo, d, h, mi, s)) return undefined;
  // An ISO date keeps its typed form; a/b/yyyy takes the locale's short date.
  const iso = ISO_DATE.test(t);
  const format = iso
    ? `yyyy-MM-dd${m[4] !== undefined ? ' HH:mm:ss' : ''}`
    : shortDatePattern(locale, m[4] !== undefined);
  return { date: new Date(zonedInstant(tz, y, mo, d, h, mi, s)), format };
}

function dateFormatFor(date: Date, tz: string, locale: string): string {
  const serial = toSerial(date, tz);
  return shortDatePattern(locale, Math.abs(serial - Math.round(serial)) >= 1e-9);
}

/**
 * What a cell holds after a script writes `raw` into it, given the cell's number format.
 * Strings are read as if typed by a user (USER_ENTERED), except in plain-text (`@`) cells.
 */
export function interpretWrite(
  raw: unknown,
  format: string | undefined,
  tz: string,
  locale = 'in_ID',
): Interpreted {
  if (raw === null || raw === undefined || raw === '') return {};
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw } : { value: '#NUM!' };
  if (typeof raw === 'boolean') return { value: raw };
  if (isDateValue(raw)) {
    if (Number.isNaN(raw.getTime())) return { value: String(raw) };
    return {
      value: new Date(raw.getTime()),
      format: format === undefined ? dateFormatFor(raw, tz, locale) : undefined,
    };
  }
  const text = typeof raw === 'string' ? raw : String(raw);
  // A plain-text cell takes the entry as text, as it is (never a formula, number, date or
  // boolean). What a leading apostrophe does there is not documented; the emulation takes the
  // stricter answer: nothing of the entry is interpreted, so it stays a visible character of
  // the value (tests/emulator/plainText.test.ts).
  if (format === '@') return { value: text };
  // Elsewhere a leading apostrophe makes the rest text and is not part of the value
  // (Sheets API ExtendedValue.stringValue: typed '123 is the string "123").
  if (text.startsWith("'")) return text.length > 1 ? { value: text.slice(1) } : {};
  if (text.startsWith('=') && text.length > 1) return { formula: text };
  const upper = text.trim().toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { value: upper === 'TRUE' };
  const n = parseNumber(text, locale);
  if (n !== undefined) return { value: n };
  const d = parseDate(text, tz, locale);
  if (d) return { value: d.date, format: format === undefined ? d.format : undefined };
  if ((text.startsWith('+') || text.startsWith('-')) && text.trim().length > 1) {
    return { formula: `=${text}` };
  }
  return { value: text };
}

// ------------------------------------------------------------------ reading

function stripLiterals(fmt: string): string {
  return fmt.replace(/"[^"]*"|\\./g, '');
}

export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt || fmt === '@' || fmt === 'General' || fmt === GENERAL_FORMAT) return false;
  return /[ydhs]/i.test(stripLiterals(fmt));
}

function isNumberFormat(fmt: string | undefined): boolean {
  if (!fmt || fmt === '@' || fmt === 'General' || fmt === GENERAL_FORMAT) return false;
  return !isDateFormat(fmt) && /[0#]/.test(stripLiterals(fmt));
}

/** The value `getValues` returns for cell `c` of `row` (index `ri` in `rows`). */
export function valueForRead(
  env: SheetLookup,
  rows: (Row | undefined)[],
  row: Row,
  ri: number,
  c: number,
  depth = 0,
): unknown {
  const formula = row.f?.[c];
  let v: unknown = formula !== undefined ? evaluateFormula(formula, env, rows, depth) : row.v[c];
  if (v === undefined) return '';
  const fmt = row.nf?.[c];
  if (typeof v === 'number' && isDateFormat(fmt)) v = fromSerial(v, env.timeZone);
  else if (isDateValue(v) && isNumberFormat(fmt)) v = toSerial(v, env.timeZone);
  else if (isDateValue(v)) v = new Date(v.getTime());
  void ri;
  return v;
}

// ------------------------------------------------------------------ display

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Formats an instant with a Sheets date pattern (`dd/MM/yyyy`, `yyyy-mm-dd hh:mm:ss`…). */
export function formatDate(date: Date, fmt: string, tz: string): string {
  const ms = date.getTime();
  const w = new Date(ms + zoneOffset(tz, ms));
  const parts = {
    y: w.getUTCFullYear(),
    mo: w.getUTCMonth() + 1,
    d: w.getUTCDate(),
    h: w.getUTCHours(),
    mi: w.getUTCMinutes(),
    s: w.getUTCSeconds(),
    dow: w.getUTCDay(),
  };
  const ampm = /am\/pm|a\/p/i.test(fmt);
  const tokens =
    fmt.match(/yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p|"[^"]*"|\\.|[\s\S]/gi) ??
    [];
  let out = '';
  let lastWasHour = false;
  tokens.forEach((tok, i) => {
    const low = tok.toLowerCase();
    const nextIsSeconds =
      tokens
        .slice(i + 1)
        .find((t) => /^[a-z]/i.test(t))
        ?.toLowerCase()
        .startsWith('s') ?? false;
    if (low.startsWith('y')) out += low === 'yy' ? pad(parts.y % 100, 2) : String(parts.y);
    else if (low.startsWith('m')) {
      const minutes = (lastWasHour || nextIsSeconds) && low.length <= 2;
      if (minutes) out += low === 'mm' ? pad(parts.mi, 2) : String(parts.mi);
      else if (low === 'mmmm') out += MONTHS[parts.mo - 1];
      else if (low === 'mmm') out += MONTHS[parts.mo - 1].slice(0, 3);
      else out += low === 'mm' ? pad(parts.mo, 2) : String(parts.mo);
    } else if (low.startsWith('d')) {
      if (low === 'dddd') out += DAYS[parts.dow];
      else if (low === 'ddd') out += DAYS[parts.dow].slice(0, 3);
      else out += low === 'dd' ? pad(parts.d, 2) : String(parts.d);
    } else if (low.startsWith('h')) {
      const h = ampm ? ((parts.h + 11) % 12) + 1 : parts.h;
      out += low === 'hh' ? pad(h, 2) : String(h);
    } else if (low.startsWith('s')) out += low === 'ss' ? pad(parts.s, 2) : String(parts.s);
    else if (low === 'am/pm') out += parts.h < 12 ? 'AM' : 'PM';
    else if (low === 'a/p') out += parts.h < 12 ? 'A' : 'P';
    else if (tok.startsWith('"')) out += tok.slice(1, -1);
    else if (tok.startsWith('\\')) out += tok.slice(1);
    else out += tok;
    if (/^[a-z]/i.test(tok)) lastWasHour = low.startsWith('h');
  });
  return out;
}

/** A number as a General cell shows it. */
export function generalNumber(n: number): string {
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-9)) {
    const [mant, exp] = n.toExponential(5).split('e');
    const m = mant.replace(/\.?0+$/, '');
    const e = Number(exp);
    return `${m}E${e < 0 ? '-' : '+'}${pad(Math.abs(e), 2)}`;
  }
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(10)));
}

function formatNumber(n: number, fmt: string): string {
  const section = fmt.split(';')[0];
  const m = /^(.*?)([#0][#0,]*(?:\.[#0]*)?)(.*)$/.exec(section);
  if (!m) return generalNumber(n);
  const literal = (s: string): string => s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const [, prefix, pattern, suffix] = m;
  const value = suffix.includes('%') ? n * 100 : n;
  const [intPat, fracPat = ''] = pattern.split('.');
  const minFrac = (fracPat.match(/0/g) ?? []).length;
  const maxFrac = fracPat.length;
  let text = Math.abs(value).toFixed(maxFrac);
  if (maxFrac > minFrac) {
    const [i, f] = text.split('.');
    const trimmed = f.replace(/0+$/, '').padEnd(minFrac, '0');
    text = trimmed ? `${i}.${trimmed}` : i;
  }
  const [intPart, fracText] = text.split('.');
  let intText = intPart;
  const minInt = (intPat.replace(/,/g, '').match(/0/g) ?? []).length;
  intText = intText.replace(/^0+/, '').padStart(minInt, '0');
  if (intPat.includes(',')) intText = intText.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = fracText !== undefined ? `${intText}.${fracText}` : intText;
  const sign = value < 0 && /[1-9]/.test(body) ? '-' : '';
  return `${sign}${literal(prefix)}${body}${literal(suffix)}`;
}

/** The display string of a read value in a cell with number format `fmt`. */
export function displayOf(
  value: unknown,
  fmt: string | undefined,
  tz: string,
  locale = 'in_ID',
): string {
  if (value === '' || value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (isDateValue(value)) {
    if (isDateFormat(fmt)) return formatDate(value, fmt as string, tz);
    return formatDate(value, dateFormatFor(value, tz, locale), tz);
  }
  if (typeof value === 'number') {
    if (isNumberFormat(fmt)) return formatNumber(value, fmt as string);
    return generalNumber(value);
  }
  return String(value);
}

// ------------------------------------------------------------------ formulas

type FValue = number | string | boolean | { err: string };

class FormulaError {
  constructor(readonly code: string) {}
}

function isErr(v: FValue): v is { err: string } {
  return typeof v === 'object';
}

/**
 * Evaluates a formula with a tiny grammar: numbers, "strings", TRUE/FALSE, + - * /, unary -, &,
 * parentheses and references to single cells (`A1`, `$B$2`, `Tab!C3`). A function call or an
 * unknown name gives `#NAME?`, anything unparsable `#ERROR!`.
 */
export function evaluateFormula(
  formula: string,
  env: SheetLookup,
  rows: (Row | undefined)[],
  depth = 0,
): CellValue {
  if (depth > 50) return '#REF!';
  const tokens = formula
    .slice(1)
    .match(
      /\s+|"(?:[^"]|"")*"|'(?:[^']|'')+'!\$?[A-Za-z]+\$?\d+|[A-Za-z_][\w.]*!\$?[A-Za-z]+\$?\d+|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+|[A-Za-z_$][\w.$]*|[-+*/&()]|[\s\S]/g,
    );
  const toks = (tokens ?? []).filter((t) => !/^\s+$/.test(t));
  let pos = 0;
  const peek = (): string | undefined => toks[pos];
  const num = (v: FValue): number => {
    if (isErr(v)) throw new FormulaError(v.err);
    if (typeof v === 'number') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (v === '') return 0;
    // Text met by arithmetic is read with en_US separators whatever the locale: the tiny
    // evaluator does not model a locale's coercion (the product writes no cell formulas).
    const n = parseNumber(v);
    if (n === undefined) throw new FormulaError('#VALUE!');
    return n;
  };
  const text = (v: FValue): string => {
    if (isErr(v)) throw new FormulaError(v.err);
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    if (typeof v === 'number') return generalNumber(v);
    return v;
  };
  const ref = (tok: string): FValue => {
    const a1 = parseA1(tok);
    if (!a1 || a1.row === undefined || a1.col === undefined) throw new FormulaError('#ERROR!');
    const target = a1.sheetName === undefined ? rows : env.rowsOf(a1.sheetName);
    if (!target) throw new FormulaError('#REF!');
    const row = target[a1.row - 1];
    if (!row || !cellHasContent(row, a1.col - 1)) return '';
    const v = valueForRead(env, target, row, a1.row - 1, a1.col - 1, depth + 1);
    if (isDateValue(v)) return toSerial(v, env.timeZone);
    if (typeof v === 'string' && /^#[A-Z/0!?]+[!?]?$/.test(v) && row.f?.[a1.col - 1] !== undefined)
      return { err: v };
    return v as FValue;
  };
  const primary = (): FValue => {
    const t = peek();
    if (t === undefined) throw new FormulaError('#ERROR!');
    pos++;
    if (t === '(') {
      const v = concat();
      if (peek() !== ')') throw new FormulaError('#ERROR!');
      pos++;
      return v;
    }
    if (t === '-' || t === '+') {
      const v = primary();
      return t === '-' ? -num(v) : num(v);
    }
    if (/^\d|^\./.test(t)) return Number(t);
    if (t.startsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
    if (/!/.test(t) || /^\$?[A-Za-z]{1,3}\$?\d+$/.test(t)) return ref(t);
    if (/^(TRUE|FALSE)$/i.test(t) && peek() !== '(') return t.toUpperCase() === 'TRUE';
    if (/^[A-Za-z_$]/.test(t)) throw new FormulaError('#NAME?');
    throw new FormulaError('#ERROR!');
  };
  const term = (): FValue => {
    let v = primary();
    while (peek() === '*' || peek() === '/') {
      const op = toks[pos++];
      const rhs = primary();
      if (op === '*') v = num(v) * num(rhs);
      else {
        const d = num(rhs);
        if (d === 0) throw new FormulaError('#DIV/0!');
        v = num(v) / d;
      }
    }
    return v;
  };
  const additive = (): FValue => {
    let v = term();
    while (peek() === '+' || peek() === '-') {
      const op = toks[pos++];
      const rhs = term();
      v = op === '+' ? num(v) + num(rhs) : num(v) - num(rhs);
    }
    return v;
  };
  function concat(): FValue {
    let v = additive();
    while (peek() === '&') {
      pos++;
      v = text(v) + text(additive());
    }
    return v;
  }
  try {
    const v = concat();
    if (pos !== toks.length) return '#ERROR!';
    if (isErr(v)) return v.err;
    return v;
  } catch (e) {
    if (e instanceof FormulaError) {
      // A name anywhere wins over a parse error only if the rest parsed (Sheets reports #NAME?).
      return e.code;
    }
    throw e;
  }
}

// ------------------------------------------------------------------ data validation

function asNumber(v: unknown, tz: string): number | undefined {
  if (typeof v === 'number') return v;
  if (isDateValue(v)) return toSerial(v, tz);
  return undefined;
}

function asDay(v: unknown, tz: string, locale: string): number | undefined {
  if (isDateValue(v)) return Math.floor(toSerial(v, tz));
  if (typeof v === 'number') return Math.floor(v);
  if (typeof v === 'string') {
    const d = parseDate(v, tz, locale);
    return d ? Math.floor(toSerial(d.date, tz)) : undefined;
  }
  return undefined;
}

/** True when `value` breaks `rule` and the rule rejects invalid input. */
export function ruleViolated(rule: RuleSpec, value: unknown, env: SheetLookup): boolean {
  if (rule.allowInvalid || value === '') return false;
  const tz = env.timeZone;
  const vals = rule.values;
  const loc = env.locale;
  const shown = displayOf(value, undefined, tz, loc);
  switch (rule.type) {
    case 'VALUE_IN_LIST':
      return !(vals[0] as unknown[]).some((x) => displayOf(x, undefined, tz, loc) === shown);
    case 'VALUE_IN_RANGE': {
      const r = vals[0] as {
        sheetId: number;
        row: number;
        col: number;
        numRows: number;
        numCols: number;
      };
      const rows = env.lookup(r.sheetId);
      if (!rows) return true;
      for (let i = 0; i < r.numRows; i++) {
        const row = rows[r.row - 1 + i];
        if (!row) continue;
        for (let j = 0; j < r.numCols; j++) {
          const c = r.col - 1 + j;
          if (!cellHasContent(row, c)) continue;
          const cellValue = valueForRead(env, rows, row, r.row - 1 + i, c);
          if (displayOf(cellValue, row.nf?.[c], tz, loc) === shown) return false;
        }
      }
      return true;
    }
    case 'CHECKBOX':
      if (vals.length === 0) return typeof value !== 'boolean';
      return !vals.some((x) => displayOf(x, undefined, tz, loc) === shown);
    case 'NUMBER_BETWEEN':
    case 'NUMBER_NOT_BETWEEN':
    case 'NUMBER_EQUAL_TO':
    case 'NUMBER_NOT_EQUAL_TO':
    case 'NUMBER_GREATER_THAN':
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
    case 'NUMBER_LESS_THAN':
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO': {
      const n = asNumber(value, tz);
      if (n === undefined) return true;
      const [a, b] = vals as number[];
      const ok = {
        NUMBER_BETWEEN: n >= a && n <= b,
        NUMBER_NOT_BETWEEN: n < a || n > b,
        NUMBER_EQUAL_TO: n === a,
        NUMBER_NOT_EQUAL_TO: n !== a,
        NUMBER_GREATER_THAN: n > a,
        NUMBER_GREATER_THAN_OR_EQUAL_TO: n >= a,
        NUMBER_LESS_THAN: n < a,
        NUMBER_LESS_THAN_OR_EQUAL_TO: n <= a,
      }[rule.type];
      return !ok;
    }
    case 'DATE_IS_VALID_DATE':
      return !isDateValue(value);
    case 'DATE_AFTER':
    case 'DATE_BEFORE':
    case 'DATE_BETWEEN':
    case 'DATE_NOT_BETWEEN':
    case 'DATE_EQUAL_TO':
    case 'DATE_ON_OR_AFTER':
    case 'DATE_ON_OR_BEFORE': {
      if (!isDateValue(value)) return true;
      const d = asDay(value, tz, env.locale) as number;
      const a = asDay(vals[0], tz, env.locale) ?? NaN;
      const b = asDay(vals[1], tz, env.locale) ?? NaN;
      const ok = {
        DATE_AFTER: d > a,
        DATE_BEFORE: d < a,
        DATE_BETWEEN: d >= a && d <= b,
        DATE_NOT_BETWEEN: d < a || d > b,
        DATE_EQUAL_TO: d === a,
        DATE_ON_OR_AFTER: d >= a,
        DATE_ON_OR_BEFORE: d <= a,
      }[rule.type];
      return !ok;
    }
    case 'TEXT_CONTAINS':
      return !shown.includes(String(vals[0]));
    case 'TEXT_DOES_NOT_CONTAIN':
      return shown.includes(String(vals[0]));
    case 'TEXT_EQUAL_TO':
      return shown !== String(vals[0]);
    case 'TEXT_IS_VALID_EMAIL':
      return !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(shown);
    case 'TEXT_IS_VALID_URL':
      return !/^https?:\/\/\S+$/i.test(shown);
    default:
      // CUSTOM_FORMULA and others are not evaluated: accepted.
      return false;
  }
}
