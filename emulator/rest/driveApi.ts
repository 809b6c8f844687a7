/**
 * The Drive API v3 endpoints the admin tools use, for spreadsheets held by the emulation's
 * `sheets` backend: `files.get` (metadata) and `files.copy` (a whole copy of the spreadsheet,
 * owned by the caller — the backup's copy in Drive). Other files and folders are refused.
 */
import type { SheetsBackend } from '../backend/sheets';
import type { CallContext } from '../backend/world';
import type { BookMeta } from '../gas/spreadsheet/types';
import { ApiError, bad } from './sheetsApi';

export const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';

type Json = Record<string, unknown>;

export class DriveApi {
  constructor(private readonly sheets: SheetsBackend) {}

  private book(ctx: CallContext, fileId: string): BookMeta {
    const notFound = new ApiError(404, 'NOT_FOUND', `File not found: ${fileId}.`);
    let meta: BookMeta;
    try {
      meta = this.sheets.handle('open', [fileId, false], ctx) as BookMeta;
    } catch {
      throw notFound;
    }
    const s = this.sheets.handle('sharing', [fileId], ctx) as {
      owner: string;
      editors: string[];
      viewers: string[];
    };
    if (s.owner !== ctx.user && !s.editors.includes(ctx.user) && !s.viewers.includes(ctx.user))
      throw notFound;
    return meta;
  }

  private resource(meta: BookMeta, owner: string): Json {
    return {
      kind: 'drive#file',
      id: meta.id,
      name: meta.name,
      mimeType: SPREADSHEET_MIME,
      webViewLink: `https://docs.google.com/spreadsheets/d/${meta.id}/edit`,
      owners: [{ kind: 'drive#user', emailAddress: owner }],
    };
  }

  get(ctx: CallContext, fileId: string): Json {
    const meta = this.book(ctx, fileId);
    return this.resource(meta, meta.owner);
  }

  copy(ctx: CallContext, fileId: string, body: Json): Json {
    const meta = this.book(ctx, fileId);
    if (Array.isArray(body.parents) && body.parents.length > 0)
      throw bad('REST stand-in: copying into a folder (parents) is not emulated.');
    const name = body.name === undefined ? `Copy of ${meta.name}` : String(body.name);
    const id = this.sheets.copySpreadsheet(fileId, name, ctx.user);
    const copy = this.sheets.handle('open', [id, false], ctx) as BookMeta;
    return this.resource(copy, ctx.user);
  }
}
