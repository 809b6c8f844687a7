/**
 * The register as the admin tools see it through the Sheets API: tabs found by name, columns
 * found by their header (never by position, as the add-on does), setting rows read and written
 * with the same version and change stamps the add-on keeps.
 */
import { SETTINGS, type AnyTab } from '../src/app/register/tabs';
import { call, type AdminContext } from './google';
import { a1, dateSerial, instantSerial, quoteTab } from './values';

export interface TabInfo {
  sheetId: number;
  title: string;
  rowCount: number;
  columnCount: number;
}

export async function tabsOf(ctx: AdminContext): Promise<Map<string, TabInfo>> {
  const ss = await call(ctx, 'spreadsheets.get', () =>
    ctx.sheets.spreadsheets.get({ spreadsheetId: ctx.spreadsheetId }),
  );
  const out = new Map<string, TabInfo>();
  for (const s of ss.sheets ?? []) {
    const p = s.properties ?? {};
    out.set(String(p.title), {
      sheetId: Number(p.sheetId ?? 0),
      title: String(p.title),
      rowCount: Number(p.gridProperties?.rowCount ?? 0),
      columnCount: Number(p.gridProperties?.columnCount ?? 0),
    });
  }
  return out;
}

/** Column positions (1-based) of a tab's fields by header, or an Indonesian error. */
export function positions(tab: AnyTab, header: readonly unknown[]): Record<string, number> {
  const norm = header.map((h) => String(h).trim());
  const out: Record<string, number> = {};
  const missing: string[] = [];
  for (const [key, c] of Object.entries(tab.columns)) {
    const i = norm.indexOf(c.header);
    if (i < 0) missing.push(c.header);
    else out[key] = i + 1;
  }
  if (missing.length > 0) {
    throw new Error(
      `Tab "${tab.name}" tidak punya kolom ${missing.map((h) => `"${h}"`).join(', ')}. ` +
        'Jalankan "Siapkan register" di menu WRSE dahulu. Tidak ada yang diubah.',
    );
  }
  return out;
}

/** The header row of `tab` and its column positions. */
export async function headerOf(
  ctx: AdminContext,
  tab: AnyTab,
): Promise<{ header: string[]; pos: Record<string, number>; width: number }> {
  const got = await call(ctx, 'values.get', () =>
    ctx.sheets.spreadsheets.values.get({
      spreadsheetId: ctx.spreadsheetId,
      range: `${quoteTab(tab.name)}!1:1`,
    }),
  );
  const header = ((got.values ?? [])[0] ?? []).map(String);
  return { header, pos: positions(tab, header), width: header.length };
}

/** Builds a row array for `pos` from field values (missing fields stay empty). */
export function rowFor(
  pos: Record<string, number>,
  width: number,
  fields: Record<string, unknown>,
) {
  const row: unknown[] = new Array(width).fill('');
  for (const [key, value] of Object.entries(fields)) {
    if (pos[key] !== undefined) row[pos[key] - 1] = value ?? '';
  }
  return row;
}

export interface SettingChange {
  key: string;
  value: string;
  /** For a new row. */
  description: string;
}

/**
 * Writes settings as the add-on does: an existing row gets its value, version + 1 and change
 * stamps; a missing key is appended with version 1. One read, at most two writes.
 */
export async function writeSettings(
  ctx: AdminContext,
  changes: readonly SettingChange[],
): Promise<void> {
  const all = await call(ctx, 'values.get', () =>
    ctx.sheets.spreadsheets.values.get({
      spreadsheetId: ctx.spreadsheetId,
      range: quoteTab(SETTINGS.name),
      valueRenderOption: 'UNFORMATTED_VALUE',
    }),
  );
  const rows = (all.values ?? []) as unknown[][];
  const header = (rows[0] ?? []).map(String);
  const pos = positions(SETTINGS, header);
  const width = header.length;
  const now = instantSerial(ctx.clock.now());
  const today = new Date(ctx.clock.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const updates: Array<{ range: string; values: unknown[][] }> = [];
  const appended: unknown[][] = [];
  for (const change of changes) {
    const index = rows.findIndex((r, i) => i > 0 && String(r[pos.key - 1] ?? '') === change.key);
    if (index > 0) {
      const row = rows[index];
      const version = Number(row[pos.version - 1] || 0) + 1;
      const r = index + 1;
      const set = (key: string, value: unknown) =>
        updates.push({ range: a1(SETTINGS.name, r, pos[key], r, pos[key]), values: [[value]] });
      set('value', change.value);
      set('version', version);
      set('updatedBy', ctx.user);
      set('updatedAt', now);
    } else {
      appended.push(
        rowFor(pos, width, {
          key: change.key,
          value: change.value,
          effectiveFrom: dateSerial(today),
          description: change.description,
          version: 1,
          createdBy: ctx.user,
          createdAt: now,
          updatedBy: ctx.user,
          updatedAt: now,
        }),
      );
    }
  }
  if (updates.length > 0) {
    await call(ctx, 'values.batchUpdate', () =>
      ctx.sheets.spreadsheets.values.batchUpdate({
        spreadsheetId: ctx.spreadsheetId,
        requestBody: { valueInputOption: 'RAW', data: updates },
      }),
    );
  }
  if (appended.length > 0) {
    await call(ctx, 'values.append', () =>
      ctx.sheets.spreadsheets.values.append({
        spreadsheetId: ctx.spreadsheetId,
        range: `${quoteTab(SETTINGS.name)}!A1`,
        valueInputOption: 'RAW',
        insertDataOption: 'INSERT_ROWS',
        requestBody: { values: appended },
      }),
    );
  }
}

/** Every setting's value by key (one read). */
export async function readSettings(ctx: AdminContext): Promise<Map<string, string>> {
  const all = await call(ctx, 'values.get', () =>
    ctx.sheets.spreadsheets.values.get({
      spreadsheetId: ctx.spreadsheetId,
      range: quoteTab(SETTINGS.name),
    }),
  );
  const rows = (all.values ?? []) as unknown[][];
  const pos = positions(SETTINGS, (rows[0] ?? []).map(String));
  return new Map(
    rows.slice(1).map((r) => [String(r[pos.key - 1] ?? ''), String(r[pos.value - 1] ?? '')]),
  );
}

/** Makes the tab's grid exactly `rows` rows long (new rows take the formats of the last). */
export async function fitRows(ctx: AdminContext, tab: TabInfo, rows: number): Promise<void> {
  if (rows === tab.rowCount) return;
  const request =
    rows > tab.rowCount
      ? {
          insertDimension: {
            range: {
              sheetId: tab.sheetId,
              dimension: 'ROWS',
              startIndex: tab.rowCount,
              endIndex: rows,
            },
            inheritFromBefore: true,
          },
        }
      : {
          deleteDimension: {
            range: {
              sheetId: tab.sheetId,
              dimension: 'ROWS',
              startIndex: rows,
              endIndex: tab.rowCount,
            },
          },
        };
  await call(ctx, 'spreadsheets.batchUpdate', () =>
    ctx.sheets.spreadsheets.batchUpdate({
      spreadsheetId: ctx.spreadsheetId,
      requestBody: { requests: [request] },
    }),
  );
  tab.rowCount = rows;
}
