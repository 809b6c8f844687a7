/** NIK and KK as pasted: the inputs take separators, the form sends bare digits. */
import { hasSeparators, isCompleteNik, normalizeIdDigits } from '../../sidebar/shared/digits';

describe('normalizeIdDigits', () => {
  it.each([
    ['3520 0547 0868 0001', '3520054708680001'],
    ['35.20.05.470868.0001', '3520054708680001'],
    ['3520-0547-0868-0001', '3520054708680001'],
    [' 3520\u00a005470868\t0001\n', '3520054708680001'],
    ['3520054708680001', '3520054708680001'],
  ])('%j → %j', (raw, bare) => expect(normalizeIdDigits(raw)).toBe(bare));

  it('keeps other characters so the check can refuse them', () => {
    expect(normalizeIdDigits('3520O54708680001')).toBe('3520O54708680001');
    expect(normalizeIdDigits('')).toBe('');
  });
});

describe('isCompleteNik / hasSeparators', () => {
  it('is complete at 16 digits once separators are gone', () => {
    expect(isCompleteNik('3520 0547 0868 0001')).toBe(true);
    expect(isCompleteNik('352005470868000')).toBe(false);
    expect(isCompleteNik('35200547086800011')).toBe(false);
    expect(isCompleteNik('352005470868000a')).toBe(false);
  });
  it('tells whether normalisation would change the input', () => {
    expect(hasSeparators('3520 0547')).toBe(true);
    expect(hasSeparators('35200547')).toBe(false);
  });
});
