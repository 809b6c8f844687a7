/**
 * "Periksa integritas riwayat": an untouched audit trail passes; a row changed, deleted or
 * inserted by hand is found and named; sorting the tab is not a change.
 */
import type { UiBackend } from '../../emulator/backend/ui';
import { USERS_BY_ROLE as U, seedPeople } from '../support/people';
import { ADMIN, newRegister, type TestRegister } from '../support/register';
import { caseAt, restore, snapshot } from '../support/flow';

const register = newRegister();
register.run('menuSetupRegister', ADMIN);
seedPeople(register, 2);
caseAt(register, 'S05', 0);
caseAt(register, 'S03', 100);
const prepared = snapshot(register.world);

function check(r: TestRegister, user: string = U.Kabid): string {
  expect(r.run('menuCheckAuditIntegrity', user).error).toBeNull();
  const alerts = r.world.module<UiBackend>('ui').ofKind('alert');
  return String(alerts[alerts.length - 1].message);
}

function edit(fn: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => void): void {
  restore(register.world, prepared);
  register.withSheets((ss) => fn(ss.getSheetByName('Riwayat')!));
}

describe('Periksa integritas riwayat', () => {
  it('finds an untouched trail whole', () => {
    restore(register.world, prepared);
    // 10 rows of the Admin (setup, six users, the verification URL), 6 of the two cases.
    expect(check(register)).toMatch(/^Riwayat utuh: 16 baris/);
  });

  it('finds a cell changed by hand, naming its row', () => {
    edit((sheet) => sheet.getRange(4, 6).setValue('Aksi yang diubah'));
    expect(check(register)).toMatch(/^Baris 4 tab Riwayat telah diubah di luar register/);
  });

  it('finds a row deleted by hand', () => {
    edit((sheet) => sheet.deleteRow(3));
    expect(check(register)).toMatch(/^Baris sebelum baris 3 tab Riwayat telah dihapus/);
  });

  it('finds a row inserted by hand (a copy of another row)', () => {
    edit((sheet) => {
      sheet.insertRowAfter(5);
      sheet
        .getRange(6, 1, 1, sheet.getLastColumn())
        .setValues(sheet.getRange(5, 1, 1, sheet.getLastColumn()).getValues());
    });
    expect(check(register)).toMatch(/tab Riwayat disisipkan di luar register/);
  });

  it('is not fooled by sorting the tab', () => {
    edit((sheet) => {
      const body = sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn());
      body.setValues(body.getValues().reverse());
    });
    expect(check(register)).toMatch(/^Riwayat utuh/);
  });

  it('is refused to staff', () => {
    restore(register.world, prepared);
    expect(check(register, U.Staf)).toMatch(/tidak berwenang/);
  });
});
