/**
 * PropertiesService: scopes (script / per-user / per-document), string conversion, limits.
 * Looked up: Google's Properties guide ("Data types that are not already strings are
 * automatically converted to strings"; getDocumentProperties for bound scripts), quotas page
 * (9 KB / value, 500 KB / store), live error "You have exceeded the property storage quota.
 * Please remove some properties and try again." (lucasvtiradentes/gcal-sync#115).
 */
import {
  PROPERTY_QUOTA_EXCEEDED,
  PROPERTY_VALUE_TOO_LARGE,
} from '../../emulator/backend/properties';
import { open, run, serviceWorld } from './servicesHarness';

describe('PropertiesService', () => {
  test('script properties are shared by every user of the script', () => {
    const w = serviceWorld();
    run(w, (g) => g.PropertiesService.getScriptProperties().setProperty('next', '7'), {
      user: 'a@x.id',
    });
    const v = run(w, (g) => g.PropertiesService.getScriptProperties().getProperty('next'), {
      user: 'b@x.id',
    });
    expect(v).toBe('7');
  });

  test('user properties are kept per user e-mail', () => {
    const w = serviceWorld();
    run(w, (g) => g.PropertiesService.getUserProperties().setProperty('tab', 'Penerima'), {
      user: 'a@x.id',
    });
    expect(
      run(w, (g) => g.PropertiesService.getUserProperties().getProperty('tab'), { user: 'b@x.id' }),
    ).toBeNull();
    expect(
      run(w, (g) => g.PropertiesService.getUserProperties().getProperty('tab'), { user: 'a@x.id' }),
    ).toBe('Penerima');
  });

  test('document properties are per document and null without a container', () => {
    const w = serviceWorld();
    expect(run(w, (g) => g.PropertiesService.getDocumentProperties())).toBeNull();
    run(w, (g) => g.PropertiesService.getDocumentProperties()?.setProperty('k', 'A'), {
      activeSpreadsheetId: 'ss1',
    });
    expect(
      run(w, (g) => g.PropertiesService.getDocumentProperties()?.getProperty('k'), {
        activeSpreadsheetId: 'ss2',
      }),
    ).toBeNull();
    expect(
      run(w, (g) => g.PropertiesService.getDocumentProperties()?.getProperty('k'), {
        activeSpreadsheetId: 'ss1',
      }),
    ).toBe('A');
  });

  test('values are stored as strings and a missing key reads null', () => {
    const w = serviceWorld();
    run(w, (g) => {
      const p = g.PropertiesService.getScriptProperties();
      p.setProperty('n', 42 as unknown as string).setProperty('b', true as unknown as string);
      expect(p.getProperty('n')).toBe('42');
      expect(p.getProperty('b')).toBe('true');
      expect(p.getProperty('nothing')).toBeNull();
    });
  });

  test('setProperties, getProperties, getKeys, deleteProperty and deleteAllProperties', () => {
    const w = serviceWorld();
    run(w, (g) => {
      const p = g.PropertiesService.getScriptProperties();
      p.setProperties({ a: '1', b: '2' });
      expect(p.getProperties()).toEqual({ a: '1', b: '2' });
      p.setProperties({ c: '3' }, true);
      expect(p.getKeys()).toEqual(['c']);
      p.setProperties({ d: '4' }).deleteProperty('c');
      expect(p.getKeys()).toEqual(['d']);
      p.deleteAllProperties();
      expect(p.getProperties()).toEqual({});
    });
  });

  test('getProperties returns a copy, not a live view', () => {
    const w = serviceWorld();
    run(w, (g) => {
      const p = g.PropertiesService.getScriptProperties();
      p.setProperty('a', '1');
      const copy = p.getProperties();
      copy.a = 'changed';
      expect(p.getProperty('a')).toBe('1');
    });
  });

  test('a value over 9 KB is refused and nothing is stored', () => {
    const w = serviceWorld();
    run(w, (g) => {
      const p = g.PropertiesService.getScriptProperties();
      expect(() => p.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(
        PROPERTY_VALUE_TOO_LARGE,
      );
      expect(p.getProperty('big')).toBeNull();
      expect(() => p.setProperty('ok', 'x'.repeat(9 * 1024))).not.toThrow();
    });
  });

  test('a store over 500 KB is refused with the quota message', () => {
    const w = serviceWorld();
    run(w, (g) => {
      const p = g.PropertiesService.getScriptProperties();
      const chunk = 'x'.repeat(9000);
      const values: Record<string, string> = {};
      for (let i = 0; i < 57; i++) values[`k${i}`] = chunk; // 513,000+ bytes > 500 KB
      expect(() => p.setProperties(values)).toThrow(PROPERTY_QUOTA_EXCEEDED);
      expect(p.getKeys()).toEqual([]);
    });
  });

  test('every call is priced: get 30 ms, set 60 ms', () => {
    const w = serviceWorld();
    const x = open(w);
    const p = x.g.PropertiesService.getScriptProperties();
    p.setProperty('a', '1');
    p.getProperty('a');
    x.end();
    const s = x.ctx.ledger.summary();
    expect(s.byMethod['Properties.setProperty']).toEqual({ calls: 1, cells: 0, ms: 60 });
    expect(s.byMethod['Properties.getProperty']).toEqual({ calls: 1, cells: 0, ms: 30 });
  });

  test('a member that is not emulated throws instead of returning undefined', () => {
    const w = serviceWorld();
    run(w, (g) => {
      const p = g.PropertiesService.getScriptProperties() as unknown as Record<string, unknown>;
      expect(() => p.getPropertyNames).toThrow('Properties.getPropertyNames is not emulated');
    });
  });
});
