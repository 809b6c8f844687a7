/**
 * The playground's view of Drive and of the public verification page. `driveTree` lists the
 * emulated Drive (every user's My Drive: the register's `WRSE/<year>/<case> – <group>/` folders
 * and letters) with each file's letter from the Agenda Surat tab (number, verification code,
 * status), found by the file id in the `Berkas Dokumen` / `Berkas PDF` links. `filePage` shows a
 * Doc or an emulated PDF "as it would print": the letter's own HTML on an A4 white page, under a
 * banner saying it is the emulation's rendering. `verificationPage` runs the bundle's `doGet`
 * as the web app would (anyone, executing as the register's owner) — the emulated web app URL
 * `…/exec?kode=` is served here as `/verifikasi?kode=`. Text of ours put into HTML is escaped;
 * the letter's HTML is the template's (already escaped) output, shown as is, with scripts off.
 */
import type { DriveBackend, TreeNode } from '../emulator/backend/drive';
import { DOC_MIME, FOLDER_MIME, PDF_MIME } from '../emulator/backend/drive';
import { runEntry, runInProcess } from '../emulator/runtime';
import { DEMO_ADMIN } from './demoData';
import type { Playground } from './state';

/** The register's owner: the web app executes as this user ("Execute as: Me"). */
export const REGISTER_OWNER = DEMO_ADMIN;

export interface LetterInfo {
  number: string;
  type: string;
  status: string;
  code: string;
}

export interface DriveEntry {
  id: string;
  name: string;
  /** `folder`, `Dokumen`, `PDF` or the file's media type. */
  kind: string;
  owner: string;
  trashed: boolean;
  letter: LetterInfo | null;
  children?: DriveEntry[];
}

export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const kindOf = (mime: string) =>
  mime === FOLDER_MIME
    ? 'folder'
    : mime === DOC_MIME
      ? 'Dokumen'
      : mime === PDF_MIME
        ? 'PDF'
        : mime;

