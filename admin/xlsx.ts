/**
 * A minimal XLSX reader on Node's `zlib` (no dependency): the zip's central directory, each
 * entry inflated (`inflateRawSync`) or stored, the workbook's sheet list and relationships,
 * shared strings (including rich-text runs) and the cells of one sheet as text.
 *
 * Cells come back as the text a user would see in a General cell: strings as written, numbers
 * in full, except numbers of 12 or more integer digits, which Excel shows (and exports to CSV)
 * as `3.52005E+15` — a NIK typed into Excel as a number has already lost its last digit, so it
 * is shown the way the importer recognises and refuses. Dates are numbers (serial days), which
 * the importers read as dates where a date is expected.
 */
import * as zlib from 'zlib';

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  offset: number;
}

function entries(buf: Buffer): Map<string, ZipEntry> {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('Berkas bukan XLSX yang sah (direktori zip tidak ditemukan).');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('Berkas XLSX rusak (direktori zip).');
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const offset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    out.set(name, { name, method, compressedSize, offset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

function read(buf: Buffer, e: ZipEntry): string {
  if (buf.readUInt32LE(e.offset) !== 0x04034b50) throw new Error('Berkas XLSX rusak (entri zip).');
  const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  if (e.method === 0) return data.toString('utf8');
  if (e.method === 8) return zlib.inflateRawSync(data).toString('utf8');
  throw new Error(`Berkas XLSX memakai kompresi ${e.method} yang tidak didukung.`);
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
}

/** All `<t>` texts inside `xml`, joined (a shared string or an inline string). */
function texts(xml: string): string {
  let out = '';
  const re = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t\s*\/>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) out += unescapeXml(m[1] ?? '');
  return out;
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref.replace(/\d+$/, '')) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A number as a General cell shows it (see the module comment). */
export function generalText(value: string): string {
  const n = Number(value);
  if (!Number.isFinite(n)) return value;
  if (Math.abs(n) >= 1e11) {
    const [mantissa, exp] = n.toExponential(5).split('e');
    const m = mantissa.replace(/\.?0+$/, '');
    return `${m}E${exp.startsWith('-') ? exp : `+${exp.replace('+', '')}`}`;
  }
  return String(n);
}

export interface XlsxSheet {
  name: string;
  rows: Array<{ line: number; cells: string[] }>;
}

/** The sheet names of a workbook, in order. */
export function sheetNames(buf: Buffer): string[] {
  const zip = entries(buf);
  const wb = zip.get('xl/workbook.xml');
  if (!wb) throw new Error('Berkas XLSX tidak berisi xl/workbook.xml.');
  return [...read(buf, wb).matchAll(/<sheet\s[^>]*>/g)].map((m) => attr(m[0], 'name') ?? '');
}

/** The rows of sheet `name` (default the first), each with its row number. */
export function readXlsx(buf: Buffer, name?: string): XlsxSheet {
  const zip = entries(buf);
  const wbEntry = zip.get('xl/workbook.xml');
  if (!wbEntry) throw new Error('Berkas XLSX tidak berisi xl/workbook.xml.');
  const sheets = [...read(buf, wbEntry).matchAll(/<sheet\s[^>]*>/g)].map((m) => ({
    name: attr(m[0], 'name') ?? '',
    rid: attr(m[0], 'r:id') ?? '',
  }));
  const sheet = name ? sheets.find((s) => s.name === name) : sheets[0];
  if (!sheet) throw new Error(`Lembar "${name ?? ''}" tidak ada di berkas XLSX.`);
  const relsEntry = zip.get('xl/_rels/workbook.xml.rels');
  let target = 'worksheets/sheet1.xml';
  if (relsEntry) {
    for (const m of read(buf, relsEntry).matchAll(/<Relationship\s[^>]*>/g)) {
      if (attr(m[0], 'Id') === sheet.rid) target = attr(m[0], 'Target') ?? target;
    }
  }
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const sheetEntry = zip.get(path);
  if (!sheetEntry) throw new Error(`Berkas XLSX tidak berisi ${path}.`);
  const sstEntry = zip.get('xl/sharedStrings.xml');
  const shared = sstEntry
    ? [...read(buf, sstEntry).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => texts(m[1]))
    : [];
  const rows: XlsxSheet['rows'] = [];
  const xml = read(buf, sheetEntry);
  for (const rm of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const line = Number(attr(rm[1], 'r') ?? rows.length + 1);
    const cells: string[] = [];
    for (const cm of (rm[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = attr(cm[1], 'r');
      const type = attr(cm[1], 't') ?? 'n';
      const inner = cm[2] ?? '';
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      let text = '';
      if (type === 's') text = shared[Number(v)] ?? '';
      else if (type === 'inlineStr') text = texts(inner);
      else if (type === 'b') text = v === '1' ? 'TRUE' : 'FALSE';
      else if (type === 'str' || type === 'e') text = unescapeXml(v ?? '');
      else text = v === undefined ? '' : generalText(v);
      const index = ref ? columnIndex(ref) : cells.length;
      while (cells.length < index) cells.push('');
      cells[index] = text;
    }
    rows.push({ line, cells });
  }
  return { name: sheet.name, rows };
}
