/**
 * The verification QR on a letter's Doc: HTML converted to a Doc by the Drive API loses a
 * `data:` image, and the image is put back as a blob through DocumentApp.
 * - Drive API, import to Google Docs types
 *   (https://developers.google.com/drive/api/guides/manage-uploads): HTML converts to a Doc; no
 *   word on images embedded as `data:` URIs, so the emulation drops them (the stricter answer).
 * - Class Body `findText` (https://developers.google.com/apps-script/reference/document/body#findText(String)),
 *   Class Paragraph `clear`/`appendInlineImage(image)`
 *   (https://developers.google.com/apps-script/reference/document/paragraph#appendInlineImage(BlobSource)),
 *   Class InlineImage `setWidth`/`setHeight` (pixels), Class Document `saveAndClose` ("Saves the
 *   current Document. Causes pending updates to be flushed and applied."). Scope of each:
 *   https://www.googleapis.com/auth/documents.
 */
import { PNG } from 'pngjs';
import { COSTS } from '../../emulator/core/costs';
import { EMULATED_PDF_MARKER, type DriveBackend } from '../../emulator/backend/drive';
import type { World } from '../../emulator/backend/world';
import { run, serviceWorld, type ServiceGlobals } from './servicesHarness';

interface G extends ServiceGlobals {
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  Drive: { Files: { create(r: object, m?: unknown, o?: object): Record<string, unknown> } };
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
}
const drive = (w: World) => w.module<DriveBackend>('drive');
const DOC = 'application/vnd.google-apps.document';

function png(width: number, height: number): number[] {
  const p = new PNG({ width, height });
  p.data.fill(255);
  return Array.from(PNG.sync.write(p));
}
const b64 = (bytes: number[]) => Buffer.from(bytes).toString('base64');

function convert(g: G, folder: string, html: string): string {
  return String(
    g.Drive.Files.create(
      { name: 'Surat', mimeType: DOC, parents: [folder] },
      g.Utilities.newBlob(html, 'text/html', 'Surat.html'),
    ).id,
  );
}

describe('an image in a Doc converted from HTML', () => {
  it('is dropped by the conversion when it is a data: URI', () => {
    const w = serviceWorld();
    const folder = drive(w).seedFolder('staf@dinsos.id', 'Kasus');
    const html = `<table><tr><td><img src='data:image/png;base64,${b64(png(4, 4))}' alt='QR' width='100'></td><td>Kode</td></tr></table>`;
    const id = run(w, (g) => convert(g as G, folder, html));
    const kept = String(drive(w).content(id).html);
    expect(kept).not.toContain('<img');
    expect(kept).toContain('Kode');
  });

  it('is inserted as a blob where a placeholder stands, sized in pixels, once saved', () => {
    const w = serviceWorld();
    const folder = drive(w).seedFolder('staf@dinsos.id', 'Kasus');
    const bytes = png(33, 33);
    const id = run(w, (g) => {
      const x = g as G;
      const docId = convert(
        x,
        folder,
        '<table><tr><td><div>QRDISINI</div></td><td>Kode</td></tr></table>',
      );
      const doc = x.DocumentApp.openById(docId);
      const found = doc.getBody().findText('QRDISINI')!;
      expect(found.getStartOffset()).toBe(0);
      expect(found.getEndOffsetInclusive()).toBe(7);
      const paragraph = found.getElement().getParent().asParagraph();
      paragraph.clear();
      const image = paragraph.appendInlineImage(x.Utilities.newBlob(bytes, 'image/png', 'qr.png'));
      expect([image.getWidth(), image.getHeight()]).toEqual([33, 33]); // the image's own size
      image.setWidth(100).setHeight(100);
      expect(doc.getBody().getText()).toBe('Kode');
      expect(doc.getBody().findText('Tidak ada')).toBeNull();
      doc.saveAndClose();
      expect(() => doc.getBody()).toThrow('Document is closed, its contents cannot be updated.');
      return docId;
    });
    const html = String(drive(w).content(id).html);
    expect(html).not.toContain('QRDISINI');
    expect(html).toContain(
      `<td><div><img src="data:image/png;base64,${b64(bytes)}" width="100" height="100" alt=""></div></td>`,
    );
    // The PDF export carries the inserted image.
    const pdf = run(w, (g) =>
      (g as G).DriveApp.getFileById(id).getAs('application/pdf').getDataAsString(),
    );
    expect(pdf.startsWith(EMULATED_PDF_MARKER)).toBe(true);
    expect(pdf).toContain(b64(bytes));
  });

  it('an edit not saved with saveAndClose() is not written (the emulation does not save for you)', () => {
    const w = serviceWorld();
    const folder = drive(w).seedFolder('staf@dinsos.id', 'Kasus');
    const id = run(w, (g) => {
      const x = g as G;
      const docId = convert(x, folder, '<p>QRDISINI</p>');
      const doc = x.DocumentApp.openById(docId);
      doc.getBody().findText('QRDISINI')!.getElement().getParent().asParagraph().clear();
      return docId;
    });
    expect(String(drive(w).content(id).html)).toContain('QRDISINI');
  });

  it('is priced: opening the Doc, finding, clearing, the image upload, sizing and the save', () => {
    const w = serviceWorld();
    const folder = drive(w).seedFolder('staf@dinsos.id', 'Kasus');
    const docId = run(w, (g) => convert(g as G, folder, '<p>QRDISINI</p>'));
    const ledger = run(w, (g, x) => {
      const doc = (g as G).DocumentApp.openById(docId);
      const p = doc.getBody().findText('QRDISINI')!.getElement().getParent().asParagraph();
      p.clear();
      p.appendInlineImage(g.Utilities.newBlob(png(2, 2), 'image/png', 'a.png')).setWidth(10);
      doc.saveAndClose();
      return x.ctx.ledger.summary();
    });
    const ms = (m: string) => ledger.byMethod[m]?.ms;
    expect(ms('DocumentApp.openById')).toBe(COSTS['document.open'].base);
    expect(ms('Paragraph.appendInlineImage')).toBe(COSTS['document.image'].base);
    expect(ms('Body.findText')).toBe(COSTS['document.edit'].base);
    expect(ms('Paragraph.clear')).toBe(COSTS['document.edit'].base);
    expect(ms('Document.saveAndClose')).toBe(COSTS['document.edit'].base);
  });
});
