/**
 * Authorization scopes. An execution of a bundle runs with the scopes of the bundle's manifest:
 * with an explicit `oauthScopes` list Apps Script detects nothing ("Setting explicit scopes",
 * https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes), and each
 * member requires one of the scopes its reference page lists under "Authorization" (e.g.
 * https://developers.google.com/apps-script/reference/drive/drive-app#getFolderById(String)).
 * A call outside them throws. ⚠ Google documents the scopes but not the message: its wording
 * ("Specified permissions are not sufficient to call DriveApp.createFolder. Required
 * permissions: https://www.googleapis.com/auth/drive", alternatives in parentheses joined by
 * ` || `, readonly first) is the one reported from live projects with an explicit manifest.
 */
import { createWorld } from '../../emulator/backend';
import type { DriveBackend } from '../../emulator/backend/drive';
import { requiredScopes, SCOPES } from '../../emulator/core/scopes';
import { bundleFromSource, runEntry, runInProcess } from '../../emulator/runtime';

const USER = 'staf@dinsos.id';

function manifest(oauthScopes?: string[], drive = true): string {
  return JSON.stringify({
    timeZone: 'Asia/Jakarta',
    ...(oauthScopes ? { oauthScopes } : {}),
    dependencies: drive
      ? { enabledAdvancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }] }
      : {},
  });
}

const SOURCE = `
function openFolder(id) { return DriveApp.getFolderById(id).getName(); }
function makeFolder() { return DriveApp.createFolder('WRSE').getId(); }
function mail() { MailApp.sendEmail('a@b.id', 'S', 'B'); return MailApp.getRemainingDailyQuota(); }
function who() { return Session.getEffectiveUser().getEmail(); }
function triggers() { return ScriptApp.getProjectTriggers().length; }
function newSheet() { return SpreadsheetApp.create('X').getId(); }
function activeName() { return SpreadsheetApp.getActive().getName(); }
function sidebar() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>x</p>')); }
function menu() { SpreadsheetApp.getUi().createMenu('WRSE').addItem('A', 'a').addToUi(); }
function local() {
  PropertiesService.getScriptProperties().setProperty('k', 'v');
  CacheService.getScriptCache().put('k', 'v');
  var lock = LockService.getScriptLock(); lock.tryLock(1000); lock.releaseLock();
  return Utilities.getUuid().length + Session.getScriptTimeZone().length;
}
function doc(folderId) {
  return Drive.Files.create({ name: 'D', mimeType: 'application/vnd.google-apps.document',
    parents: [folderId] }, Utilities.newBlob('<p>x</p>', 'text/html'), { fields: 'id' }).id;
}
function hasDrive() { return typeof Drive !== 'undefined'; }
`;

function setup(oauthScopes?: string[], drive = true) {
  const w = createWorld();
  const folder = w.module<DriveBackend>('drive').seedFolder(USER, 'Register');
  const ss = runInProcess(w, { user: USER }, (g) =>
    (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).create('Master').getId(),
  ).value as string;
  const bundle = bundleFromSource(SOURCE, {}, manifest(oauthScopes, drive));
  const run = (entry: string, args: unknown[] = []) =>
    runEntry(w, bundle, entry, args, { user: USER, activeSpreadsheetId: ss });
  return { w, folder, ss, run };
}

