/**
 * The playground's Drive view and verification page without a browser: after a fresh seed the
 * SKTs of the cases past S09 are in Drive (Doc and PDF, in `WRSE/<year>/<case> – <group>/`)
 * with their agenda entry; a letter's page shows it on an A4 sheet under the emulation banner,
 * without any member's NIK; the verification page (the bundle's `doGet`) says SAH for a real
 * code and "tidak dikenal" for a wrong one; and the server serves them with scripts off.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { driveTree, filePage, verificationPage, type DriveEntry } from '../../playground/drive';
import { readPage } from '../../playground/grid';
import { startServer, type RunningServer } from '../../playground/server';

jest.setTimeout(300_000); // a bound for a hang on a loaded machine, not a speed check

const ADMIN = 'admin@dinsos.contoh.go.id';
let dir: string;
let server: RunningServer;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wrse-pg-drive-'));
  server = await startServer({ port: 0, stateDir: dir, log: () => undefined });
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const flat = (nodes: DriveEntry[], trail = ''): Array<DriveEntry & { path: string }> =>
  nodes.flatMap((n) => [
    { ...n, path: `${trail}/${n.name}` },
    ...flat(n.children ?? [], `${trail}/${n.name}`),
  ]);

const PREFIX: Record<string, string> = {
  'Surat Keterangan Terdaftar': 'SKT',
  'Surat Rekomendasi': 'Surat Rekomendasi',
  'Berita Acara Serah Terima': 'BAST',
  'Surat Pengembalian': 'Surat Pengembalian',
  'Surat Penolakan': 'Surat Penolakan',
};

test('the seeded letters are in Drive, Doc and PDF, each with its agenda entry', () => {
  const files = flat(driveTree(server.playground)).filter((e) => e.kind !== 'folder');
  // The numbered letters (drafts — also of returns and rejections the Kadis has not signed —
  // and routing slips have no agenda entry).
  const docs = files.filter((f) => f.kind === 'Dokumen' && f.letter);
  const drafts = files.filter((f) => f.kind === 'Dokumen' && !f.letter).map((f) => f.name);
  for (const name of drafts)
    expect(name).toMatch(
      /^(Lembar Disposisi|Konsep Surat (Rekomendasi|Pengembalian|Penolakan)) – /,
    );
  expect(docs.length).toBeGreaterThanOrEqual(4);
  for (const doc of docs) {
    expect(doc.letter?.status).toBe('Terbit');
    const prefix = PREFIX[String(doc.letter?.type)];
    expect(prefix).toBeDefined();
    expect(doc.name).toBe(`${prefix} ${doc.letter?.number} – ${doc.name.split(' – ')[1]}`);
    expect(doc.path).toMatch(new RegExp(`/WRSE/\\d{4}/WRSE-\\d{4}-\\d{4} – [^/]+/${prefix} `));
    const pdf = files.find((f) => f.name === `${doc.name}.pdf`);
    expect(pdf?.kind).toBe('PDF');
    expect(pdf?.letter?.code).toBe(doc.letter?.code);
  }
});

test('a letter page shows the letter on A4 under the banner, never a NIK', () => {
  const niks = (() => {
    const p = readPage(server.playground, ADMIN, 'Anggota', 1);
    return p.rows.slice(1).map((r) => r[p.rows[0].indexOf('NIK')]);
  })();
  const files = flat(driveTree(server.playground)).filter((e) => e.letter);
  for (const f of files) {
    const [status, html] = filePage(server.playground, f.id);
    expect(status).toBe(200);
    expect(html).toContain('Tampilan emulasi playground');
    expect(html).toContain('class="lembar"');
    expect(html).toContain(f.letter?.number);
    expect(html).toContain(`/verifikasi?kode=${f.letter?.code}`);
    for (const nik of niks) expect(html).not.toContain(nik);
  }
  expect(filePage(server.playground, 'tidak-ada')[0]).toBe(404);
});

test('the verification page: SAH for a real code, "tidak dikenal" for a wrong one', () => {
  const doc = flat(driveTree(server.playground)).find((e) => e.letter);
  const [, ok] = verificationPage(server.playground, String(doc?.letter?.code));
  expect(ok).toContain('SAH');
  expect(ok).toContain(doc?.letter?.number);
  expect(ok).not.toMatch(/\d{16}/);
  const [, wrong] = verificationPage(server.playground, 'ZZZZZ-ZZZZZ');
  expect(wrong).toContain('tidak dikenal');
});

test('the server: /drive/<id>, /verifikasi and the web app path, all with scripts off', async () => {
  const doc = flat(driveTree(server.playground)).find((e) => e.letter);
  const code = encodeURIComponent(String(doc?.letter?.code));
  for (const p of [
    `drive/${encodeURIComponent(String(doc?.id))}`,
    `verifikasi?kode=${code}`,
    `macros/s/AKfycbEmulatedDeployment/exec?kode=${code}`,
  ]) {
    const r = await fetch(server.url + p);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await r.text()).toContain(String(doc?.letter?.number));
  }
  const api = (await (await fetch(`${server.url}api/drive`)).json()) as { roots: DriveEntry[] };
  expect(flat(api.roots).some((e) => e.letter)).toBe(true);
});
