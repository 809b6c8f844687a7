/**
 * `DriveApp`, the Drive advanced service (`Drive`, v3) and `DocumentApp`, on the `drive`
 * backend. Drive acts as the execution's effective user; access is enforced (an item the user
 * cannot see is "not found"; a change their role forbids is "Access denied"). See
 * `emulator/backend/drive.ts` for what is emulated and why the PDF is not real PDF bytes.
 *
 * DriveApp: `getRootFolder`, `getFileById`, `getFolderById`, `createFolder`, `createFile`,
 * `Access`, `Permission`. Folder: `getFiles`, `getFolders`, `getFilesByName`,
 * `getFoldersByName`, `createFolder`, `createFile(blob)` / `createFile(name, content, mimeType)`.
 * File: `getMimeType`, `getBlob`, `getAs`. Both: `getId`, `getName`, `setName`, `getUrl`,
 * `getSize`, `getDateCreated`, `getLastUpdated`, `getParents`, `moveTo`, `setTrashed`,
 * `isTrashed`, `getOwner`, `addEditor(s)`, `addViewer(s)`, `removeEditor`, `removeViewer`,
 * `getEditors`, `getViewers`, `setSharing`, `getSharingAccess`, `getSharingPermission`.
 */
import { guard } from '../../core/guard';
import type { FacadeContext } from '../context';
import { createDriveAdvanced } from './drive/advanced';
import { createDocumentApp } from './drive/document';
import { createFile, createFileIn, createFolder } from './drive/objects';
import { Access, Permission, driveOp, type ItemView } from './drive/shared';

const S = 'DriveApp';

export function createDriveApp(ctx: FacadeContext): GoogleAppsScript.Drive.DriveApp {
  const app = {
    Access,
    Permission,
    getRootFolder() {
      ctx.charge(S, 'DriveApp.getRootFolder', 'drive');
      return createFolder(ctx, driveOp<ItemView>(ctx, 'root', {}));
    },
    getFileById(id: string) {
      ctx.charge(S, 'DriveApp.getFileById', 'drive');
      return createFile(ctx, driveOp<ItemView>(ctx, 'get', { id: String(id), folder: false }));
    },
    getFolderById(id: string) {
      ctx.charge(S, 'DriveApp.getFolderById', 'drive');
      return createFolder(ctx, driveOp<ItemView>(ctx, 'get', { id: String(id), folder: true }));
    },
    createFolder(name: string) {
      ctx.charge(S, 'DriveApp.createFolder', 'drive');
      return createFolder(ctx, driveOp<ItemView>(ctx, 'createFolder', { parent: null, name }));
    },
    createFile: (...args: unknown[]) => createFileIn(ctx, 'DriveApp.createFile', null, args),
  };
  return guard(app, S) as unknown as GoogleAppsScript.Drive.DriveApp;
}

/** Installs `DriveApp`, `Drive` and `DocumentApp`. */
export function installDrive(ctx: FacadeContext, globals: Record<string, unknown>): void {
  globals.DriveApp = createDriveApp(ctx);
  // An advanced service exists only when the manifest enables it (Guide "Advanced Google
  // services": enable it in the project before use), under its userSymbol.
  const advanced = ctx.options.advancedServices;
  if (advanced === undefined || advanced.includes('Drive'))
    globals.Drive = createDriveAdvanced(ctx);
  globals.DocumentApp = createDocumentApp(ctx);
}
