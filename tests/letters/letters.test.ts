/**
 * Golden tests of every letter for a full group of 20 (names with &, <, quotes, apostrophes and a
 * very long one), the escaping of every user string, the helpers and the precompiled templates.
 * Golden files: tests/letters/golden/*.html; rewrite them with UPDATE_GOLDEN=1 (then review one
 * rendered with headless Chromium, see docs/letters.md).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import {
  buildBastView,
  buildSktView,
  formatNip,
  HELPER_NAMES,
  LETTER_HELPERS,
  officeFromSettings,
  paragraphs,
  renderLetter,
  safeImageDataUri,
  scrubNik,
  templateNames,
  type LetterMemberInput,
} from '../../src/letters';
import { allViews, CASE, KADIS, MEMBERS, meta, OFFICE, STAF } from './fixtures';

const GOLDEN = path.join(__dirname, 'golden');
const ROOT = path.join(__dirname, '..', '..');

/**
 * The rendered letters formatted by prettier (the repository checks every .html with it, so the
 * golden files are stored formatted). Prettier runs in a child process (it is ESM-only in jest).
 */
function formatted(files: Record<string, string>): Record<string, string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letters-'));
  for (const [name, html] of Object.entries(files))
    fs.writeFileSync(path.join(dir, `${name}.html`), html);
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/prettier/bin/prettier.cjs'),
      '--config',
      path.join(ROOT, '.prettierrc.json'),
      '--write',
      dir,
    ],
    { cwd: ROOT, stdio: 'ignore' },
  );
  const out: Record<string, string> = {};
  for (const name of Object.keys(files))
    out[name] = fs.readFileSync(path.join(dir, `${name}.html`), 'utf8');
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}

describe('golden letters', () => {
  const rendered: Record<string, string> = {};
  for (const { golden, kind, view } of allViews())
    rendered[golden] = renderLetter(kind, view as never);
  let pretty: Record<string, string> = {};
  beforeAll(() => {
    pretty = formatted(rendered);
  });

  for (const golden of Object.keys(rendered)) {
    test(`${golden} matches golden/${golden}.html`, () => {
      const html = rendered[golden];
      const file = path.join(GOLDEN, `${golden}.html`);
      if (process.env.UPDATE_GOLDEN === '1' || !fs.existsSync(file)) {
        fs.writeFileSync(file, pretty[golden]);
      }
      expect(pretty[golden]).toBe(fs.readFileSync(file, 'utf8'));
      // The whole group is listed, NIKs masked, hostile-looking names escaped.
      for (const m of MEMBERS) expect(html).not.toContain(m.nik);
      expect(html.match(/352005\*{6}\d{4}/g)?.length ?? 0).toBeGreaterThanOrEqual(20);
      expect(html).toContain('Wahyuni &lt;Yuni&gt;');
      expect(html).toContain('Tutik &amp; Sumarni');
      expect(html).toContain('Siti Ma&#x27;rifah');
      expect(html).toContain('Endang &quot;Dewi&quot; Rahayu');
      expect(html).toContain('PEMERINTAH KABUPATEN MAGETAN');
      expect(html).toContain('DINAS SOSIAL');
      expect(html).toMatch(/^<!DOCTYPE html>\n<html lang=/);
      // No external resource: every src is a data URI, no <link>, no <script>.
      for (const m of html.matchAll(/\ssrc=(["'])(.*?)\1/g)) expect(m[2]).toMatch(/^data:image\//);
      expect(html).not.toMatch(/<link|<script|url\(/i);
    });
  }

  test('issued letters carry number, date, signer, verification; the draft carries none', () => {
    const byName = new Map(
      allViews().map((v) => [v.golden, renderLetter(v.kind, v.view as never)]),
    );
    const skt = byName.get('skt') as string;
    expect(skt).toContain('400.9.12.2/061/403.107/2026');
    expect(skt).toContain('pada tanggal 5 Juni 2026');
    expect(skt).toContain('NIP 19680512 199403 1 007');
    expect(skt).toContain('Pembina Utama Muda (IV/c)');
    expect(skt).toContain('T3HW-9P6C');
    expect(skt).toContain('data:image/png;base64,');
    const draft = byName.get('rekomendasi-konsep') as string;
    expect(draft).toContain('KONSEP');
    expect(draft).toContain('(belum ditandatangani)');
    expect(draft).not.toContain('Kode verifikasi');
    expect(draft).not.toContain('data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAM');
    expect(byName.get('rekomendasi')).not.toContain('KONSEP');
    expect(byName.get('bast-uang')).toContain('Rp25.000.000,00');
    expect(byName.get('bast-uang')).toContain('dua puluh lima juta rupiah');
    expect(byName.get('bast-uang')).toContain(
      'Jum&#x27;at tanggal lima bulan Juni tahun dua ribu dua puluh enam',
    );
    expect(byName.get('bast-barang')).toContain('Rp23.650.000,00');
    expect(byName.get('bast-barang')).toContain(
      'dua puluh tiga juta enam ratus lima puluh ribu rupiah',
    );
    expect(byName.get('bast-barang')).toContain('kurang Rp1.350.000,00');
    expect(byName.get('penolakan')).toContain('352005******0004');
    expect(byName.get('penolakan')).toContain('Surat pengantar dari Camat belum dilampirkan.');
    expect(byName.get('pengembalian')).toContain('Fotokopi KK atas nama Siti Ma&#x27;rifah');
  });
});

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><script>alert(2)</script>',
  "'><img src=x onerror=alert(3)>",
  '{{constructor.constructor "alert(4)"}}',
  '</td></tr></table><script>x</script>',
];

/** Every string of a value replaced by a hostile one (numbers, booleans, dates kept). */
function poison<T>(value: T, i = { n: 0 }): T {
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value) || /^\d{16,18}$/.test(value)) return value;
    if (value === 'Uang' || value === 'Barang') return value;
    return `${value}${HOSTILE[i.n++ % HOSTILE.length]}` as unknown as T;
  }
  if (Array.isArray(value)) return value.map((v) => poison(v, i)) as unknown as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = poison(v, i);
    return out as T;
  }
  return value;
}

