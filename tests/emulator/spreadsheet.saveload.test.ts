/**
 * Save/load: the world's state written to a local file and read back keeps values (with their
 * types and dates), number formats, validations and protections.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createWorld } from '../../emulator/backend';
import type { SheetsBackend } from '../../emulator/backend/sheets';
import { OWNER, STAF, fixture, run, type Fixture } from './spreadsheetHarness';

describe('SpreadsheetApp emulation: save and load', () => {
  test('save/load round-trips values, dates, formats, validations and protections', () => {
    const f = fixture();
    const when = new Date('2024-08-17T09:30:00+07:00');
    run(
      f,
      (x) => {
        x.data.getRange('A1').setNumberFormat('@');
        x.data.getRange('A1:D1').setValues([['3520054708680001', 12.5, when, true]]);
        x.data.getRange('E1').setValue('=B1*2');
        x.data
          .getRange('F1')
          .setDataValidation(
            x.app
              .newDataValidation()
              .requireValueInList(['Ya', 'Tidak'])
              .setAllowInvalid(false)
              .build(),
          );
        x.data.getRange('A1:F1').protect().setDescription('Baris kunci').removeEditor(STAF);
        x.data.setFrozenRows(1);
      },
      { user: OWNER },
    );
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wrse-')), 'world.json');
    f.world.save(file);

    const world = createWorld();
    world.load(file);
    const loaded: Fixture = { world, sheets: world.module<SheetsBackend>('sheets'), ssId: f.ssId };
    run(loaded, (x) => {
      const [[nik, n, d, b, e]] = x.data.getRange('A1:E1').getValues();
      expect(nik).toBe('3520054708680001');
      expect(n).toBe(12.5);
      expect(Object.prototype.toString.call(d)).toBe('[object Date]');
      expect((d as Date).getTime()).toBe(when.getTime());
      expect(b).toBe(true);
      expect(e).toBe(25);
      expect(x.data.getRange('E1').getFormula()).toBe('=B1*2');
      expect(x.data.getRange('A1').getNumberFormat()).toBe('@');
      expect(x.data.getRange('F1').getDataValidation()?.getCriteriaValues()).toEqual([
        ['Ya', 'Tidak'],
        true,
      ]);
      expect(x.data.getFrozenRows()).toBe(1);
      const [p] = x.data.getProtections(x.app.ProtectionType.RANGE);
      expect(p.getDescription()).toBe('Baris kunci');
      expect(() => x.data.getRange('F1').setValue('Ya')).toThrow(
        'You are trying to edit a protected cell or object.',
      );
      x.data.getRange('F2').setValue('new row');
      expect(x.data.getLastRow()).toBe(2);
    });
  });
});
