/**
 * A letter as the application makes it: a Google Doc converted from HTML by the Drive advanced
 * service (v3 Files.create), exported as PDF and saved. Looked up: Drive v3 files.create
 * (metadata + media, default response fields kind/id/name/mimeType, `fields` for more), files
 * export "limited to 10MB" and its error "This file is too large to be exported."
 * (exportSizeLimitExceeded), Blob.getAs ("ShoppingList.12.25.2014" becomes
 * "ShoppingList.12.25.pdf"), the daily quotas in platform.md (250 documents created per
 * consumer user, 1,500 Workspace; 2,000 conversions).
 */
import { DRIVE_QUOTAS, EMULATED_PDF_MARKER, type DriveBackend } from '../../emulator/backend/drive';
import type { ClockBackend } from '../../emulator/backend/clock';
import type { World } from '../../emulator/backend/world';
import type { ExecutionOptions } from '../../emulator/gas/context';
import { open, run, serviceWorld, type ServiceGlobals } from './servicesHarness';

interface G extends ServiceGlobals {
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  Drive: { Files: { create(r: object, m?: unknown, o?: object): Record<string, unknown> } };
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
}
const drive = (w: World) => w.module<DriveBackend>('drive');
const runD = <T>(w: World, fn: (g: G) => T, o: Partial<ExecutionOptions> = {}) =>
  run(w, (g) => fn(g as G), o);
const DOC = 'application/vnd.google-apps.document';
const HTML =
  '<html><head><style>p{margin:0}</style></head><body><h1>Surat Rekomendasi</h1>' +
  '<p>Kelompok &amp; anggota: Ma&#39;rifah</p><table><tr><td>1</td><td>Siti</td></tr></table></body></html>';

function makeDoc(g: G, folderId: string, name = 'Surat 1', fields?: string) {
  const blob = g.Utilities.newBlob(HTML, 'text/html');
  return g.Drive.Files.create(
    { name, mimeType: DOC, parents: [folderId] },
    blob,
    fields ? { fields } : undefined,
  );
}

