/**
 * The `Spreadsheet` a script sees: its tabs (find, insert, delete), `Tab!A1` ranges, time zone,
 * sharing (editors, viewers, owner), toasts (recorded by the UI module), protections and
 * spreadsheet-wide TextFinder.
 */
import { guard } from '../../core/guard';
import { parseA1 } from './a1';
import { protectionOf } from './protection';
import { checkedRange, signatureError } from './range';
import type { SheetSession } from './session';
import { rectFromA1, sheetOf } from './sheet';
import { textFinderOf } from './textFinder';
import type { BookMeta, ProtectionState, TabMeta } from './types';

interface Sharing {
  owner: string;
  editors: string[];
  viewers: string[];
}

/** A `User` as returned by getEditors/getOwner. */
export function userOf(email: string): GoogleAppsScript.Base.User {
  return guard(
    {
      getEmail: () => email,
      getName: () => email.split('@')[0] ?? '',
      toString: () => email,
    },
    'User',
  ) as unknown as GoogleAppsScript.Base.User;
}

/** An e-mail from a string or a User. */
export function emailOf(user: unknown): string {
  if (typeof user === 'string') return user;
  if (user && typeof user === 'object' && 'getEmail' in user)
    return String((user as { getEmail(): string }).getEmail());
  throw new Error('Invalid argument: user');
}

export class SpreadsheetFacade {
  readonly _s: SheetSession;
  readonly _id: string;

  constructor(s: SheetSession, id: string) {
    this._s = s;
    this._id = id;
  }

  private meta(): BookMeta {
    return this._s.backend<BookMeta>('open', this._id, false);
  }

  private tabBy(pred: (t: TabMeta) => boolean): TabMeta | undefined {
    return this.meta().sheets.find(pred);
  }

  getId(): string {
    this._s.charge('Spreadsheet.getId', 'local');
    return this._id;
  }

  getName(): string {
    this._s.charge('Spreadsheet.getName', 'local');
    return this.meta().name;
  }

  rename(name: string): void {
    this._s.charge('Spreadsheet.rename', 'sheet.structure');
    this._s.backend('rename', this._id, String(name));
  }

  getUrl(): string {
    this._s.charge('Spreadsheet.getUrl', 'local');
    return `https://docs.google.com/spreadsheets/d/${this._id}/edit`;
  }

  getSpreadsheetTimeZone(): string {
    this._s.charge('Spreadsheet.getSpreadsheetTimeZone', 'local');
    return this.meta().timeZone;
  }

  /** Sheets keeps each date cell's wall clock; the instant it stands for moves with the zone. */
  setSpreadsheetTimeZone(timeZone: string): void {
    this._s.charge('Spreadsheet.setSpreadsheetTimeZone', 'sheet.structure');
    if (typeof timeZone !== 'string') {
      throw signatureError('Spreadsheet.setSpreadsheetTimeZone', [timeZone]);
    }
    this._s.commit();
    this._s.backend('setTimeZone', this._id, timeZone);
  }

  getSpreadsheetLocale(): string {
    this._s.charge('Spreadsheet.getSpreadsheetLocale', 'local');
    return this.meta().locale;
  }

  /** Typed dates are read in the new locale's order from then on (cells already set stay). */
  setSpreadsheetLocale(locale: string): void {
    this._s.charge('Spreadsheet.setSpreadsheetLocale', 'sheet.structure');
    if (typeof locale !== 'string')
      throw signatureError('Spreadsheet.setSpreadsheetLocale', [locale]);
    this._s.commit();
    this._s.backend('setLocale', this._id, locale);
  }

  // ------------------------------------------------------------ tabs

  getSheets(): GoogleAppsScript.Spreadsheet.Sheet[] {
    this._s.charge('Spreadsheet.getSheets', 'sheet.get');
    return this.meta().sheets.map((t) => sheetOf(this._s, this._id, t.id));
  }

  getNumSheets(): number {
    this._s.charge('Spreadsheet.getNumSheets', 'sheet.get');
    return this.meta().sheets.length;
  }

  getSheetByName(name: string): GoogleAppsScript.Spreadsheet.Sheet | null {
    this._s.charge('Spreadsheet.getSheetByName', 'sheet.get');
    if (typeof name !== 'string') throw signatureError('Spreadsheet.getSheetByName', [name]);
    const key = name.toLowerCase();
    const t = this.tabBy((x) => x.name.toLowerCase() === key);
    return t ? sheetOf(this._s, this._id, t.id) : null;
  }