/** The file id in a Drive/Docs link (`…/d/<id>/…`). */
const idInUrl = (url: string) => /\/d\/([^/?#]+)/.exec(url)?.[1] ?? '';

/** Letters of the Agenda Surat tab by the ids of their Doc and PDF. */
export function lettersByFile(pg: Playground): Map<string, LetterInfo> {
  const r = runInProcess(
    pg.world,
    { user: REGISTER_OWNER, activeSpreadsheetId: pg.registerId },
    (g) => {
      const app = g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      const sheet = app.getActiveSpreadsheet().getSheetByName('Agenda Surat');
      if (!sheet || sheet.getLastRow() < 2) return [] as string[][];
      return sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getDisplayValues();
    },
  );
  if (r.error) throw r.error;
  const [head, ...rows] = (r.value as string[][]) ?? [[]];
  const at = (row: string[], h: string) => (head.indexOf(h) >= 0 ? row[head.indexOf(h)] : '');
  const map = new Map<string, LetterInfo>();
  for (const row of rows) {
    const info: LetterInfo = {
      number: at(row, 'Nomor Surat'),
      type: at(row, 'Jenis Surat'),
      status: at(row, 'Status'),
      code: at(row, 'Kode Verifikasi'),
    };
    for (const h of ['Berkas Dokumen', 'Berkas PDF']) {
      const id = idInUrl(at(row, h));
      if (id) map.set(id, info);
    }
  }
  return map;
}

/** The emulated Drive as trees (one per user's My Drive), with each letter's agenda entry. */
export function driveTree(pg: Playground): DriveEntry[] {
  const letters = lettersByFile(pg);
  const entry = (n: TreeNode): DriveEntry => ({
    id: n.id,
    name: n.name,
    kind: kindOf(n.mimeType),
    owner: n.owner,
    trashed: n.trashed,
    letter: letters.get(n.id) ?? null,
    ...(n.children ? { children: n.children.map(entry) } : undefined),
  });
  return pg.world.module<DriveBackend>('drive').tree().map(entry);
}

const PAGE_STYLE = `
  @page { size: A4; margin: 0; }
  html { background: #e8eaed; }
  body { margin: 0; padding: 16px 0 32px; }
  .emulasi { box-sizing: border-box; width: 210mm; margin: 0 auto 12px; padding: 8px 12px; background: #fef7e0; color: #5c4400; border: 1px solid #f0d68a; border-radius: 4px; font: 13px/1.5 Arial, Helvetica, sans-serif; }
  .emulasi a { color: #174ea6; }
  .lembar { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 0 auto; padding: 0 20mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.35); }
  @media print {
    html { background: #fff; }
    body { padding: 0; }
    .emulasi { display: none; }
    .lembar { box-shadow: none; min-height: 0; }
  }
`;

function page(title: string, banner: string, sheet: string): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<div class="emulasi" role="note">${banner}</div>
${sheet}
</body>
</html>`;
}

/** The `<style>` blocks of a document's head and the inside of its body. */
function documentParts(html: string): { styles: string; body: string } {
  const head = /<head[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
  const styles = (head.match(/<style[\s\S]*?<\/style>/gi) ?? []).join('\n');
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  return { styles, body };
}

/** `/drive/<fileId>`: a letter as it would print, or a short note for anything else. */
export function filePage(pg: Playground, fileId: string): [number, string] {
  const drive = pg.world.module<DriveBackend>('drive');
  const node = findNode(drive.tree(), fileId);
  if (!node || node.mimeType === FOLDER_MIME)
    return [404, page('Berkas tidak ditemukan', 'Berkas ini tidak ada di Drive emulasi.', '')];
  const content = drive.content(fileId);
  const letter = lettersByFile(pg).get(fileId) ?? null;
  const what =
    node.mimeType === DOC_MIME
      ? 'Google Dokumen: ditampilkan dari HTML asal konversinya. Tata letak di Google Dokumen asli dapat sedikit berbeda.'
      : node.mimeType === PDF_MIME
        ? 'PDF emulasi: berisi HTML yang diekspor, bukan berkas PDF asli. Cetakan dari Google dapat sedikit berbeda.'
        : `Berkas ${escapeHtml(node.mimeType)}.`;
  const verify = letter?.code
    ? ` Kode verifikasi <strong>${escapeHtml(letter.code)}</strong> (status di agenda: ${escapeHtml(letter.status)}) — <a href="/verifikasi?kode=${encodeURIComponent(letter.code)}" target="_blank" rel="noopener">buka halaman verifikasi</a> (tujuan kode QR).`
    : '';
  const banner = `<strong>Tampilan emulasi playground</strong> — ${escapeHtml(node.name)}. ${what}${verify}`;
  if (content.html === undefined) {
    const size = content.bytes?.length ?? 0;
    return [
      200,
      page(
        node.name,
        banner,
        `<p class="lembar">Berkas ini (${size} bita) tidak dapat ditampilkan sebagai surat.</p>`,
      ),
    ];
  }
  const { styles, body } = documentParts(content.html);
  return [200, page(node.name, banner, `${styles}<div class="lembar">${body}</div>`)];
}

function findNode(nodes: TreeNode[], id: string): TreeNode | null {
  for (const n of nodes) {
    if (n.id === id) return n;
    const inside = findNode(n.children ?? [], id);
    if (inside) return inside;
  }
  return null;
}

/** `/verifikasi?kode=…`: the bundle's `doGet`, run as the public web app runs it. */
export function verificationPage(pg: Playground, kode: string): [number, string] {
  const bundle = pg.bundle();
  if (!bundle.functions.includes('doGet'))
    return [404, page('Verifikasi', 'Bundle ini belum punya halaman verifikasi (doGet).', '')];
  const r = runEntry<{ kind?: string; content?: string }>(
    pg.world,
    bundle,
    'doGet',
    [{ parameter: { kode } }],
    { user: '', effectiveUser: REGISTER_OWNER, activeSpreadsheetId: undefined },
  );
  pg.save();
  if (r.error) throw r.error;
  const html = String(r.value?.content ?? '');
  const note = `<div style="font:12px Arial,sans-serif;background:#fef7e0;color:#5c4400;padding:4px 8px;text-align:center" role="note">Playground (emulasi): halaman publik web app <code>…/exec?kode=</code> dijalankan di sini sebagai <code>/verifikasi</code>.</div>`;
  return [200, html.replace(/<body[^>]*>/i, (b) => `${b}${note}`)];
}
