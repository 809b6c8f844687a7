/**
 * Drive and Docs on Google's side: folders and files with owners, editors, viewers and general
 * access (inherited from parent folders, as in My Drive); Google Docs converted from HTML; PDF
 * export; the per-user daily quotas of documents created and conversions. Every operation checks
 * everything before it changes anything, so a failed call leaves no half-made file.
 *
 * Operations take one object whose `as` is the user Drive acts for (the execution's effective
 * user: the script runs as that user, e.g. the installer for a trigger).
 *
 * Emulated, not real (see `docs` of the facade in `gas/services/drive.ts`):
 * - a converted Doc keeps the HTML it came from (what the playground shows); its text is that
 *   HTML's text. Google's importer rewrites HTML into its own model, so layout details (CSS) may
 *   differ in the real Doc; the emulation cannot reproduce Google's rendering.
 * - an `<img>` whose source is a `data:` URI is dropped by the conversion: the Drive API's import
 *   to Google Docs types (https://developers.google.com/drive/api/guides/manage-uploads) lists
 *   HTML as a source but documents nothing about images embedded in it, so the emulation takes
 *   the stricter answer. A script that needs an image in the Doc inserts it as a blob
 *   (`Paragraph.appendInlineImage`, see `editDocument`); it is kept as an `<img>` of that blob.
 * - an exported "PDF" is `EMULATED_PDF_MARKER` + that HTML, not PDF bytes: producing a PDF would
 *   need a layout engine, and its bytes would prove nothing about Google's own rendering.
 */
import * as crypto from 'crypto';
import type { ClockBackend } from './clock';
import type { BackendModule, CallContext } from './world';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOC_MIME = 'application/vnd.google-apps.document';
export const PDF_MIME = 'application/pdf';
export const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';

/** A spreadsheet of the `sheets` backend as Drive sees it (every spreadsheet is a Drive file). */
export interface SpreadsheetFile {
  name: string;
  owner: string;
  editors: string[];
  viewers: string[];
}
const GOOGLE_PREFIX = 'application/vnd.google-apps.';
/** Drive export (Doc → PDF) limit (`platform.md`; Drive API files.export "limited to 10MB"). */
export const EXPORT_MAX_BYTES = 10 * 1024 * 1024;
/** Per user per day (`platform.md`): documents created and files converted. */
export const DRIVE_QUOTAS = {
  consumer: { documents: 250, conversions: 2000 },
  workspace: { documents: 1500, conversions: 4000 },
} as const;
export type DriveAccount = keyof typeof DRIVE_QUOTAS;
/** First line of an emulated PDF: what follows is the HTML it was exported from. */
export const EMULATED_PDF_MARKER =
  '%EMULATED-PDF (Apps Script emulation: not PDF bytes; the exported HTML follows)\n';

/** Apps Script's messages (⚠ marks wording seen on live projects, not in Google's docs). */
export const DRIVE_ERRORS = {
  /** DriveApp.getFileById/getFolderById: missing, or not visible to the user (⚠). */
  notFound:
    'No item with the given ID could be found. Or perhaps you do not have permission to access it.',
  /** A change the user's role does not allow (⚠). */
  accessDenied: 'Access denied: DriveApp.',
  /** Folder.createFile(blob) with a nameless blob (⚠). */
  blobName: 'Blob object must have non-null name for this operation.',
  /** Drive API `exportSizeLimitExceeded`. */
  exportTooLarge: 'This file is too large to be exported.',
  /** Daily quota of documents created (⚠). */
  documentsQuota: 'Service invoked too many times for one day: docs create.',
  /** Daily quota of conversions (⚠ wording unverified). */
  conversionsQuota: 'Service invoked too many times for one day: drive conversion.',
  /** DocumentApp.openById: missing, not a Doc, or not readable (⚠). */
  documentMissing: "Document is missing (perhaps it was deleted, or you don't have read access?)",
  /** createFile(name, content, mimeType) with a Google type (⚠). */
  googleType: 'Invalid argument: file.contentType',
  /** Drive API: a parent the user cannot write to. */
  parentPermission: 'Insufficient permissions for the specified parent.',
  /** Drive API: conversion from this media type is not possible (⚠). */
  conversion: 'The requested conversion is not supported.',
} as const;

