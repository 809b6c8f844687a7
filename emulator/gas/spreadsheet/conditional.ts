/**
 * Conditional format rules (the register marks due and overdue cases with them): the builder of
 * `SpreadsheetApp.newConditionalFormatRule()` for custom-formula rules with a background, font
 * colour and bold, and the rule objects `Sheet.getConditionalFormatRules()` returns. Rules are
 * stored on Google's side with the sheet; the emulation does not evaluate their formulas.
 */
import { guard } from '../../core/guard';
import type { FacadeContext } from '../context';
import { rangeOf } from './range';
import type { SheetSession } from './session';
import type { GridRect } from './types';

/** A rule as stored on Google's side. */
export interface ConditionalRuleSpec {
  ranges: GridRect[];
  formula: string;
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
}

function rectOf(range: unknown): GridRect {
  const rect = (range as { _rect?: GridRect })._rect;
  if (!rect) throw new Error('Exception: Invalid argument: ranges');
  return { ...rect };
}

/** The rule object a script holds (built, or read back from a sheet). */
export function ruleOf(
  s: SheetSession,
  ss: string,
  spec: ConditionalRuleSpec,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  const condition = guard(
    {
      getCriteriaType: () => 'CUSTOM_FORMULA',
      getCriteriaValues: () => [spec.formula],
      getBackground: () => spec.background,
      getFontColor: () => spec.fontColor,
      getBold: () => spec.bold,
    },
    'BooleanCondition',
  );
  return guard(
    {
      _spec: spec,
      getRanges: () => spec.ranges.map((r) => rangeOf(s, ss, r)),
      getBooleanCondition: () => condition,
      getGradientCondition: () => null,
      copy: () => builder(s, ss, { ...spec, ranges: spec.ranges.slice() }),
    },
    'ConditionalFormatRule',
  ) as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
}

function builder(
  s: SheetSession,
  ss: string,
  spec: ConditionalRuleSpec,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
  let book = ss;
  const self: Record<string, unknown> = {
    whenFormulaSatisfied(formula: string) {
      if (typeof formula !== 'string' || !formula.startsWith('=')) {
        throw new Error('Exception: Invalid argument: formula');
      }
      spec.formula = formula;
      return proxy;
    },
    setBackground(color: string | null) {
      spec.background = color;
      return proxy;
    },
    setFontColor(color: string | null) {
      spec.fontColor = color;
      return proxy;
    },
    setBold(bold: boolean | null) {
      spec.bold = bold;
      return proxy;
    },
    setRanges(ranges: unknown[]) {
      spec.ranges = ranges.map(rectOf);
      book = String((ranges[0] as { _ss?: string })?._ss ?? book);
      return proxy;
    },
    build() {
      if (!spec.formula)
        throw new Error('Exception: A condition is required to build a conditional format rule.');
      return ruleOf(s, book, { ...spec, ranges: spec.ranges.slice() });
    },
  };
  const proxy = guard(self, 'ConditionalFormatRuleBuilder');
  return proxy as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
}

/** `SpreadsheetApp.newConditionalFormatRule()`. */
export function newConditionalFormatRule(
  ctx: FacadeContext,
  s: SheetSession,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
  ctx.charge('SpreadsheetApp', 'SpreadsheetApp.newConditionalFormatRule', 'local');
  return builder(s, '', { ranges: [], formula: '', background: null, fontColor: null, bold: null });
}

/** The stored spec of a rule object built by this emulation. */
export function specOfRule(rule: unknown): ConditionalRuleSpec {
  const spec = (rule as { _spec?: ConditionalRuleSpec })._spec;
  if (!spec) throw new Error('Exception: Invalid argument: rules');
  return spec;
}
