/**
 * `backup`: every tab of the register as a CSV file (`;`-separated, UTF-8 with BOM, as Excel
 * opens it) in a dated folder — `<folder>/<YYYY-MM-DD_HHmm>/<tab>.csv` plus `manifest.json` —
 * and a copy of the whole spreadsheet in Drive (`files.copy`). Three API requests whatever the
 * size: the tab list, one `values.batchGet` of every tab, the copy. Numbers stay unformatted
 * (no thousands separators), dates are written as the sheet shows them.
 */
import * as fs from 'fs';
import * as path from 'path';
import { toCsv } from '../csv';
import { call, type AdminContext } from '../google';
import { thousands } from '../progress';
import { quoteTab } from '../values';

export interface BackupOptions {
  folder: string;
}

export interface BackupResult {
  dir: string;
  tabs: Array<{ name: string; file: string; rows: number }>;
  copyId: string;
}

function stamp(ms: number): { date: string; minute: string } {
  const jakarta = new Date(ms + 7 * 3_600_000).toISOString();
  return { date: jakarta.slice(0, 10), minute: jakarta.slice(11, 16).replace(':', '') };
}

export async function backup(ctx: AdminContext, o: BackupOptions): Promise<BackupResult> {
  const ss = await call(ctx, 'spreadsheets.get', () =>
    ctx.sheets.spreadsheets.get({ spreadsheetId: ctx.spreadsheetId }),
  );
  const title = String(ss.properties?.title ?? 'Register');
  const names = (ss.sheets ?? []).map((s) => String(s.properties?.title));
  const got = await call(ctx, 'values.batchGet', () =>
    ctx.sheets.spreadsheets.values.batchGet({
      spreadsheetId: ctx.spreadsheetId,
      ranges: names.map(quoteTab),
      valueRenderOption: 'UNFORMATTED_VALUE',
      dateTimeRenderOption: 'FORMATTED_STRING',
    }),
  );
  const { date, minute } = stamp(ctx.clock.now());
  const dir = path.resolve(o.folder, `${date}_${minute}`);
  if (fs.existsSync(dir))
    throw new Error(`Folder cadangan ${dir} sudah ada; tidak ada yang ditimpa.`);
  fs.mkdirSync(dir, { recursive: true });
  const tabs = names.map((name, i) => {
    const values = (got.valueRanges?.[i]?.values ?? []) as unknown[][];
    const file = path.join(dir, `${name.replace(/[\\/:*?"<>|]/g, '_')}.csv`);
    fs.writeFileSync(file, toCsv(values));
    return { name, file, rows: Math.max(0, values.length - 1) };
  });
  const copy = await call(ctx, 'files.copy', () =>
    ctx.drive.files.copy({
      fileId: ctx.spreadsheetId,
      requestBody: { name: `Cadangan ${title} ${date} ${minute}` },
      fields: 'id,name',
    }),
  );
  const copyId = String(copy.id);
  fs.writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify(
      {
        spreadsheetId: ctx.spreadsheetId,
        title,
        takenAt: new Date(ctx.clock.now()).toISOString(),
        driveCopy: { id: copyId, name: copy.name },
        tabs: tabs.map((t) => ({ name: t.name, file: path.basename(t.file), rows: t.rows })),
      },
      null,
      2,
    ),
  );
  ctx.out(`Cadangan di ${dir}:`);
  for (const t of tabs) ctx.out(`  ${t.name}: ${thousands(t.rows)} baris`);
  ctx.out(`Salinan di Drive: ${copy.name} (ID ${copyId}).`);
  return { dir, tabs, copyId };
}