export const ACCESS = ['ANYONE', 'ANYONE_WITH_LINK', 'DOMAIN', 'DOMAIN_WITH_LINK', 'PRIVATE'];
export const PERMISSION = [
  'VIEW',
  'EDIT',
  'COMMENT',
  'OWNER',
  'ORGANIZER',
  'FILE_ORGANIZER',
  'NONE',
];

export interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  owner: string;
  editors: string[];
  viewers: string[];
  access: string;
  permission: string;
  trashed: boolean;
  created: number;
  updated: number;
  /** Base64 content of a stored (non-Google) file. */
  data?: string;
  /** A Google Doc: the HTML it was converted from. */
  html?: string;
}

/** What an execution sees of an item (sharing lists only with edit access, as in Apps Script). */
export interface ItemView {
  id: string;
  name: string;
  mimeType: string;
  owner: string;
  editors: string[];
  viewers: string[];
  access: string;
  permission: string;
  trashed: boolean;
  created: number;
  updated: number;
  size: number;
  parents: string[];
  url: string;
}

/** Blob content on the wire: UTF-8 text, signed or unsigned bytes, or base64. */
export interface BlobData {
  text?: string;
  bytes?: number[];
  b64?: string;
}

export interface BlobOut {
  name: string;
  contentType: string;
  b64: string;
}

export interface TreeNode {
  id: string;
  name: string;
  mimeType: string;
  owner: string;
  editors: string[];
  viewers: string[];
  trashed: boolean;
  children?: TreeNode[];
}

type Args = Record<string, unknown> & { as?: string };
const NONE = 0;
const VIEW = 1;
const EDIT = 2;
const OWN = 3;
const DAY_MS = 86400000;

function bufferOf(d: BlobData | undefined): Buffer {
  if (!d) return Buffer.alloc(0);
  if (typeof d.text === 'string') return Buffer.from(d.text, 'utf8');
  if (d.bytes) return Buffer.from(d.bytes.map((b) => b & 0xff));
  return Buffer.from(d.b64 ?? '', 'base64');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** "a.b.c" → "a.b.pdf": the part after the last period is taken as an extension (Blob.getAs). */
export function withExtension(name: string, ext: string): string {
  const dot = name.lastIndexOf('.');
  return `${dot >= 0 ? name.slice(0, dot) : name}.${ext}`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text a person reads in HTML: one line per block (paragraph, heading, cell, list item). */
export function htmlToText(html: string): string {
  const s = html
    .replace(/<(head|style|script|title)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+/g, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(p|div|h[1-6]|li|tr|td|th|table|ul|ol|section|header|footer)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
        return String.fromCodePoint(code);
      }
      if (e.toLowerCase() === 'nbsp') return '\u00a0';
      return ENTITIES[e.toLowerCase()] ?? m;
    });
  return s
    .split('\n')
    .map((l) => l.replace(/^ +| +$/g, ''))
    .filter((l) => l !== '')
    .join('\n');
}

export class DriveBackend implements BackendModule {
  readonly name: string;
  private items: Record<string, DriveItem>;
  private roots: Record<string, string>;
  private usageByDay: Record<string, { documents: number; conversions: number }>;
  private account: DriveAccount;
  private spreadsheets: (id: string) => SpreadsheetFile | null;

  constructor(private readonly clock: ClockBackend) {
    this.spreadsheets = () => null;
    this.name = 'drive';
    this.items = {};
    this.roots = {};
    this.usageByDay = {};
    this.account = 'consumer';
  }

  // ---- host side: tests and the playground -------------------------------------------------

  /** Consumer (250 documents/day) or Workspace (1,500) quotas. */
  setAccount(account: DriveAccount): void {
    this.account = account;
  }

