/**
 * `Protection`: a protected range or tab, kept on Google's side. Its editors may write the
 * protected cells; the owner always may; everyone else gets Apps Script's "protected cell"
 * error unless the protection only warns. Each call reads or updates the current state.
 */
import { guard } from '../../core/guard';
import { rangeOf, rectOf } from './range';
import type { SheetSession } from './session';
import { emailOf, userOf } from './spreadsheet';
import type { ProtectionPatch, ProtectionState } from './types';

export class ProtectionFacade {
  readonly _s: SheetSession;
  readonly _ss: string;
  readonly _id: number;

  constructor(s: SheetSession, ss: string, id: number) {
    this._s = s;
    this._ss = ss;
    this._id = id;
  }

  private state(method: string): ProtectionState {
    this._s.charge(`Protection.${method}`, 'sheet.metadata');
    return this._s.backend<ProtectionState>('protection', this._ss, this._id);
  }

  private update(method: string, patch: ProtectionPatch): this {
    this._s.charge(`Protection.${method}`, 'sheet.structure');
    this._s.commit();
    this._s.backend('updateProtection', this._ss, this._id, patch);
    return this;
  }

  getDescription(): string {
    return this.state('getDescription').description;
  }

  setDescription(description: string): this {
    return this.update('setDescription', { description: String(description) });
  }

  getEditors(): GoogleAppsScript.Base.User[] {
    return this.state('getEditors').editors.map(userOf);
  }

  addEditor(user: unknown): this {
    return this.update('addEditor', { addEditors: [emailOf(user)] });
  }

  addEditors(emails: string[]): this {
    return this.update('addEditors', { addEditors: emails.map(emailOf) });
  }

  removeEditor(user: unknown): this {
    return this.update('removeEditor', { removeEditors: [emailOf(user)] });
  }

  removeEditors(users: unknown[]): this {
    return this.update('removeEditors', { removeEditors: users.map(emailOf) });
  }

  isWarningOnly(): boolean {
    return this.state('isWarningOnly').warningOnly;
  }

  setWarningOnly(warningOnly: boolean): this {
    return this.update('setWarningOnly', { warningOnly: !!warningOnly });
  }

  canEdit(): boolean {
    return this.state('canEdit').canEdit;
  }

  canDomainEdit(): boolean {
    this._s.charge('Protection.canDomainEdit', 'local');
    return false;
  }

  setDomainEdit(editable: boolean): this {
    this._s.charge('Protection.setDomainEdit', 'local');
    if (editable)
      throw new Error('Apps Script emulation: Protection.setDomainEdit(true) is not emulated.');
    return this;
  }

  getProtectionType(): string {
    return this.state('getProtectionType').type;
  }

  getRange(): GoogleAppsScript.Spreadsheet.Range {
    return rangeOf(this._s, this._ss, this.state('getRange').range);
  }

  getUnprotectedRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.state('getUnprotectedRanges').unprotected.map((r) => rangeOf(this._s, this._ss, r));
  }

  setUnprotectedRanges(ranges: unknown[]): this {
    const rects = ranges.map((r) => {
      const { sheetId, row, col, numRows, numCols } = rectOf(r);
      return { sheetId, row, col, numRows, numCols };
    });
    return this.update('setUnprotectedRanges', { unprotected: rects });
  }

  remove(): void {
    this._s.charge('Protection.remove', 'sheet.structure');
    this._s.commit();
    this._s.backend('removeProtection', this._ss, this._id);
  }
}

/** A guarded Protection handle. */
export function protectionOf(
  s: SheetSession,
  ss: string,
  id: number,
): GoogleAppsScript.Spreadsheet.Protection {
  return guard(
    new ProtectionFacade(s, ss, id),
    'Protection',
  ) as unknown as GoogleAppsScript.Spreadsheet.Protection;
}
