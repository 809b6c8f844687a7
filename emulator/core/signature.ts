/**
 * Argument checking: nothing a script passes is silently ignored.
 *
 * Apps Script checks every call against the member's Java signatures; a call whose arguments
 * fit none of them throws "The parameters (String,number) don't match the method signature for
 * SpreadsheetApp.Sheet.getRange." — argument types as Apps Script names them: `String`,
 * `number`, `Boolean`, `null` (also for `undefined`), `Date`, arrays as `String[]`, `number[]`,
 * `Object[]`, `Object[][]`, any other object as `(class)`.
 *
 * Two layers, applied by `guard()` to every function member of an emulated object:
 * - members with a declared table (`SIGNATURES`) are checked against its overloads: a call that
 *   fits none throws Apps Script's message; a call that fits an overload Apps Script has but the
 *   emulation does not implement throws "… is not emulated", like a missing member;
 * - every other member refuses MORE arguments than its implementation declares (the emulation
 *   would drop them; Apps Script would either use them or refuse them).
 */

/** A parameter type, as written in Apps Script's reference. */
export type Param =
  | 'String'
  | 'number'
  | 'Boolean'
  | 'Date'
  | 'Object'
  | 'Object[]'
  | 'Object[][]'
  | 'String[]'
  | 'Byte[]'
  | 'Enum'
  | 'Range'
  | 'any';

/** One overload; `emulated: false` marks one Apps Script has and the emulation does not. */
export interface Overload {
  readonly params: readonly Param[];
  readonly emulated?: boolean;
}

const o = (...params: Param[]): Overload => ({ params });
const missing = (...params: Param[]): Overload => ({ params, emulated: false });

/**
 * Declared signatures, `Type.member` → overloads (Google's reference pages):
 * https://developers.google.com/apps-script/reference/utilities/utilities
 * https://developers.google.com/apps-script/reference/spreadsheet/text-finder
 * https://developers.google.com/apps-script/reference/spreadsheet/range#insertCheckboxes()
 * https://developers.google.com/apps-script/reference/cache/cache
 */
export const SIGNATURES: Readonly<Record<string, readonly Overload[]>> = {
  // https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode)
  'ScriptApp.getAuthorizationInfo': [o('Enum'), o('Enum', 'String[]')],
  'Utilities.computeDigest': [
    o('Enum', 'String'),
    o('Enum', 'String', 'Enum'),
    o('Enum', 'Byte[]'),
  ],
  'Utilities.computeHmacSignature': [
    o('Enum', 'String', 'String'),
    o('Enum', 'String', 'String', 'Enum'),
    o('Enum', 'Byte[]', 'Byte[]'),
  ],
  'Utilities.computeHmacSha256Signature': [
    o('String', 'String'),
    o('String', 'String', 'Enum'),
    o('Byte[]', 'Byte[]'),
  ],
  'Utilities.base64Encode': [o('String'), o('String', 'Enum'), o('Byte[]')],
  'Utilities.base64EncodeWebSafe': [o('String'), o('String', 'Enum'), o('Byte[]')],
  'Utilities.base64Decode': [o('String'), missing('String', 'Enum')],
  'Utilities.base64DecodeWebSafe': [o('String'), missing('String', 'Enum')],
  'Utilities.sleep': [o('number')],
  'Utilities.getUuid': [o()],
  'Utilities.formatDate': [o('Date', 'String', 'String')],
  'Utilities.newBlob': [
    o('String'),
    o('String', 'String'),
    o('String', 'String', 'String'),
    o('Byte[]'),
    o('Byte[]', 'String'),
    o('Byte[]', 'String', 'String'),
  ],
  'TextFinder.matchCase': [o('Boolean')],
  'TextFinder.matchEntireCell': [o('Boolean')],
  'TextFinder.matchFormulaText': [o('Boolean')],
  'TextFinder.useRegularExpression': [o('Boolean')],
  'TextFinder.ignoreDiacritics': [o('Boolean')],
  'TextFinder.startFrom': [o('Range')],
  'TextFinder.findAll': [o()],
  'TextFinder.findNext': [o()],
  'TextFinder.findPrevious': [o()],
  'TextFinder.getCurrentMatch': [o()],
  'Range.insertCheckboxes': [o(), o('any'), o('any', 'any')],
  'Range.removeCheckboxes': [o()],
  'Cache.get': [o('String')],
  'Cache.getAll': [o('String[]')],
  'Cache.put': [o('String', 'String'), o('String', 'String', 'number')],
  'Cache.putAll': [o('Object'), o('Object', 'number')],
  'Cache.remove': [o('String')],
  'Cache.removeAll': [o('String[]')],
};

/** The service a type's methods are named under in Apps Script's messages. */
const SERVICE_OF: Readonly<Record<string, string>> = {
  Cache: 'CacheService',
  File: 'DriveApp',
  Folder: 'DriveApp',
  FileIterator: 'DriveApp',
  FolderIterator: 'DriveApp',
  Lock: 'LockService',
  Properties: 'PropertiesService',
  Trigger: 'ScriptApp',
  AuthorizationInfo: 'ScriptApp',
  ClockTriggerBuilder: 'ScriptApp',
  SpreadsheetTriggerBuilder: 'ScriptApp',
  TriggerBuilder: 'ScriptApp',
  HtmlOutput: 'HtmlService',
  HtmlTemplate: 'HtmlService',
  Body: 'DocumentApp',
  Document: 'DocumentApp',
};

const TOP_LEVEL = new Set([
  'SpreadsheetApp',
  'Utilities',
  'DriveApp',
  'CacheService',
  'LockService',
  'PropertiesService',
  'ScriptApp',
  'HtmlService',
  'MailApp',
  'Session',
  'Logger',
  'DocumentApp',
]);

