/**
 * A QR Code encoder (ISO/IEC 18004) written for the letters, so that the verification QR is made
 * inside Apps Script without any service: byte mode (UTF-8), versions 1-10, error correction
 * L/M/Q/H (letters use Q: they are printed, stamped and photocopied), Reed-Solomon over GF(256),
 * the eight masks with the standard penalty, format and version information. Plus a PNG writer
 * (1-bit greyscale, zlib with stored deflate blocks, CRC-32, Adler-32) and base64, by hand: no
 * Buffer, zlib, TextEncoder or btoa (Apps Script has none of them).
 */

export type QrEcc = 'L' | 'M' | 'Q' | 'H';

/** A QR symbol: `modules[row][col]`, true = dark. Without the quiet zone. */
export type QrMatrix = boolean[][];

export interface QrOptions {
  /** Error correction level; default 'Q'. */
  ecc?: QrEcc;
  /** Smallest version to use (1-10); default 1. */
  minVersion?: number;
  /** Force a mask 0-7 (tests); default: the mask with the lowest penalty. */
  mask?: number;
}

export const QR_MAX_VERSION = 10;

/** Per version 1-10 and level: [EC codewords per block, blocks 1, data cw 1, blocks 2, data cw 2]. */
const EC_TABLE: Record<QrEcc, ReadonlyArray<readonly number[]>> = {
  L: [
    [7, 1, 19, 0, 0],
    [10, 1, 34, 0, 0],
    [15, 1, 55, 0, 0],
    [20, 1, 80, 0, 0],
    [26, 1, 108, 0, 0],
    [18, 2, 68, 0, 0],
    [20, 2, 78, 0, 0],
    [24, 2, 97, 0, 0],
    [30, 2, 116, 0, 0],
    [18, 2, 68, 2, 69],
  ],
  M: [
    [10, 1, 16, 0, 0],
    [16, 1, 28, 0, 0],
    [26, 1, 44, 0, 0],
    [18, 2, 32, 0, 0],
    [24, 2, 43, 0, 0],
    [16, 4, 27, 0, 0],
    [18, 4, 31, 0, 0],
    [22, 2, 38, 2, 39],
    [22, 3, 36, 2, 37],
    [26, 4, 43, 1, 44],
  ],
  Q: [
    [13, 1, 13, 0, 0],
    [22, 1, 22, 0, 0],
    [18, 2, 17, 0, 0],
    [26, 2, 24, 0, 0],
    [18, 2, 15, 2, 16],
    [24, 4, 19, 0, 0],
    [18, 2, 14, 4, 15],
    [22, 4, 18, 2, 19],
    [20, 4, 16, 4, 17],
    [24, 6, 19, 2, 20],
  ],
  H: [
    [17, 1, 9, 0, 0],
    [28, 1, 16, 0, 0],
    [22, 2, 13, 0, 0],
    [16, 4, 9, 0, 0],
    [22, 2, 11, 2, 12],
    [28, 4, 15, 0, 0],
    [26, 4, 13, 1, 14],
    [26, 4, 14, 2, 15],
    [24, 4, 12, 4, 13],
    [28, 6, 15, 2, 16],
  ],
};

/** Centres of the alignment patterns, versions 1-10. */
const ALIGNMENT: ReadonlyArray<readonly number[]> = [
  [],
  [6, 18],
  [6, 22],
  [6, 26],
  [6, 30],
  [6, 34],
  [6, 22, 38],
  [6, 24, 42],
  [6, 26, 46],
  [6, 28, 50],
];

const ECC_BITS: Record<QrEcc, number> = { L: 1, M: 0, Q: 3, H: 2 };

/** Data codewords of a version and level. */
function dataCodewords(version: number, ecc: QrEcc): number {
  const [, b1, d1, b2, d2] = EC_TABLE[ecc][version - 1];
  return b1 * d1 + b2 * d2;
}

/**
 * How many bytes of text fit in a version at a level (byte mode).
 * @example qrByteCapacity(10, 'Q') // 151
 */
export function qrByteCapacity(version: number, ecc: QrEcc = 'Q'): number {
  const countBits = version <= 9 ? 8 : 16;
  return Math.floor((dataCodewords(version, ecc) * 8 - 4 - countBits) / 8);
}

/** UTF-8 bytes of a string, by hand (no TextEncoder in Apps Script). */
export function utf8Bytes(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd; // lone surrogate
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else {
      out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
  }
  return out;
}

