import { addYears, archiveCodeOf, parseRetention, retentionDue } from '../../src/domain';

describe('retention schedule', () => {
  it('reads "2 aktif + 3 inaktif" and its short forms; refuses anything else by name', () => {
    for (const text of [
      '2 aktif + 3 inaktif',
      '2+3',
      '2, 3',
      '2 3',
      '2 tahun aktif + 3 tahun inaktif',
    ]) {
      expect(parseRetention(text)).toEqual({
        ok: true,
        period: { activeYears: 2, inactiveYears: 3 },
      });
    }
    for (const text of ['', '5', '2 + 3 + 4', 'dua + tiga', '2 aktif + 3 musnah', '101 + 1']) {
      const r = parseRetention(text);
      expect(r.ok).toBe(false);
    }
    expect(
      parseRetention('2 + x').ok || (parseRetention('2 + x') as { error: string }).error,
    ).toContain('bukan jadwal retensi');
  });

  it('adds calendar years (29 February → 28 February)', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2026-03-16', 5)).toBe('2031-03-16');
  });

  it('a record closed 16 March 2026 under 2 + 3: inactive from 16 March 2028, past retention from 16 March 2031', () => {
    const period = { activeYears: 2, inactiveYears: 3 };
    expect(retentionDue('2026-03-16', period, '2028-03-15')).toEqual({
      inactiveFrom: '2028-03-16',
      retentionEndsOn: '2031-03-16',
      state: 'active',
    });
    expect(retentionDue('2026-03-16', period, '2028-03-16')?.state).toBe('pastActive');
    expect(retentionDue('2026-03-16', period, '2031-03-15')?.state).toBe('pastActive');
    expect(retentionDue('2026-03-16', period, '2031-03-16')?.state).toBe('pastRetention');
    expect(retentionDue('', period, '2031-03-16')).toBeNull();
  });

  it('takes the archive code from a letter number', () => {
    expect(archiveCodeOf('400.9.12.2/001/403.107/2026')).toBe('400.9.12.2');
    expect(archiveCodeOf('400.9.12.2/{urut:3}/403.107/{tahun}')).toBe('400.9.12.2');
    expect(archiveCodeOf('DRAF')).toBe('');
  });
});
