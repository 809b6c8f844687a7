/**
 * The product's trigger entry points run as Google runs them: fired by their installed trigger
 * (`fireTrigger`), with the trigger's creator as the effective user, '' as the active user and
 * no active spreadsheet (the register is opened by the ID "Siapkan register" recorded). They
 * must act for the creator (`Session.getEffectiveUser()`), never depend on the active user.
 *
 * Pages followed: https://developers.google.com/apps-script/reference/base/session
 * (getEffectiveUser: "If the script is running under an installable trigger, this returns the
 * account of the user who created the trigger"; getActiveUser may be blank) and
 * https://developers.google.com/apps-script/guides/triggers/installable ("Installable triggers
 * always run under the account of the person who created them").
 */
import { AUDIT, CASES, MEMBERS } from '../../src/app/register/tabs';
import { clockTriggersOf, fireTrigger } from '../../emulator/runtime';
import { USERS_BY_ROLE as U, seedPeople } from '../support/people';
import { ADMIN, bundle, newRegister } from '../support/register';
import { NOW, caseAt, restore, snapshot } from '../support/flow';

const register = newRegister();
expect(register.run('menuSetupRegister', ADMIN).error).toBeNull();
seedPeople(register);
const atS09 = caseAt(register, 'S09', 0);
for (const menu of [
  'menuInstallEditWatch',
  'menuInstallDailyKecamatanRefresh',
  'menuInstallDailyReminder',
]) {
  expect(register.run(menu, ADMIN).error).toBeNull();
}
const prepared = snapshot(register.world);
beforeEach(() => restore(register.world, prepared));

/** Fires the one clock trigger of `handler` (installed by the Admin). */
function fire(handler: string) {
  const triggers = clockTriggersOf(register.world, handler);
  expect(triggers.map((t) => t.owner)).toEqual([ADMIN]);
  return fireTrigger(register.world, bundle(), triggers[0].id, { now: new Date(NOW) });
}

function rows(tab: string): Array<Record<string, unknown>> {
  const [header, ...body] = register.values(tab);
  return body.map((r) => Object.fromEntries((header as string[]).map((h, i) => [h, r[i]])));
}

describe('trigger entry points act as the trigger creator, not the active user', () => {
  it('dailyApprovalCheck: the daily check catches a member row deleted by hand', () => {
    register.withSheets((ss) => {
      const sheet = ss.getSheetByName(MEMBERS.name)!;
      const ids = sheet
        .getRange(1, 1, sheet.getLastRow(), 1)
        .getValues()
        .map((r) => r[0]);
      sheet.deleteRow(ids.indexOf(`${atS09.caseId}-A06`) + 1);
    });
    const run = fire('dailyApprovalCheck');
    expect(run.error).toBeNull();
    expect(run.value).toEqual({ ok: true, data: true });
    expect(rows(CASES.name).find((r) => r['ID Kasus'] === atS09.caseId)?.Langkah).toBe('S08');
    // Recorded in the audit as the trigger's creator (Admin), not as a blank user.
    const sentBack = rows(AUDIT.name).filter(
      (r) => r['ID Kasus'] === atS09.caseId && r.Aksi === 'Diubah manual setelah disetujui',
    );
    expect(sentBack.map((r) => [r.Pengguna, r.Peran])).toEqual([[ADMIN, 'Admin']]);
  });

  it('dailyKecamatanRefresh: the refresh runs and records every kecamatan register', () => {
    const run = fire('dailyKecamatanRefresh');
    expect(run.error).toBeNull();
    expect(run.value).toEqual({ ok: true, data: true });
    const made = rows('Register Kecamatan');
    expect(made).toHaveLength(18);
    // Attributed to the trigger's creator, not to a blank user.
    expect(new Set(made.map((r) => r['Diubah Oleh']))).toEqual(new Set([ADMIN]));
  });

  it('dailyDashboardRefresh and dailyOverdueDigest run without an active user', () => {
    for (const handler of ['dailyDashboardRefresh', 'dailyOverdueDigest']) {
      const run = fire(handler);
      expect([handler, run.error]).toEqual([handler, null]);
      expect(run.value).toEqual({ ok: true, data: true });
    }
    expect(register.values('Dasbor').length).toBeGreaterThan(1);
  });

  it('a trigger entry called from the sidebar by a non-Admin still does nothing', () => {
    const run = register.run('dailyKecamatanRefresh', U.Staf, [], { now: new Date(NOW) });
    expect(run.error).toBeNull();
    expect((run.value as { ok: boolean }).ok).toBe(false);
    expect(rows('Register Kecamatan')).toHaveLength(0);
  });
});
