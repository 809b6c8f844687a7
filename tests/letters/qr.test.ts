/**
 * The QR encoder checked with a real decoder: the PNG is read with pngjs and its pixels decoded
 * with jsQR, for URLs of many lengths (fast-check), every level and every mask; capacity limits
 * give a clear error; PNG, zlib, CRC-32, Adler-32 and base64 agree with Node's own.
 */
import * as zlib from 'node:zlib';
import fc from 'fast-check';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import {
  adler32,
  base64,
  crc32,
  formatBits,
  qrByteCapacity,
  qrDataUri,
  qrEncode,
  qrPng,
  utf8Bytes,
  versionBits,
  zlibStored,
  type QrEcc,
} from '../../src/letters';

function decodePng(png: Uint8Array): string | null {
  const img = PNG.sync.read(Buffer.from(png));
  const data = new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.data.length);
  const code = jsQR(data, img.width, img.height, { inversionAttempts: 'dontInvert' });
  return code ? code.data : null;
}

function decode(text: string, ecc: QrEcc = 'Q', mask?: number): string | null {
  const sym = qrEncode(text, { ecc, mask });
  return decodePng(qrPng(sym.modules, 4, 4));
}

const BASE = 'https://script.google.com/macros/s/AKfycbx0123456789abcdef/exec?k=';

describe('QR encoder', () => {
  test('verification URLs decode back (jsQR), level Q', () => {
    for (const code of ['A', 'R7KQ-2M4X', 'T3HW-9P6C-XYZ0']) {
      expect(decode(`${BASE}${code}`)).toBe(`${BASE}${code}`);
    }
  });

  test('property: any URL up to the capacity of version 10 decodes back, every level', () => {
    const urlChars = fc.constantFrom(
      ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&()*+,;=%'.split(
        '',
      ),
    );
    fc.assert(
      fc.property(
        fc.constantFrom<QrEcc>('L', 'M', 'Q', 'H'),
        fc.array(urlChars, { minLength: 0, maxLength: 200 }),
        (ecc, chars) => {
          const text = `https://v.example/${chars.join('')}`.slice(0, qrByteCapacity(10, ecc));
          expect(decode(text, ecc)).toBe(text);
        },
      ),
      { numRuns: 60 },
    );
  });

  test('every version 1-10 and every mask decode', () => {
    for (let v = 1; v <= 10; v++) {
      const text = 'x'.repeat(qrByteCapacity(v, 'M'));
      const sym = qrEncode(text, { ecc: 'M' });
      expect(sym.version).toBe(v);
      expect(sym.modules.length).toBe(17 + 4 * v);
      expect(decodePng(qrPng(sym.modules, 3, 4))).toBe(text);
    }
    for (let mask = 0; mask < 8; mask++) {
      expect(decode(`${BASE}mask-${mask}`, 'Q', mask)).toBe(`${BASE}mask-${mask}`);
    }
  });

  test('UTF-8 text decodes back', () => {
    const text = 'Verifikasi: Siti Ma’rifah — Magetan ✓ 𝄞';
    expect(utf8Bytes('é€𝄞')).toEqual([...Buffer.from('é€𝄞', 'utf8')]);
    expect(decode(text, 'M')).toBe(text);
  });

  test('capacity limits: the exact limit fits, one byte more gives a clear error', () => {
    expect([qrByteCapacity(1, 'M'), qrByteCapacity(10, 'M'), qrByteCapacity(10, 'Q')]).toEqual([
      14, 213, 151,
    ]);
    expect(qrEncode('a'.repeat(151), { ecc: 'Q' }).version).toBe(10);
    expect(() => qrEncode('a'.repeat(152), { ecc: 'Q' })).toThrow(
      /Teks terlalu panjang untuk kode QR: 152 bita.*versi 10.*Q paling banyak 151 bita/,
    );
    expect(() => qrEncode('é'.repeat(107), { ecc: 'M' })).toThrow(/214 bita/);
  });

  test('format and version information match the standard tables', () => {
    expect(formatBits('M', 0)).toBe(0x5412);
    expect(formatBits('L', 4)).toBe(0b110011000101111);
    expect(formatBits('H', 7)).toBe(0b000100000111011);
    expect(versionBits(7)).toBe(0x07c94);
    expect(versionBits(10)).toBe(0x0a4d3);
  });

  test('a ~100-character URL fits at level Q in version 8', () => {
    const url = `${BASE}${'K'.repeat(100 - BASE.length)}`;
    expect(url.length).toBe(100);
    expect(qrEncode(url).version).toBe(8);
    expect(decode(url)).toBe(url);
  });
});

describe('PNG, zlib, checksums, base64 (hand-written)', () => {
  test('CRC-32, Adler-32 and the stored zlib stream agree with Node', () => {
    const data = Uint8Array.from({ length: 70000 }, (_, i) => (i * 7 + (i >> 8)) & 255);
    expect(crc32(data)).toBe(zlib.crc32(Buffer.from(data)));
    expect(adler32(Buffer.from('Wikipedia'))).toBe(0x11e60398);
    const z = zlibStored(data);
    expect(Buffer.compare(zlib.inflateSync(Buffer.from(z)), Buffer.from(data))).toBe(0);
    expect(zlib.inflateSync(Buffer.from(zlibStored(new Uint8Array(0)))).length).toBe(0);
  });

  test('base64 agrees with Buffer for every length mod 3', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 50 }), (bytes) => {
        expect(base64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
    );
  });

  test('the PNG is valid (pngjs, CRCs checked) with the right size and pixels', () => {
    const m = [
      [true, false],
      [false, true],
    ];
    const img = PNG.sync.read(Buffer.from(qrPng(m, 3, 1)));
    expect([img.width, img.height]).toEqual([12, 12]);
    const px = (x: number, y: number) => img.data[(y * img.width + x) * 4];
    expect([px(0, 0), px(3, 3), px(6, 3), px(6, 6), px(11, 11)]).toEqual([255, 0, 255, 0, 255]);
    expect(() => qrPng(m, 0, 4)).toThrow(/Skala/);
  });

  test('qrDataUri gives a PNG data URI that decodes to the text', () => {
    const uri = qrDataUri(`${BASE}R7KQ-2M4X`);
    expect(uri).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
    const png = Buffer.from(uri.slice('data:image/png;base64,'.length), 'base64');
    expect(decodePng(png)).toBe(`${BASE}R7KQ-2M4X`);
  });
});
