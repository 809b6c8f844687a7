/**
 * DriveApp folders and files. Looked up: Google's DriveApp / Folder / File references
 * (getFoldersByName returns a FolderIterator with hasNext/next; createFile(blob) and
 * createFile(name, content, mimeType); getSize is 0 for Google Workspace files; getParents
 * returns a FolderIterator; moveTo(destination) returns the File).
 */
import type { DriveBackend, TreeNode } from '../../emulator/backend/drive';
import type { World } from '../../emulator/backend/world';
import type { ExecutionOptions } from '../../emulator/gas/context';
import { open, run, serviceWorld, type ServiceGlobals } from './servicesHarness';

type G = ServiceGlobals & { DriveApp: GoogleAppsScript.Drive.DriveApp };
const drive = (w: World) => w.module<DriveBackend>('drive');
const flat = (nodes: TreeNode[]): TreeNode[] =>
  nodes.flatMap((n) => [n, ...flat(n.children ?? [])]);
const runD = <T>(w: World, fn: (g: G) => T, o: Partial<ExecutionOptions> = {}) =>
  run(w, (g) => fn(g as G), o);

/** The application's find-or-create of `WRSE/<year>/<case> – <group>/`. */
function ensurePath(g: G, rootId: string, names: string[]): GoogleAppsScript.Drive.Folder {
  let f = g.DriveApp.getFolderById(rootId);
  for (const n of names) {
    const it = f.getFoldersByName(n);
    f = it.hasNext() ? it.next() : f.createFolder(n);
  }
  return f;
}

describe('DriveApp folders and files', () => {
  test('getFoldersByName finds the existing folder: the path is created once (idempotent)', () => {
    const w = serviceWorld();
    const root = drive(w).seedFolder('staf@dinsos.id', 'Register');
    const path = ['WRSE', '2024', 'K-001 – Kelompok Mawar'];
    const a = runD(w, (g) => ensurePath(g, root, path).getId());
    const b = runD(w, (g) => ensurePath(g, root, path).getId());
    expect(b).toBe(a);
    expect(flat(drive(w).tree()).filter((n) => n.name === 'WRSE')).toHaveLength(1);
    expect(flat(drive(w).tree()).filter((n) => n.name === path[2])).toHaveLength(1);
  });

  test('an iterator past its end throws Apps Script message', () => {
    const w = serviceWorld();
    const root = drive(w).seedFolder('staf@dinsos.id', 'Register');
    runD(w, (g) => {
      const it = g.DriveApp.getFolderById(root).getFoldersByName('none');
      expect(it.hasNext()).toBe(false);
      expect(() => it.next()).toThrow(
        'Cannot retrieve the next object: iterator has reached the end.',
      );
    });
  });

  test('createFile(name, content, mimeType) and createFile(blob); listing and by-name search', () => {
    const w = serviceWorld();
    runD(w, (g) => {
      const f = g.DriveApp.getRootFolder().createFolder('Kasus');
      const t = f.createFile('catatan.txt', 'halo');
      expect(t.getMimeType()).toBe('text/plain');
      expect(t.getSize()).toBe(4);
      const h = f.createFile(g.Utilities.newBlob('<p>x</p>', 'text/html', 'surat.html'));
      expect([h.getName(), h.getMimeType()]).toEqual(['surat.html', 'text/html']);
      expect(h.getBlob().getDataAsString()).toBe('<p>x</p>');
      const names: string[] = [];
      const all = f.getFiles();
      while (all.hasNext()) names.push(all.next().getName());
      expect(names).toEqual(['catatan.txt', 'surat.html']);
      expect(f.getFilesByName('surat.html').next().getId()).toBe(h.getId());
      expect(f.getFolders().hasNext()).toBe(false);
    });
  });

  test('createFile(blob) with a nameless blob throws', () => {
    const w = serviceWorld();
    runD(w, (g) => {
      const f = g.DriveApp.getRootFolder();
      expect(() => f.createFile(g.Utilities.newBlob('x', 'text/plain'))).toThrow(
        'Blob object must have non-null name for this operation.',
      );
    });
  });

  test('setName, getUrl, getDateCreated, getParents, moveTo, setTrashed/isTrashed', () => {
    const w = serviceWorld();
    runD(w, (g) => {
      const root = g.DriveApp.getRootFolder();
      const a = root.createFolder('A');
      const b = root.createFolder('B');
      const file = a.createFile('x.txt', 'x');
      expect(file.setName('y.txt').getName()).toBe('y.txt');
      expect(file.getUrl()).toBe(
        `https://drive.google.com/file/d/${file.getId()}/view?usp=drivesdk`,
      );
      expect(a.getUrl()).toBe(`https://drive.google.com/drive/folders/${a.getId()}`);
      expect(file.getDateCreated()).toBeInstanceOf(Date);
      expect(file.moveTo(b).getParents().next().getId()).toBe(b.getId());
      expect(a.getFiles().hasNext()).toBe(false);
      expect(file.isTrashed()).toBe(false);
      file.setTrashed(true);
      expect(g.DriveApp.getFileById(file.getId()).isTrashed()).toBe(true);
    });
  });

  test('getFileById of a missing id throws Apps Script message; a folder id is not a file', () => {
    const w = serviceWorld();
    const root = drive(w).seedFolder('staf@dinsos.id', 'Register');
    runD(w, (g) => {
      const msg =
        'No item with the given ID could be found. Or perhaps you do not have permission to access it.';
      expect(() => g.DriveApp.getFileById('nope')).toThrow(msg);
      expect(() => g.DriveApp.getFolderById('nope')).toThrow(msg);
      expect(() => g.DriveApp.getFileById(root)).toThrow(msg);
    });
  });

  test('an unemulated member throws instead of returning undefined', () => {
    const w = serviceWorld();
    runD(w, (g) => {
      const f = g.DriveApp.getRootFolder() as unknown as Record<string, unknown>;
      expect(() => f.getStorageUsed).toThrow(/Folder.getStorageUsed is not emulated/);
      expect(() => (g.DriveApp as unknown as Record<string, unknown>).searchFiles).toThrow(
        /DriveApp.searchFiles is not emulated/,
      );
    });
  });

  test('calls are charged to the ledger with the drive cost categories', () => {
    const w = serviceWorld();
    const x = open(w);
    const g = x.g as G;
    const f = g.DriveApp.getRootFolder().createFolder('A');
    f.getName();
    const m = x.ctx.ledger.summary().byMethod;
    x.end();
    expect(m['DriveApp.getRootFolder']).toEqual({ calls: 1, cells: 0, ms: 300 });
    expect(m['Folder.createFolder']).toEqual({ calls: 1, cells: 0, ms: 300 });
    expect(m['Folder.getName']).toEqual({ calls: 1, cells: 0, ms: 20 });
  });

  test('an injected fault on createFile leaves no half-created file', () => {
    const w = serviceWorld();
    const root = drive(w).seedFolder('staf@dinsos.id', 'Register');
    const faults = [{ target: 'Folder.createFile', at: 1 }];
    const err = runD(
      w,
      (g) => {
        try {
          g.DriveApp.getFolderById(root).createFile('a.txt', 'a');
          return null;
        } catch (e) {
          return (e as Error).message;
        }
      },
      { faults },
    );
    expect(err).toMatch(/injected fault/);
    expect(flat(drive(w).tree()).find((n) => n.id === root)?.children).toEqual([]);
  });
});
