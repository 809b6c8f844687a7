/**
 * ScriptApp triggers. Looked up: Google's installable-triggers guide (triggers run as the user
 * who created them; "20 triggers per user per script" on the quotas page; a user cannot see
 * another user's triggers), ClockTriggerBuilder (everyMinutes accepts 1, 5, 10, 15 or 30;
 * atHour 0–23), getProjectTriggers ("current project and current user"), getUserTriggers.
 * The too-many-triggers message is the one live projects report.
 */
import { TOO_MANY_TRIGGERS, type TriggersBackend } from '../../emulator/backend/triggers';
import type { ClockBackend } from '../../emulator/backend/clock';
import { run, serviceWorld } from './servicesHarness';

describe('ScriptApp', () => {
  test('a daily clock trigger at an hour is recorded with its handler and type', () => {
    const w = serviceWorld();
    run(w, (g) => {
      const t = g.ScriptApp.newTrigger('remindDue')
        .timeBased()
        .everyDays(1)
        .atHour(7)
        .inTimezone('Asia/Jakarta')
        .create();
      expect(t.getHandlerFunction()).toBe('remindDue');
      expect(t.getEventType()).toBe(g.ScriptApp.EventType.CLOCK);
      expect(t.getTriggerSource()).toBe(g.ScriptApp.TriggerSource.CLOCK);
      const all = g.ScriptApp.getProjectTriggers();
      expect(all.map((x) => x.getUniqueId())).toEqual([t.getUniqueId()]);
    });
    expect(w.module<TriggersBackend>('triggers').all()[0].schedule).toEqual({
      everyDays: 1,
      atHour: 7,
      timeZone: 'Asia/Jakarta',
    });
  });

  test('spreadsheet triggers: onOpen / onEdit / onChange for a spreadsheet id', () => {
    const w = serviceWorld();
    run(w, (g) => {
      const S = g.ScriptApp;
      S.newTrigger('opened').forSpreadsheet('ss1').onOpen().create();
      S.newTrigger('edited').forSpreadsheet('ss1').onEdit().create();
      S.newTrigger('changed').forSpreadsheet('ss2').onChange().create();
      const forSs1 = S.getUserTriggers({
        getId: () => 'ss1',
      } as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet);
      expect(forSs1.map((t) => String(t.getEventType()))).toEqual(['ON_OPEN', 'ON_EDIT']);
      expect(forSs1[0].getTriggerSource()).toBe(S.TriggerSource.SPREADSHEETS);
      expect(forSs1[0].getTriggerSourceId()).toBe('ss1');
    });
  });

  test('everyMinutes accepts only 1, 5, 10, 15 or 30', () => {
    run(serviceWorld(), (g) => {
      expect(() => g.ScriptApp.newTrigger('f').timeBased().everyMinutes(7)).toThrow('minutes');
      expect(() => g.ScriptApp.newTrigger('f').timeBased().everyMinutes(5).create()).not.toThrow();
    });
  });

  test('after(ms) schedules a one-off trigger on the backend clock', () => {
    const w = serviceWorld();
    const now = w.module<ClockBackend>('clock').now();
    run(w, (g) => g.ScriptApp.newTrigger('later').timeBased().after(60_000).create());
    const at = w.module<TriggersBackend>('triggers').all()[0].schedule.at as number;
    expect(at - now).toBeGreaterThanOrEqual(60_000);
    expect(at - now).toBeLessThan(65_000);
  });

  test('deleteTrigger removes it', () => {
    run(serviceWorld(), (g) => {
      const t = g.ScriptApp.newTrigger('f').timeBased().everyHours(1).create();
      g.ScriptApp.newTrigger('g').timeBased().everyHours(2).create();
      g.ScriptApp.deleteTrigger(t);
      expect(g.ScriptApp.getProjectTriggers().map((x) => x.getHandlerFunction())).toEqual(['g']);
    });
  });

  test('a user may have 20 triggers in the script; the 21st throws', () => {
    const w = serviceWorld();
    run(
      w,
      (g) => {
        for (let i = 0; i < 20; i++)
          g.ScriptApp.newTrigger(`f${i}`).timeBased().everyDays(1).create();
        expect(() => g.ScriptApp.newTrigger('f20').timeBased().everyDays(1).create()).toThrow(
          TOO_MANY_TRIGGERS,
        );
      },
      { user: 'a@x.id' },
    );
    // another user has their own 20, and does not see the first user's triggers
    run(
      w,
      (g) => {
        expect(g.ScriptApp.getProjectTriggers()).toEqual([]);
        expect(() =>
          g.ScriptApp.newTrigger('mine').timeBased().everyDays(1).create(),
        ).not.toThrow();
      },
      { user: 'b@x.id' },
    );
  });

  test('AuthMode, TriggerSource and EventType enums and the script id', () => {
    run(serviceWorld(), (g) => {
      expect(String(g.ScriptApp.AuthMode.FULL)).toBe('FULL');
      expect(g.ScriptApp.EventType.ON_OPEN.toString()).toBe('ON_OPEN');
      expect(typeof g.ScriptApp.getScriptId()).toBe('string');
    });
  });
});

describe('ScriptApp.getService', () => {
  // Class Service (https://developers.google.com/apps-script/reference/script/service#getUrl()):
  // null until the script is deployed as a web app (the cases by context: webAppUrl.test.ts).
  it('answers null for a script never deployed as a web app', () => {
    const url = run(serviceWorld(), (g) => g.ScriptApp.getService().getUrl());
    expect(url).toBeNull();
  });
});