/** `Range.setValues` → `SpreadsheetApp.Range.setValues`, `Utilities.sleep` unchanged. */
export function qualified(member: string): string {
  const type = member.slice(0, member.indexOf('.'));
  if (TOP_LEVEL.has(type)) return member;
  return `${SERVICE_OF[type] ?? 'SpreadsheetApp'}.${member}`;
}

function isDate(v: unknown): boolean {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** An argument's type as Apps Script prints it in a signature error. */
export function typeOfArg(a: unknown): string {
  if (a === null || a === undefined) return 'null';
  if (typeof a === 'string') return 'String';
  if (typeof a === 'boolean') return 'Boolean';
  if (typeof a === 'number') return 'number';
  if (isDate(a)) return 'Date';
  if (Array.isArray(a)) {
    if (a.length > 0 && a.every((x) => typeof x === 'number')) return 'number[]';
    if (a.length > 0 && a.every((x) => typeof x === 'string')) return 'String[]';
    if (a.length > 0 && a.every((x) => Array.isArray(x))) return 'Object[][]';
    return 'Object[]';
  }
  return '(class)';
}

/** Apps Script's error for arguments that fit no signature of `member` (`Type.method`). */
export function signatureError(member: string, args: readonly unknown[]): Error {
  return new Error(
    `The parameters (${args.map(typeOfArg).join(',')}) don't match the method signature for ${qualified(member)}.`,
  );
}

function isEnum(a: unknown): boolean {
  return (
    !!a &&
    typeof a === 'object' &&
    typeof (a as { name?: unknown }).name === 'function' &&
    typeof (a as { ordinal?: unknown }).ordinal === 'function'
  );
}

function fits(p: Param, a: unknown): boolean {
  switch (p) {
    case 'any':
      return true;
    case 'String':
      // Apps Script converts a JavaScript number or boolean to a String parameter.
      return typeof a === 'string' || typeof a === 'number' || typeof a === 'boolean';
    case 'number':
      return typeof a === 'number';
    case 'Boolean':
      return typeof a === 'boolean';
    case 'Date':
      return isDate(a);
    case 'Byte[]':
      return Array.isArray(a) && a.every((x) => typeof x === 'number');
    case 'String[]':
      return Array.isArray(a);
    case 'Object[]':
      return Array.isArray(a);
    case 'Object[][]':
      return Array.isArray(a) && a.every((x) => Array.isArray(x));
    case 'Enum':
      return isEnum(a);
    case 'Range':
      return (
        !!a &&
        typeof a === 'object' &&
        typeof (a as { getA1Notation?: unknown }).getA1Notation === 'function'
      );
    case 'Object':
      return !!a && typeof a === 'object' && !Array.isArray(a) && !isDate(a);
  }
}

/** Throws unless `args` fit one of the declared overloads of `member` that is emulated. */
export function checkDeclared(
  member: string,
  overloads: readonly Overload[],
  args: unknown[],
): void {
  const match = overloads.find(
    (ov) => ov.params.length === args.length && ov.params.every((p, i) => fits(p, args[i])),
  );
  if (!match) throw signatureError(member, args);
  if (match.emulated === false) {
    throw new Error(
      `Apps Script emulation: ${member}(${match.params.join(', ')}) is not emulated.`,
    );
  }
}

const arities = new WeakMap<object, number>();

/**
 * How many arguments a function's implementation takes, read from its source (defaulted
 * parameters count; a rest parameter or a use of `arguments` means "any number").
 */
export function declaredArity(fn: (...args: unknown[]) => unknown): number {
  const known = arities.get(fn);
  if (known !== undefined) return known;
  const n = parseArity(Function.prototype.toString.call(fn));
  arities.set(fn, n);
  return n;
}

function parseArity(src: string): number {
  if (/\barguments\b/.test(src) || src.includes('[native code]')) return Infinity;
  const open = src.indexOf('(');
  const arrow = src.indexOf('=>');
  // `x => …`: one parameter, no parentheses.
  if (arrow >= 0 && (open < 0 || arrow < open)) {
    const head = src
      .slice(0, arrow)
      .replace(/^async\s+/, '')
      .trim();
    return head === '' ? 0 : 1;
  }
  if (open < 0) return Infinity;
  let depth = 0;
  let count = 0;
  let any = false;
  let quote: string | null = null;
  for (let i = open + 1; i < src.length; i++) {
    const ch = src[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') {
      quote = ch;
      any = true;
    } else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') depth--;
    else if (ch === ')') {
      if (depth === 0) return any ? count + 1 : 0;
      depth--;
    } else if (ch === ',' && depth === 0) {
      count++;
    } else if (ch === '.' && depth === 0 && src.startsWith('...', i)) {
      return Infinity;
    } else if (!/\s/.test(ch)) any = true;
  }
  return Infinity;
}

/**
 * The checked version of `fn`, the member `Type.member` of an emulated object: declared
 * overloads, or no more arguments than the implementation takes.
 */
export function checkedMember<F extends (...args: never[]) => unknown>(
  type: string,
  prop: string,
  fn: F,
): F {
  const member = `${type}.${prop}`;
  const overloads = SIGNATURES[member];
  const max = overloads ? Infinity : declaredArity(fn as unknown as (...a: unknown[]) => unknown);
  if (!overloads && max === Infinity) return fn;
  const checked = function (this: unknown, ...args: unknown[]): unknown {
    if (overloads) checkDeclared(member, overloads, args);
    else if (args.length > max) throw signatureError(member, args);
    return Reflect.apply(fn as unknown as (...a: unknown[]) => unknown, this, args);
  };
  return checked as unknown as F;
}