// ------------------------------------------------------------------ Reed-Solomon over GF(256)

let EXP: number[] | null = null;
let LOG: number[] | null = null;

function gfTables(): { exp: number[]; log: number[] } {
  if (!EXP || !LOG) {
    EXP = new Array<number>(512);
    LOG = new Array<number>(256).fill(0);
    let x = 1;
    for (let i = 0; i < 255; i++) {
      EXP[i] = x;
      LOG[x] = i;
      x <<= 1;
      if (x & 0x100) x ^= 0x11d;
    }
    for (let i = 255; i < 512; i++) EXP[i] = EXP[i - 255];
  }
  return { exp: EXP, log: LOG };
}

function gfMul(a: number, b: number): number {
  if (a === 0 || b === 0) return 0;
  const { exp, log } = gfTables();
  return exp[log[a] + log[b]];
}

/** Generator polynomial of degree n (coefficients, highest first, leading 1 omitted). */
function rsGenerator(n: number): number[] {
  const { exp } = gfTables();
  let poly = [1];
  for (let i = 0; i < n; i++) {
    const next = new Array<number>(poly.length + 1).fill(0);
    for (let j = 0; j < poly.length; j++) {
      next[j] ^= poly[j];
      next[j + 1] ^= gfMul(poly[j], exp[i]);
    }
    poly = next;
  }
  return poly.slice(1);
}

/** The n error-correction codewords of a block. */
export function rsRemainder(data: readonly number[], n: number): number[] {
  const gen = rsGenerator(n);
  const rem = new Array<number>(n).fill(0);
  for (const byte of data) {
    const factor = byte ^ (rem.shift() as number);
    rem.push(0);
    for (let i = 0; i < n; i++) rem[i] ^= gfMul(gen[i], factor);
  }
  return rem;
}

// ------------------------------------------------------------------ encoding

function chooseVersion(length: number, ecc: QrEcc, minVersion: number): number {
  for (let v = Math.max(1, minVersion); v <= QR_MAX_VERSION; v++) {
    if (length <= qrByteCapacity(v, ecc)) return v;
  }
  throw new Error(
    `Teks terlalu panjang untuk kode QR: ${length} bita, padahal kapasitas versi ${QR_MAX_VERSION} ` +
      `dengan koreksi galat ${ecc} paling banyak ${qrByteCapacity(QR_MAX_VERSION, ecc)} bita.`,
  );
}

