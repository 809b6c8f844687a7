/**
 * Nothing silently ignored: arguments an emulated member does not take throw as Apps Script
 * does, stored values keep their types, and the cases a public suite written against real Apps
 * Script (brucemcpherson/gas-fakes, `test/*.js`) found accepted-and-ignored are fixed.
 *
 * Apps Script's message for arguments that fit no signature of a member:
 * "The parameters (String,number) don't match the method signature for
 * SpreadsheetApp.Sheet.getRange." (quoted in Apps Script reports; the same form for every
 * service, e.g. "…for Utilities.formatDate.").
 */
import * as crypto from 'crypto';
import { createExecution } from '../../emulator/gas';
import { fixture, run, STAF, type Fixture } from './spreadsheetHarness';
import { run as runServices, serviceWorld } from './servicesHarness';

type Call = (...args: unknown[]) => unknown;
type Loose = Record<string, Call> & Record<'DigestAlgorithm' | 'Charset', Record<string, unknown>>;

interface Globals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
}

/** An execution with every global (SpreadsheetApp, DriveApp, Utilities…) on the fixture. */
function withGlobals<T>(f: Fixture, fn: (g: Globals) => T): T {
  const execId = `strict-${Math.random()}`;
  const { globals, ctx } = createExecution(
    (op, a) => f.world.handle({ execId, user: STAF }, op, a),
    { execId, user: STAF, activeSpreadsheetId: f.ssId },
  );
  try {
    return fn(globals as unknown as Globals);
  } finally {
    ctx.end();
    f.world.endExecution(execId);
  }
}

describe('argument checking (signature.ts)', () => {
  test('an extra argument to a member that takes none throws the signature message', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/range#getValue()
    //   getValue() takes no parameter.
    const f = fixture();
    run(f, (x) => {
      const cell = x.data.getRange('A1') as unknown as { getValue(a: unknown): unknown };
      expect(() => cell.getValue(5)).toThrow(
        "The parameters (number) don't match the method signature for SpreadsheetApp.Range.getValue.",
      );
    });
  });

  test('SpreadsheetApp.flush takes no argument', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()
    const f = fixture();
    run(f, (x) => {
      expect(x.app.flush()).toBeUndefined();
      expect(() => (x.app.flush as (a: unknown) => void)(true)).toThrow(
        "The parameters (Boolean) don't match the method signature for SpreadsheetApp.flush.",
      );
    });
  });

  test('Utilities digests and HMAC: wrong number or types of arguments throw (oracle: gas-fakes test/testutilities.js, "utilities hmac" and "utilities digest")', () => {
    // https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String,Charset)
    // https://developers.google.com/apps-script/reference/utilities/utilities#computeHmacSha256Signature(String,String,Charset)
    runServices(serviceWorld(), (g) => {
      const U = g.Utilities as unknown as Loose;
      const bytes = [1, 2, 3];
      const calls: Array<[string, () => unknown]> = [
        ['computeDigest', () => U.computeDigest(U.DigestAlgorithm.MD5, 'a', U.Charset.UTF_8, 4)],
        ['computeDigest', () => U.computeDigest('a')],
        ['computeDigest', () => U.computeDigest(U.DigestAlgorithm.MD5, bytes, U.Charset.UTF_8)],
        ['computeHmacSha256Signature', () => U.computeHmacSha256Signature('a')],
        ['computeHmacSha256Signature', () => U.computeHmacSha256Signature(bytes, 'key')],
        ['computeHmacSha256Signature', () => U.computeHmacSha256Signature('a', bytes)],
        [
          'computeHmacSha256Signature',
          () => U.computeHmacSha256Signature(bytes, bytes, U.Charset.UTF_8),
        ],
        ['computeHmacSha256Signature', () => U.computeHmacSha256Signature('a', 'k', 'fake')],
      ];
      for (const [member, call] of calls) {
        expect(call).toThrow(
          new RegExp(
            `^The parameters \\(.*\\) don't match the method signature for Utilities\\.${member}\\.$`,
          ),
        );
      }
      expect(() => U.computeHmacSha256Signature(bytes, 'key')).toThrow(
        "The parameters (number[],String) don't match the method signature for Utilities.computeHmacSha256Signature.",
      );
    });
  });

  test('an overload Apps Script has but the emulation does not implement throws "not emulated"', () => {
    // https://developers.google.com/apps-script/reference/utilities/utilities#base64Decode(String,Charset)
    runServices(serviceWorld(), (g) => {
      const U = g.Utilities as unknown as Loose;
      expect(U.base64Decode('SGk=')).toEqual([72, 105]);
      expect(() => U.base64Decode('SGk=', U.Charset.UTF_8)).toThrow(
        'Apps Script emulation: Utilities.base64Decode(String, Enum) is not emulated.',
      );
    });
  });

  test('a TextFinder option of the wrong type throws; ignoreDiacritics(true) is not emulated, not ignored', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/text-finder#ignoreDiacritics(Boolean)
    //   "If true, configures the search to ignore diacritics while matching".
    const f = fixture();
    run(f, (x) => {
      x.data.getRange('A1:A2').setValues([['café'], ['cafe']]);
      const finder = x.data.createTextFinder('cafe') as unknown as Record<string, Call>;
      expect(() => finder.matchCase('yes')).toThrow(
        "The parameters (String) don't match the method signature for SpreadsheetApp.TextFinder.matchCase.",
      );
      expect(() => finder.ignoreDiacritics(true)).toThrow(
        'Apps Script emulation: TextFinder.ignoreDiacritics(true) is not emulated.',
      );
      const kept = finder.ignoreDiacritics(false) as GoogleAppsScript.Spreadsheet.TextFinder;
      expect(kept.findAll().map((r) => r.getA1Notation())).toEqual(['A2']);
    });
  });
});

