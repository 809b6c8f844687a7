/**
 * The whole letter flow in the sandbox realm, the way the shipped bundle will run it: only
 * Apps Script globals (no Node APIs), dates of the script's own realm.
 */
import { createWorld } from '../../emulator/backend';
import type { DriveBackend } from '../../emulator/backend/drive';
import { bundleFromSource, runEntry } from '../../emulator/runtime';

const SOURCE = `
function makeLetter(rootId, html) {
  var f = DriveApp.getFolderById(rootId);
  ['WRSE', '2024', 'K-1 – Mawar'].forEach(function (n) {
    var it = f.getFoldersByName(n);
    f = it.hasNext() ? it.next() : f.createFolder(n);
  });
  var doc = Drive.Files.create(
    { name: 'SKT 001', mimeType: 'application/vnd.google-apps.document', parents: [f.getId()] },
    Utilities.newBlob(html, 'text/html'));
  var file = DriveApp.getFileById(doc.id);
  var pdf = f.createFile(file.getAs('application/pdf').setName('SKT 001.pdf'));
  return { doc: doc.id, pdf: pdf.getId(), created: file.getDateCreated() instanceof Date,
    text: DocumentApp.openById(doc.id).getBody().getText() };
}
`;

test('a Doc and its PDF are made in the case folder from inside the sandbox', () => {
  const w = createWorld();
  const root = w.module<DriveBackend>('drive').seedFolder('staf@dinsos.id', 'Register');
  const bundle = bundleFromSource(SOURCE, {});
  const args = [root, '<p>Surat &lt;resmi&gt;</p>'];
  const r = runEntry<Record<string, unknown>>(w, bundle, 'makeLetter', args, {
    user: 'staf@dinsos.id',
  });
  expect(r.error).toBeNull();
  expect(r.value).toMatchObject({ created: true, text: 'Surat <resmi>' });
  const content = w.module<DriveBackend>('drive').content(String(r.value?.pdf));
  expect(content).toMatchObject({ mimeType: 'application/pdf', html: args[1] });
});
