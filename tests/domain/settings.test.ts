/** Rule-set settings: zod-validated thresholds with a version and an effective date. */
import {
  DEFAULT_RULE_SETTINGS,
  parseRuleSettings,
  ruleSetFor,
  type RuleSettings,
} from '../../src/domain';

describe('parseRuleSettings', () => {
  it('fills the SOP and Permensos defaults', () => {
    expect(parseRuleSettings({ version: 'WRSE-2026.1', effectiveFrom: '2026-01-01' })).toEqual({
      ok: true,
      settings: { ...DEFAULT_RULE_SETTINGS, version: 'WRSE-2026.1', effectiveFrom: '2026-01-01' },
    });
  });

  it('the defaults are: age 18-58, group 5-20, no decile limit, cuti bersama counted as days off', () => {
    expect(DEFAULT_RULE_SETTINGS).toMatchObject({
      minAge: 18,
      maxAge: 58,
      minGroupSize: 5,
      maxGroupSize: 20,
      maxDecile: null,
      countCutiBersama: true,
    });
    expect(parseRuleSettings(DEFAULT_RULE_SETTINGS)).toEqual({
      ok: true,
      settings: DEFAULT_RULE_SETTINGS,
    });
  });

  it.each`
    reading                                | input                                                              | error
    ${'a version is required'}             | ${{ version: ' ', effectiveFrom: '2026-01-01' }}                   | ${/"version"/}
    ${'the effective date must be a date'} | ${{ version: 'v', effectiveFrom: '2026-02-30' }}                   | ${/"effectiveFrom"/}
    ${'age limits must be whole numbers'}  | ${{ version: 'v', effectiveFrom: '2026-01-01', maxAge: 58.5 }}     | ${/"maxAge"/}
    ${'minimum age above maximum'}         | ${{ version: 'v', effectiveFrom: '2026-01-01', minAge: 60 }}       | ${/"minAge"/}
    ${'group minimum above maximum'}       | ${{ version: 'v', effectiveFrom: '2026-01-01', minGroupSize: 25 }} | ${/"minGroupSize"/}
    ${'decile 11 does not exist'}          | ${{ version: 'v', effectiveFrom: '2026-01-01', maxDecile: 11 }}    | ${/"maxDecile"/}
    ${'not an object at all'}              | ${'58'}                                                            | ${/Pengaturan aturan tidak sah/}
  `('$reading', ({ input, error }) => {
    const r = parseRuleSettings(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join(' ')).toMatch(error);
  });
});

describe('ruleSetFor picks the rule set in force on a date', () => {
  const v1 = DEFAULT_RULE_SETTINGS;
  const v2: RuleSettings = {
    ...v1,
    version: 'WRSE-2026.1',
    effectiveFrom: '2026-01-01',
    maxAge: 60,
  };
  const v2b: RuleSettings = { ...v2, version: 'WRSE-2026.1b' };
  it.each`
    date            | list             | version
    ${'2025-12-31'} | ${[v1, v2]}      | ${'WRSE-2023.1'}
    ${'2026-01-01'} | ${[v2, v1]}      | ${'WRSE-2026.1'}
    ${'2030-01-01'} | ${[v1, v2]}      | ${'WRSE-2026.1'}
    ${'2026-01-01'} | ${[v1, v2, v2b]} | ${'WRSE-2026.1b'}
    ${'2023-06-04'} | ${[v1, v2]}      | ${null}
    ${'kemarin'}    | ${[v1, v2]}      | ${null}
    ${'2026-01-01'} | ${[]}            | ${null}
  `('$date → $version', ({ date, list, version }) => {
    expect(ruleSetFor(date, list)?.version ?? null).toBe(version);
  });
});