describe('a bundle runs with the scopes of its manifest', () => {
  test('DriveApp under drive.file only: refused with the reference page scopes', () => {
    const { run, folder } = setup([SCOPES.driveFile, SCOPES.spreadsheets]);
    // drive-app#getFolderById(String): drive.readonly or drive.
    expect(run('openFolder', [folder]).error?.message).toBe(
      'Specified permissions are not sufficient to call DriveApp.getFolderById. Required ' +
        'permissions: (https://www.googleapis.com/auth/drive.readonly || ' +
        'https://www.googleapis.com/auth/drive)',
    );
    // drive-app#createFolder(String): drive only.
    expect(run('makeFolder').error?.message).toBe(
      'Specified permissions are not sufficient to call DriveApp.createFolder. Required ' +
        'permissions: https://www.googleapis.com/auth/drive',
    );
  });

  test('drive.readonly reads a folder but cannot create one', () => {
    const { run, folder } = setup([SCOPES.driveReadonly]);
    expect(run('openFolder', [folder])).toMatchObject({ error: null, value: 'Register' });
    expect(run('makeFolder').error?.message).toMatch(/to call DriveApp\.createFolder\./);
  });

  test('the refused call is not made: nothing is created', () => {
    const { w, run } = setup([SCOPES.driveFile]);
    const before = JSON.stringify(w.module<DriveBackend>('drive').tree());
    expect(before).toContain('Register');
    run('makeFolder');
    expect(JSON.stringify(w.module<DriveBackend>('drive').tree())).toBe(before);
  });

  test('mail, identity, triggers, new spreadsheets and dialogs each need their scope', () => {
    const { run } = setup([SCOPES.spreadsheetsCurrentOnly]);
    // mail-app#sendEmail(String,String,String): script.send_mail.
    expect(run('mail').error?.message).toMatch(
      /call MailApp\.sendEmail\. Required permissions: https:\/\/www\.googleapis\.com\/auth\/script\.send_mail$/,
    );
    // session#getEffectiveUser(): userinfo.email.
    expect(run('who').error?.message).toMatch(/call Session\.getEffectiveUser\..*userinfo\.email$/);
    // script-app#getProjectTriggers(): script.scriptapp.
    expect(run('triggers').error?.message).toMatch(/ScriptApp\.getProjectTriggers\..*scriptapp$/);
    // spreadsheet-app#create(String): spreadsheets (currentonly is not enough).
    expect(run('newSheet').error?.message).toMatch(
      /call SpreadsheetApp\.create\. Required permissions: https:\/\/www\.googleapis\.com\/auth\/spreadsheets$/,
    );
    // ui#showSidebar(Object): script.container.ui.
    expect(run('sidebar').error?.message).toMatch(/call Ui\.showSidebar\..*script\.container\.ui$/);
    // spreadsheet-app#getActive(): spreadsheets.currentonly or spreadsheets.
    expect(run('activeName')).toMatchObject({ error: null, value: 'Master' });
  });

  test('services that list no authorization run with no scope at all', () => {
    // properties-service, cache-service, lock-service, utilities, session#getScriptTimeZone(),
    // ui#createMenu(String), menu#addToUi(): no "Authorization" section on their pages.
    const { run } = setup([]);
    expect(run('local').error).toBeNull();
    expect(run('menu').error).toBeNull();
  });

  test('with every scope it needs, the same bundle runs', () => {
    const { run, folder } = setup([
      SCOPES.drive,
      SCOPES.spreadsheets,
      SCOPES.sendMail,
      SCOPES.userinfoEmail,
      SCOPES.scriptApp,
      SCOPES.containerUi,
    ]);
    for (const [entry, args] of [
      ['openFolder', [folder]],
      ['makeFolder', []],
      ['mail', []],
      ['who', []],
      ['triggers', []],
      ['newSheet', []],
      ['sidebar', []],
      ['doc', [folder]],
    ] as const) {
      expect([entry, run(entry, [...args]).error]).toEqual([entry, null]);
    }
  });

  test('a manifest without oauthScopes: scopes detected from the code, nothing refused', () => {
    const { run, folder } = setup(undefined);
    expect(run('makeFolder').error).toBeNull();
    expect(run('openFolder', [folder]).error).toBeNull();
  });

  test('the Drive advanced service exists only when the manifest enables it', () => {
    // https://developers.google.com/apps-script/guides/services/advanced#enable_advanced_services
    expect(setup([SCOPES.drive], true).run('hasDrive').value).toBe(true);
    expect(setup([SCOPES.drive], false).run('hasDrive').value).toBe(false);
  });

  test('Drive API v3 files.create accepts drive.file; without a Drive scope the API refuses', () => {
    // https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create
    // "Authorization scopes": drive, drive.appdata, drive.file. An advanced service is the
    // REST API: the refusal is the API's 403 ("Request had insufficient authentication scopes").
    const ok = setup([SCOPES.driveFile]);
    expect(ok.run('doc', [ok.folder]).error).toBeNull();
    const bad = setup([SCOPES.spreadsheets]);
    expect(bad.run('doc', [bad.folder]).error?.message).toBe(
      'GoogleJsonResponseException: API call to drive.files.create failed with error: ' +
        'Request had insufficient authentication scopes.',
    );
  });

  test('in-process executions keep every scope unless told otherwise', () => {
    const w = createWorld();
    const all = runInProcess(w, { user: USER }, (g) =>
      (g.DriveApp as GoogleAppsScript.Drive.DriveApp).createFolder('A').getId(),
    );
    expect(all.error).toBeNull();
    const narrow = runInProcess(w, { user: USER, scopes: [SCOPES.driveFile] }, (g) =>
      (g.DriveApp as GoogleAppsScript.Drive.DriveApp).createFolder('B').getId(),
    );
    expect(narrow.error?.message).toMatch(/^Specified permissions are not sufficient/);
  });
});

describe('every emulated member declares its scopes', () => {
  test('declarations follow the reference pages', () => {
    expect(requiredScopes('DriveApp.getFileById')).toEqual([SCOPES.driveReadonly, SCOPES.drive]);
    expect(requiredScopes('Folder.addEditors')).toEqual([SCOPES.drive]);
    expect(requiredScopes('File.getAs')).toEqual([SCOPES.driveReadonly, SCOPES.drive]);
    expect(requiredScopes('Range.getValues')).toEqual([
      SCOPES.spreadsheetsCurrentOnly,
      SCOPES.spreadsheets,
    ]);
    expect(requiredScopes('SpreadsheetApp.openById')).toEqual([SCOPES.spreadsheets]);
    expect(requiredScopes('Properties.setProperty')).toEqual([]);
  });

  test('a member with no declaration is refused, not let through', () => {
    expect(() => requiredScopes('Gizmo.frob')).toThrow(/no scope declaration for Gizmo\.frob/);
  });
});
