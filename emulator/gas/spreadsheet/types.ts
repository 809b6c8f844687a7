/**
 * The wire vocabulary between the SpreadsheetApp facade and the `sheets` backend module: the
 * shapes of tab metadata, queued writes, validation rules, protections and TextFinder queries.
 * Plain JSON only (dates travel tagged, see `core/wire.ts`), so both sides can live in different
 * realms or threads.
 */

/** A rectangle of cells, 1-based, on one tab. */
export interface GridRect {
  readonly sheetId: number;
  readonly row: number;
  readonly col: number;
  readonly numRows: number;
  readonly numCols: number;
}

export interface TabMeta {
  readonly id: number;
  readonly name: string;
  /** 1-based position. */
  readonly index: number;
  readonly maxRows: number;
  readonly maxCols: number;
  readonly frozenRows: number;
  readonly frozenCols: number;
}

export interface BookMeta {
  readonly id: string;
  readonly name: string;
  readonly owner: string;
  readonly timeZone: string;
  readonly locale: string;
  readonly sheets: TabMeta[];
}

/** A data validation rule as stored on Google's side. */
export interface RuleSpec {
  readonly type: string;
  readonly values: unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

/** A write queued in the execution's buffer, applied on Google's side at commit. */
export type Write =
  | (GridRect & {
      readonly ss: string;
      readonly kind: 'values';
      readonly data: unknown[][];
      /** Sheets API `valueInputOption: RAW`: strings stored as given, never parsed. */
      readonly raw?: boolean;
    })
  | (GridRect & { readonly ss: string; readonly kind: 'formats'; readonly data: string[][] })
  | (GridRect & {
      readonly ss: string;
      readonly kind: 'validations';
      readonly data: (RuleSpec | null)[][];
    })
  | (GridRect & { readonly ss: string; readonly kind: 'notes'; readonly data: string[][] })
  | (GridRect & {
      readonly ss: string;
      readonly kind: 'style';
      readonly key: string;
      readonly value: unknown;
    })
  | (GridRect & {
      readonly ss: string;
      readonly kind: 'clear';
      readonly contents: boolean;
      readonly formats: boolean;
      readonly validations: boolean;
      readonly notes: boolean;
    })
  | {
      readonly ss: string;
      readonly kind: 'append';
      readonly sheetId: number;
      readonly data: unknown[];
    };

/** What a read returns, per cell. */
export type ReadKind = 'values' | 'formulas' | 'formats' | 'validations' | 'display' | 'notes';

export interface ProtectionState {
  readonly id: number;
  readonly type: 'RANGE' | 'SHEET';
  readonly sheetId: number;
  /** The protected range (for a sheet protection: the whole tab). */
  readonly range: GridRect;
  readonly description: string;
  readonly editors: string[];
  readonly warningOnly: boolean;
  readonly unprotected: GridRect[];
  /** Whether the calling user may edit the protected cells. */
  readonly canEdit: boolean;
}

export interface ProtectionPatch {
  description?: string;
  addEditors?: string[];
  removeEditors?: string[];
  warningOnly?: boolean;
  unprotected?: GridRect[];
}

export interface FindQuery {
  readonly text: string;
  readonly matchCase: boolean;
  readonly entireCell: boolean;
  readonly regex: boolean;
  readonly formulaText: boolean;
}

/** Where a TextFinder searches: a rectangle, a tab (sheetId only) or the whole spreadsheet. */
export interface FindScope {
  readonly sheetId?: number;
  readonly rect?: GridRect;
}

export interface CellRef {
  readonly sheetId: number;
  readonly row: number;
  readonly col: number;
}
