/**
 * Session. Looked up: Google's Session reference — getActiveUser().getEmail() may be '' (e.g.
 * consumer accounts, simple triggers); getScriptTimeZone is the project's zone (Asia/Jakarta
 * in appsscript.json); getTemporaryActiveUserKey is stable for a user within the project.
 */
import { run, serviceWorld } from './servicesHarness';

describe('Session', () => {
  test("getActiveUser().getEmail() is the execution's user", () => {
    const w = serviceWorld();
    expect(run(w, (g) => g.Session.getActiveUser().getEmail(), { user: 'op@dinsos.id' })).toBe(
      'op@dinsos.id',
    );
  });

  test('getActiveUser().getEmail() can be the empty string', () => {
    const w = serviceWorld();
    expect(run(w, (g) => g.Session.getActiveUser().getEmail(), { user: '' })).toBe('');
  });

  test('the effective user defaults to the active user and can differ (triggers)', () => {
    const w = serviceWorld();
    expect(run(w, (g) => g.Session.getEffectiveUser().getEmail(), { user: 'a@x.id' })).toBe(
      'a@x.id',
    );
    expect(
      run(w, (g) => g.Session.getEffectiveUser().getEmail(), {
        user: '',
        effectiveUser: 'owner@x.id',
      }),
    ).toBe('owner@x.id');
  });

  test('the script time zone is Asia/Jakarta and the locale id', () => {
    const w = serviceWorld();
    expect(run(w, (g) => g.Session.getScriptTimeZone())).toBe('Asia/Jakarta');
    expect(run(w, (g) => g.Session.getActiveUserLocale())).toBe('id');
  });

  test('the temporary user key is stable per user and differs between users', () => {
    const w = serviceWorld();
    const k1 = run(w, (g) => g.Session.getTemporaryActiveUserKey(), { user: 'a@x.id' });
    const k2 = run(w, (g) => g.Session.getTemporaryActiveUserKey(), { user: 'a@x.id' });
    const k3 = run(w, (g) => g.Session.getTemporaryActiveUserKey(), { user: 'b@x.id' });
    expect(k1).toBe(k2);
    expect(k1).not.toBe(k3);
    expect(k1).not.toContain('a@x.id');
  });
});
