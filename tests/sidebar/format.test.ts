/** The sidebars' text helpers: SLA badge, amounts as typed and their Rupiah label. */
import {
  parseAmount,
  rupiahLabel,
  ruleStatus,
  slaBadge,
  verdictText,
} from '../../sidebar/shared/format';

describe('slaBadge', () => {
  it('names each SLA state in Indonesian', () => {
    expect(slaBadge('overdue')?.text).toBe('Terlambat');
    expect(slaBadge('near')?.text).toBe('Segera');
    expect(slaBadge('ok')?.text).toBe('Tepat waktu');
  });
  it('gives each state its own class, and no badge when no clock runs', () => {
    expect(slaBadge('overdue')?.className).toBe('badge sla-overdue');
    expect(slaBadge('none')).toBeNull();
    expect(slaBadge('')).toBeNull();
  });
});

describe('parseAmount', () => {
  it.each([
    ['5000000', 5000000],
    ['5.000.000', 5000000],
    ['Rp 5.000.000', 5000000],
    ['Rp5.000.000,00', 5000000],
    ['1.250,50', 1250.5],
    ['2,5', 2.5],
    [' 12 500 ', 12500],
    ['0', 0],
  ])('reads %j as %d', (raw, n) => expect(parseAmount(raw)).toBe(n));

  it('is undefined when empty', () => {
    expect(parseAmount('')).toBeUndefined();
    expect(parseAmount('   ')).toBeUndefined();
  });

  it.each(['abc', '5.00', '1,2,3', '12.5', '5e6', '=1+1', '5.000.00'])('is NaN for %j', (raw) =>
    expect(parseAmount(raw)).toBeNaN(),
  );
});

describe('rupiahLabel', () => {
  it('shows the amount in figures and words as it is typed', () => {
    expect(rupiahLabel('5000000')).toBe('Rp5.000.000,00 (lima juta rupiah)');
    expect(rupiahLabel('5.000.000')).toBe('Rp5.000.000,00 (lima juta rupiah)');
    expect(rupiahLabel('1500')).toBe('Rp1.500,00 (seribu lima ratus rupiah)');
  });
  it('is empty for an empty field and polite about a wrong one', () => {
    expect(rupiahLabel('')).toBe('');
    expect(rupiahLabel('lima juta')).toMatch(/^Bukan jumlah yang sah/);
    expect(rupiahLabel('-5')).toBe('Jumlah tidak boleh negatif.');
  });
});

describe('verdict and rule words', () => {
  it('says each verdict in Indonesian', () => {
    expect(verdictText('eligible')).toBe('Layak');
    expect(verdictText('review')).toBe('Perlu ditinjau');
    expect(verdictText('ineligible')).toBe('Tidak layak');
  });
  it('gives each rule status an icon and words', () => {
    expect(ruleStatus('pass')).toMatchObject({ icon: '✓', text: 'Terpenuhi' });
    expect(ruleStatus('fail')).toMatchObject({ icon: '✗', text: 'Tidak terpenuhi' });
    expect(ruleStatus('warning').text).toBe('Perlu diperhatikan');
  });
});
