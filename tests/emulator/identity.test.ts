/**
 * Who a run is, by how it started, and what a run without the user's authorization may call.
 *
 * Pages followed:
 * - Session.getActiveUser / getEffectiveUser:
 *   https://developers.google.com/apps-script/reference/base/session — the e-mail "is not
 *   available in any context that allows a script to run without that user's authorization,
 *   like a simple onOpen(e) or onEdit(e) trigger, a custom function in Google Sheets"; under an
 *   installable trigger the effective user is "the account of the user who created the
 *   trigger". Where the page leaves it open (a clock trigger; an installable onEdit fired by
 *   someone else) the emulation answers '' (the stricter answer).
 * - AuthMode.LIMITED for a simple onOpen: https://developers.google.com/apps-script/reference/script/auth-mode
 * - Simple trigger restrictions ("cannot access services that require authorization… cannot
 *   access other files"): https://developers.google.com/apps-script/guides/triggers#restrictions
 */
import { createWorld } from '../../emulator/backend';
import type { TriggersBackend } from '../../emulator/backend/triggers';
import {
  bundleFromSource,
  editAsUser,
  fireTrigger,
  runCustomFunction,
  runEntry,
  runInProcess,
  runSimpleTrigger,
} from '../../emulator/runtime';

const OWNER = 'owner@example.com';
const EDITOR = 'editor@example.com';

const SOURCE = `
function who() {
  return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail()];
}
function log(tag) {
  var ss = SpreadsheetApp.openById(PropertiesService.getScriptProperties().getProperty('id'));
  ss.getSheetByName('Log').appendRow([tag].concat(who()));
}
function install() {
  PropertiesService.getScriptProperties().setProperty('id', SpreadsheetApp.getActive().getId());
  ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(5).create();
  ScriptApp.newTrigger('edited').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create();
}
function daily(e) { log('daily:' + (SpreadsheetApp.getActiveSpreadsheet() === null) + ':' + e.triggerUid); }
function edited(e) { log('edit'); }
function onOpen() {
  SpreadsheetApp.getUi().createMenu('WRSE').addItem('Buka', 'who').addToUi();
  return who();
}
function onOpenReachingOut(what) {
  if (what === 'open') return SpreadsheetApp.openById(PropertiesService.getScriptProperties().getProperty('id')).getName();
  if (what === 'triggers') return ScriptApp.getProjectTriggers().length;
  if (what === 'mail') return MailApp.sendEmail('a@example.com', 's', 'b');
  if (what === 'sidebar') return SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('x'));
  return SpreadsheetApp.getActive().getSheetByName('Log').getRange('A1').getValue();
}
function WHO() { return who().join('|'); }
function READS() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  return sheet.getRange('A1').getValue() + '|' + sheet.createTextFinder('x').findAll().length;
}
function WRITES(how) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  if (how === 'value') sheet.getRange('A1').setValue('ditulis');
  if (how === 'insert') sheet.insertRowAfter(1);
  if (how === 'clear') sheet.getRange('A1').clearContent();
  if (how === 'format') sheet.getRange('A1').setNumberFormat('@');
  return 'written';
}
`;