  /** Creates a folder owned by `owner` (under their My Drive unless `parentId`); its id. */
  seedFolder(owner: string, name: string, parentId?: string): string {
    return this.newItem(owner, name, FOLDER_MIME, [parentId ?? this.rootOf(owner)]).id;
  }

  /** Gives `email` a role on an item, as its owner would in the Drive UI. */
  share(id: string, email: string, role: 'editor' | 'viewer'): void {
    this.shareOp(this.must(id), 'add' + (role === 'editor' ? 'Editor' : 'Viewer'), email);
  }

  /** Every item, as trees from each user's My Drive (and parentless items). */
  tree(): TreeNode[] {
    const node = (it: DriveItem): TreeNode => ({
      id: it.id,
      name: it.name,
      mimeType: it.mimeType,
      owner: it.owner,
      editors: it.editors.slice(),
      viewers: it.viewers.slice(),
      trashed: it.trashed,
      ...(it.mimeType === FOLDER_MIME ? { children: this.childrenOf(it.id).map(node) } : undefined),
    });
    return Object.values(this.items)
      .filter((it) => it.parents.length === 0)
      .map(node);
  }

  /** What the playground renders: a Doc's HTML; a PDF's HTML and bytes; a file's bytes. */
  content(fileId: string): { mimeType: string; html?: string; bytes?: number[] } {
    const it = this.must(fileId);
    if (it.mimeType === DOC_MIME) return { mimeType: it.mimeType, html: it.html ?? '' };
    const buf = bufferOf({ b64: it.data });
    const bytes = Array.from(buf);
    const text = buf.toString('utf8');
    if (it.mimeType === PDF_MIME && text.startsWith(EMULATED_PDF_MARKER)) {
      return { mimeType: it.mimeType, html: text.slice(EMULATED_PDF_MARKER.length), bytes };
    }
    if (it.mimeType === 'text/html') return { mimeType: it.mimeType, html: text, bytes };
    return { mimeType: it.mimeType, bytes };
  }

  /** Documents created and conversions by `user` today (backend-clock UTC day). */
  usage(user: string): {
    documents: number;
    conversions: number;
    documentsLimit: number;
    conversionsLimit: number;
  } {
    const u = this.usageByDay[this.dayKey(user)] ?? { documents: 0, conversions: 0 };
    const q = DRIVE_QUOTAS[this.account];
    return { ...u, documentsLimit: q.documents, conversionsLimit: q.conversions };
  }

  /** Makes the spreadsheets of the `sheets` backend Drive files (`createWorld` links them). */
  linkSpreadsheets(source: (id: string) => SpreadsheetFile | null): void {
    this.spreadsheets = source;
  }

  /**
   * A spreadsheet as a Drive item, made afresh from the `sheets` backend (its sharing lives
   * there), in its owner's My Drive; null for any other id.
   */
  private spreadsheetItem(id: string): DriveItem | null {
    if (this.items[id]) return null;
    const book = this.spreadsheets(id);
    if (!book) return null;
    const now = this.clock.now();
    return {
      id,
      name: book.name,
      mimeType: SPREADSHEET_MIME,
      parents: [this.rootOf(book.owner)],
      owner: book.owner,
      editors: book.editors.filter((e) => e !== book.owner),
      viewers: book.viewers.slice(),
      access: 'PRIVATE',
      permission: 'NONE',
      trashed: false,
      created: now,
      updated: now,
    };
  }

  // ---- the wire ----------------------------------------------------------------------------

