/**
 * `provision`: creates a new master register through the Sheets API — every tab of
 * `src/app/register/tabs.ts` in order, trimmed to its columns, header row bold, coloured,
 * frozen and protected (warning only), each column's number format and drop-down or checkbox
 * as "Siapkan register" sets them, the due-date colours on Kasus, and the reference rows of
 * `seeds.ts` (SOP steps, settings, wilayah, holidays) plus the first Admin — then prints the
 * next steps. Three requests in all. Running "Siapkan register" on it afterwards finds
 * nothing missing.
 */
import type { sheets_v4 } from 'googleapis';
import { NUMBER_FORMATS } from '../../src/app/register/cells';
import {
  AREA_SEEDS,
  HOLIDAY_SEEDS,
  SETTING_SEEDS,
  SOP_STEP_SEEDS,
} from '../../src/app/register/seeds';
import {
  ALL_TABS,
  AREAS,
  CASES,
  HOLIDAYS,
  SETTINGS,
  SOP_STEPS,
  USERS,
  type AnyTab,
} from '../../src/app/register/tabs';
import { cellsOf } from '../encode';
import { call, type AdminContext } from '../google';
import { columnLetter, quoteTab } from '../values';

const ROWS = 1000;
const HEADER_BACKGROUND = { red: 0xdf / 255, green: 0xe8 / 255, blue: 0xf5 / 255 };
const OVERDUE = { red: 0xf4 / 255, green: 0xc7 / 255, blue: 0xc3 / 255 };
const NEAR = { red: 0xfc / 255, green: 0xe8 / 255, blue: 0xb2 / 255 };

export interface ProvisionOptions {
  title?: string;
  /** The first Admin (default: the user running it). */
  admin?: string;
}

function formatRequests(tab: AnyTab, sheetId: number): sheets_v4.Schema$Request[] {
  const columns = Object.values(tab.columns);
  const out: sheets_v4.Schema$Request[] = [
    {
      repeatCell: {
        range: {
          sheetId,
          startRowIndex: 0,
          endRowIndex: 1,
          startColumnIndex: 0,
          endColumnIndex: columns.length,
        },
        cell: {
          userEnteredFormat: { textFormat: { bold: true }, backgroundColor: HEADER_BACKGROUND },
        },
        fields: 'userEnteredFormat.textFormat.bold,userEnteredFormat.backgroundColor',
      },
    },
    {
      addProtectedRange: {
        protectedRange: {
          range: {
            sheetId,
            startRowIndex: 0,
            endRowIndex: 1,
            startColumnIndex: 0,
            endColumnIndex: columns.length,
          },
          description: `Judul kolom tab ${tab.name}: register menemukan kolom dari judul ini.`,
          warningOnly: true,
        },
      },
    },
  ];
  columns.forEach((c, i) => {
    const range = {
      sheetId,
      startRowIndex: 1,
      endRowIndex: ROWS,
      startColumnIndex: i,
      endColumnIndex: i + 1,
    };
    const pattern = NUMBER_FORMATS[c.kind];
    if (pattern) {
      out.push({
        repeatCell: {
          range,
          cell: {
            userEnteredFormat: {
              numberFormat:
                pattern === '@' ? { type: 'TEXT', pattern } : { type: 'NUMBER', pattern },
            },
          },
          fields: 'userEnteredFormat.numberFormat',
        },
      });
    }
    if (c.kind === 'enum' && c.options) {
      out.push({
        setDataValidation: {
          range,
          rule: {
            condition: {
              type: 'ONE_OF_LIST',
              values: c.options.map((v) => ({ userEnteredValue: v })),
            },
            strict: true,
            showCustomUi: true,
            inputMessage: `Pilih salah satu: ${c.options.join(', ')}.`,
          },
        },
      });
    } else if (c.kind === 'bool') {
      out.push({
        setDataValidation: { range, rule: { condition: { type: 'BOOLEAN' }, strict: false } },
      });
    }
    if (c.width) {
      out.push({
        updateDimensionProperties: {
          range: { sheetId, dimension: 'COLUMNS', startIndex: i, endIndex: i + 1 },
          properties: { pixelSize: c.width },
          fields: 'pixelSize',
        },
      });
    }
  });
  if (tab.name === CASES.name) {
    const keys = Object.keys(tab.columns);
    const letter = (key: string) => columnLetter(keys.indexOf(key) + 1);
    const due = `$${letter('dueAt')}2`;
    const running = `$${letter('status')}2="Berjalan"`;
    const col = keys.indexOf('dueAt');
    const ranges = [
      {
        sheetId,
        startRowIndex: 1,
        endRowIndex: ROWS,
        startColumnIndex: col,
        endColumnIndex: col + 1,
      },
    ];
    const rule = (
      formula: string,
      color: typeof NEAR,
      index: number,
    ): sheets_v4.Schema$Request => ({
      addConditionalFormatRule: {
        index,
        rule: {
          ranges,
          booleanRule: {
            condition: { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: formula }] },
            format: { backgroundColor: color },
          },
        },
      },
    });
    out.push(
      rule(`=AND(${running},${due}<>"",${due}<NOW())`, OVERDUE, 0),
      rule(`=AND(${running},${due}<>"",${due}<NOW()+1)`, NEAR, 1),
    );
  }
  return out;
}