function setUp() {
  const world = createWorld();
  const bundle = bundleFromSource(SOURCE);
  const made = runInProcess(world, { user: OWNER }, (g) => {
    const ss = (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).create('Uji');
    ss.getSheets()[0].setName('Data');
    ss.insertSheet('Log');
    ss.addEditor(EDITOR);
    return ss.getId();
  });
  const id = made.value as string;
  const installed = runEntry(world, bundle, 'install', [], {
    user: OWNER,
    activeSpreadsheetId: id,
  });
  expect(installed.error).toBeNull();
  const log = () =>
    runInProcess(world, { user: OWNER }, (g) =>
      (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
        .openById(id)
        .getSheetByName('Log')!
        .getDataRange()
        .getValues(),
    ).value as unknown[][];
  const triggers = world.module<TriggersBackend>('triggers').all();
  return { world, bundle, id, log, triggers };
}

describe('identity of runs nobody clicked', () => {
  test('a clock trigger runs as its creator: effective user = creator, active user = "", no active spreadsheet', () => {
    const { world, bundle, log, triggers } = setUp();
    const daily = triggers.find((t) => t.handler === 'daily')!;
    const run = fireTrigger(world, bundle, daily.id, { now: new Date('2026-03-20T22:00:00Z') });
    expect(run.error).toBeNull();
    expect(log()).toEqual([[`daily:true:${daily.id}`, '', OWNER]]);
  });

  test("an installable onEdit: the creator's edit shows the creator; another person's shows ''", () => {
    const { world, bundle, id, log } = setUp();
    for (const user of [OWNER, EDITOR]) {
      const r = editAsUser(world, bundle, {
        spreadsheetId: id,
        user,
        sheet: 'Data',
        a1: 'A1',
        values: [['x']],
      });
      expect(r.triggers.map((t) => t.run.error)).toEqual([null]);
    }
    expect(log()).toEqual([
      ['edit', OWNER, OWNER],
      ['edit', '', OWNER],
    ]);
  });

  test('a simple onOpen runs in LIMITED mode with no identity; it may add a menu and read its file', () => {
    const { world, bundle, id } = setUp();
    const r = runSimpleTrigger(world, bundle, 'onOpen', id);
    expect(r.error).toBeNull();
    expect(r.value).toEqual(['', '']);
    const read = runEntry(world, bundle, 'onOpenReachingOut', ['read'], {
      user: '',
      effectiveUser: '',
      activeSpreadsheetId: id,
      authMode: 'LIMITED',
    });
    expect(read.error).toBeNull();
  });

  test.each([
    ['open', 'SpreadsheetApp.openById'],
    ['triggers', 'ScriptApp.getProjectTriggers'],
    ['mail', 'MailApp.sendEmail'],
    ['sidebar', 'Ui.showSidebar'],
  ])('LIMITED mode refuses %s (%s)', (what, member) => {
    const { world, bundle, id } = setUp();
    const r = runEntry(world, bundle, 'onOpenReachingOut', [what], {
      user: '',
      effectiveUser: '',
      activeSpreadsheetId: id,
      authMode: 'LIMITED',
    });
    expect(r.error?.message).toBe(`You do not have permission to call ${member}`);
    // The same call from a menu (FULL) is allowed.
    if (what !== 'sidebar' && what !== 'mail') {
      const full = runEntry(world, bundle, 'onOpenReachingOut', [what], {
        user: OWNER,
        activeSpreadsheetId: id,
      });
      expect(full.error).toBeNull();
    }
  });

  // Custom functions › Using Apps Script services: "Spreadsheet: Read only (can use most get*()
  // methods, but not set*())"
  // (https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services).
  test('a custom function reads its spreadsheet', () => {
    const { world, bundle, id } = setUp();
    const r = runCustomFunction<string>(world, bundle, 'READS', [], id);
    expect(r.error).toBeNull();
  });

  test.each([
    ['value', 'setValue'],
    ['insert', 'insertRowAfter'],
    ['clear', 'clearContent'],
    ['format', 'setNumberFormat'],
  ])(
    'a custom function may not write (%s): "You do not have permission to call %s"',
    (how, member) => {
      const { world, bundle, id } = setUp();
      const r = runCustomFunction<string>(world, bundle, 'WRITES', [how], id);
      expect(r.error?.message).toBe(`You do not have permission to call ${member}`);
      // From a menu (FULL) the same write is allowed.
      expect(
        runEntry(world, bundle, 'WRITES', [how], { user: OWNER, activeSpreadsheetId: id }).error,
      ).toBeNull();
    },
  );

  test('a custom function sees no user at all', () => {
    const { world, bundle, id } = setUp();
    const r = runCustomFunction<string>(world, bundle, 'WHO', [], id);
    expect(r.error).toBeNull();
    expect(r.value).toBe('|');
  });
});