  handle(op: string, args: unknown[], ctx: CallContext): unknown {
    const a = (args[0] ?? {}) as Args;
    const user = typeof a.as === 'string' ? a.as : ctx.user;
    // A spreadsheet is a Drive file that can be found and read; changing it through Drive
    // (rename, share, move, trash, content) is not emulated and must not be silently ignored.
    if (op !== 'get' && typeof a.id === 'string' && this.spreadsheetItem(a.id)) {
      throw new Error(`Apps Script emulation: drive.${op} on a spreadsheet file is not emulated.`);
    }
    switch (op) {
      case 'root':
        return this.view(this.items[this.rootOf(user)], user);
      case 'get':
        return this.view(this.visible(String(a.id), user, a.folder as boolean), user);
      case 'children':
        return this.children(a, user);
      case 'createFolder': {
        const parent = a.parent
          ? this.writable(String(a.parent), user)
          : this.items[this.rootOf(user)];
        return this.view(this.newItem(user, String(a.name), FOLDER_MIME, [parent.id]), user);
      }
      case 'createFile':
        return this.createFile(a, user);
      case 'filesCreate':
        return this.filesCreate(a, user);
      case 'update':
        return this.update(a, user);
      case 'move':
        return this.move(a, user);
      case 'share': {
        const it = this.writable(String(a.id), user);
        this.shareOp(it, String(a.action), a.email as string, a.access, a.permission);
        return this.view(it, user);
      }
      case 'blob':
        return this.blob(String(a.id), user);
      case 'export':
        return this.exportAs(String(a.id), String(a.contentType), user);
      case 'openDocument':
        return this.openDocument(String(a.id), user);
      case 'image':
        return imageOf(a.data as BlobData, a.contentType as string | null);
      case 'editDocument':
        return this.editDocument(String(a.id), a.edits as ParagraphEdit[], user);
      default:
        throw new Error(`Apps Script emulation: drive.${op} is not an operation.`);
    }
  }

  snapshot(): unknown {
    return JSON.parse(
      JSON.stringify({
        items: this.items,
        roots: this.roots,
        usage: this.usageByDay,
        account: this.account,
      }),
    );
  }

  restore(state: unknown): void {
    const s = JSON.parse(JSON.stringify(state ?? {}));
    this.items = s.items ?? {};
    this.roots = s.roots ?? {};
    this.usageByDay = s.usage ?? {};
    this.account = s.account ?? 'consumer';
  }

  // ---- access ------------------------------------------------------------------------------

  /** The user's role: owner, or the best of explicit and general access here or on ancestors. */
  private role(it: DriveItem, user: string): number {
    if (it.owner === user) return OWN;
    let best = NONE;
    const seen = new Set<string>();
    const visit = (x: DriveItem | undefined): void => {
      if (!x || seen.has(x.id)) return;
      seen.add(x.id);
      if (x.owner === user || x.editors.includes(user)) best = EDIT;
      else if (x.viewers.includes(user)) best = Math.max(best, VIEW);
      if (this.generalAccess(x, user)) {
        best = Math.max(best, x.permission === 'EDIT' ? EDIT : VIEW);
      }
      x.parents.forEach((p) => visit(this.items[p]));
    };
    visit(it);
    return best;
  }

  private generalAccess(it: DriveItem, user: string): boolean {
    if (it.access === 'ANYONE' || it.access === 'ANYONE_WITH_LINK') return true;
    if (it.access === 'DOMAIN' || it.access === 'DOMAIN_WITH_LINK') {
      return user !== '' && domainOf(user) === domainOf(it.owner);
    }
    return false;
  }

  private must(id: string): DriveItem {
    const it = this.items[id];
    if (!it) throw new Error(DRIVE_ERRORS.notFound);
    return it;
  }

  /** An item the user can see (`folder` says which kind is wanted), else "not found". */
  private visible(id: string, user: string, folder?: boolean): DriveItem {
    const it = this.items[id] ?? this.spreadsheetItem(id);
    if (!it || this.role(it, user) < VIEW) throw new Error(DRIVE_ERRORS.notFound);
    if (folder !== undefined && folder !== (it.mimeType === FOLDER_MIME)) {
      throw new Error(DRIVE_ERRORS.notFound);
    }
    return it;
  }

  private writable(id: string, user: string): DriveItem {
    const it = this.visible(id, user);
    if (this.role(it, user) < EDIT) throw new Error(DRIVE_ERRORS.accessDenied);
    return it;
  }

