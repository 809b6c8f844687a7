/**
 * The cost model of the Apps Script emulation: one table, the only place where the price of a
 * service call lives. Figures start from `shared/docs/platform.md` (orders of magnitude, some
 * measured 2013–2019); calibrate here and every benchmark follows.
 *
 * A call is priced by its category: `base` milliseconds per call plus `perCell` per cell the call
 * reads or writes, so a whole-tab read is expensive and a one-row read is cheap.
 */

export interface Price {
  /** Milliseconds per call. */
  readonly base: number;
  /** Milliseconds per cell touched by the call. */
  readonly perCell: number;
}

export const COSTS = {
  /** Start of an execution (menu run, trigger, every google.script.run call). */
  'execution.start': { base: 500, perCell: 0 },
  /** SpreadsheetApp.getActive…/openById/create: open the spreadsheet. */
  'spreadsheet.open': { base: 100, perCell: 0 },
  /** Find a tab (getSheetByName, getSheets, insertSheet). */
  'sheet.get': { base: 20, perCell: 0 },
  /** Structure or metadata read: getLastRow, getMaxRows, getLastColumn, formats, validations. */
  'sheet.metadata': { base: 100, perCell: 0 },
  /** Structure change: insert/delete rows, frozen rows, protections, tab rename. */
  'sheet.structure': { base: 50, perCell: 0 },
  /** Read with a clean write buffer (look-ahead cached). */
  'range.read': { base: 10, perCell: 0.03 },
  /** Extra price of a read that finds pending writes (it forces the commit, priced apart). */
  'range.readDirty': { base: 80, perCell: 0 },
  /** Write: only enqueued; the cells are paid at commit. */
  'range.write': { base: 1, perCell: 0 },
  /** Commit of the write buffer (flush, read-after-write, end of execution). */
  'buffer.commit': { base: 30, perCell: 0.15 },
  /** TextFinder search (runs on Google's side; flat). */
  'range.find': { base: 50, perCell: 0 },
  /** Embedded chart inserted, updated or removed (drawn on Google's side) ⚠ guessed. */
  chart: { base: 200, perCell: 0 },
  /** Range handle arithmetic with no round trip (getRow, offset, getA1Notation…). */
  local: { base: 0, perCell: 0 },
  /** LockService acquisition or release, uncontended. */
  lock: { base: 30, perCell: 0 },
  'properties.get': { base: 30, perCell: 0 },
  'properties.set': { base: 60, perCell: 0 },
  'cache.get': { base: 3, perCell: 0 },
  'cache.put': { base: 90, perCell: 0 },
  /** Session, Utilities: computed in the runtime. */
  runtime: { base: 1, perCell: 0 },
  /** Ui: menus, sidebars, alerts, toasts. */
  ui: { base: 100, perCell: 0 },
  /** HtmlService templating and output. */
  html: { base: 5, perCell: 0 },
  /** ScriptApp triggers. */
  triggers: { base: 200, perCell: 0 },
  /** Drive file or folder operation. */
  drive: { base: 300, perCell: 0 },
  /** Drive metadata getter on a File or Folder (getName, getUrl, isTrashed…) ⚠ guessed. */
  'drive.read': { base: 20, perCell: 0 },
  /** DocumentApp.openById: open a document ⚠ guessed, like opening a spreadsheet. */
  'document.open': { base: 300, perCell: 0 },
  /**
   * Document creation, copy or conversion (one letter ≈ 2–6 s in all); also
   * `SpreadsheetApp.create` ⚠ guessed, not measured.
   */
  'document.create': { base: 1500, perCell: 0 },
  /** Edit of an open document (body operations). */
  'document.edit': { base: 20, perCell: 0 },
  /**
   * An image inserted into an open document from a blob (`Paragraph.appendInlineImage`): the
   * image is uploaded to Docs ⚠ guessed, like a small Drive file operation.
   */
  'document.image': { base: 300, perCell: 0 },
  /** PDF export of a document. */
  'document.export': { base: 1500, perCell: 0 },
  /** Mail sent. */
  mail: { base: 500, perCell: 0 },
} as const satisfies Record<string, Price>;

export type CostCategory = keyof typeof COSTS;

/** The modeled milliseconds of one call of `category` touching `cells` cells. */
export function priceOf(category: CostCategory, cells = 0): number {
  const p: Price = COSTS[category];
  return p.base + p.perCell * cells;
}