/** The seed rows of each tab, as `Siapkan register` adds them (stamped, validated). */
function seedRows(admin: string, by: string, at: string): Map<string, unknown[][]> {
  const seeds = new Map<AnyTab, ReadonlyArray<Record<string, unknown>>>([
    [SOP_STEPS, SOP_STEP_SEEDS],
    [SETTINGS, SETTING_SEEDS],
    [AREAS, AREA_SEEDS],
    [HOLIDAYS, HOLIDAY_SEEDS],
    [
      USERS,
      [
        {
          email: admin,
          name: admin,
          nip: '',
          rank: '',
          position: 'Admin register',
          role: 'Admin',
          kecamatan: '',
          active: true,
        },
      ],
    ],
  ]);
  const out = new Map<string, unknown[][]>();
  for (const [tab, rows] of seeds) {
    out.set(
      tab.name,
      rows.map((seed) => {
        const row = tab.versioned
          ? { ...seed, version: 1, createdBy: by, createdAt: at, updatedBy: by, updatedAt: at }
          : seed;
        return cellsOf(tab.columns, tab.schema.parse(row) as Record<string, unknown>);
      }),
    );
  }
  return out;
}

export async function provision(ctx: AdminContext, o: ProvisionOptions = {}): Promise<string> {
  const title = o.title ?? 'Register WRSE — Dinas Sosial Kab. Magetan';
  const created = await call(ctx, 'spreadsheets.create', () =>
    ctx.sheets.spreadsheets.create({
      requestBody: {
        properties: { title, timeZone: 'Asia/Jakarta', locale: 'in_ID' },
        sheets: ALL_TABS.map((tab) => ({
          properties: {
            title: tab.name,
            gridProperties: {
              rowCount: ROWS,
              columnCount: Object.keys(tab.columns).length,
              frozenRowCount: 1,
            },
          },
        })),
      },
    }),
  );
  const id = String(created.spreadsheetId);
  const sheetIds = new Map(
    (created.sheets ?? []).map((s) => [
      String(s.properties?.title),
      Number(s.properties?.sheetId ?? 0),
    ]),
  );
  await call(ctx, 'spreadsheets.batchUpdate', () =>
    ctx.sheets.spreadsheets.batchUpdate({
      spreadsheetId: id,
      requestBody: {
        requests: ALL_TABS.flatMap((tab) => formatRequests(tab, sheetIds.get(tab.name) ?? 0)),
      },
    }),
  );
  const at = new Date(ctx.clock.now()).toISOString().replace(/\.\d{3}Z$/, '.000Z');
  const seeds = seedRows(o.admin ?? ctx.user, ctx.user, at);
  await call(ctx, 'values.batchUpdate', () =>
    ctx.sheets.spreadsheets.values.batchUpdate({
      spreadsheetId: id,
      requestBody: {
        valueInputOption: 'RAW',
        data: ALL_TABS.map((tab) => ({
          range: `${quoteTab(tab.name)}!A1`,
          values: [Object.values(tab.columns).map((c) => c.header), ...(seeds.get(tab.name) ?? [])],
        })),
      },
    }),
  );
  const url = String(created.spreadsheetUrl ?? `https://docs.google.com/spreadsheets/d/${id}/edit`);
  ctx.out(
    [
      `Register dibuat: ${title}`,
      `  ID: ${id}`,
      `  ${url}`,
      '',
      'Langkah berikutnya:',
      `  1. Ikat skrip ke spreadsheet ini: npx clasp create --type sheets --title "${title}" --parentId ${id} --rootDir dist`,
      '     (atau Ekstensi › Apps Script, lalu salin ID skripnya ke "scriptId" di .clasp.json).',
      '  2. Pasang kode add-on: npm run deploy',
      '  3. Buka spreadsheet sebagai pemiliknya, muat ulang, lalu WRSE › Admin › Siapkan register',
      `     (mencatat Admin pertama, ${o.admin ?? ctx.user}, di Riwayat dan melindungi tab Admin).`,
      '  4. Tambahkan staf lewat WRSE › Admin › Pengguna & aturan (bukan dengan mengetik di tab Pengguna).',
      '  5. Muat ekstrak DTSEN: npm run admin -- import-dtsen <berkas> --register ' + id,
    ].join('\n'),
  );
  return id;
}