  private view(it: DriveItem, user: string): ItemView {
    const canEdit = this.role(it, user) >= EDIT;
    const google = it.mimeType.startsWith(GOOGLE_PREFIX);
    return {
      id: it.id,
      name: it.name,
      mimeType: it.mimeType,
      owner: it.owner,
      editors: canEdit ? it.editors.slice() : [],
      viewers: canEdit ? it.viewers.slice() : [],
      access: it.access,
      permission: it.permission,
      trashed: it.trashed,
      created: it.created,
      updated: it.updated,
      size: google ? 0 : bufferOf({ b64: it.data }).length,
      parents: it.parents.filter((p) => this.items[p] && this.role(this.items[p], user) >= VIEW),
      url: urlOf(it),
    };
  }

  // ---- operations --------------------------------------------------------------------------

  private rootOf(user: string): string {
    let id = this.roots[user];
    if (!id || !this.items[id]) {
      id = this.newItem(user, 'My Drive', FOLDER_MIME, []).id;
      this.roots[user] = id;
    }
    return id;
  }

  private newItem(owner: string, name: string, mimeType: string, parents: string[]): DriveItem {
    const now = this.clock.now();
    const bytes = mimeType === DOC_MIME ? 33 : 25;
    const id = crypto
      .randomBytes(bytes)
      .toString('base64url')
      .slice(0, bytes === 33 ? 44 : 33);
    const it: DriveItem = {
      id,
      name,
      mimeType,
      parents,
      owner,
      editors: [],
      viewers: [],
      access: 'PRIVATE',
      permission: 'NONE',
      trashed: false,
      created: now,
      updated: now,
    };
    this.items[id] = it;
    return it;
  }

  private childrenOf(id: string): DriveItem[] {
    return Object.values(this.items).filter((x) => x.parents.includes(id));
  }

  /** Children of a folder the user can see; trashed ones included, as DriveApp lists them (⚠). */
  private children(a: Args, user: string): ItemView[] {
    const parent = this.visible(String(a.id), user, true);
    return this.childrenOf(parent.id)
      .filter((x) => (x.mimeType === FOLDER_MIME) === Boolean(a.folders))
      .filter((x) => a.name === undefined || a.name === null || x.name === String(a.name))
      .filter((x) => this.role(x, user) >= VIEW)
      .map((x) => this.view(x, user));
  }

  private createFile(a: Args, user: string): ItemView {
    const parent = a.parent ? this.writable(String(a.parent), user) : this.items[this.rootOf(user)];
    const mimeType = String(a.mimeType ?? 'text/plain');
    if (mimeType.startsWith(GOOGLE_PREFIX)) throw new Error(DRIVE_ERRORS.googleType);
    if (a.name === null || a.name === undefined) throw new Error(DRIVE_ERRORS.blobName);
    const data = bufferOf(a.data as BlobData).toString('base64');
    const it = this.newItem(user, String(a.name), mimeType, [parent.id]);
    it.data = data;
    return this.view(it, user);
  }

  /** Drive API v3 files.create (the advanced service), converting HTML or text to a Doc. */
  private filesCreate(a: Args, user: string): Record<string, unknown> {
    const fail = (m: string): never => {
      throw new Error(`API call to drive.files.create failed with error: ${m}`);
    };
    const r = (a.resource ?? {}) as { name?: string; mimeType?: string; parents?: string[] };
    const media = a.media as (BlobData & { contentType?: string | null }) | undefined;
    const parents = r.parents && r.parents.length ? r.parents : [this.rootOf(user)];
    for (const p of parents) {
      const it = this.items[p];
      if (!it || this.role(it, user) < VIEW || it.mimeType !== FOLDER_MIME) {
        fail(`File not found: ${p}.`);
      }
      if (this.role(it, user) < EDIT) fail(DRIVE_ERRORS.parentPermission);
    }
    const from = media ? String(media.contentType ?? 'application/octet-stream') : null;
    const target = r.mimeType ?? from ?? 'application/octet-stream';
    const isDoc = target === DOC_MIME;
    if (target.startsWith(GOOGLE_PREFIX) && !isDoc && target !== FOLDER_MIME) {
      throw new Error(`Apps Script emulation: Drive.Files.create of ${target} is not emulated.`);
    }
    const converts = isDoc && from !== null && from !== DOC_MIME;
    if (converts && from !== 'text/html' && from !== 'text/plain') fail(DRIVE_ERRORS.conversion);
    const use = this.usageByDay[this.dayKey(user)] ?? { documents: 0, conversions: 0 };
    const q = DRIVE_QUOTAS[this.account];
    if (isDoc && use.documents + 1 > q.documents) throw new Error(DRIVE_ERRORS.documentsQuota);
    if (converts && use.conversions + 1 > q.conversions) {
      throw new Error(DRIVE_ERRORS.conversionsQuota);
    }
    const it = this.newItem(user, r.name ?? 'Untitled', target, parents.slice());
    if (isDoc) {
      const text = bufferOf(media).toString('utf8');
      it.html = from === 'text/plain' ? plainToHtml(text) : dropDataImages(text);
    } else if (target !== FOLDER_MIME) {
      it.data = bufferOf(media).toString('base64');
    }
    if (isDoc) use.documents += 1;
    if (converts) use.conversions += 1;
    this.usageByDay[this.dayKey(user)] = use;
    return pickFields(this.resource(it), a.fields as string | undefined);
  }

