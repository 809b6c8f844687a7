/**
 * The generated reference data (src/domain/data) against its source in shared/data: 18
 * kecamatan, 235 desa/kelurahan, the holiday list, and which years are complete.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import {
  DESA_MAGETAN,
  findDesa,
  HARI_LIBUR,
  KECAMATAN_MAGETAN,
  kecamatanName,
} from '../../src/domain';

const sharedData = join(__dirname, '..', '..', '..', 'shared', 'data');

describe('Magetan area codes', () => {
  it('has 18 kecamatan 35.20.01-35.20.18 and 235 desa/kelurahan (207 desa, 28 kelurahan)', () => {
    expect(KECAMATAN_MAGETAN.map(([code]) => code)).toEqual(
      Array.from({ length: 18 }, (_, i) => `35.20.${String(i + 1).padStart(2, '0')}`),
    );
    expect(DESA_MAGETAN).toHaveLength(235);
    expect(DESA_MAGETAN.filter((d) => d[2] === 'desa')).toHaveLength(207);
    expect(DESA_MAGETAN.filter((d) => d[2] === 'kelurahan')).toHaveLength(28);
  });

  it('every desa belongs to one of the 18 kecamatan, keyed by code', () => {
    for (const [code] of DESA_MAGETAN) expect(kecamatanName(code.slice(0, 8))).not.toBe('');
    expect(findDesa('35.20.01.2001')).toEqual({
      code: '35.20.01.2001',
      name: 'Poncol',
      level: 'desa',
      kecamatan: '35.20.01',
    });
  });
});

describe('holiday calendar', () => {
  it('2025 and 2026 are complete, 2027 is not', () => {
    expect(HARI_LIBUR.completeYears).toEqual([2025, 2026]);
    expect(HARI_LIBUR.incompleteYears).toEqual([2027]);
  });

  it('has the Lebaran 2026 days off (SKB 2025)', () => {
    const march = HARI_LIBUR.entries.filter(
      (h) => h.date >= '2026-03-18' && h.date <= '2026-03-24',
    );
    expect(march.map((h) => `${h.date} ${h.kind}`)).toEqual([
      '2026-03-18 cuti_bersama',
      '2026-03-19 libur_nasional',
      '2026-03-20 cuti_bersama',
      '2026-03-21 libur_nasional',
      '2026-03-22 libur_nasional',
      '2026-03-23 cuti_bersama',
      '2026-03-24 cuti_bersama',
    ]);
  });
});

(existsSync(sharedData) ? describe : describe.skip)('generated files match shared/data', () => {
  it('holidays: same rows as hari-libur.csv', () => {
    const rows = readFileSync(join(sharedData, 'hari-libur.csv'), 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1);
    expect(HARI_LIBUR.entries.map((h) => `${h.date},${h.kind},${h.name}`)).toEqual(rows);
  });

  it('wilayah: same kecamatan and desa as wilayah-magetan.csv', () => {
    const rows = readFileSync(join(sharedData, 'wilayah-magetan.csv'), 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1);
    const kec = rows
      .filter((r) => r.endsWith(',kecamatan'))
      .map((r) => r.split(',').slice(0, 2).join(','));
    const desa = rows.filter((r) => /,(desa|kelurahan)$/.test(r));
    expect(KECAMATAN_MAGETAN.map((k) => k.join(','))).toEqual(kec);
    expect(DESA_MAGETAN.map((d) => d.join(','))).toEqual(desa);
  });

  it.each([
    ['wilayah-magetan.csv', 'wilayah.ts'],
    ['hari-libur.csv', 'holidays.ts'],
  ])(
    'the header of the file generated from %s keeps its README text, source line included',
    (csv, ts) => {
      const readme = readFileSync(join(sharedData, 'README.md'), 'utf8');
      const section = readme.split('## ')[readme.split('## ').findIndex((s) => s.startsWith(csv))];
      const header = readFileSync(
        join(__dirname, '..', '..', 'src', 'domain', 'data', ts),
        'utf8',
      ).split('*/')[0];
      const lines = section
        .split('\n')
        .slice(1)
        .map((l) => l.trim())
        .filter(Boolean);
      expect(lines.some((l) => /Source:|SKB/.test(l))).toBe(true);
      for (const line of lines) expect(header).toContain(` * ${line}`);
    },
  );
});
