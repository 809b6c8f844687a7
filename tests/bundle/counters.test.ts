/**
 * The counters' mismatches in "Periksa integritas riwayat" (issue 13): a counter behind the
 * agenda, a number held twice, a serial skipped without a void record, a Pengaturan mirror
 * changed by hand. A register used normally has none.
 */
import type { UiBackend } from '../../emulator/backend/ui';
import { ok } from '../support/api';
import { USERS_BY_ROLE as U, seedPeople } from '../support/people';
import { ADMIN, newRegister } from '../support/register';
import { caseAt, nextStep, restore, snapshot } from '../support/flow';

jest.setTimeout(120000);

const register = newRegister();
register.run('menuSetupRegister', ADMIN);
seedPeople(register, 2);
for (const base of [0, 100]) {
  // Numbered at S09: an SKT and a Surat Rekomendasi each.
  ok(nextStep(register, caseAt(register, 'S09', base)));
}
const prepared = snapshot(register.world);

function check(): string {
  expect(register.run('menuCheckAuditIntegrity', U.Kabid).error).toBeNull();
  const alerts = register.world.module<UiBackend>('ui').ofKind('alert');
  return String(alerts[alerts.length - 1].message);
}

function settingRow(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, key: string): number {
  return ss
    .getSheetByName('Pengaturan')!
    .getRange('A:A')
    .createTextFinder(key)
    .matchEntireCell(true)
    .findNext()!
    .getRow();
}

describe('counter mismatches in the integrity check', () => {
  it('a register used normally: no counter is reported', () => {
    restore(register.world, prepared);
    expect(check()).not.toMatch(/Penghitung nomor/);
  });

  it('a deleted agenda row, a number typed twice, a mirror lowered by hand: each reported', () => {
    restore(register.world, prepared);
    register.withSheets((ss) => {
      const agenda = ss.getSheetByName('Agenda Surat')!;
      const number = String(agenda.getRange(2, 4).getValue());
      agenda.getRange(3, 4).setValue(number); // SRT-2026-0002 now holds 0001's number
      agenda.deleteRow(4); // SRT-2026-0003 gone: a skip without a void record
      ss.getSheetByName('Pengaturan')!
        .getRange(settingRow(ss, 'nomor.surat.2026'), 2)
        .setValue('1');
    });
    const message = check();
    expect(message).toMatch(/Penghitung nomor/);
    expect(message).toMatch(/dipakai lebih dari sekali/);
    expect(message).toMatch(/nomor\.surat\.2026 terlewati tanpa catatan pembatalan: 3\./);
    expect(message).toMatch(/Baris nomor\.surat\.2026 di tab Pengaturan \(1\) berbeda/);
  });

  it('a counter behind the agenda (its property deleted, the mirror lowered): reported', () => {
    restore(register.world, prepared);
    register.withSheets((ss) => {
      PropertiesService.getScriptProperties().deleteProperty('counter.nomor.surat.2026');
      ss.getSheetByName('Pengaturan')!
        .getRange(settingRow(ss, 'nomor.surat.2026'), 2)
        .setValue('2');
    });
    expect(check()).toMatch(
      /Penghitung nomor\.surat\.2026 \(2\) di bawah nomor tertinggi yang sudah dipakai \(4\)/,
    );
  });
});