  private resource(it: DriveItem): Record<string, unknown> {
    return {
      kind: 'drive#file',
      id: it.id,
      name: it.name,
      mimeType: it.mimeType,
      parents: it.parents.slice(),
      webViewLink: urlOf(it),
      createdTime: new Date(it.created).toISOString(),
      modifiedTime: new Date(it.updated).toISOString(),
      trashed: it.trashed,
      owners: [{ kind: 'drive#user', emailAddress: it.owner }],
    };
  }

  private update(a: Args, user: string): ItemView {
    const it = this.visible(String(a.id), user);
    const role = this.role(it, user);
    if (a.trashed !== undefined && role < OWN) throw new Error(DRIVE_ERRORS.accessDenied);
    if (a.name !== undefined && role < EDIT) throw new Error(DRIVE_ERRORS.accessDenied);
    if (a.name !== undefined) it.name = String(a.name);
    if (a.trashed !== undefined) it.trashed = Boolean(a.trashed);
    it.updated = this.clock.now();
    return this.view(it, user);
  }

  private move(a: Args, user: string): ItemView {
    const it = this.writable(String(a.id), user);
    const dest = this.visible(String(a.dest), user, true);
    if (this.role(dest, user) < EDIT) throw new Error(DRIVE_ERRORS.accessDenied);
    for (let x: DriveItem | undefined = dest; x; x = this.items[x.parents[0]]) {
      if (x.id === it.id) throw new Error('Invalid argument: destination');
    }
    it.parents = [dest.id];
    it.updated = this.clock.now();
    return this.view(it, user);
  }

  private shareOp(
    it: DriveItem,
    action: string,
    email?: string,
    access?: unknown,
    permission?: unknown,
  ): void {
    const e = String(email ?? '');
    const drop = (list: string[]) => list.filter((x) => x !== e);
    switch (action) {
      case 'addEditor':
        if (e !== it.owner && !it.editors.includes(e)) it.editors.push(e);
        it.viewers = drop(it.viewers);
        break;
      case 'addViewer':
        if (e !== it.owner && !it.editors.includes(e) && !it.viewers.includes(e)) {
          it.viewers.push(e);
        }
        break;
      case 'removeEditor':
        it.editors = drop(it.editors);
        break;
      case 'removeViewer':
        it.viewers = drop(it.viewers);
        break;
      case 'setSharing': {
        const acc = String(access);
        const perm = String(permission);
        if (!ACCESS.includes(acc)) throw new Error('Invalid argument: accessType');
        const settable = ['VIEW', 'EDIT', 'COMMENT'].includes(perm);
        if (!settable && !(perm === 'NONE' && acc === 'PRIVATE')) {
          throw new Error('Invalid argument: permissionType');
        }
        it.access = acc;
        it.permission = acc === 'PRIVATE' ? 'NONE' : perm;
        break;
      }
      default:
        throw new Error(`Apps Script emulation: drive sharing ${action} is not emulated.`);
    }
    it.updated = this.clock.now();
  }

