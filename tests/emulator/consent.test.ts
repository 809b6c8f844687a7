/**
 * Granular consent and `ScriptApp.getAuthorizationInfo`. Since 2025 a user may tick only some of
 * the scopes a script asks for ("Authorization scopes", granular OAuth consent:
 * https://developers.google.com/apps-script/concepts/scopes); the script asks which it holds
 * with `ScriptApp.getAuthorizationInfo(authMode, oAuthScopes)` (Class AuthorizationInfo,
 * https://developers.google.com/apps-script/reference/script/authorization-info):
 * `getAuthorizationStatus()` REQUIRED or NOT_REQUIRED, `getAuthorizationUrl()` null when nothing
 * is required, `getAuthorizedScopes()` "the authorized scopes from the specified list".
 */
import { createWorld } from '../../emulator/backend';
import type { ConsentBackend } from '../../emulator/backend/consent';
import { SCOPES } from '../../emulator/core/scopes';
import { bundleFromSource, runEntry } from '../../emulator/runtime';

const USER = 'admin@dinsos.id';
const OTHER = 'staf@dinsos.id';
const MANIFEST_SCOPES = [SCOPES.drive, SCOPES.sendMail, SCOPES.spreadsheets, SCOPES.userinfoEmail];

const SOURCE = `
function info(list) {
  var i = list ? ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, list)
               : ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  return { status: String(i.getAuthorizationStatus()), url: i.getAuthorizationUrl(),
           scopes: i.getAuthorizedScopes() };
}
function makeFolder() { return DriveApp.createFolder('WRSE').getId(); }
function bad() { return ScriptApp.getAuthorizationInfo('FULL'); }
`;

function setup() {
  const world = createWorld();
  const bundle = bundleFromSource(
    SOURCE,
    {},
    JSON.stringify({ timeZone: 'Asia/Jakarta', oauthScopes: MANIFEST_SCOPES }),
  );
  const run = (entry: string, args: unknown[] = [], user = USER) =>
    runEntry(world, bundle, entry, args, { user });
  return { world, run };
}

describe('getAuthorizationInfo', () => {
  test('everything granted: NOT_REQUIRED, no URL, every asked scope authorized', () => {
    const { run } = setup();
    const r = run('info');
    expect(r.error).toBeNull();
    expect(r.value).toEqual({
      status: 'NOT_REQUIRED',
      url: null,
      scopes: MANIFEST_SCOPES,
    });
  });

  test('a scope the user left unticked: REQUIRED, a URL, and it is missing from the list', () => {
    const { world, run } = setup();
    world.module<ConsentBackend>('consent').decline(USER, [SCOPES.drive]);
    const r = run('info', [[SCOPES.drive, SCOPES.spreadsheets]]);
    expect(r.value).toMatchObject({ status: 'REQUIRED', scopes: [SCOPES.spreadsheets] });
    expect(String((r.value as { url: string }).url)).toMatch(/^https:\/\/script\.google\.com\//);
    // Another account's grant is its own.
    expect(run('info', [[SCOPES.drive]], OTHER).value).toMatchObject({ status: 'NOT_REQUIRED' });
  });

  test('a scope the manifest does not ask for is never authorized', () => {
    const { run } = setup();
    const r = run('info', [[SCOPES.documents]]);
    expect(r.value).toMatchObject({ status: 'REQUIRED', scopes: [] });
  });

  test('the authMode must be the enum', () => {
    const { run } = setup();
    expect(run('bad').error?.message).toMatch(/don't match the method signature|Invalid argument/);
  });
});

describe('a declined scope binds the calls that need it', () => {
  test('DriveApp.createFolder fails for the user who declined drive, and works after she grants it', () => {
    const { world, run } = setup();
    const consent = world.module<ConsentBackend>('consent');
    consent.decline(USER, [SCOPES.drive]);
    expect(run('makeFolder').error?.message).toMatch(
      /Specified permissions are not sufficient to call DriveApp\.createFolder/,
    );
    expect(run('makeFolder', [], OTHER).error).toBeNull();
    consent.grantAll(USER);
    expect(run('makeFolder').error).toBeNull();
  });
});