/** Data codewords: mode, count, bytes, terminator, padding. */
function dataStream(bytes: readonly number[], version: number, ecc: QrEcc): number[] {
  const bits: number[] = [];
  const put = (value: number, len: number) => {
    for (let i = len - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  put(0b0100, 4);
  put(bytes.length, version <= 9 ? 8 : 16);
  for (const b of bytes) put(b, 8);
  const capacityBits = dataCodewords(version, ecc) * 8;
  put(0, Math.min(4, capacityBits - bits.length));
  while (bits.length % 8 !== 0) bits.push(0);
  const out: number[] = [];
  for (let i = 0; i < bits.length; i += 8) {
    let b = 0;
    for (let j = 0; j < 8; j++) b = (b << 1) | bits[i + j];
    out.push(b);
  }
  for (let pad = 0xec; out.length < capacityBits / 8; pad ^= 0xec ^ 0x11) out.push(pad);
  return out;
}

/** Splits into blocks, adds Reed-Solomon codewords and interleaves. */
function interleave(data: readonly number[], version: number, ecc: QrEcc): number[] {
  const [ecLen, b1, d1, b2, d2] = EC_TABLE[ecc][version - 1];
  const blocks: number[][] = [];
  let at = 0;
  for (let i = 0; i < b1 + b2; i++) {
    const len = i < b1 ? d1 : d2;
    blocks.push(data.slice(at, at + len));
    at += len;
  }
  const ecBlocks = blocks.map((b) => rsRemainder(b, ecLen));
  const out: number[] = [];
  const maxData = Math.max(d1, d2);
  for (let i = 0; i < maxData; i++) for (const b of blocks) if (i < b.length) out.push(b[i]);
  for (let i = 0; i < ecLen; i++) for (const b of ecBlocks) out.push(b[i]);
  return out;
}

// ------------------------------------------------------------------ the matrix

interface Grid {
  size: number;
  dark: boolean[][];
  reserved: boolean[][];
}

function newGrid(version: number): Grid {
  const size = version * 4 + 17;
  const row = () => new Array<boolean>(size).fill(false);
  return {
    size,
    dark: Array.from({ length: size }, row),
    reserved: Array.from({ length: size }, row),
  };
}

function setFn(g: Grid, x: number, y: number, dark: boolean): void {
  g.dark[y][x] = dark;
  g.reserved[y][x] = true;
}

function drawFunctionPatterns(g: Grid, version: number): void {
  const { size } = g;
  for (let i = 0; i < size; i++) {
    setFn(g, 6, i, i % 2 === 0);
    setFn(g, i, 6, i % 2 === 0);
  }
  // Finder patterns with their separators.
  for (const [cx, cy] of [
    [3, 3],
    [size - 4, 3],
    [3, size - 4],
  ]) {
    for (let dy = -4; dy <= 4; dy++) {
      for (let dx = -4; dx <= 4; dx++) {
        const x = cx + dx;
        const y = cy + dy;
        if (x < 0 || y < 0 || x >= size || y >= size) continue;
        const d = Math.max(Math.abs(dx), Math.abs(dy));
        setFn(g, x, y, d !== 2 && d !== 4);
      }
    }
  }
  const pos = ALIGNMENT[version - 1];
  for (let i = 0; i < pos.length; i++) {
    for (let j = 0; j < pos.length; j++) {
      const last = pos.length - 1;
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) continue;
      for (let dy = -2; dy <= 2; dy++) {
        for (let dx = -2; dx <= 2; dx++) {
          setFn(g, pos[i] + dx, pos[j] + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
        }
      }
    }
  }
  drawFormat(g, 'L', 0); // reserve the format areas; rewritten once the mask is chosen
  if (version >= 7) drawVersion(g, version);
}

/** The 15 bits of format information (level, mask) with BCH code and XOR mask. */
export function formatBits(ecc: QrEcc, mask: number): number {
  const data = (ECC_BITS[ecc] << 3) | mask;
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  return ((data << 10) | rem) ^ 0x5412;
}

/** The 18 bits of version information (versions 7 and up). */
export function versionBits(version: number): number {
  let rem = version;
  for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
  return (version << 12) | rem;
}

function drawFormat(g: Grid, ecc: QrEcc, mask: number): void {
  const bits = formatBits(ecc, mask);
  const bit = (i: number) => ((bits >>> i) & 1) !== 0;
  const { size } = g;
  for (let i = 0; i <= 5; i++) setFn(g, 8, i, bit(i));
  setFn(g, 8, 7, bit(6));
  setFn(g, 8, 8, bit(7));
  setFn(g, 7, 8, bit(8));
  for (let i = 9; i < 15; i++) setFn(g, 14 - i, 8, bit(i));
  for (let i = 0; i < 8; i++) setFn(g, size - 1 - i, 8, bit(i));
  for (let i = 8; i < 15; i++) setFn(g, 8, size - 15 + i, bit(i));
  setFn(g, 8, size - 8, true); // the dark module
}

function drawVersion(g: Grid, version: number): void {
  const bits = versionBits(version);
  for (let i = 0; i < 18; i++) {
    const dark = ((bits >>> i) & 1) !== 0;
    const a = g.size - 11 + (i % 3);
    const b = Math.floor(i / 3);
    setFn(g, a, b, dark);
    setFn(g, b, a, dark);
  }
}

function drawCodewords(g: Grid, codewords: readonly number[]): void {
  const { size } = g;
  let i = 0;
  const total = codewords.length * 8;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    const upward = ((right + 1) & 2) === 0;
    for (let vert = 0; vert < size; vert++) {
      for (let j = 0; j < 2; j++) {
        const x = right - j;
        const y = upward ? size - 1 - vert : vert;
        if (g.reserved[y][x]) continue;
        // Remainder bits (past the last codeword) stay light.
        g.dark[y][x] = i < total && ((codewords[i >>> 3] >>> (7 - (i & 7))) & 1) !== 0;
        i++;
      }
    }
  }
}

function maskBit(mask: number, x: number, y: number): boolean {
  switch (mask) {
    case 0:
      return (x + y) % 2 === 0;
    case 1:
      return y % 2 === 0;
    case 2:
      return x % 3 === 0;
    case 3:
      return (x + y) % 3 === 0;
    case 4:
      return (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0;
    case 5:
      return ((x * y) % 2) + ((x * y) % 3) === 0;
    case 6:
      return (((x * y) % 2) + ((x * y) % 3)) % 2 === 0;
    default:
      return (((x + y) % 2) + ((x * y) % 3)) % 2 === 0;
  }
}

function applyMask(g: Grid, mask: number): void {
  for (let y = 0; y < g.size; y++) {
    for (let x = 0; x < g.size; x++) {
      if (!g.reserved[y][x] && maskBit(mask, x, y)) g.dark[y][x] = !g.dark[y][x];
    }
  }
}

const FINDER_A = [true, false, true, true, true, false, true, false, false, false, false];
const FINDER_B = FINDER_A.slice().reverse();

function linePenalty(line: readonly boolean[]): number {
  let score = 0;
  let run = 1;
  for (let i = 1; i <= line.length; i++) {
    if (i < line.length && line[i] === line[i - 1]) run++;
    else {
      if (run >= 5) score += 3 + (run - 5);
      run = 1;
    }
  }
  // Finder-like 1:1:3:1:1 with four light modules on one side (outside counts as light).
  const padded = [false, false, false, false, ...line, false, false, false, false];
  for (let i = 0; i + 11 <= padded.length; i++) {
    let a = true;
    let b = true;
    for (let k = 0; k < 11 && (a || b); k++) {
      if (padded[i + k] !== FINDER_A[k]) a = false;
      if (padded[i + k] !== FINDER_B[k]) b = false;
    }
    if (a) score += 40;
    if (b) score += 40;
  }
  return score;
}

/** The penalty score of a masked symbol (rules N1-N4 of the standard). */
export function qrPenalty(m: QrMatrix): number {
  const size = m.length;
  let score = 0;
  let dark = 0;
  for (let y = 0; y < size; y++) {
    score += linePenalty(m[y]);
    score += linePenalty(m.map((row) => row[y]));
    for (let x = 0; x < size; x++) {
      if (m[y][x]) dark++;
      if (x + 1 < size && y + 1 < size) {
        const c = m[y][x];
        if (m[y][x + 1] === c && m[y + 1][x] === c && m[y + 1][x + 1] === c) score += 3;
      }
    }
  }
  const total = size * size;
  const k = Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1;
  return score + Math.max(0, k) * 10;
}

/** Version, level and mask of an encoded symbol, with its matrix. */
export interface QrSymbol {
  version: number;
  ecc: QrEcc;
  mask: number;
  modules: QrMatrix;
}

/** Encodes text (UTF-8, byte mode) into a QR symbol, version 1-10. Throws when it does not fit. */
export function qrEncode(text: string, options: QrOptions = {}): QrSymbol {
  const ecc: QrEcc = options.ecc ?? 'Q';
  if (!(ecc in EC_TABLE)) throw new Error(`Tingkat koreksi galat QR tidak dikenal: ${String(ecc)}`);
  const bytes = utf8Bytes(String(text));
  const version = chooseVersion(bytes.length, ecc, options.minVersion ?? 1);
  const codewords = interleave(dataStream(bytes, version, ecc), version, ecc);
  const g = newGrid(version);
  drawFunctionPatterns(g, version);
  drawCodewords(g, codewords);
  let best = -1;
  let bestScore = Infinity;
  const masks = options.mask === undefined ? [0, 1, 2, 3, 4, 5, 6, 7] : [options.mask];
  for (const mask of masks) {
    applyMask(g, mask);
    drawFormat(g, ecc, mask);
    const score = masks.length === 1 ? 0 : qrPenalty(g.dark);
    if (score < bestScore) {
      best = mask;
      bestScore = score;
    }
    applyMask(g, mask); // undo (XOR)
  }
  applyMask(g, best);
  drawFormat(g, ecc, best);
  return { version, ecc, mask: best, modules: g.dark.map((row) => row.slice()) };
}

/** The boolean matrix of the QR code of `text` (true = dark), without the quiet zone. */
export function qrMatrix(text: string, options: QrOptions = {}): QrMatrix {
  return qrEncode(text, options).modules;
}

// ------------------------------------------------------------------ PNG, zlib, base64

let CRC_TABLE: number[] | null = null;

/** CRC-32 (PNG chunks). */
export function crc32(bytes: ArrayLike<number>, start = 0, end = bytes.length): number {
  if (!CRC_TABLE) {
    CRC_TABLE = [];
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE.push(c >>> 0);
    }
  }
  let crc = 0xffffffff;
  for (let i = start; i < end; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Adler-32 (zlib stream). */
export function adler32(bytes: ArrayLike<number>): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; i++) {
    a = (a + bytes[i]) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** A zlib stream of stored (uncompressed) deflate blocks. */
export function zlibStored(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / 65535));
  const out = new Uint8Array(2 + data.length + blocks * 5 + 4);
  let o = 0;
  out[o++] = 0x78; // CM 8 (deflate), window 32K
  out[o++] = 0x01; // no dictionary, fastest; (0x78 * 256 + 0x01) % 31 === 0
  for (let b = 0; b < blocks; b++) {
    const start = b * 65535;
    const len = Math.min(65535, data.length - start);
    out[o++] = b === blocks - 1 ? 1 : 0; // BFINAL, BTYPE 00
    out[o++] = len & 0xff;
    out[o++] = len >>> 8;
    out[o++] = ~len & 0xff;
    out[o++] = (~len >>> 8) & 0xff;
    out.set(data.subarray(start, start + len), o);
    o += len;
  }
  const adler = adler32(data);
  out[o++] = adler >>> 24;
  out[o++] = (adler >>> 16) & 0xff;
  out[o++] = (adler >>> 8) & 0xff;
  out[o++] = adler & 0xff;
  return out;
}

function u32(out: number[], v: number): void {
  out.push((v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
}

function chunk(out: number[], type: string, data: ArrayLike<number>): void {
  u32(out, data.length);
  const start = out.length;
  for (let i = 0; i < 4; i++) out.push(type.charCodeAt(i));
  for (let i = 0; i < data.length; i++) out.push(data[i]);
  u32(out, crc32(out, start, out.length));
}

/**
 * A PNG image (1-bit greyscale) of a boolean matrix (true = black): `scale` pixels per module
 * and `margin` light modules around it (the quiet zone; 4 by the standard).
 */
export function qrPng(matrix: QrMatrix, scale = 4, margin = 4): Uint8Array {
  if (!(scale >= 1 && scale <= 64 && Number.isInteger(scale))) {
    throw new Error(`Skala gambar QR harus bilangan bulat 1-64, bukan ${String(scale)}.`);
  }
  if (!(margin >= 0 && margin <= 64 && Number.isInteger(margin))) {
    throw new Error(`Margin gambar QR harus bilangan bulat 0-64, bukan ${String(margin)}.`);
  }
  const n = matrix.length;
  const side = (n + 2 * margin) * scale;
  const rowBytes = Math.ceil(side / 8);
  const raw = new Uint8Array((rowBytes + 1) * side);
  for (let py = 0; py < side; py++) {
    const my = Math.floor(py / scale) - margin;
    const rowStart = py * (rowBytes + 1); // filter byte 0 (None)
    for (let px = 0; px < side; px++) {
      const mx = Math.floor(px / scale) - margin;
      const dark = my >= 0 && my < n && mx >= 0 && mx < n && matrix[my][mx];
      // Greyscale 1 bit: 1 = white, 0 = black.
      if (!dark) raw[rowStart + 1 + (px >>> 3)] |= 0x80 >>> (px & 7);
    }
  }
  const out: number[] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const ihdr: number[] = [];
  u32(ihdr, side);
  u32(ihdr, side);
  ihdr.push(1, 0, 0, 0, 0); // bit depth 1, greyscale, deflate, filter 0, no interlace
  chunk(out, 'IHDR', ihdr);
  chunk(out, 'IDAT', zlibStored(raw));
  chunk(out, 'IEND', []);
  return Uint8Array.from(out);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of bytes, with padding (no btoa/Buffer in Apps Script). */
export function base64(bytes: ArrayLike<number>): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += B64[v >>> 18] + B64[(v >>> 12) & 63] + B64[(v >>> 6) & 63] + B64[v & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const v = bytes[i] << 16;
    out += `${B64[v >>> 18]}${B64[(v >>> 12) & 63]}==`;
  } else if (rest === 2) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += `${B64[v >>> 18]}${B64[(v >>> 12) & 63]}${B64[(v >>> 6) & 63]}=`;
  }
  return out;
}

/** The QR code of `text` as a PNG data URI (`data:image/png;base64,...`), level Q by default. */
export function qrDataUri(text: string, scale = 4, options: QrOptions = {}): string {
  return `data:image/png;base64,${base64(qrPng(qrMatrix(text, options), scale, 4))}`;
}
