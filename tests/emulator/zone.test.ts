/**
 * Time zone and locale of spreadsheets in the emulation.
 *
 * Pages followed:
 * - Spreadsheet.getSpreadsheetTimeZone / setSpreadsheetTimeZone / getSpreadsheetLocale /
 *   setSpreadsheetLocale: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
 * - Session.getScriptTimeZone ("spreadsheets have a separate time zone… Spreadsheet time zones
 *   that differ from the script time zone are a frequent source of scripting bugs"):
 *   https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()
 * - "Set a spreadsheet's location & calculation settings" (locale decides date formats; the
 *   time zone is the spreadsheet's): https://support.google.com/docs/answer/58515
 * - Sheets' locale codes (File › Settings; Indonesia is in_ID), SpreadsheetProperties.locale:
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets#SpreadsheetProperties
 * - Date cells are serial numbers (wall clock, days since 1899-12-30), so a new time zone keeps
 *   what a cell shows: https://developers.google.com/workspace/sheets/api/guides/formats#about_date_time_values
 */
import { createWorld } from '../../emulator/backend';
import type { SheetsBackend } from '../../emulator/backend/sheets';
import { runInProcess } from '../../emulator/runtime';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
const CLERK = 'clerk@example.go.id';

function created(world = createWorld(), user = CLERK) {
  const r = runInProcess(world, { user }, (g) => {
    const ss = (g.SpreadsheetApp as App).create('Baru');
    return { id: ss.getId(), tz: ss.getSpreadsheetTimeZone(), locale: ss.getSpreadsheetLocale() };
  });
  if (r.error) throw r.error;
  return { world, ...r.value! };
}

/** Types `text` into A1 of spreadsheet `id` and reads back value and display. */
function typed(world: ReturnType<typeof createWorld>, id: string, text: string) {
  const r = runInProcess(world, { user: CLERK }, (g) => {
    const range = (g.SpreadsheetApp as App).openById(id).getSheets()[0].getRange('A1');
    range.setValue(text);
    return { value: range.getValue() as unknown, shown: range.getDisplayValue() };
  });
  if (r.error) throw r.error;
  return r.value!;
}

describe('time zone and locale of a spreadsheet', () => {
  test("a new spreadsheet takes its creator's zone and locale; the default account is not Jakarta", () => {
    const { tz, locale } = created();
    expect(tz).toBe('America/Los_Angeles');
    expect(locale).toBe('en_US');
  });

  test('an account configured as Jakarta/in_ID makes Jakarta/in_ID spreadsheets', () => {
    const world = createWorld();
    world.module<SheetsBackend>('sheets').setAccount(CLERK, {
      timeZone: 'Asia/Jakarta',
      locale: 'in_ID',
    });
    const { tz, locale } = created(world);
    expect([tz, locale]).toEqual(['Asia/Jakarta', 'in_ID']);
    // Another account keeps the default.
    expect(created(world, 'other@example.go.id').tz).toBe('America/Los_Angeles');
  });

  test('typed 05/06/2026 is May 6 under en_US, 5 June under in_ID; 20/03/2026 stays text in en_US', () => {
    const { world, id } = created();
    const us = typed(world, id, '05/06/2026');
    expect(us.value).toBeInstanceOf(Date);
    // Midnight of May 6 in Los Angeles (UTC-7 in May).
    expect((us.value as Date).toISOString()).toBe('2026-05-06T07:00:00.000Z');
    expect(us.shown).toBe('5/6/2026');
    expect(typed(world, id, '20/03/2026')).toEqual({ value: '20/03/2026', shown: '20/03/2026' });

    const r = runInProcess(world, { user: CLERK }, (g) => {
      const ss = (g.SpreadsheetApp as App).openById(id);
      ss.setSpreadsheetTimeZone('Asia/Jakarta');
      ss.setSpreadsheetLocale('in_ID');
      ss.getSheets()[0].getRange('A1').clearFormat();
    });
    expect(r.error).toBeNull();
    const idn = typed(world, id, '05/06/2026');
    expect((idn.value as Date).toISOString()).toBe('2026-06-04T17:00:00.000Z');
    expect(idn.shown).toBe('05/06/2026');
  });

  test('a new time zone keeps the wall clock of date cells (the instant moves)', () => {
    const { world, id } = created();
    const first = typed(world, id, '2026-03-20');
    expect((first.value as Date).toISOString()).toBe('2026-03-20T07:00:00.000Z'); // LA, UTC-7
    const r = runInProcess(world, { user: CLERK }, (g) => {
      const ss = (g.SpreadsheetApp as App).openById(id);
      ss.setSpreadsheetTimeZone('Asia/Jakarta');
      const range = ss.getSheets()[0].getRange('A1');
      return { value: range.getValue() as Date, shown: range.getDisplayValue() };
    });
    expect(r.error).toBeNull();
    expect(r.value!.shown).toBe('2026-03-20');
    // The same wall clock in Jakarta: 20 March 00:00 WIB, i.e. 19 March 17:00 UTC.
    expect(r.value!.value.toISOString()).toBe('2026-03-19T17:00:00.000Z');
  });

  test('setting the zone and the locale is priced as a structure change; reading them is local', () => {
    const { world, id } = created();
    const r = runInProcess(world, { user: CLERK }, (g) => {
      const ss = (g.SpreadsheetApp as App).openById(id);
      ss.setSpreadsheetTimeZone('Asia/Jakarta');
      ss.setSpreadsheetLocale('in_ID');
    });
    expect(r.error).toBeNull();
    const by = r.ledger.byMethod;
    const tz = Object.entries(by).find(([k]) => k.endsWith('Spreadsheet.setSpreadsheetTimeZone'));
    const loc = Object.entries(by).find(([k]) => k.endsWith('Spreadsheet.setSpreadsheetLocale'));
    expect(tz?.[1].ms).toBeGreaterThan(0);
    expect(loc?.[1].ms).toBe(tz?.[1].ms);
  });

  test('a locale Sheets does not offer, or a wrong argument, is refused', () => {
    const { world, id } = created();
    const r = runInProcess(world, { user: CLERK }, (g) =>
      (g.SpreadsheetApp as App).openById(id).setSpreadsheetLocale('xx_YY'),
    );
    expect(r.error?.message).toContain('not one Sheets offers');
    const bad = runInProcess(world, { user: CLERK }, (g) =>
      (g.SpreadsheetApp as App).openById(id).setSpreadsheetTimeZone(7 as unknown as string),
    );
    expect(bad.error?.message).toContain("don't match the method signature");
  });
});