describe('Utilities charsets', () => {
  const signedMd5 = (bytes: number[]) =>
    Array.from(crypto.createHash('md5').update(Buffer.from(bytes)).digest(), (b) =>
      b > 127 ? b - 256 : b,
    );

  test('a string digested or signed without a charset is taken as US-ASCII (values from real Apps Script, gas-fakes test/testutilities.js)', () => {
    // https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String)
    // https://developers.google.com/apps-script/reference/utilities/utilities#computeHmacSha256Signature(String,String)
    // The expected bytes are those gas-fakes recorded from Apps Script: "default is ascii".
    runServices(serviceWorld(), (g) => {
      const U = g.Utilities;
      expect(U.computeDigest(U.DigestAlgorithm.MD5, '€🙂')).toEqual([
        -22, 3, -4, -72, -60, 120, 34, -68, -25, 114, -49, 108, 7, -48, -21, -69,
      ]);
      expect(U.computeDigest(U.DigestAlgorithm.MD5, '€🙂', U.Charset.UTF_8)).toEqual([
        -71, 89, 42, -99, 35, -63, -51, -82, 83, 46, 87, -53, -35, -67, 116, -6,
      ]);
      expect(U.computeHmacSha256Signature('café', '€🙂')).toEqual([
        -125, 73, -127, -128, -43, -39, 99, -10, 39, -49, -128, 27, 8, -117, 4, -120, -26, -111, 16,
        114, -115, 1, -1, -68, -27, 88, 7, 117, 55, -87, -123, -52,
      ]);
      expect(U.computeHmacSha256Signature('café', '€🙂', U.Charset.UTF_8)).toEqual([
        76, -16, 35, 99, -128, 106, -22, -17, -102, -19, 4, 97, -75, 64, 107, 79, 99, 19, -54, -6,
        90, 54, 121, -39, -126, 13, 2, -40, -84, 109, -2, 115,
      ]);
    });
  });

  test('US_ASCII is not latin1: a character outside ASCII encodes as "?" and a byte over 0x7F decodes as U+FFFD', () => {
    // https://developers.google.com/apps-script/reference/utilities/charset (US_ASCII)
    // Java's US-ASCII coder: unmappable characters become '?', malformed bytes U+FFFD.
    runServices(serviceWorld(), (g) => {
      const U = g.Utilities;
      expect(U.computeDigest(U.DigestAlgorithm.MD5, 'é', U.Charset.US_ASCII)).toEqual(
        signedMd5([0x3f]),
      );
      // https://developers.google.com/apps-script/reference/base/blob#getDataAsString(String)
      expect(U.newBlob([0x41, -23]).getDataAsString('US-ASCII')).toBe('A\uFFFD');
      expect(U.newBlob([0x41, -23]).getDataAsString('UTF-8')).toBe('A\uFFFD');
      expect(() => U.newBlob([0x41]).getDataAsString('ISO-8859-1')).toThrow(/not emulated/);
    });
  });
});

