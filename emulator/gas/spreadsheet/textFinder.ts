/**
 * `TextFinder`: a search that runs on Google's side (one flat-priced call, no cells read by the
 * script) over a range, a tab or the whole spreadsheet — the cheap way to find a row by its ID
 * in a large tab: `range.createTextFinder(id).matchEntireCell(true).findNext()`.
 */
import { guard } from '../../core/guard';
import { rangeOf, rectOf } from './range';
import type { SheetSession } from './session';
import type { CellRef, FindQuery, FindScope } from './types';

export class TextFinderFacade {
  readonly _s: SheetSession;
  readonly _ss: string;
  readonly _scope: FindScope;
  _query: FindQuery;
  _cursor: CellRef | null;

  constructor(s: SheetSession, ss: string, scope: FindScope, text: string) {
    this._s = s;
    this._ss = ss;
    this._scope = scope;
    this._query = { text, matchCase: false, entireCell: false, regex: false, formulaText: false };
    this._cursor = null;
  }

  private option(method: string, patch: Partial<FindQuery>): this {
    this._s.charge(`TextFinder.${method}`, 'local');
    this._query = { ...this._query, ...patch };
    return this;
  }

  matchCase(matchCase: boolean): this {
    return this.option('matchCase', { matchCase: !!matchCase });
  }

  matchEntireCell(entireCell: boolean): this {
    return this.option('matchEntireCell', { entireCell: !!entireCell });
  }

  useRegularExpression(useRegEx: boolean): this {
    return this.option('useRegularExpression', { regex: !!useRegEx });
  }

  matchFormulaText(formulaText: boolean): this {
    return this.option('matchFormulaText', { formulaText: !!formulaText });
  }

  /** Only `false` (the default): a diacritic-insensitive search is not emulated, and must not
   *  be accepted and ignored. */
  ignoreDiacritics(ignore: boolean): this {
    if (ignore) {
      throw new Error('Apps Script emulation: TextFinder.ignoreDiacritics(true) is not emulated.');
    }
    return this.option('ignoreDiacritics', {});
  }

  startFrom(startRange: unknown): this {
    this._s.charge('TextFinder.startFrom', 'local');
    const r = rectOf(startRange);
    this._cursor = { sheetId: r.sheetId, row: r.row, col: r.col };
    return this;
  }

  private search(method: string, dir: 'all' | 'next' | 'prev'): CellRef[] {
    this._s.charge(`TextFinder.${method}`, 'range.find');
    this._s.settle(`TextFinder.${method}`);
    return this._s.backend<CellRef[]>(
      'find',
      this._ss,
      this._scope,
      this._query,
      dir === 'all' ? null : this._cursor,
      dir,
    );
  }

  private rangeAt(c: CellRef): GoogleAppsScript.Spreadsheet.Range {
    return rangeOf(this._s, this._ss, {
      sheetId: c.sheetId,
      row: c.row,
      col: c.col,
      numRows: 1,
      numCols: 1,
    });
  }

  findNext(): GoogleAppsScript.Spreadsheet.Range | null {
    const [hit] = this.search('findNext', 'next');
    if (!hit) return null;
    this._cursor = hit;
    return this.rangeAt(hit);
  }

  findPrevious(): GoogleAppsScript.Spreadsheet.Range | null {
    const [hit] = this.search('findPrevious', 'prev');
    if (!hit) return null;
    this._cursor = hit;
    return this.rangeAt(hit);
  }

  findAll(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.search('findAll', 'all').map((c) => this.rangeAt(c));
  }

  getCurrentMatch(): GoogleAppsScript.Spreadsheet.Range | null {
    this._s.charge('TextFinder.getCurrentMatch', 'local');
    return this._cursor ? this.rangeAt(this._cursor) : null;
  }
}

/** A guarded TextFinder over `scope`. */
export function textFinderOf(
  s: SheetSession,
  ss: string,
  scope: FindScope,
  text: string,
): GoogleAppsScript.Spreadsheet.TextFinder {
  if (text === '') throw new Error('Invalid argument: findText');
  return guard(
    new TextFinderFacade(s, ss, scope, text),
    'TextFinder',
  ) as unknown as GoogleAppsScript.Spreadsheet.TextFinder;
}
