/**
 * Utilities. Looked up: Google's Utilities reference — computeDigest/computeHmac* return
 * Byte[] (Java bytes, so SIGNED -128..127); base64Encode accepts a string (UTF-8 by default)
 * or a byte array; formatDate uses Java SimpleDateFormat patterns; getUuid returns a UUID
 * string; newBlob(data, contentType, name).
 */
import * as crypto from 'crypto';
import { run, serviceWorld } from './servicesHarness';

const signed = (buf: Buffer) => Array.from(buf, (b) => (b > 127 ? b - 256 : b));

describe('Utilities', () => {
  test('computeDigest returns SIGNED bytes (MD5, SHA_1, SHA_256)', () => {
    const w = serviceWorld();
    run(w, (g) => {
      const U = g.Utilities;
      const md5 = U.computeDigest(U.DigestAlgorithm.MD5, 'abc');
      expect(md5).toEqual(signed(crypto.createHash('md5').update('abc').digest()));
      expect(md5.some((b) => b < 0)).toBe(true);
      expect(md5.every((b) => b >= -128 && b <= 127)).toBe(true);
      expect(U.computeDigest(U.DigestAlgorithm.SHA_1, 'abc')).toEqual(
        signed(crypto.createHash('sha1').update('abc').digest()),
      );
      expect(U.computeDigest(U.DigestAlgorithm.SHA_256, 'Ñik', U.Charset.UTF_8)).toEqual(
        signed(crypto.createHash('sha256').update('Ñik', 'utf8').digest()),
      );
    });
  });

  test('computeHmacSha256Signature matches HMAC-SHA256, signed', () => {
    const w = serviceWorld();
    const sig = run(w, (g) => g.Utilities.computeHmacSha256Signature('pesan', 'kunci'));
    expect(sig).toEqual(signed(crypto.createHmac('sha256', 'kunci').update('pesan').digest()));
  });

  test('base64Encode, base64EncodeWebSafe and base64Decode', () => {
    const w = serviceWorld();
    run(w, (g) => {
      const U = g.Utilities;
      expect(U.base64Encode('Hello')).toBe('SGVsbG8=');
      expect(U.base64Encode([-1, -2, 0])).toBe('//4A');
      expect(U.base64EncodeWebSafe([-1, -2, 0])).toBe('__4A');
      expect(U.base64Decode('//4A')).toEqual([-1, -2, 0]);
      expect(U.base64DecodeWebSafe('__4A')).toEqual([-1, -2, 0]);
      expect(U.newBlob(U.base64Decode(U.base64Encode('Ñama'))).getDataAsString()).toBe('Ñama');
    });
  });

  test('getUuid returns a fresh RFC 4122 UUID', () => {
    const w = serviceWorld();
    run(w, (g) => {
      const a = g.Utilities.getUuid();
      expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(g.Utilities.getUuid()).not.toBe(a);
    });
  });

  describe('formatDate (SimpleDateFormat in a time zone)', () => {
    // 2024-01-31T17:05:09.042Z = 1 Feb 2024 00:05:09 in Jakarta (UTC+7, no DST)
    const d = new Date('2024-01-31T17:05:09.042Z');
    const fmt = (tz: string, p: string) =>
      run(serviceWorld(), (g) => g.Utilities.formatDate(d, tz, p));

    test('numeric fields in the given zone', () => {
      expect(fmt('Asia/Jakarta', 'yyyy-MM-dd HH:mm:ss.SSS')).toBe('2024-02-01 00:05:09.042');
      expect(fmt('UTC', 'yyyy-MM-dd HH:mm')).toBe('2024-01-31 17:05');
      expect(fmt('GMT+7', 'd/M/yy H:m:s')).toBe('1/2/24 0:5:9');
    });

    test('month and day names (English), 12-hour clock', () => {
      expect(fmt('Asia/Jakarta', 'EEEE, dd MMMM yyyy')).toBe('Thursday, 01 February 2024');
      expect(fmt('Asia/Jakarta', 'EEE d MMM')).toBe('Thu 1 Feb');
      expect(fmt('UTC', 'hh:mm a')).toBe('05:05 PM');
    });

    test('zone offsets Z, XXX and quoted text', () => {
      expect(fmt('Asia/Jakarta', 'Z')).toBe('+0700');
      expect(fmt('Asia/Jakarta', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2024-02-01T00:05:09+07:00');
      expect(fmt('UTC', 'XXX')).toBe('Z');
      expect(fmt('Asia/Jakarta', "'jam' HH 'o''clock'")).toBe("jam 00 o'clock");
    });

    test('a zone with daylight saving time', () => {
      expect(
        run(serviceWorld(), (g) =>
          g.Utilities.formatDate(new Date('2024-07-01T12:00:00Z'), 'Europe/Amsterdam', 'HH:mm Z'),
        ),
      ).toBe('14:00 +0200');
    });

    test('an illegal pattern letter throws like Java', () => {
      expect(() => fmt('UTC', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
    });

    test('arguments of the wrong type throw', () => {
      const w = serviceWorld();
      expect(() =>
        run(w, (g) => g.Utilities.formatDate('2024-01-01' as unknown as Date, 'UTC', 'yyyy')),
      ).toThrow("don't match the method signature for Utilities.formatDate");
    });
  });

  test('newBlob: bytes, string, name and content type', () => {
    const w = serviceWorld();
    run(w, (g) => {
      const b = g.Utilities.newBlob('é', 'text/plain', 'a.txt');
      expect(b.getBytes()).toEqual([-61, -87]);
      expect(b.getDataAsString()).toBe('é');
      expect(b.getName()).toBe('a.txt');
      expect(b.getContentType()).toBe('text/plain');
      expect(b.setName('b.txt').getName()).toBe('b.txt');
      expect(g.Utilities.newBlob([104, 105]).getDataAsString()).toBe('hi');
    });
  });

  test('sleep is modeled in one thread: time is charged, nothing waits', () => {
    const w = serviceWorld();
    const started = Date.now();
    const s = run(w, (g, x) => {
      g.Utilities.sleep(300000); // Apps Script's longest sleep, 5 minutes
      return x.ctx.ledger.summary();
    });
    // A real sleep would take 5 minutes; a loaded machine runs this in well under one.
    expect(Date.now() - started).toBeLessThan(60000);
    expect(s.ms).toBeGreaterThanOrEqual(300000);
  });

  test('enums print their names and compare by identity', () => {
    const w = serviceWorld();
    run(w, (g) => {
      expect(String(g.Utilities.DigestAlgorithm.SHA_256)).toBe('SHA_256');
      expect(g.Utilities.Charset.UTF_8).toBe(g.Utilities.Charset.UTF_8);
    });
  });
});
