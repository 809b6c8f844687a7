/**
 * The computing half of `Utilities`, run on the host (Node's crypto): digests, HMAC, UUIDs,
 * base64. The facade may run in a sandbox realm with no `crypto`, `Buffer` or `TextEncoder`
 * (like Apps Script's V8), so it sends these over the wire. Bytes travel as arrays of SIGNED
 * integers (-128..127), exactly what Apps Script returns.
 */
import * as crypto from 'crypto';
import type { BackendModule } from './world';

const ALGORITHMS: Record<string, string> = {
  MD2: 'md2',
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

const HMACS: Record<string, string> = {
  HMAC_MD5: 'md5',
  HMAC_SHA_1: 'sha1',
  HMAC_SHA_256: 'sha256',
  HMAC_SHA_384: 'sha384',
  HMAC_SHA_512: 'sha512',
};

/** A string or an array of (signed or unsigned) bytes, as the facade sends it. */
type Data = string | number[];

function toBuffer(data: Data, charset: string | null | undefined): Buffer {
  if (typeof data !== 'string') return Buffer.from(data.map((b) => b & 0xff));
  return charset === 'US_ASCII' ? asciiBytes(data) : Buffer.from(data, 'utf8');
}

/**
 * A string in US-ASCII as Java encodes it (`String.getBytes(US_ASCII)`): each character outside
 * ASCII — a whole code point, so an emoji's surrogate pair too — becomes one '?' (0x3F). Not
 * latin1: 'é' is '?', not 0xE9.
 */
function asciiBytes(s: string): Buffer {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    out.push(c < 0x80 ? c : 0x3f);
  }
  return Buffer.from(out);
}

/** Bytes decoded as US-ASCII the Java way: a byte over 0x7F becomes U+FFFD. */
function asciiString(buf: Buffer): string {
  let out = '';
  for (const b of buf) out += b < 0x80 ? String.fromCharCode(b) : '\uFFFD';
  return out;
}

/** Node bytes → Apps Script's signed bytes. */
export function signed(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

export class UtilitiesBackend implements BackendModule {
  readonly name: string;

  constructor() {
    this.name = 'utilities';
  }

  handle(op: string, args: unknown[]): unknown {
    switch (op) {
      case 'digest': {
        const alg = ALGORITHMS[String(args[0])];
        if (!alg) throw new Error(`Invalid argument: algorithm`);
        // A string without a charset is digested as US-ASCII (Apps Script's default here).
        const buf = toBuffer(args[1] as Data, (args[2] as string | null) ?? 'US_ASCII');
        return signed(crypto.createHash(alg).update(buf).digest());
      }
      case 'hmac': {
        const alg = HMACS[String(args[0])];
        if (!alg) throw new Error(`Invalid argument: algorithm`);
        // A string without a charset is signed as US-ASCII (Apps Script's default here).
        const charset = (args[3] as string | null) ?? 'US_ASCII';
        const key = toBuffer(args[2] as Data, charset);
        const value = toBuffer(args[1] as Data, charset);
        return signed(crypto.createHmac(alg, key).update(value).digest());
      }
      case 'uuid':
        return crypto.randomUUID();
      case 'base64Encode': {
        const b64 = toBuffer(args[0] as Data, args[1] as string | null).toString('base64');
        return args[2] ? b64.replace(/\+/g, '-').replace(/\//g, '_') : b64;
      }
      case 'base64Decode': {
        const s = String(args[0]).replace(/-/g, '+').replace(/_/g, '/');
        if (/[^A-Za-z0-9+/=\s]/.test(s)) throw new Error('Could not decode string.');
        return signed(Buffer.from(s, 'base64'));
      }
      case 'bytesToString': {
        const buf = toBuffer(args[0] as number[], null);
        return args[1] === 'US_ASCII' ? asciiString(buf) : buf.toString('utf8');
      }
      case 'stringToBytes':
        return signed(toBuffer(String(args[0]), args[1] as string | null));
      default:
        throw new Error(`Apps Script emulation: utilities.${op} is not an operation.`);
    }
  }

  snapshot(): unknown {
    return {};
  }

  restore(): void {}
}
