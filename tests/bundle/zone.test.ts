/**
 * The register and every spreadsheet the add-on makes are set to the office's time zone
 * (Asia/Jakarta) and Sheets' Indonesian locale (in_ID) before any date is written. In the
 * emulation, as on Google, a new spreadsheet takes its creator's zone and locale — here the
 * emulated default account's (America/Los_Angeles, en_US), as a laptop set to English would.
 *
 * Pages followed: Spreadsheet.setSpreadsheetTimeZone / setSpreadsheetLocale
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet), "Set a
 * spreadsheet's location & calculation settings" (https://support.google.com/docs/answer/58515),
 * and the simple onOpen's LIMITED mode (https://developers.google.com/apps-script/reference/script/auth-mode).
 */
import type { UiBackend } from '../../emulator/backend/ui';
import { runInProcess, runSimpleTrigger } from '../../emulator/runtime';
import { seedPeople } from '../support/people';
import { ADMIN, bundle, newRegister, type TestRegister } from '../support/register';
import { NOW } from '../support/flow';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

function settings(r: TestRegister, id: string): [string, string] {
  const run = runInProcess(r.world, { user: ADMIN }, (g) => {
    const ss = (g.SpreadsheetApp as App).openById(id);
    return [ss.getSpreadsheetTimeZone(), ss.getSpreadsheetLocale()] as [string, string];
  });
  if (run.error) throw run.error;
  return run.value!;
}

function lastAlert(r: TestRegister): string {
  const alerts = r.world.module<UiBackend>('ui').ofKind('alert');
  return String(alerts[alerts.length - 1]?.message ?? '');
}

describe('time zone and locale of the spreadsheets', () => {
  it('"Siapkan register" sets the master to Asia/Jakarta and in_ID, says so once, and dates read right', () => {
    const register = newRegister();
    expect(settings(register, register.id)).toEqual(['America/Los_Angeles', 'en_US']);
    expect(register.run('menuSetupRegister', ADMIN).error).toBeNull();
    expect(settings(register, register.id)).toEqual(['Asia/Jakarta', 'in_ID']);
    expect(lastAlert(register)).toContain(
      'Pengaturan spreadsheet disesuaikan: zona waktu America/Los_Angeles menjadi Asia/Jakarta (WIB); lokal en_US menjadi Indonesia (in_ID).',
    );
    // A clerk typing a date by hand in the register: day first, midnight WIB.
    const typed = runInProcess(register.world, { user: ADMIN }, (g) => {
      const sheet = (g.SpreadsheetApp as App).openById(register.id).insertSheet('Coba');
      sheet.getRange('A1').setValue('05/06/2026');
      return sheet.getRange('A1').getValue() as Date;
    });
    expect(typed.value!.toISOString()).toBe('2026-06-04T17:00:00.000Z');
    // Run again: nothing to change, nothing said about it.
    expect(register.run('menuSetupRegister', ADMIN).error).toBeNull();
    expect(lastAlert(register)).not.toContain('Pengaturan spreadsheet disesuaikan');
  });

  it('the kecamatan registers the refresh makes are Asia/Jakarta and in_ID', () => {
    const register = newRegister();
    expect(register.run('menuSetupRegister', ADMIN).error).toBeNull();
    seedPeople(register);
    const run = register.run('menuRefreshKecamatanRegisters', ADMIN, [], { now: new Date(NOW) });
    expect(run.error).toBeNull();
    const [head, ...rows] = register.values('Register Kecamatan');
    const idCol = (head as string[]).indexOf('ID Spreadsheet');
    expect(idCol).toBeGreaterThanOrEqual(0);
    expect(rows).toHaveLength(18);
    const seen = new Set(rows.map((r) => settings(register, String(r[idCol])).join(' ')));
    expect([...seen]).toEqual(['Asia/Jakarta in_ID']);
    // A pendamping types 05/06/2026 into her register: 5 June, not May 6.
    const kawedanan = rows.find((r) => String(r[0]) === '35.20.05')!;
    const typed = runInProcess(register.world, { user: ADMIN }, (g) => {
      const ss = (g.SpreadsheetApp as App).openById(String(kawedanan[idCol]));
      const sheet = ss.insertSheet('Coba');
      sheet.getRange('A1').setValue('05/06/2026');
      return sheet.getRange('A1').getValue() as Date;
    });
    expect(typed.value!.toISOString()).toBe('2026-06-04T17:00:00.000Z');
  });

  it('the simple onOpen adds the WRSE menu in LIMITED mode, with no user', () => {
    const register = newRegister();
    const run = runSimpleTrigger(register.world, bundle(), 'onOpen', register.id);
    expect(run.error).toBeNull();
    const [menu] = register.world.module<UiBackend>('ui').menus(register.id);
    expect(JSON.stringify(menu)).toContain('WRSE');
  });
});