describe('escaping', () => {
  const members = poison(MEMBERS) as LetterMemberInput[];
  for (const { golden, kind, view } of allViews(members)) {
    test(`${golden}: hostile view values never appear raw`, () => {
      const html = renderLetter(kind, poison(view) as never);
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img src=x/i);
      expect(html).not.toMatch(/onerror=alert/);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).not.toContain('alert(4)"}}x'); // mustaches in data are text, not templates
    });
  }

  test('no template uses triple-stash or {{& }} output', () => {
    const dir = path.join(ROOT, 'templates');
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.hbs'))) {
      const src = fs.readFileSync(path.join(dir, f), 'utf8');
      expect({ f, raw: /\{\{\{|\{\{&|\{\{~\{/.test(src) }).toEqual({ f, raw: false });
    }
  });

  test('a logo or QR that is not a base64 image data URI is dropped', () => {
    expect(safeImageDataUri('javascript:alert(1)')).toBe('');
    expect(safeImageDataUri('https://example.com/logo.png')).toBe('');
    expect(safeImageDataUri('data:image/svg+xml;base64,PHN2Zz4=')).toBe('');
    expect(safeImageDataUri('data:image/png;base64,iVBORw0KGgo=')).toBe(
      'data:image/png;base64,iVBORw0KGgo=',
    );
    const office = { ...OFFICE, logoDataUri: '"><script>alert(1)</script>' };
    const html = renderLetter('skt', buildSktView(CASE, MEMBERS, KADIS, office, meta('X', '1')));
    expect(html).not.toContain('alt="Logo"');
  });
});

describe('formats and helpers', () => {
  test('NIP, paragraphs, NIK scrubbing, office from settings', () => {
    expect(formatNip('196805121994031007')).toBe('19680512 199403 1 007');
    expect(formatNip(' 12345 ')).toBe('12345');
    expect(paragraphs('a\nb\n\n\nc  \r\n')).toEqual(['a b', 'c']);
    expect(scrubNik('NIK 3520054708680001, KK 35200512031500070')).toBe(
      'NIK 352005******0001, KK 35200512031500070',
    );
    const o = officeFromSettings({ 'kantor.nama': 'Dinas Sosial Kabupaten Magetan' });
    expect([o.government, o.unit, o.place]).toEqual([
      'Pemerintah Kabupaten Magetan',
      'Dinas Sosial',
      'Magetan',
    ]);
  });

  test('helpers', () => {
    expect(LETTER_HELPERS.tanggal('2023-06-05')).toBe('5 Juni 2023');
    expect(LETTER_HELPERS.rupiah(5000000)).toBe('Rp5.000.000,00');
    expect(LETTER_HELPERS.terbilang(20)).toBe('dua puluh');
    expect(LETTER_HELPERS.maskNik('3520054708680001')).toBe('352005******0001');
    expect(LETTER_HELPERS.inc(0)).toBe(1);
    const gen = fs.readFileSync(path.join(ROOT, 'scripts/gen-templates.mjs'), 'utf8');
    const listed = /const HELPERS = \[([^\]]*)\]/.exec(gen)?.[1].match(/'(\w+)'/g) ?? [];
    expect(listed.map((s) => s.slice(1, -1)).sort()).toEqual([...HELPER_NAMES].sort());
  });

  test('every letter kind has its template, parts are there', () => {
    expect(templateNames()).toEqual(
      expect.arrayContaining([
        '_anggota',
        '_kop',
        '_ttd',
        '_verifikasi',
        'bast',
        'disposisi',
        'pengembalian',
        'rekomendasi',
        'skt',
      ]),
    );
  });

  test('a cash handover with an amount different from the RAB says so', () => {
    const v = buildBastView(CASE, MEMBERS.slice(0, 5), STAF, OFFICE, meta('C', '2'), {
      handedOn: '2026-06-08',
      venue: 'Kantor',
      kind: 'Uang',
      amount: 26500000.5,
      items: [],
      receiverName: 'Sri Lestari',
      receiverNik: MEMBERS[0].nik,
      receiverRole: '',
      acknowledgedBy: null,
      note: '',
    });
    expect(v.totalLabel).toBe('Rp26.500.000,50');
    expect(v.totalWords).toBe('dua puluh enam juta lima ratus ribu rupiah lima puluh sen');
    expect(v.rabComparison).toContain('lebih Rp1.500.000,50');
    expect(v.dayText).toBe('Senin tanggal delapan bulan Juni tahun dua ribu dua puluh enam');
  });
});

describe('precompiled templates', () => {
  test('the generated file is up to date (regenerating gives no diff)', () => {
    execFileSync('node', [path.join(ROOT, 'scripts/gen-templates.mjs'), '--check'], { cwd: ROOT });
  });
});
