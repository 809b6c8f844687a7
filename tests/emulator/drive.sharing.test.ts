/**
 * Sharing and access. Looked up: Google's File reference (addEditor/addViewer/removeEditor,
 * getEditors/getViewers return an empty array to a user without edit access, addViewer has no
 * effect on an editor, setSharing(accessType, permissionType)) and the Permission enum (OWNER,
 * ORGANIZER, FILE_ORGANIZER and NONE cannot be set). Items inherit their folder's sharing.
 */
import type { DriveBackend } from '../../emulator/backend/drive';
import type { World } from '../../emulator/backend/world';
import type { ExecutionOptions } from '../../emulator/gas/context';
import { run, serviceWorld, type ServiceGlobals } from './servicesHarness';

type G = ServiceGlobals & { DriveApp: GoogleAppsScript.Drive.DriveApp };
const drive = (w: World) => w.module<DriveBackend>('drive');
const as = (user: string): Partial<ExecutionOptions> => ({ user });
const runD = <T>(w: World, fn: (g: G) => T, o: Partial<ExecutionOptions> = {}) =>
  run(w, (g) => fn(g as G), o);
const NOT_FOUND =
  'No item with the given ID could be found. Or perhaps you do not have permission to access it.';

function privateFile(w: World): string {
  return runD(
    w,
    (g) => g.DriveApp.getRootFolder().createFile('r.txt', 'rahasia').getId(),
    as('a@x.id'),
  );
}

describe('Drive sharing and access', () => {
  test('a user who is neither owner, editor nor viewer gets the not-found error', () => {
    const w = serviceWorld();
    const id = privateFile(w);
    runD(w, (g) => expect(() => g.DriveApp.getFileById(id)).toThrow(NOT_FOUND), as('b@x.id'));
  });

  test('a viewer can read but not change: Access denied', () => {
    const w = serviceWorld();
    const id = privateFile(w);
    runD(w, (g) => g.DriveApp.getFileById(id).addViewer('b@x.id'), as('a@x.id'));
    runD(
      w,
      (g) => {
        const f = g.DriveApp.getFileById(id);
        expect(f.getBlob().getDataAsString()).toBe('rahasia');
        expect(f.getEditors()).toEqual([]);
        expect(() => f.setName('x')).toThrow('Access denied: DriveApp.');
      },
      as('b@x.id'),
    );
  });

  test('addEditor, addViewer (no effect on an editor), getEditors, getViewers, removeEditor', () => {
    const w = serviceWorld();
    const id = privateFile(w);
    runD(
      w,
      (g) => {
        const f = g.DriveApp.getFileById(id);
        f.addEditor('b@x.id').addViewer('c@x.id').addViewer('b@x.id');
        expect(f.getEditors().map((u) => u.getEmail())).toEqual(['b@x.id']);
        expect(f.getViewers().map((u) => u.getEmail())).toEqual(['c@x.id']);
        expect(f.getOwner().getEmail()).toBe('a@x.id');
        f.removeEditor('b@x.id');
        expect(f.getEditors()).toEqual([]);
      },
      as('a@x.id'),
    );
    runD(w, (g) => expect(() => g.DriveApp.getFileById(id)).toThrow(NOT_FOUND), as('b@x.id'));
  });

  test('an editor can change but only the owner can trash', () => {
    const w = serviceWorld();
    const id = privateFile(w);
    runD(w, (g) => g.DriveApp.getFileById(id).addEditor('b@x.id'), as('a@x.id'));
    runD(
      w,
      (g) => {
        const f = g.DriveApp.getFileById(id);
        expect(f.setName('baru.txt').getName()).toBe('baru.txt');
        expect(() => f.setTrashed(true)).toThrow('Access denied: DriveApp.');
      },
      as('b@x.id'),
    );
  });

  test('setSharing(DOMAIN, VIEW) opens the file to the domain only; OWNER cannot be set', () => {
    const w = serviceWorld();
    const id = privateFile(w);
    runD(
      w,
      (g) => {
        const f = g.DriveApp.getFileById(id);
        expect(String(f.getSharingAccess())).toBe('PRIVATE');
        f.setSharing(g.DriveApp.Access.DOMAIN, g.DriveApp.Permission.VIEW);
        expect(f.getSharingAccess()).toBe(g.DriveApp.Access.DOMAIN);
        expect(f.getSharingPermission()).toBe(g.DriveApp.Permission.VIEW);
        expect(() => f.setSharing(g.DriveApp.Access.ANYONE, g.DriveApp.Permission.OWNER)).toThrow(
          'Invalid argument: permissionType',
        );
      },
      as('a@x.id'),
    );
    runD(w, (g) => expect(g.DriveApp.getFileById(id).getName()).toBe('r.txt'), as('c@x.id'));
    runD(w, (g) => expect(() => g.DriveApp.getFileById(id)).toThrow(NOT_FOUND), as('c@y.id'));
  });

  test('files in a shared folder are shared: an editor of the root folder sees every case file', () => {
    const w = serviceWorld();
    const root = drive(w).seedFolder('admin@x.id', 'Register');
    drive(w).share(root, 'staf1@x.id', 'editor');
    drive(w).share(root, 'staf2@x.id', 'editor');
    const id = runD(
      w,
      (g) => g.DriveApp.getFolderById(root).createFolder('WRSE').createFile('s.txt', 's').getId(),
      as('staf1@x.id'),
    );
    runD(w, (g) => expect(g.DriveApp.getFileById(id).getName()).toBe('s.txt'), as('staf2@x.id'));
    runD(w, (g) => expect(g.DriveApp.getFileById(id).getName()).toBe('s.txt'), as('admin@x.id'));
    runD(w, (g) => expect(() => g.DriveApp.getFolderById(root)).toThrow(NOT_FOUND), as('o@x.id'));
  });

  test('Drive acts as the effective user (a trigger runs as its installer)', () => {
    const w = serviceWorld();
    const id = privateFile(w);
    runD(w, (g) => expect(g.DriveApp.getFileById(id).getName()).toBe('r.txt'), {
      user: '',
      effectiveUser: 'a@x.id',
    });
  });

  test('DriveBackend.tree() lists folders and files with names, mime types and owners', () => {
    const w = serviceWorld();
    const root = drive(w).seedFolder('admin@x.id', 'Register');
    runD(w, (g) => g.DriveApp.getFolderById(root).createFile('a.txt', 'a'), as('admin@x.id'));
    const [myDrive] = drive(w).tree();
    expect(myDrive).toMatchObject({
      name: 'My Drive',
      owner: 'admin@x.id',
      children: [
        {
          name: 'Register',
          mimeType: 'application/vnd.google-apps.folder',
          children: [{ name: 'a.txt', mimeType: 'text/plain', owner: 'admin@x.id' }],
        },
      ],
    });
  });
});