describe('Letters: Doc from HTML, PDF export', () => {
  test('Drive.Files.create converts HTML to a Doc and answers only kind, id, name, mimeType', () => {
    const w = serviceWorld();
    const folder = drive(w).seedFolder('staf@dinsos.id', 'Kasus');
    const res = runD(w, (g) => makeDoc(g, folder));
    expect(Object.keys(res).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    expect(res.mimeType).toBe(DOC);
    expect(drive(w).content(String(res.id))).toEqual({ mimeType: DOC, html: HTML });
  });

  test('optionalArgs.fields asks for webViewLink', () => {
    const w = serviceWorld();
    const folder = drive(w).seedFolder('staf@dinsos.id', 'Kasus');
    const res = runD(w, (g) => makeDoc(g, folder, 'S', 'id,webViewLink'));
    expect(res).toEqual({
      id: res.id,
      webViewLink: `https://docs.google.com/document/d/${res.id}/edit?usp=drivesdk`,
    });
  });

  test('a missing parent fails as the Drive API does, creating nothing', () => {
    const w = serviceWorld();
    const before = JSON.stringify(drive(w).tree());
    const err = runD(w, (g) => {
      try {
        makeDoc(g, 'gone');
      } catch (e) {
        return (e as Error).message;
      }
    });
    expect(err).toBe('API call to drive.files.create failed with error: File not found: gone.');
    expect(JSON.stringify(drive(w).tree())).toBe(before);
  });

  test('DocumentApp.openById: getName, getUrl, getBody().getText() is the text of the HTML', () => {
    const w = serviceWorld();
    const folder = drive(w).seedFolder('staf@dinsos.id', 'Kasus');
    runD(w, (g) => {
      const id = String(makeDoc(g, folder).id);
      const doc = g.DocumentApp.openById(id);
      expect(doc.getName()).toBe('Surat 1');
      expect(doc.getUrl()).toBe(`https://docs.google.com/open?id=${id}`);
      expect(doc.getBody().getText()).toBe(
        "Surat Rekomendasi\nKelompok & anggota: Ma'rifah\n1\nSiti",
      );
      expect(() => g.DocumentApp.openById('nope')).toThrow(
        "Document is missing (perhaps it was deleted, or you don't have read access?)",
      );
    });
  });

  test('getAs(PDF) names the blob like Blob.getAs; createFile saves the emulated PDF', () => {
    const w = serviceWorld();
    const folderId = drive(w).seedFolder('staf@dinsos.id', 'Kasus');
    const pdfId = runD(w, (g) => {
      const id = String(makeDoc(g, folderId, 'Surat 400.9.12.2/001 – Mawar').id);
      const file = g.DriveApp.getFileById(id);
      expect(file.getSize()).toBe(0);
      const pdf = file.getAs('application/pdf');
      expect(pdf.getName()).toBe('Surat 400.9.12.pdf');
      pdf.setName('Surat 001 – Mawar.pdf');
      const saved = g.DriveApp.getFolderById(folderId).createFile(pdf);
      expect([saved.getName(), saved.getMimeType()]).toEqual([
        'Surat 001 – Mawar.pdf',
        'application/pdf',
      ]);
      expect(saved.getSize()).toBeGreaterThan(HTML.length);
      return saved.getId();
    });
    const c = drive(w).content(pdfId);
    expect(c.html).toBe(HTML);
    expect(Buffer.from(c.bytes ?? []).toString('utf8')).toBe(EMULATED_PDF_MARKER + HTML);
  });

  test('getBlob of a Doc is its PDF export; another conversion is not supported', () => {
    const w = serviceWorld();
    const folderId = drive(w).seedFolder('staf@dinsos.id', 'Kasus');
    runD(w, (g) => {
      const file = g.DriveApp.getFileById(String(makeDoc(g, folderId).id));
      expect(file.getBlob().getContentType()).toBe('application/pdf');
      expect(() => file.getAs('image/png')).toThrow(
        `Converting from ${DOC} to image/png is not supported.`,
      );
    });
  });

  test('a PDF export over 10 MB fails with the export size error', () => {
    const w = serviceWorld();
    const folderId = drive(w).seedFolder('staf@dinsos.id', 'Kasus');
    runD(w, (g) => {
      const big = `<p>${'x'.repeat(10 * 1024 * 1024)}</p>`;
      const id = g.Drive.Files.create(
        { name: 'Besar', mimeType: DOC, parents: [folderId] },
        g.Utilities.newBlob(big, 'text/html'),
      ).id;
      expect(() => g.DriveApp.getFileById(String(id)).getAs('application/pdf')).toThrow(
        'This file is too large to be exported.',
      );
    });
  });

  test('creating and exporting are charged as document.create and document.export', () => {
    const w = serviceWorld();
    const folderId = drive(w).seedFolder('staf@dinsos.id', 'Kasus');
    const x = open(w);
    const g = x.g as G;
    g.DriveApp.getFileById(String(makeDoc(g, folderId).id)).getAs('application/pdf');
    const m = x.ctx.ledger.summary().byMethod;
    x.end();
    expect(m['Drive.Files.create']).toEqual({ calls: 1, cells: 0, ms: 1500 });
    expect(m['File.getAs']).toEqual({ calls: 1, cells: 0, ms: 1500 });
  });

  test('documents created per user per day: the 251st fails with the quota error', () => {
    const w = serviceWorld();
    const folderId = drive(w).seedFolder('staf@dinsos.id', 'Kasus');
    const limit = DRIVE_QUOTAS.consumer.documents;
    // 100 documents per execution (1.5 s each): one execution may not run past 6 minutes.
    for (let from = 0; from < limit; from += 100) {
      runD(w, (g) => {
        for (let i = from; i < Math.min(limit, from + 100); i += 1) makeDoc(g, folderId, `S${i}`);
      });
    }
    runD(w, (g) => {
      expect(() => makeDoc(g, folderId, 'one too many')).toThrow(
        'Service invoked too many times for one day: docs create.',
      );
    });
    expect(drive(w).usage('staf@dinsos.id')).toMatchObject({ documents: 250, documentsLimit: 250 });
    expect(drive(w).usage('lain@dinsos.id').documents).toBe(0);
    w.module<ClockBackend>('clock').advance(86400000);
    runD(w, (g) => makeDoc(g, folderId, 'next day'));
  });

  test('conversions per user per day (imports and exports): the 2,001st fails', () => {
    const w = serviceWorld();
    const folderId = drive(w).seedFolder('staf@dinsos.id', 'Kasus');
    const id = runD(w, (g) => String(makeDoc(g, folderId).id));
    // 100 exports per execution (1.5 s each): one execution may not run past 6 minutes.
    for (let from = 1; from < DRIVE_QUOTAS.consumer.conversions; from += 100) {
      runD(w, (g) => {
        const file = g.DriveApp.getFileById(id);
        const to = Math.min(DRIVE_QUOTAS.consumer.conversions, from + 100);
        for (let i = from; i < to; i += 1) file.getAs('application/pdf');
      });
    }
    runD(w, (g) => {
      const file = g.DriveApp.getFileById(id);
      expect(() => file.getAs('application/pdf')).toThrow(
        'Service invoked too many times for one day: drive conversion.',
      );
    });
    expect(drive(w).usage('staf@dinsos.id').conversions).toBe(2000);
  });

  test('a Workspace account has 1,500 documents a day', () => {
    const w = serviceWorld();
    drive(w).setAccount('workspace');
    expect(drive(w).usage('a@x.id').documentsLimit).toBe(1500);
    expect(drive(w).usage('a@x.id').conversionsLimit).toBe(4000);
  });

  test('an injected fault on Drive.Files.create leaves no half-created Doc', () => {
    const w = serviceWorld();
    const folderId = drive(w).seedFolder('staf@dinsos.id', 'Kasus');
    const faults = [{ target: 'Drive.Files.create', at: 1 }];
    const err = runD(
      w,
      (g) => {
        try {
          makeDoc(g, folderId);
        } catch (e) {
          return (e as Error).message;
        }
      },
      { faults },
    );
    expect(err).toMatch(/injected fault/);
    expect(drive(w).usage('staf@dinsos.id').documents).toBe(0);
    runD(w, (g) => expect(g.DriveApp.getFolderById(folderId).getFiles().hasNext()).toBe(false));
  });
});
