/**
 * DriveApp's `File`, `Folder`, their iterators and `User`. A facade object holds only an id:
 * every getter asks the backend (so it sees changes by other executions and loses access when
 * access is removed) and is charged before it acts.
 */
import { guard } from '../../../core/guard';
import type { FacadeContext } from '../../context';
import { enumName } from '../enums';
import { createDriveBlob, readBlob } from './blob';
import { Access, Permission, driveOp, type BlobOut, type ItemView } from './shared';

const S = 'DriveApp';
const ID = Symbol('driveId');
type Kind = 'File' | 'Folder';
type Obj = Record<string | symbol, unknown>;

function createUser(ctx: FacadeContext, email: string): GoogleAppsScript.Drive.User {
  const user = {
    getEmail: () => (ctx.charge(S, 'User.getEmail', 'local'), email),
    getDomain: () => (ctx.charge(S, 'User.getDomain', 'local'), email.split('@')[1] ?? ''),
    toString: () => email,
  };
  return guard(user, 'User') as unknown as GoogleAppsScript.Drive.User;
}

/** A `FileIterator` / `FolderIterator` over a list fetched in one call. */
export function createIterator<T>(ctx: FacadeContext, type: string, items: T[]): unknown {
  let i = 0;
  const it = {
    hasNext: () => (ctx.charge(S, `${type}.hasNext`, 'local'), i < items.length),
    next(): T {
      ctx.charge(S, `${type}.next`, 'local');
      if (i >= items.length) {
        throw new Error('Cannot retrieve the next object: iterator has reached the end.');
      }
      return items[i++];
    },
  };
  return guard(it, type);
}

/** The id of a File or Folder facade (or of a Folder-like object, via getId). */
function idOf(x: unknown): string {
  const id = x && typeof x === 'object' ? (x as Obj)[ID] : undefined;
  if (typeof id === 'string') return id;
  throw new Error('Invalid argument: destination');
}

function emailOf(x: unknown): string {
  if (x && typeof x === 'object' && 'getEmail' in x) {
    return (x as GoogleAppsScript.Drive.User).getEmail();
  }
  return String(x);
}

/** Members File and Folder share: identity, name, dates, trash, move, parents, sharing. */
function common(ctx: FacadeContext, kind: Kind, id: string, self: () => unknown): Obj {
  const folder = kind === 'Folder';
  const get = () => driveOp<ItemView>(ctx, 'get', { id, folder });
  const read =
    <T>(m: string, f: (v: ItemView) => T) =>
    () => {
      ctx.charge(S, `${kind}.${m}`, 'drive.read');
      return f(get());
    };
  const write = (m: string, op: string, args: Record<string, unknown>) => {
    ctx.charge(S, `${kind}.${m}`, 'drive');
    driveOp(ctx, op, { id, ...args });
    return self();
  };
  const share = (m: string, action: string) => (user: unknown) =>
    write(m, 'share', { action, email: emailOf(user) });
  const shareAll = (m: string, action: string) => (users: unknown[]) => {
    ctx.charge(S, `${kind}.${m}`, 'drive');
    for (const u of users) driveOp(ctx, 'share', { id, action, email: emailOf(u) });
    return self();
  };
  return {
    [ID]: id,
    getId: () => (ctx.charge(S, `${kind}.getId`, 'local'), id),
    getName: read('getName', (v) => v.name),
    getUrl: read('getUrl', (v) => v.url),
    getSize: read('getSize', (v) => v.size),
    getDateCreated: read('getDateCreated', (v) => new Date(v.created)),
    getLastUpdated: read('getLastUpdated', (v) => new Date(v.updated)),
    isTrashed: read('isTrashed', (v) => v.trashed),
    getOwner: read('getOwner', (v) => createUser(ctx, v.owner)),
    getEditors: read('getEditors', (v) => v.editors.map((e) => createUser(ctx, e))),
    getViewers: read('getViewers', (v) => v.viewers.map((e) => createUser(ctx, e))),
    getSharingAccess: read('getSharingAccess', (v) => Access[v.access as keyof typeof Access]),
    getSharingPermission: read(
      'getSharingPermission',
      (v) => Permission[v.permission as keyof typeof Permission],
    ),
    setName: (name: string) => write('setName', 'update', { name: String(name) }),
    setTrashed: (trashed: boolean) => write('setTrashed', 'update', { trashed: Boolean(trashed) }),
    moveTo(destination: unknown) {
      ctx.charge(S, `${kind}.moveTo`, 'drive');
      driveOp(ctx, 'move', { id, dest: idOf(destination) });
      return self();
    },
    getParents() {
      ctx.charge(S, `${kind}.getParents`, 'drive');
      const parents = get().parents.map((p) => driveOp<ItemView>(ctx, 'get', { id: p }));
      return createIterator(
        ctx,
        'FolderIterator',
        parents.map((v) => createFolder(ctx, v)),
      );
    },
    addEditor: share('addEditor', 'addEditor'),
    addViewer: share('addViewer', 'addViewer'),
    removeEditor: share('removeEditor', 'removeEditor'),
    removeViewer: share('removeViewer', 'removeViewer'),
    addEditors: shareAll('addEditors', 'addEditor'),
    addViewers: shareAll('addViewers', 'addViewer'),
    setSharing: (access: unknown, permission: unknown) =>
      write('setSharing', 'share', {
        action: 'setSharing',
        access: enumName(access),
        permission: enumName(permission),
      }),
    toString: () => (ctx.charge(S, `${kind}.toString`, 'drive.read'), get().name),
  };
}

