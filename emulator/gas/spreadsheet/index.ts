/**
 * Installs `SpreadsheetApp` for one execution: the active spreadsheet (bound script), openById /
 * openByUrl / create, flush, getUi, newDataValidation and the enums. Every object it hands out
 * is guarded (an unemulated member throws) and every call is charged before it does anything.
 */
import { guard } from '../../core/guard';
import type { FacadeContext } from '../context';
import { createUi } from '../ui';
import { SERVICE, SheetSession } from './session';
import { spreadsheetOf } from './spreadsheet';
import type { BookMeta } from './types';
import { DataValidationCriteria, newDataValidation } from './validation';
import { newConditionalFormatRule } from './conditional';

export const ProtectionType = Object.freeze({ RANGE: 'RANGE', SHEET: 'SHEET' });

/** Installs `SpreadsheetApp` into `globals`. */
export function installSpreadsheet(ctx: FacadeContext, globals: Record<string, unknown>): void {
  const s = new SheetSession(ctx);
  const active = ctx.options.activeSpreadsheetId ?? null;

  const open = (
    method: string,
    id: string,
    checkAccess: boolean,
  ): GoogleAppsScript.Spreadsheet.Spreadsheet => {
    ctx.charge(SERVICE, method, 'spreadsheet.open');
    const meta = s.backend<BookMeta>('open', id, checkAccess);
    return spreadsheetOf(s, meta.id);
  };

  const activeSpreadsheet = (method: string): GoogleAppsScript.Spreadsheet.Spreadsheet | null => {
    if (active === null) {
      ctx.charge(SERVICE, method, 'local');
      return null;
    }
    return open(method, active, false);
  };

  const app = {
    DataValidationCriteria,
    ProtectionType,
    getActive: () => activeSpreadsheet('SpreadsheetApp.getActive'),
    getActiveSpreadsheet: () => activeSpreadsheet('SpreadsheetApp.getActiveSpreadsheet'),
    getActiveSheet: () => {
      const book = activeSpreadsheet('SpreadsheetApp.getActiveSheet');
      return book ? book.getActiveSheet() : null;
    },
    openById: (id: string) => {
      if (typeof id !== 'string') throw new Error('Invalid argument: id');
      return open('SpreadsheetApp.openById', id, true);
    },
    openByUrl: (url: string) => {
      const m = /\/d\/([A-Za-z0-9_-]+)/.exec(String(url));
      if (!m) {
        ctx.charge(SERVICE, 'SpreadsheetApp.openByUrl', 'spreadsheet.open');
        throw new Error('Invalid argument: url');
      }
      return open('SpreadsheetApp.openByUrl', m[1], true);
    },
    create: (name: string, rows?: number, columns?: number) => {
      // Creating a spreadsheet is creating a Google document in Drive (not opening one).
      ctx.charge(SERVICE, 'SpreadsheetApp.create', 'document.create');
      const meta = s.backend<BookMeta>('create', String(name), rows ?? null, columns ?? null);
      return spreadsheetOf(s, meta.id);
    },
    flush: () => {
      ctx.charge(SERVICE, 'SpreadsheetApp.flush', 'buffer.commit', s.pendingCells());
      s.commit(true);
    },
    getUi: () => {
      ctx.charge(SERVICE, 'SpreadsheetApp.getUi', 'ui');
      return createUi(ctx, active);
    },
    newDataValidation: () => newDataValidation(ctx, s),
    newConditionalFormatRule: () => newConditionalFormatRule(ctx, s),
  };
  globals.SpreadsheetApp = guard(app, 'SpreadsheetApp');
}