  /** File.getBlob: the stored bytes; a Google Doc comes out as PDF, as in Apps Script. */
  private blob(id: string, user: string): BlobOut & { converted?: boolean } {
    const it = this.visible(id, user, false);
    if (it.mimeType === DOC_MIME) return { ...this.exportAs(id, PDF_MIME, user), converted: true };
    return { name: it.name, contentType: it.mimeType, b64: it.data ?? '' };
  }

  /** File.getAs: converts (counted as a conversion), failing over the 10 MB export limit. */
  private exportAs(id: string, contentType: string, user: string): BlobOut {
    const it = this.visible(id, user, false);
    if (contentType === it.mimeType) {
      return { name: it.name, contentType, b64: it.data ?? '' };
    }
    const unsupported = `Converting from ${it.mimeType} to ${contentType} is not supported.`;
    if (contentType !== PDF_MIME) throw new Error(unsupported);
    let html: string;
    if (it.mimeType === DOC_MIME) html = it.html ?? '';
    else if (it.mimeType === 'text/html') html = bufferOf({ b64: it.data }).toString('utf8');
    else if (it.mimeType === 'text/plain')
      html = plainToHtml(bufferOf({ b64: it.data }).toString());
    else throw new Error(unsupported);
    const pdf = Buffer.from(EMULATED_PDF_MARKER + html, 'utf8');
    if (pdf.length > EXPORT_MAX_BYTES) throw new Error(DRIVE_ERRORS.exportTooLarge);
    const use = this.usageByDay[this.dayKey(user)] ?? { documents: 0, conversions: 0 };
    if (use.conversions + 1 > DRIVE_QUOTAS[this.account].conversions) {
      throw new Error(DRIVE_ERRORS.conversionsQuota);
    }
    use.conversions += 1;
    this.usageByDay[this.dayKey(user)] = use;
    return {
      name: withExtension(it.name, 'pdf'),
      contentType: PDF_MIME,
      b64: pdf.toString('base64'),
    };
  }

  private openDocument(id: string, user: string): Record<string, string> {
    const it = this.items[id];
    if (!it || it.mimeType !== DOC_MIME || this.role(it, user) < VIEW) {
      throw new Error(DRIVE_ERRORS.documentMissing);
    }
    const html = it.html ?? '';
    return { id: it.id, name: it.name, html, text: htmlToText(html), url: docUrl(it.id) };
  }

  /**
   * `Document.saveAndClose()` of the paragraph edits an execution made: each edit names a
   * paragraph by its text (a line of `htmlToText`), clears it or not, and appends inline images.
   * All edits are checked before any is applied (a failed save changes nothing).
   */
  private editDocument(id: string, edits: ParagraphEdit[], user: string): void {
    const it = this.items[id];
    if (!it || it.mimeType !== DOC_MIME || this.role(it, user) < VIEW) {
      throw new Error(DRIVE_ERRORS.documentMissing);
    }
    if (this.role(it, user) < EDIT) throw new Error(DRIVE_ERRORS.accessDenied);
    let html = it.html ?? '';
    for (const e of edits) html = applyParagraphEdit(html, e);
    it.html = html;
    it.updated = this.clock.now();
  }

  private dayKey(user: string): string {
    return `${user}|${Math.floor(this.clock.now() / DAY_MS)}`;
  }
}

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** One paragraph's edit, as `Document.saveAndClose()` sends it. */
export interface ParagraphEdit {
  /** The paragraph's text when the document was opened. */
  text: string;
  clear: boolean;
  images: Array<{ b64: string; contentType: string; width: number; height: number }>;
}

/**
 * An image blob a script inserts into a Doc: its content and pixel size (read from the PNG or
 * JPEG header, as Docs sizes an inline image by default). Other content is refused.
 */
