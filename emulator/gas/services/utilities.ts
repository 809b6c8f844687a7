/**
 * `Utilities`: sleep, UUIDs, digests and HMAC (SIGNED byte arrays, as Apps Script returns),
 * base64, `formatDate`, a minimal `Blob` and the `DigestAlgorithm`/`MacAlgorithm`/`Charset`
 * enums. Byte work is done by the `utilities` backend (the script's realm has no crypto).
 */
import { guard } from '../../core/guard';
import type { FacadeContext } from '../context';
import { enumName, makeEnum } from './enums';
import { formatDate } from './formatDate';
import { wait } from './wait';

const S = 'Utilities';

const DigestAlgorithm = makeEnum('DigestAlgorithm', [
  'MD2',
  'MD5',
  'SHA_1',
  'SHA_256',
  'SHA_384',
  'SHA_512',
]);
const MacAlgorithm = makeEnum('MacAlgorithm', [
  'HMAC_MD5',
  'HMAC_SHA_1',
  'HMAC_SHA_256',
  'HMAC_SHA_384',
  'HMAC_SHA_512',
]);
const Charset = makeEnum('Charset', ['US_ASCII', 'UTF_8']);

type Data = string | number[];

/** A charset given as a `Utilities.Charset` value or, for `Blob.getDataAsString`, a name. */
function charsetName(c: unknown): string | null {
  if (c == null) return null;
  const name = enumName(c).toUpperCase().replace(/-/g, '_');
  if (name === 'UTF_8' || name === 'US_ASCII') return name;
  throw new Error(`Apps Script emulation: the charset ${enumName(c)} is not emulated.`);
}

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** Bytes of a string, byte array or Blob, as the backend wants them. */
function dataOf(v: unknown): Data {
  if (typeof v === 'string' || Array.isArray(v)) return v as Data;
  if (v && typeof v === 'object' && 'getBytes' in v) {
    return (v as GoogleAppsScript.Base.Blob).getBytes() as number[];
  }
  return String(v);
}

function createBlob(
  ctx: FacadeContext,
  data: Data,
  contentType: string | null,
  name: string | null,
): GoogleAppsScript.Base.Blob {
  let type = contentType;
  let fileName = name;
  const blob = {
    getBytes(): number[] {
      ctx.charge(S, 'Blob.getBytes', 'runtime');
      return typeof data === 'string'
        ? ctx.backend<number[]>('utilities.stringToBytes', data, null)
        : data.slice();
    },
    getDataAsString(charset?: unknown): string {
      ctx.charge(S, 'Blob.getDataAsString', 'runtime');
      if (typeof data === 'string' && charset == null) return data;
      const bytes =
        typeof data === 'string'
          ? ctx.backend<number[]>('utilities.stringToBytes', data, null)
          : data;
      return ctx.backend<string>('utilities.bytesToString', bytes, charsetName(charset));
    },
    getName: () => (ctx.charge(S, 'Blob.getName', 'local'), fileName),
    setName(n: string) {
      ctx.charge(S, 'Blob.setName', 'local');
      fileName = n;
      return self;
    },
    getContentType: () => (ctx.charge(S, 'Blob.getContentType', 'local'), type),
    setContentType(t: string) {
      ctx.charge(S, 'Blob.setContentType', 'local');
      type = t;
      return self;
    },
    copyBlob() {
      ctx.charge(S, 'Blob.copyBlob', 'local');
      return createBlob(ctx, typeof data === 'string' ? data : data.slice(), type, fileName);
    },
    isGoogleType: () => (ctx.charge(S, 'Blob.isGoogleType', 'local'), false),
  };
  const self = guard(blob, 'Blob') as unknown as GoogleAppsScript.Base.Blob;
  return self;
}

export function createUtilities(ctx: FacadeContext): GoogleAppsScript.Utilities.Utilities {
  const utilities = {
    DigestAlgorithm,
    MacAlgorithm,
    Charset,
    sleep(milliseconds: number): void {
      ctx.charge(S, 'Utilities.sleep', 'runtime');
      const ms = Math.max(0, Number(milliseconds) || 0);
      wait(ctx, S, 'Utilities.sleep', ms);
      // Google's clock moves on while the script sleeps (cache entries expire, `after(ms)`
      // triggers come due); a modeled sleep moves the backend clock by as much.
      if (!ctx.options.realTime && ms > 0) ctx.backend('clock.advance', ms);
    },
    getUuid(): string {
      ctx.charge(S, 'Utilities.getUuid', 'runtime');
      return ctx.backend<string>('utilities.uuid');
    },
    computeDigest(algorithm: unknown, value: unknown, charset?: unknown): number[] {
      ctx.charge(S, 'Utilities.computeDigest', 'runtime');
      return ctx.backend<number[]>(
        'utilities.digest',
        enumName(algorithm),
        dataOf(value),
        charsetName(charset),
      );
    },
    computeHmacSignature(
      algorithm: unknown,
      value: unknown,
      key: unknown,
      charset?: unknown,
    ): number[] {
      ctx.charge(S, 'Utilities.computeHmacSignature', 'runtime');
      return ctx.backend<number[]>(
        'utilities.hmac',
        enumName(algorithm),
        dataOf(value),
        dataOf(key),
        charsetName(charset),
      );
    },
    computeHmacSha256Signature(value: unknown, key: unknown, charset?: unknown): number[] {
      ctx.charge(S, 'Utilities.computeHmacSha256Signature', 'runtime');
      return ctx.backend<number[]>(
        'utilities.hmac',
        'HMAC_SHA_256',
        dataOf(value),
        dataOf(key),
        charsetName(charset),
      );
    },
    base64Encode(data: unknown, charset?: unknown): string {
      ctx.charge(S, 'Utilities.base64Encode', 'runtime');
      return ctx.backend<string>(
        'utilities.base64Encode',
        dataOf(data),
        charsetName(charset),
        false,
      );
    },
    base64EncodeWebSafe(data: unknown, charset?: unknown): string {
      ctx.charge(S, 'Utilities.base64EncodeWebSafe', 'runtime');
      return ctx.backend<string>(
        'utilities.base64Encode',
        dataOf(data),
        charsetName(charset),
        true,
      );
    },
    base64Decode(encoded: string): number[] {
      ctx.charge(S, 'Utilities.base64Decode', 'runtime');
      return ctx.backend<number[]>('utilities.base64Decode', encoded);
    },
    base64DecodeWebSafe(encoded: string): number[] {
      ctx.charge(S, 'Utilities.base64DecodeWebSafe', 'runtime');
      return ctx.backend<number[]>('utilities.base64Decode', encoded);
    },
    formatDate(date: Date, timeZone: string, format: string): string {
      ctx.charge(S, 'Utilities.formatDate', 'runtime');
      if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
        throw new Error(
          'The parameters (' +
            [date, timeZone, format].map((a) => (isDate(a) ? 'Date' : typeof a)).join(',') +
            ") don't match the method signature for Utilities.formatDate.",
        );
      }
      return formatDate(date, timeZone, format);
    },
    newBlob(data: unknown, contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
      ctx.charge(S, 'Utilities.newBlob', 'runtime');
      return createBlob(
        ctx,
        typeof data === 'string' || Array.isArray(data) ? data : String(data ?? ''),
        contentType ?? null,
        name ?? null,
      );
    },
  };
  return guard(utilities, S) as unknown as GoogleAppsScript.Utilities.Utilities;
}