describe('CacheService across Utilities.sleep', () => {
  test('an entry does not outlive its expiration while the script sleeps', () => {
    // https://developers.google.com/apps-script/reference/cache/cache#put(String,String,Integer)
    //   expirationInSeconds: "the maximum time the value remains in the cache, in seconds".
    // https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer)
    runServices(serviceWorld(), (g) => {
      const cache = g.CacheService.getScriptCache();
      cache.put('k', 'v', 1);
      g.Utilities.sleep(500);
      expect(cache.get('k')).toBe('v');
      g.Utilities.sleep(600);
      expect(cache.get('k')).toBeNull();
    });
  });
});

describe('data validation keeps its types', () => {
  test('date criteria read back from the sheet are Dates, not strings', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/data-validation#getCriteriaValues()
    // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireDateBetween(Date,Date)
    const f = fixture();
    run(f, (x) => {
      const a = new Date('2026-01-01T00:00:00+07:00');
      const b = new Date('2026-12-31T00:00:00+07:00');
      x.data
        .getRange('D2')
        .setDataValidation(x.app.newDataValidation().requireDateBetween(a, b).build());
      const values = x.data.getRange('D2').getDataValidation()!.getCriteriaValues() as Date[];
      expect(values.map((v) => Object.prototype.toString.call(v))).toEqual([
        '[object Date]',
        '[object Date]',
      ]);
      expect(values.map((v) => v.getTime())).toEqual([a.getTime(), b.getTime()]);
    });
  });

  test('insertCheckboxes keeps its custom checked / unchecked values and sets the cells as documented', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/range#insertCheckboxes()
    //   "…with true for checked and false for unchecked. Sets the value of all cells to false."
    // https://developers.google.com/apps-script/reference/spreadsheet/range#insertCheckboxes(Object)
    //   "…custom value for checked and the empty string for unchecked. Sets the value of each
    //   cell in the range to the empty string."
    // https://developers.google.com/apps-script/reference/spreadsheet/range#insertCheckboxes(Object,Object)
    //   "Sets the value of each cell in the range to the custom unchecked value."
    const f = fixture();
    run(f, (x) => {
      x.data.getRange('A1:A2').insertCheckboxes();
      x.data.getRange('B1:B2').insertCheckboxes('DONE');
      x.data.getRange('C1:C2').insertCheckboxes('YES', 'NO');
      const rule = (a1: string) => x.data.getRange(a1).getDataValidation()!;
      expect(rule('A1').getCriteriaValues()).toEqual([]);
      expect(rule('B1').getCriteriaValues()).toEqual(['DONE']);
      expect(rule('C1').getCriteriaValues()).toEqual(['YES', 'NO']);
      expect(rule('C2').getCriteriaType()).toBe('CHECKBOX');
      expect(x.data.getRange('A1:C2').getValues()).toEqual([
        [false, '', 'NO'],
        [false, '', 'NO'],
      ]);
      x.data.getRange('B1').setValue('DONE');
      expect(x.data.getRange('B1').getValue()).toBe('DONE');
    });
  });
});

