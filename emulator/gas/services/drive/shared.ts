/**
 * What the Drive, advanced Drive and DocumentApp facades share: the user Drive acts for, the
 * call to the `drive` backend, MIME types and the sharing enums. No Node APIs (sandbox realm);
 * values are not imported from the backend, only its types.
 */
import type { FacadeContext } from '../../context';
import type { BlobOut, ItemView } from '../../../backend/drive';
import { makeEnum } from '../enums';

export type { BlobOut, ItemView };

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOC_MIME = 'application/vnd.google-apps.document';

export const Access = makeEnum('Access', [
  'ANYONE',
  'ANYONE_WITH_LINK',
  'DOMAIN',
  'DOMAIN_WITH_LINK',
  'PRIVATE',
]);
export const Permission = makeEnum('Permission', [
  'VIEW',
  'EDIT',
  'COMMENT',
  'OWNER',
  'ORGANIZER',
  'FILE_ORGANIZER',
  'NONE',
]);

/** Drive acts as the effective user (the script runs as them; the installer for a trigger). */
export function actor(ctx: FacadeContext): string {
  return ctx.options.effectiveUser ?? ctx.options.user;
}

/** Sends `drive.<op>` for the acting user. */
export function driveOp<T>(ctx: FacadeContext, op: string, args: Record<string, unknown>): T {
  return ctx.backend<T>(`drive.${op}`, { as: actor(ctx), ...args });
}
