/** NIK: structure, sex from the day (+40 for women), century, leap years, area warnings. */
import fc from 'fast-check';
import { maskNik, normalizeNik, parseNik } from '../../src/domain';
import { makeNik } from './builders';

describe('parseNik reads a NIK as the SOP describes it', () => {
  it.each`
    reading                                            | nik                       | asOf            | kecamatan     | birthDate       | sex
    ${'day 47 in a NIK is a woman born on the 7th'}    | ${'3520054708680001'}     | ${'2023-06-05'} | ${'35.20.05'} | ${'1968-08-07'} | ${'P'}
    ${'day 07 is a man born on the 7th'}               | ${'3520050708680001'}     | ${'2023-06-05'} | ${'35.20.05'} | ${'1968-08-07'} | ${'L'}
    ${'day 71 is a woman born on the 31st'}            | ${'3520187112800002'}     | ${'2023-06-05'} | ${'35.20.18'} | ${'1980-12-31'} | ${'P'}
    ${'day 41 is a woman born on the 1st'}             | ${'3520014101050003'}     | ${'2023-06-05'} | ${'35.20.01'} | ${'2005-01-01'} | ${'P'}
    ${'year 23 before the reference date is 2023'}     | ${'3520054506230001'}     | ${'2023-06-05'} | ${'35.20.05'} | ${'2023-06-05'} | ${'P'}
    ${'year 23 after the reference date is 1923'}      | ${'3520054606230001'}     | ${'2023-06-05'} | ${'35.20.05'} | ${'1923-06-06'} | ${'P'}
    ${'29 February 2000 exists (2000 is a leap year)'} | ${'3520056902000001'}     | ${'2023-06-05'} | ${'35.20.05'} | ${'2000-02-29'} | ${'P'}
    ${'29 February 1964 exists'}                       | ${'3520056902640001'}     | ${'2023-06-05'} | ${'35.20.05'} | ${'1964-02-29'} | ${'P'}
    ${'pasted with spaces'}                            | ${'3520 0547 0868 0001'}  | ${'2023-06-05'} | ${'35.20.05'} | ${'1968-08-07'} | ${'P'}
    ${'pasted with dots'}                              | ${'35.20.05.470868.0001'} | ${'2023-06-05'} | ${'35.20.05'} | ${'1968-08-07'} | ${'P'}
  `('$reading', ({ nik, asOf, kecamatan, birthDate, sex }) => {
    expect(parseNik(nik, asOf)).toEqual({
      valid: true,
      kecamatan,
      birthDate,
      sex,
      serial: nik.replace(/\D/g, '').slice(12),
      warnings: [],
    });
  });

  it.each`
    reading                                                      | nik                    | asOf            | error
    ${'15 digits is not a NIK'}                                  | ${'352005470868001'}   | ${'2023-06-05'} | ${/16 digit, tetapi berisi 15 digit/}
    ${'17 digits is not a NIK'}                                  | ${'35200547086800011'} | ${'2023-06-05'} | ${/16 digit, tetapi berisi 17 digit/}
    ${'a letter O instead of zero is named'}                     | ${'35200547O8680001'}  | ${'2023-06-05'} | ${/hanya boleh berisi angka; ditemukan "O"/}
    ${'an empty NIK is reported'}                                | ${'   '}               | ${'2023-06-05'} | ${/belum diisi/}
    ${'day 00 is no date'}                                       | ${'3520050008680001'}  | ${'2023-06-05'} | ${/harus 01-31 untuk laki-laki atau 41-71 untuk perempuan/}
    ${'day 32 is neither a man nor a woman'}                     | ${'3520053208680001'}  | ${'2023-06-05'} | ${/41-71/}
    ${'day 72 is no date'}                                       | ${'3520057208680001'}  | ${'2023-06-05'} | ${/41-71/}
    ${'month 13 is no month'}                                    | ${'3520054713680001'}  | ${'2023-06-05'} | ${/Bulan lahir .* harus 01-12/}
    ${'month 00 is no month'}                                    | ${'3520054700680001'}  | ${'2023-06-05'} | ${/harus 01-12/}
    ${'31 April does not exist'}                                 | ${'3520057104680001'}  | ${'2023-06-05'} | ${/31 April 1968\) tidak ada di kalender/}
    ${'29 February 1967 does not exist'}                         | ${'3520056902670001'}  | ${'2023-06-05'} | ${/29 Februari 1967/}
    ${'29 February 1900 does not exist (reference before 2000)'} | ${'3520056902000001'}  | ${'1999-06-05'} | ${/29 Februari 1900/}
    ${'serial 0000 is not issued'}                               | ${'3520054708680000'}  | ${'2023-06-05'} | ${/tidak boleh 0000/}
    ${'the reference date must be a date'}                       | ${'3520054708680001'}  | ${'2023-02-30'} | ${/Tanggal acuan/}
  `('$reading', ({ nik, asOf, error }) => {
    const r = parseNik(nik, asOf);
    expect(r.valid).toBe(false);
    if (!r.valid) expect(r.errors.join(' ')).toMatch(error);
  });

  it('a kecamatan code outside Magetan is a warning, not an error', () => {
    const r = parseNik('3502014708680001', '2023-06-05');
    expect(r).toMatchObject({ valid: true, kecamatan: '35.02.01', sex: 'P' });
    if (r.valid) expect(r.warnings[0]).toMatch(/35\.02\.01 .* di luar Kabupaten Magetan/);
  });

  it.each([
    ['35.20.01', '3520014708680001'],
    ['35.20.18', '3520184708680001'],
  ])('%s is in Magetan: no warning', (_code, nik) => {
    expect(parseNik(nik, '2023-06-05')).toMatchObject({ valid: true, warnings: [] });
  });

  it('35.20.19 is outside the 18 kecamatan', () => {
    expect(parseNik('3520194708680001', '2023-06-05')).toMatchObject({ valid: true });
    expect(
      (parseNik('3520194708680001', '2023-06-05') as { warnings: string[] }).warnings,
    ).toHaveLength(1);
  });

  it('a number instead of text is an error that says so, never an exception', () => {
    const bad: unknown[] = [3520054708680001, null, undefined, {}, [], true];
    for (const v of bad) {
      const r = parseNik(v as string, '2023-06-05');
      expect(r.valid).toBe(false);
    }
    expect(parseNik(3520054708680001 as unknown as string, '2023-06-05')).toEqual({
      valid: false,
      errors: [expect.stringMatching(/terbaca sebagai angka/)],
    });
  });

  it('property: any real birth date, sex and serial round-trips through the NIK', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1925-06-06T00:00:00Z'),
          max: new Date('2023-06-05T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom<'P' | 'L'>('P', 'L'),
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 18 }),
        (d, sex, serial, kec) => {
          const birthDate = d.toISOString().slice(0, 10);
          const kecamatan = `3520${String(kec).padStart(2, '0')}`;
          const nik = makeNik(birthDate, sex, kecamatan, String(serial).padStart(4, '0'));
          expect(parseNik(nik, '2023-06-05')).toEqual({
            valid: true,
            kecamatan: `35.20.${kecamatan.slice(4)}`,
            birthDate,
            sex,
            serial: String(serial).padStart(4, '0'),
            warnings: [],
          });
        },
      ),
    );
  });

  it('property: parseNik never throws on any string', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (nik, asOf) => {
        const r = parseNik(nik, asOf);
        expect(typeof r.valid).toBe('boolean');
      }),
    );
  });
});

describe('masking and normalising a NIK', () => {
  it.each`
    input                    | masked                | bare
    ${'3520054708680001'}    | ${'352005******0001'} | ${'3520054708680001'}
    ${'3520 0547 0868 0001'} | ${'352005******0001'} | ${'3520054708680001'}
    ${'352005470868000'}     | ${''}                 | ${''}
    ${'35200547O8680001'}    | ${''}                 | ${''}
  `('$input → $masked', ({ input, masked, bare }) => {
    expect(maskNik(input)).toBe(masked);
    expect(normalizeNik(input)).toBe(bare);
  });

  it('a masked NIK hides the birth date and sex digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{16}$/), (nik) => {
        const m = maskNik(nik);
        expect(m).toBe(`${nik.slice(0, 6)}******${nik.slice(12)}`);
      }),
    );
  });
});