describe('getRange(a1Notation)', () => {
  test('whole columns and whole rows print back as given; R1C1 is accepted (gas-fakes test/testsheetsdeveloper.js, test/testsheets.js)', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(String)
    // https://developers.google.com/apps-script/reference/spreadsheet/range#getA1Notation()
    const f = fixture();
    run(f, (x) => {
      const cols = x.data.getRange('D:F');
      expect([cols.getA1Notation(), cols.getNumRows(), cols.getNumColumns()]).toEqual([
        'D:F',
        1000,
        3,
      ]);
      expect(x.data.getRange('5:7').getA1Notation()).toBe('5:7');
      expect(x.data.getRange('D:B').getA1Notation()).toBe('B:D');
      expect(x.data.getRange('C5:B2').getA1Notation()).toBe('B2:C5');
      const r = x.data.getRange('R5C3');
      expect([r.getA1Notation(), r.getRow(), r.getColumn()]).toEqual(['C5', 5, 3]);
      expect(x.data.getRange('R2C2:R4C5').getA1Notation()).toBe('B2:E4');
      // A range built from numbers is bounded, whatever its size.
      expect(x.data.getRange(1, 4, 1000, 3).getA1Notation()).toBe('D1:F1000');
    });
  });
});

describe('a spreadsheet is a Drive file', () => {
  test('DriveApp.getFileById(ss.getId()) finds it; changing it through Drive is not emulated', () => {
    // https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String)
    // https://developers.google.com/apps-script/reference/base/mime-type (GOOGLE_SHEETS)
    const f = fixture();
    withGlobals(f, (g) => {
      const ss = g.SpreadsheetApp.getActive();
      const file = g.DriveApp.getFileById(ss.getId());
      expect(file.getId()).toBe(ss.getId());
      expect(file.getName()).toBe('Register WRSE');
      expect(file.getMimeType()).toBe('application/vnd.google-apps.spreadsheet');
      expect(() => file.setName('lain')).toThrow(/on a spreadsheet file is not emulated/);
    });
  });
});

describe('values keep their types (getValues / setValues)', () => {
  test('numbers, strings, booleans and dates come back with their types; empty cells as ""', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()
    //   "Values may be of type Number, Boolean, Date, or String … Empty cells are represented by
    //   an empty string in the array."
    const f = fixture();
    run(f, (x) => {
      const when = new Date('2023-06-05T03:04:05.000Z');
      x.data.getRange('A1:E1').setValues([[5000000, 'K-0001', true, when, '']]);
      x.app.flush();
      const [row] = x.data.getRange('A1:E1').getValues();
      expect(row.map((v) => Object.prototype.toString.call(v))).toEqual([
        '[object Number]',
        '[object String]',
        '[object Boolean]',
        '[object Date]',
        '[object String]',
      ]);
      expect((row[3] as Date).getTime()).toBe(when.getTime());
      expect(row[4]).toBe('');
    });
  });

  test('setValues with rows that are not arrays throws the signature message', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
    const f = fixture();
    run(f, (x) => {
      expect(() => (x.data.getRange('A1:B1').setValues as (v: unknown) => void)([1, 2])).toThrow(
        "don't match the method signature for SpreadsheetApp.Range.setValues.",
      );
    });
  });
});

describe('TextFinder with a regular expression', () => {
  test('useRegularExpression(true) matches by pattern; matchEntireCell anchors it', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/text-finder#useRegularExpression(Boolean)
    // https://developers.google.com/apps-script/reference/spreadsheet/text-finder#matchEntireCell(Boolean)
    const f = fixture();
    run(f, (x) => {
      x.data.getRange('A1:A4').setValues([['K-0001'], ['xK-0002'], ['K-00'], ['k-0003']]);
      const found = (entire: boolean) =>
        x.data
          .getRange('A1:A4')
          .createTextFinder('K-\\d{4}')
          .useRegularExpression(true)
          .matchEntireCell(entire)
          .findAll()
          .map((r) => r.getA1Notation());
      expect(found(false)).toEqual(['A1', 'A2', 'A4']);
      expect(found(true)).toEqual(['A1', 'A4']);
    });
  });
});
