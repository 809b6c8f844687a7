/**
 * Save and load of the service state (`World.save` / `World.load`): properties, cache entries
 * (with their expiry on the saved clock) and triggers survive a round trip through a file;
 * locks do not (they belong to running executions).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { LocksBackend } from '../../emulator/backend/locks';
import { open, run, serviceWorld } from './servicesHarness';

test('properties, cache and triggers survive save and load; held locks do not', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'world-')), 'state.json');
  const w = serviceWorld();
  run(
    w,
    (g) => {
      g.PropertiesService.getScriptProperties().setProperty('nextNumber', '12');
      g.PropertiesService.getUserProperties().setProperty('pref', 'x');
      g.CacheService.getScriptCache().put('idx', '{"P-1":2}', 3600);
      g.ScriptApp.newTrigger('nightly').timeBased().everyDays(1).atHour(2).create();
    },
    { user: 'a@x.id' },
  );
  const holder = open(w);
  holder.g.LockService.getScriptLock().waitLock(10);
  w.save(file);
  holder.end();

  const loaded = serviceWorld();
  loaded.load(file);
  run(
    loaded,
    (g) => {
      expect(g.PropertiesService.getScriptProperties().getProperty('nextNumber')).toBe('12');
      expect(g.PropertiesService.getUserProperties().getProperty('pref')).toBe('x');
      expect(g.CacheService.getScriptCache().get('idx')).toBe('{"P-1":2}');
      expect(g.ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual([
        'nightly',
      ]);
    },
    { user: 'a@x.id' },
  );
  expect(loaded.module<LocksBackend>('locks').holder('script')).toBeNull();
});