export function imageOf(
  data: BlobData,
  contentType: string | null,
): { b64: string; contentType: string; width: number; height: number } {
  const buf = bufferOf(data);
  const png = buf.length >= 24 && buf.readUInt32BE(0) === 0x89504e47;
  if (png) {
    return {
      b64: buf.toString('base64'),
      contentType: 'image/png',
      width: buf.readUInt32BE(16),
      height: buf.readUInt32BE(20),
    };
  }
  if (buf.length > 4 && buf[0] === 0xff && buf[1] === 0xd8) {
    for (let i = 2; i + 9 < buf.length;) {
      if (buf[i] !== 0xff) break;
      const marker = buf[i + 1];
      const len = buf.readUInt16BE(i + 2);
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
        return {
          b64: buf.toString('base64'),
          contentType: 'image/jpeg',
          width: buf.readUInt16BE(i + 7),
          height: buf.readUInt16BE(i + 5),
        };
      }
      i += 2 + len;
    }
  }
  throw new Error(
    `Apps Script emulation: an inline image of ${contentType ?? 'unknown type'} that is not a ` +
      'PNG or JPEG is not emulated.',
  );
}

/** The HTML importer's answer to `<img src="data:…">`: nothing (see the header). */
export function dropDataImages(html: string): string {
  return html.replace(/<img\b[^>]*\bsrc\s*=\s*(["'])\s*data:[^"']*\1[^>]*>/gi, '');
}

/** A paragraph's edge in HTML: a block's opening or closing tag, or a line break. */
const EDGE = /<\/?(p|div|h[1-6]|li|td|th|tr|table|ul|ol|br)\b[^>]*>/gi;

/**
 * Applies one paragraph edit to a Doc's HTML: finds the block (p, div, heading, list item or
 * cell) holding the paragraph's text, clears its content if asked, and appends the images.
 */
function applyParagraphEdit(html: string, e: ParagraphEdit): string {
  const at = e.text === '' ? -1 : html.indexOf(e.text);
  if (at < 0 || html.indexOf(e.text, at + 1) >= 0) {
    throw new Error(
      'Apps Script emulation: editing a paragraph whose text is not written once, literally, in ' +
        'the converted HTML is not emulated.',
    );
  }
  // The paragraph runs from the last edge before its text to the first edge after it.
  let start = 0;
  let end = html.length;
  EDGE.lastIndex = 0;
  for (let m = EDGE.exec(html); m; m = EDGE.exec(html)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at + e.text.length) {
      end = m.index;
      break;
    }
  }
  const images = e.images
    .map(
      (i) =>
        `<img src="data:${i.contentType};base64,${i.b64}" width="${i.width}" height="${i.height}" alt="">`,
    )
    .join('');
  const inner = e.clear ? '' : html.slice(start, end);
  return html.slice(0, start) + inner + images + html.slice(end);
}

function plainToHtml(text: string): string {
  return text
    .split('\n')
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join('');
}

/** `Document.getUrl()` (⚠ form seen on live projects). */
export function docUrl(id: string): string {
  return `https://docs.google.com/open?id=${id}`;
}

/** `File.getUrl()` / `webViewLink`. */
export function urlOf(it: Pick<DriveItem, 'id' | 'mimeType'>): string {
  if (it.mimeType === FOLDER_MIME) return `https://drive.google.com/drive/folders/${it.id}`;
  if (it.mimeType === DOC_MIME)
    return `https://docs.google.com/document/d/${it.id}/edit?usp=drivesdk`;
  if (it.mimeType === SPREADSHEET_MIME)
    return `https://docs.google.com/spreadsheets/d/${it.id}/edit?usp=drivesdk`;
  return `https://drive.google.com/file/d/${it.id}/view?usp=drivesdk`;
}

/** Drive v3 returns only kind, id, name and mimeType unless `fields` asks for more. */
function pickFields(
  res: Record<string, unknown>,
  fields: string | undefined,
): Record<string, unknown> {
  if (fields === '*') return res;
  const wanted = fields
    ? fields.split(',').map((f) => f.trim())
    : ['kind', 'id', 'name', 'mimeType'];
  const out: Record<string, unknown> = {};
  for (const f of wanted) if (f in res) out[f] = res[f];
  return out;
}