export function createFile(ctx: FacadeContext, view: ItemView): GoogleAppsScript.Drive.File {
  const id = view.id;
  const self = () => proxy;
  const getAs = (contentType: string) => {
    ctx.charge(S, 'File.getAs', 'document.export');
    return createDriveBlob(ctx, driveOp<BlobOut>(ctx, 'export', { id, contentType }));
  };
  const getBlob = () => {
    ctx.charge(S, 'File.getBlob', 'drive');
    const out = driveOp<BlobOut & { converted?: boolean }>(ctx, 'blob', { id });
    // a Google Doc's blob is its PDF export: the conversion is paid on top of the download
    if (out.converted) ctx.ledger.charge(S, 'File.getBlob', 'document.export', 0, false);
    return createDriveBlob(ctx, out);
  };
  const file = {
    ...common(ctx, 'File', id, self),
    getMimeType: () => (
      ctx.charge(S, 'File.getMimeType', 'drive.read'),
      driveOp<ItemView>(ctx, 'get', { id, folder: false }).mimeType
    ),
    getBlob,
    getAs: (contentType: string) => getAs(String(contentType)),
  };
  const proxy = guard(file, 'File') as unknown as GoogleAppsScript.Drive.File;
  return proxy;
}

export function createFolder(ctx: FacadeContext, view: ItemView): GoogleAppsScript.Drive.Folder {
  const id = view.id;
  const self = () => proxy;
  const list = (method: string, folders: boolean, name?: string) => {
    ctx.charge(S, `Folder.${method}`, 'drive');
    const views = driveOp<ItemView[]>(ctx, 'children', { id, folders, name: name ?? null });
    return folders
      ? createIterator(
          ctx,
          'FolderIterator',
          views.map((v) => createFolder(ctx, v)),
        )
      : createIterator(
          ctx,
          'FileIterator',
          views.map((v) => createFile(ctx, v)),
        );
  };
  const folder = {
    ...common(ctx, 'Folder', id, self),
    getFiles: () => list('getFiles', false),
    getFolders: () => list('getFolders', true),
    getFilesByName: (name: string) => list('getFilesByName', false, String(name)),
    getFoldersByName: (name: string) => list('getFoldersByName', true, String(name)),
    createFolder(name: string) {
      ctx.charge(S, 'Folder.createFolder', 'drive');
      return createFolder(ctx, driveOp<ItemView>(ctx, 'createFolder', { parent: id, name }));
    },
    createFile: (...args: unknown[]) => createFileIn(ctx, 'Folder.createFile', id, args),
  };
  const proxy = guard(folder, 'Folder') as unknown as GoogleAppsScript.Drive.Folder;
  return proxy;
}

/** `createFile(blob)` or `createFile(name, content, mimeType = 'text/plain')` in `parent`
 *  (null: the user's My Drive). */
export function createFileIn(
  ctx: FacadeContext,
  method: string,
  parent: string | null,
  args: unknown[],
): GoogleAppsScript.Drive.File {
  ctx.charge(S, method, 'drive');
  let spec: Record<string, unknown>;
  if (args.length === 1 && args[0] && typeof args[0] === 'object') {
    const b = readBlob(ctx, args[0]);
    spec = { name: b.name, mimeType: b.contentType ?? 'application/octet-stream', data: b.data };
  } else {
    const [name, content, mimeType] = args;
    spec = {
      name: String(name),
      mimeType: mimeType ?? 'text/plain',
      data: { text: String(content ?? '') },
    };
  }
  return createFile(ctx, driveOp<ItemView>(ctx, 'createFile', { parent, ...spec }));
}
