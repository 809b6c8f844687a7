/** Terbilang: numbers in Indonesian words, as on a Berita Acara Serah Terima. */
import fc from 'fast-check';
import { terbilang, tryTerbilang } from '../../src/domain';

/** Reads Indonesian number words back into a number (the test's own inverse of terbilang). */
function readWords(text: string): number {
  const DIGITS: Record<string, number> = {
    nol: 0,
    satu: 1,
    dua: 2,
    tiga: 3,
    empat: 4,
    lima: 5,
    enam: 6,
    tujuh: 7,
    delapan: 8,
    sembilan: 9,
  };
  const SCALES: Record<string, number> = {
    ribu: 1e3,
    juta: 1e6,
    miliar: 1e9,
    triliun: 1e12,
    kuadriliun: 1e15,
  };
  let words = text.split(' ');
  const negative = words[0] === 'minus';
  if (negative) words = words.slice(1);
  const koma = words.indexOf('koma');
  const decimals =
    koma >= 0
      ? words
          .slice(koma + 1)
          .map((w) => String(DIGITS[w]))
          .join('')
      : '';
  if (koma >= 0) words = words.slice(0, koma);
  let total = 0;
  let chunk = 0;
  let last = 0;
  // Digits wait in `last` until a multiplier word (belas, puluh, ratus or a scale) uses them.
  const MULTIPLIERS: Record<string, (n: number) => number> = {
    belas: (n) => 10 + n,
    puluh: (n) => n * 10,
    ratus: (n) => n * 100,
  };
  const FIXED: Record<string, number> = { sepuluh: 10, sebelas: 11, seratus: 100 };
  for (const w of words) {
    if (w in DIGITS) {
      last = DIGITS[w];
    } else if (w in MULTIPLIERS) {
      chunk += MULTIPLIERS[w](last);
      last = 0;
    } else if (w in FIXED) {
      chunk += FIXED[w];
    } else if (w === 'seribu') {
      total += 1000;
    } else if (w in SCALES) {
      total += (chunk + last) * SCALES[w];
      chunk = 0;
      last = 0;
    } else {
      throw new Error(`unknown word ${w}`);
    }
  }
  const value = Number(`${total + chunk + last}${decimals ? `.${decimals}` : ''}`);
  return negative ? -value : value;
}

describe('terbilang', () => {
  it.each`
    n                   | words
    ${0}                | ${'nol'}
    ${1}                | ${'satu'}
    ${10}               | ${'sepuluh'}
    ${11}               | ${'sebelas'}
    ${12}               | ${'dua belas'}
    ${19}               | ${'sembilan belas'}
    ${20}               | ${'dua puluh'}
    ${21}               | ${'dua puluh satu'}
    ${100}              | ${'seratus'}
    ${101}              | ${'seratus satu'}
    ${111}              | ${'seratus sebelas'}
    ${200}              | ${'dua ratus'}
    ${1000}             | ${'seribu'}
    ${1011}             | ${'seribu sebelas'}
    ${1500}             | ${'seribu lima ratus'}
    ${2000}             | ${'dua ribu'}
    ${11000}            | ${'sebelas ribu'}
    ${100000}           | ${'seratus ribu'}
    ${101000}           | ${'seratus satu ribu'}
    ${1000000}          | ${'satu juta'}
    ${1001000}          | ${'satu juta seribu'}
    ${5000000}          | ${'lima juta'}
    ${2500000}          | ${'dua juta lima ratus ribu'}
    ${1000000000}       | ${'satu miliar'}
    ${1000000000000}    | ${'satu triliun'}
    ${1000000000000000} | ${'satu kuadriliun'}
    ${-5}               | ${'minus lima'}
    ${12.05}            | ${'dua belas koma nol lima'}
    ${0.5}              | ${'nol koma lima'}
  `('$n is "$words"', ({ n, words }) => {
    expect(terbilang(n)).toBe(words);
  });

  it.each([NaN, Infinity, -Infinity, 1e16, 1e-7])(
    '%p cannot be spelled: a message, no exception',
    (n) => {
      const r = tryTerbilang(n);
      expect(r.ok).toBe(false);
      expect(terbilang(n)).toMatch(/^\(tidak dapat dieja: /);
    },
  );

  it('a string is refused politely', () => {
    expect(terbilang('5000' as unknown as number)).toMatch(/bukan angka/);
  });

  it('property: the words read back to the same integer', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(readWords(terbilang(n))).toBe(n);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000 }), (n) => {
        expect(readWords(terbilang(n))).toBe(n);
      }),
    );
  });

  it('property: lower-case words, one space apart, seratus/seribu/sepuluh never "satu ..."', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        const text = terbilang(n);
        expect(text).toMatch(/^[a-z]+( [a-z]+)*$/);
        expect(text).not.toMatch(/(^| )satu (ratus|belas|puluh)/);
        // a thousands group of exactly one is "seribu" ("dua puluh satu ribu" is right)
        expect(text).not.toMatch(/(^|juta |miliar |triliun |kuadriliun )satu ribu/);
        expect(text).not.toMatch(/rupiah/);
        if (n !== 0) expect(text).not.toMatch(/nol/);
      }),
    );
  });
});
