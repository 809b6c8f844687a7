/**
 * Save and load of Drive (`World.save` / `World.load`): folders, files, Docs with their HTML,
 * sharing and the day's quota counts survive a round trip through a file.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { DriveBackend } from '../../emulator/backend/drive';
import { run, serviceWorld, type ServiceGlobals } from './servicesHarness';

type G = ServiceGlobals & {
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  Drive: { Files: { create(r: object, m?: unknown): { id: string } } };
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
};

test('Drive state survives save and load', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'drive-')), 'state.json');
  const w = serviceWorld();
  const root = w.module<DriveBackend>('drive').seedFolder('a@x.id', 'Register');
  const docId = run(
    w,
    (g0) => {
      const g = g0 as G;
      const f = g.DriveApp.getFolderById(root).createFolder('WRSE');
      f.createFile('c.txt', 'isi').addViewer('b@x.id');
      return g.Drive.Files.create(
        { name: 'Surat', mimeType: 'application/vnd.google-apps.document', parents: [f.getId()] },
        g.Utilities.newBlob('<p>Halo</p>', 'text/html'),
      ).id;
    },
    { user: 'a@x.id' },
  );
  w.save(file);

  const loaded = serviceWorld();
  loaded.load(file);
  const d = loaded.module<DriveBackend>('drive');
  expect(JSON.stringify(d.tree())).toBe(JSON.stringify(w.module<DriveBackend>('drive').tree()));
  expect(d.usage('a@x.id').documents).toBe(1);
  run(
    loaded,
    (g0) => {
      const g = g0 as G;
      expect(g.DocumentApp.openById(docId).getBody().getText()).toBe('Halo');
      const wrse = g.DriveApp.getFolderById(root).getFoldersByName('WRSE').next();
      expect(wrse.getFilesByName('c.txt').next().getViewers()[0].getEmail()).toBe('b@x.id');
    },
    { user: 'a@x.id' },
  );
});
