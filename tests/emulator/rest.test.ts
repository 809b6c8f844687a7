/**
 * The REST stand-in through the real googleapis client: `RAW` keeps strings, `USER_ENTERED`
 * parses them as typed, reads render as the API does, writing outside the grid and unknown
 * requests are refused, calls without a token are 401, the per-user quota answers 429 with
 * Google's body, and Drive `files.copy` copies a whole spreadsheet.
 */
import { google } from 'googleapis';
import { localApis } from '../../admin/google';
import { createWorld } from '../../emulator/backend';
import type { SheetsBackend } from '../../emulator/backend/sheets';
import { startRestServer, VirtualClock, type RunningRest } from '../../emulator/rest/server';

const USER = 'admin@dinsos.example.go.id';

describe('REST stand-in', () => {
  let rest: RunningRest;
  let clock: VirtualClock;
  let sheets: SheetsBackend;
  let id: string;
  beforeEach(async () => {
    const world = createWorld();
    sheets = world.module<SheetsBackend>('sheets');
    id = sheets.createSpreadsheet({
      owner: USER,
      sheets: ['Data', 'Langkah SOP'],
      rows: 10,
      columns: 4,
    });
    clock = new VirtualClock();
    rest = await startRestServer({ world, clock });
  });
  afterEach(async () => {
    await rest.close();
  });

  const api = () => localApis(rest.rootUrl, USER).sheets;
  const cells = (tab = 'Data') => {
    const meta = sheets.handle('open', [id, false], { execId: 't', user: '' }) as {
      sheets: Array<{ id: number; name: string }>;
    };
    const t = meta.sheets.find((s) => s.name === tab)!;
    return sheets.handle('read', [id, t.id, 1, 1, 2, 4, 'values'], { execId: 't', user: '' });
  };

  it('stores RAW input as sent and USER_ENTERED input as typed', async () => {
    const s = api();
    await s.spreadsheets.values.update({
      spreadsheetId: id,
      range: 'Data!A1',
      valueInputOption: 'RAW',
      requestBody: { values: [['3520054708680001', '=1+1', '2026-01-05', 7]] },
    });
    await s.spreadsheets.values.update({
      spreadsheetId: id,
      range: 'Data!A2:D2',
      valueInputOption: 'USER_ENTERED',
      requestBody: { values: [['3520054708680001', '=1+1', '2026-01-05', 'TRUE']] },
    });
    const [raw, typed] = cells() as unknown[][];
    expect(raw).toEqual(['3520054708680001', '=1+1', '2026-01-05', 7]);
    expect(typed[0]).toBe(3520054708680000);
    expect(typed[1]).toBe(2);
    expect(typed[2]).toBeInstanceOf(Date);
    expect(typed[3]).toBe(true);
    const got = await s.spreadsheets.values.get({
      spreadsheetId: id,
      range: 'Data',
      valueRenderOption: 'UNFORMATTED_VALUE',
    });
    expect(got.data.range).toBe('Data!A1:D10');
    expect(got.data.values![1][2]).toBe(46027); // 2026-01-05 as a serial number
    const formulas = await s.spreadsheets.values.get({
      spreadsheetId: id,
      range: 'Data!B1:B2',
      valueRenderOption: 'FORMULA',
    });
    expect(formulas.data.values).toEqual([['=1+1'], ['=1+1']]);
  });

  it('refuses writes outside the grid or the range, unknown requests, and calls without a token', async () => {
    const s = api();
    await expect(
      s.spreadsheets.values.update({
        spreadsheetId: id,
        range: "'Langkah SOP'!A10",
        valueInputOption: 'RAW',
        requestBody: { values: [[1], [2]] },
      }),
    ).rejects.toThrow(
      "Range ('Langkah SOP'!A11) exceeds grid limits. Max rows: 10, max columns: 4",
    );
    await expect(
      s.spreadsheets.values.update({
        spreadsheetId: id,
        range: 'Data!A1:A1',
        valueInputOption: 'RAW',
        requestBody: { values: [[1], [2]] },
      }),
    ).rejects.toThrow('Requested writing within range [Data!A1:A1], but tried writing to row [2]');
    await expect(
      s.spreadsheets.batchUpdate({
        spreadsheetId: id,
        requestBody: { requests: [{ sortRange: {} }] },
      }),
    ).rejects.toThrow(/requests\[0\] \(sortRange\) is not emulated/);
    // A batch is atomic: the sheet added by its first request is gone when the second fails.
    await expect(
      s.spreadsheets.batchUpdate({
        spreadsheetId: id,
        requestBody: {
          requests: [
            { addSheet: { properties: { title: 'Baru' } } },
            { deleteSheet: { sheetId: 424242 } },
          ],
        },
      }),
    ).rejects.toThrow(/Invalid requests\[1\]\.deleteSheet: The sheet has been deleted\./);
    const titles = (await s.spreadsheets.get({ spreadsheetId: id })).data.sheets!.map(
      (x) => x.properties!.title,
    );
    expect(titles).toEqual(['Data', 'Langkah SOP']);
    const anonymous = google.sheets({
      version: 'v4',
      rootUrl: rest.rootUrl,
      retry: false,
      fetchImplementation: globalThis.fetch,
    });
    await expect(anonymous.spreadsheets.get({ spreadsheetId: id })).rejects.toMatchObject({
      status: 401,
    });
    const stranger = localApis(rest.rootUrl, 'orang@lain.example').sheets;
    await expect(stranger.spreadsheets.get({ spreadsheetId: id })).rejects.toMatchObject({
      status: 403,
    });
  });

  it("answers 429 with Google's body past 60 requests a minute per user", async () => {
    const s = api();
    for (let i = 0; i < 60; i++) await s.spreadsheets.get({ spreadsheetId: id });
    const refused = await s.spreadsheets.get({ spreadsheetId: id }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ status: 429 });
    expect((refused as { response: { data: unknown } }).response.data).toMatchObject({
      error: { code: 429, status: 'RESOURCE_EXHAUSTED', errors: [{ reason: 'rateLimitExceeded' }] },
    });
    // Writes are counted apart; a minute later reads are accepted again.
    await s.spreadsheets.values.clear({ spreadsheetId: id, range: 'Data' });
    clock.advance(60_000);
    await expect(s.spreadsheets.get({ spreadsheetId: id })).resolves.toBeTruthy();
    expect(rest.handler.quota.busiestMinute()).toBe(60);
  });

  it('grows a grid with inherited formats and copies a spreadsheet in Drive', async () => {
    const s = api();
    const meta = await s.spreadsheets.get({ spreadsheetId: id });
    const sheetId = meta.data.sheets![0].properties!.sheetId!;
    await s.spreadsheets.batchUpdate({
      spreadsheetId: id,
      requestBody: {
        requests: [
          {
            repeatCell: {
              range: {
                sheetId,
                startRowIndex: 1,
                endRowIndex: 10,
                startColumnIndex: 0,
                endColumnIndex: 1,
              },
              cell: { userEnteredFormat: { numberFormat: { type: 'TEXT', pattern: '@' } } },
              fields: 'userEnteredFormat.numberFormat',
            },
          },
          {
            insertDimension: {
              range: { sheetId, dimension: 'ROWS', startIndex: 10, endIndex: 12 },
              inheritFromBefore: true,
            },
          },
        ],
      },
    });
    await s.spreadsheets.values.update({
      spreadsheetId: id,
      range: 'Data!A12',
      valueInputOption: 'USER_ENTERED',
      requestBody: { values: [['3520054708680001']] },
    });
    const got = await s.spreadsheets.values.get({ spreadsheetId: id, range: 'Data!A12' });
    expect(got.data.values).toEqual([['3520054708680001']]);
    const copy = await localApis(rest.rootUrl, USER).drive.files.copy({
      fileId: id,
      requestBody: { name: 'Cadangan' },
    });
    expect(copy.data).toMatchObject({
      name: 'Cadangan',
      mimeType: 'application/vnd.google-apps.spreadsheet',
    });
    const copied = await s.spreadsheets.values.get({
      spreadsheetId: copy.data.id!,
      range: 'Data!A12',
    });
    expect(copied.data.values).toEqual([['3520054708680001']]);
  });
});