  getSheetById(id: number): GoogleAppsScript.Spreadsheet.Sheet | null {
    this._s.charge('Spreadsheet.getSheetById', 'sheet.get');
    const t = this.tabBy((x) => x.id === id);
    return t ? sheetOf(this._s, this._id, t.id) : null;
  }

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this._s.charge('Spreadsheet.getActiveSheet', 'sheet.get');
    const sheets = this.meta().sheets;
    const id = this._s.activeSheetId(this._id, sheets[0].id);
    const t = sheets.find((x) => x.id === id) ?? sheets[0];
    return sheetOf(this._s, this._id, t.id);
  }

  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet {
    this._s.charge('Spreadsheet.setActiveSheet', 'local');
    this._s.setActiveSheet(this._id, sheet.getSheetId());
    return sheet;
  }

  insertSheet(a?: unknown, b?: unknown): GoogleAppsScript.Spreadsheet.Sheet {
    this._s.charge('Spreadsheet.insertSheet', 'sheet.structure');
    this._s.commit();
    let name: string | null = null;
    let index: number | null = null;
    if (typeof a === 'string') name = a;
    else if (typeof a === 'number') index = a;
    else if (a !== undefined) throw signatureError('Spreadsheet.insertSheet', [a, b]);
    if (typeof b === 'number') index = b;
    const t = this._s.backend<TabMeta>('insertSheet', this._id, name, index);
    this._s.setActiveSheet(this._id, t.id);
    return sheetOf(this._s, this._id, t.id);
  }

  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    this._s.charge('Spreadsheet.deleteSheet', 'sheet.structure');
    this._s.commit();
    this._s.backend('deleteSheet', this._id, sheet.getSheetId());
  }

  getRange(a1: string): GoogleAppsScript.Spreadsheet.Range {
    this._s.charge('Spreadsheet.getRange', 'local');
    const ref = typeof a1 === 'string' ? parseA1(a1) : null;
    if (!ref) throw new Error('Range not found');
    const t =
      ref.sheetName === undefined
        ? this.tabBy((x) => x.id === this._s.activeSheetId(this._id, this.meta().sheets[0].id))
        : this.tabBy((x) => x.name.toLowerCase() === (ref.sheetName as string).toLowerCase());
    if (!t) throw new Error('Range not found');
    const body = a1.slice(a1.lastIndexOf('!') + 1);
    return checkedRange(this._s, this._id, rectFromA1(body, t.id, t));
  }

  getRangeByName(name: string): GoogleAppsScript.Spreadsheet.Range | null {
    this._s.charge('Spreadsheet.getRangeByName', 'sheet.get');
    void name;
    return null;
  }

  createTextFinder(text: string): GoogleAppsScript.Spreadsheet.TextFinder {
    this._s.charge('Spreadsheet.createTextFinder', 'local');
    return textFinderOf(this._s, this._id, {}, String(text));
  }

  getProtections(type: unknown): GoogleAppsScript.Spreadsheet.Protection[] {
    this._s.charge('Spreadsheet.getProtections', 'sheet.metadata');
    this._s.settle('Spreadsheet.getProtections');
    const list = this._s.backend<ProtectionState[]>('protections', this._id, String(type), null);
    return list.map((p) => protectionOf(this._s, this._id, p.id));
  }

  toast(message: string, title?: string, timeoutSeconds?: number): void {
    this._s.charge('Spreadsheet.toast', 'ui');
    this._s.ctx.backend('ui.toast', this._id, String(message), title ?? '', timeoutSeconds ?? 5);
  }

  // ------------------------------------------------------------ sharing

  private share(method: string, role: 'editor' | 'viewer', add: string[], remove: string[]): this {
    this._s.charge(method, 'drive');
    this._s.backend('share', this._id, role, add, remove);
    return this;
  }

  addEditor(user: unknown): this {
    return this.share('Spreadsheet.addEditor', 'editor', [emailOf(user)], []);
  }

  addEditors(emails: string[]): this {
    return this.share('Spreadsheet.addEditors', 'editor', emails.map(emailOf), []);
  }

  removeEditor(user: unknown): this {
    return this.share('Spreadsheet.removeEditor', 'editor', [], [emailOf(user)]);
  }

  addViewer(user: unknown): this {
    return this.share('Spreadsheet.addViewer', 'viewer', [emailOf(user)], []);
  }

  addViewers(emails: string[]): this {
    return this.share('Spreadsheet.addViewers', 'viewer', emails.map(emailOf), []);
  }

  removeViewer(user: unknown): this {
    return this.share('Spreadsheet.removeViewer', 'viewer', [], [emailOf(user)]);
  }

  getEditors(): GoogleAppsScript.Base.User[] {
    this._s.charge('Spreadsheet.getEditors', 'drive');
    return this._s.backend<Sharing>('sharing', this._id).editors.map(userOf);
  }

  getViewers(): GoogleAppsScript.Base.User[] {
    this._s.charge('Spreadsheet.getViewers', 'drive');
    return this._s.backend<Sharing>('sharing', this._id).viewers.map(userOf);
  }

  getOwner(): GoogleAppsScript.Base.User {
    this._s.charge('Spreadsheet.getOwner', 'drive');
    return userOf(this._s.backend<Sharing>('sharing', this._id).owner);
  }
}

/** A guarded Spreadsheet handle. */
export function spreadsheetOf(
  s: SheetSession,
  id: string,
): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return guard(
    new SpreadsheetFacade(s, id),
    'Spreadsheet',
  ) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
}
