/**
 * Data validation: `SpreadsheetApp.newDataValidation()` (the builder), the rules it builds and
 * the `DataValidationCriteria` enum. A rule travels to Google's side as a `RuleSpec`; rules
 * accept invalid input unless `setAllowInvalid(false)` (Apps Script's default is `true`).
 */
import { guard } from '../../core/guard';
import type { FacadeContext } from '../context';
import { rangeOf, rectOf } from './range';
import type { SheetSession } from './session';
import type { RuleSpec } from './types';

const CRITERIA = [
  'CHECKBOX',
  'CUSTOM_FORMULA',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
] as const;

/** `SpreadsheetApp.DataValidationCriteria`: each member's value is its name. */
export const DataValidationCriteria: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(CRITERIA.map((c) => [c, c])),
);

const SPEC = '__ruleSpec';

/** The RuleSpec of a rule built by this facade. */
export function specOf(rule: unknown): RuleSpec {
  const spec =
    rule && typeof rule === 'object' ? (rule as Record<string, unknown>)[SPEC] : undefined;
  if (!spec)
    throw new Error(
      'Apps Script emulation: expected a DataValidation built by newDataValidation().',
    );
  return spec as RuleSpec;
}

/** Criteria values as a script sees them (ranges as Range objects). */
function scriptValues(s: SheetSession | null, ss: string | null, spec: RuleSpec): unknown[] {
  if (spec.type === 'VALUE_IN_RANGE' && s && ss) {
    const [rect, dropdown] = spec.values as [Parameters<typeof rangeOf>[2], boolean];
    return [rangeOf(s, ss, rect), dropdown];
  }
  return spec.values.map(scriptValue);
}

/** A criteria value copied for the script: dates stay Dates (a rule read back from the sheet
 *  arrives with wire-decoded Dates, a rule being built holds `{ $date }`), lists stay lists. */
function scriptValue(v: unknown): unknown {
  if (Object.prototype.toString.call(v) === '[object Date]') return new Date((v as Date).getTime());
  if (Array.isArray(v)) return v.map(scriptValue);
  if (v && typeof v === 'object' && '$date' in v) return new Date((v as { $date: number }).$date);
  return v;
}

function encodeValues(values: unknown[]): unknown[] {
  return values.map((v) =>
    Object.prototype.toString.call(v) === '[object Date]' ? { $date: (v as Date).getTime() } : v,
  );
}

/** A built rule, as `getDataValidation()` or `build()` returns it. */
export function ruleFromSpec(
  s: SheetSession | null,
  ss: string | null,
  spec: RuleSpec,
): GoogleAppsScript.Spreadsheet.DataValidation {
  const rule = {
    [SPEC]: spec,
    getCriteriaType: () => spec.type,
    getCriteriaValues: () => scriptValues(s, ss, spec),
    getAllowInvalid: () => spec.allowInvalid,
    getHelpText: () => spec.helpText,
    copy: () => builder(s, ss, spec),
  };
  return guard(rule, 'DataValidation') as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
}

function builder(
  s: SheetSession | null,
  ss: string | null,
  initial?: RuleSpec,
): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
  let spec: RuleSpec = initial ?? { type: '', values: [], allowInvalid: true, helpText: null };
  let rangeSs = ss;
  const b: Record<string, unknown> = {};
  const set = (type: string, values: unknown[]) => {
    spec = { ...spec, type, values: encodeValues(values) };
    return proxy;
  };
  Object.assign(b, {
    requireValueInList: (values: unknown[], showDropdown = true) =>
      set('VALUE_IN_LIST', [values.map(String), showDropdown]),
    requireValueInRange: (range: unknown, showDropdown = true) => {
      const { ss: owner, ...rect } = rectOf(range);
      rangeSs = owner;
      spec = { ...spec, type: 'VALUE_IN_RANGE', values: [rect, showDropdown] };
      return proxy;
    },
    requireCheckbox: (checked?: unknown, unchecked?: unknown) =>
      set(
        'CHECKBOX',
        checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked],
      ),
    requireNumberBetween: (a: number, c: number) => set('NUMBER_BETWEEN', [a, c]),
    requireNumberNotBetween: (a: number, c: number) => set('NUMBER_NOT_BETWEEN', [a, c]),
    requireNumberEqualTo: (n: number) => set('NUMBER_EQUAL_TO', [n]),
    requireNumberNotEqualTo: (n: number) => set('NUMBER_NOT_EQUAL_TO', [n]),
    requireNumberGreaterThan: (n: number) => set('NUMBER_GREATER_THAN', [n]),
    requireNumberGreaterThanOrEqualTo: (n: number) => set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]),
    requireNumberLessThan: (n: number) => set('NUMBER_LESS_THAN', [n]),
    requireNumberLessThanOrEqualTo: (n: number) => set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]),
    requireDate: () => set('DATE_IS_VALID_DATE', []),
    requireDateAfter: (d: Date) => set('DATE_AFTER', [d]),
    requireDateBefore: (d: Date) => set('DATE_BEFORE', [d]),
    requireDateBetween: (a: Date, c: Date) => set('DATE_BETWEEN', [a, c]),
    requireDateNotBetween: (a: Date, c: Date) => set('DATE_NOT_BETWEEN', [a, c]),
    requireDateEqualTo: (d: Date) => set('DATE_EQUAL_TO', [d]),
    requireDateOnOrAfter: (d: Date) => set('DATE_ON_OR_AFTER', [d]),
    requireDateOnOrBefore: (d: Date) => set('DATE_ON_OR_BEFORE', [d]),
    requireTextContains: (t: string) => set('TEXT_CONTAINS', [String(t)]),
    requireTextDoesNotContain: (t: string) => set('TEXT_DOES_NOT_CONTAIN', [String(t)]),
    requireTextEqualTo: (t: string) => set('TEXT_EQUAL_TO', [String(t)]),
    requireTextIsEmail: () => set('TEXT_IS_VALID_EMAIL', []),
    requireTextIsUrl: () => set('TEXT_IS_VALID_URL', []),
    requireFormulaSatisfied: (f: string) => set('CUSTOM_FORMULA', [String(f)]),
    withCriteria: (type: unknown, args: unknown[]) => set(String(type), args),
    setAllowInvalid: (allow: boolean) => {
      spec = { ...spec, allowInvalid: !!allow };
      return proxy;
    },
    setHelpText: (text: string) => {
      spec = { ...spec, helpText: String(text) };
      return proxy;
    },
    getCriteriaType: () => spec.type,
    getCriteriaValues: () => scriptValues(s, rangeSs, spec),
    getAllowInvalid: () => spec.allowInvalid,
    getHelpText: () => spec.helpText,
    build: () => {
      if (!spec.type)
        throw new Error('You must specify a criteria type for data validation rules.');
      return ruleFromSpec(s, rangeSs, spec);
    },
  });
  const proxy = guard(b, 'DataValidationBuilder');
  return proxy as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
}

/** `SpreadsheetApp.newDataValidation()`. */
export function newDataValidation(
  ctx: FacadeContext,
  s: SheetSession,
): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
  ctx.charge('SpreadsheetApp', 'SpreadsheetApp.newDataValidation', 'local');
  return builder(s, null);
}
