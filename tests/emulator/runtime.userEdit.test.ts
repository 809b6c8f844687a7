/**
 * A person's edit in the Sheets UI fires the spreadsheet's installable onEdit triggers (run as
 * the trigger's creator) with Apps Script's event object; a script's own writes fire nothing.
 * Looked up: Apps Script "Event objects" (Sheets › Edit: authMode, oldValue, range, source,
 * triggerUid, user, value; value/oldValue only for a single cell, oldValue absent when empty)
 * and "Installable triggers" (run as the user who created them; script edits do not fire).
 */
import { createWorld } from '../../emulator/backend';
import { bundleFromSource, editAsUser, runEntry, runInProcess } from '../../emulator/runtime';

const SOURCE = `
function install() {
  ScriptApp.newTrigger('seen').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create();
}
function seen(e) {
  var log = SpreadsheetApp.getActive().getSheetByName('Log');
  log.appendRow([
    e.range.getSheet().getName(), e.range.getA1Notation(),
    'value' in e ? 'v:' + e.value : 'no value', 'oldValue' in e ? 'o:' + e.oldValue : 'no old',
    e.user.getEmail(), Session.getActiveUser().getEmail(), e.source.getId() === SpreadsheetApp.getActive().getId(),
    e.authMode === ScriptApp.AuthMode.FULL
  ]);
}
function scriptWrite() {
  SpreadsheetApp.getActive().getSheetByName('Data').getRange('A1').setValue('oleh skrip');
}
`;

function setUp() {
  const world = createWorld();
  const bundle = bundleFromSource(SOURCE);
  const made = runInProcess(world, { user: 'owner@example.com' }, (g) => {
    const ss = (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).create('Uji');
    ss.getSheets()[0].setName('Data');
    ss.insertSheet('Log');
    ss.addEditor('editor@example.com');
    return ss.getId();
  });
  const id = made.value as string;
  const opts = { user: 'owner@example.com', activeSpreadsheetId: id };
  const log = () =>
    runInProcess(world, opts, (g) =>
      (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
        .openById(id)
        .getSheetByName('Log')!
        .getDataRange()
        .getValues()
        .filter((r) => r[0] !== ''),
    ).value as unknown[][];
  return { world, bundle, id, opts, log };
}

describe('editAsUser: UI edits fire installable onEdit triggers', () => {
  it('a single-cell edit gives range, value, oldValue (absent when empty) and the editor', () => {
    const { world, bundle, id, opts, log } = setUp();
    expect(runEntry(world, bundle, 'install', [], opts).error).toBeNull();
    const first = editAsUser(world, bundle, {
      spreadsheetId: id,
      user: 'editor@example.com',
      sheet: 'Data',
      a1: 'B2',
      values: [['pertama']],
    });
    expect(first.triggers.map((t) => [t.handler, t.owner, t.run.error])).toEqual([
      ['seen', 'owner@example.com', null],
    ]);
    editAsUser(world, bundle, {
      spreadsheetId: id,
      user: 'editor@example.com',
      sheet: 'Data',
      a1: 'B2',
      values: [['kedua']],
    });
    // Session.getActiveUser() in the creator's trigger fired by another person: '' (Google
    // does not promise the editor; see tests/emulator/identity.test.ts).
    expect(log()).toEqual([
      ['Data', 'B2', 'v:pertama', 'no old', 'editor@example.com', '', true, true],
      ['Data', 'B2', 'v:kedua', 'o:pertama', 'editor@example.com', '', true, true],
    ]);
  });

  it('a paste over several cells has the whole range and no value/oldValue', () => {
    const { world, bundle, id, opts, log } = setUp();
    runEntry(world, bundle, 'install', [], opts);
    editAsUser(world, bundle, {
      spreadsheetId: id,
      user: 'editor@example.com',
      eventUser: '',
      sheet: 'Data',
      a1: 'A3',
      values: [
        ['a', 'b'],
        ['c', 'd'],
      ],
    });
    expect(log()).toEqual([['Data', 'A3:B4', 'no value', 'no old', '', '', true, true]]);
  });

  it("a script's own write fires no trigger; no trigger installed, an edit runs nothing", () => {
    const { world, bundle, id, opts, log } = setUp();
    expect(
      editAsUser(world, bundle, {
        spreadsheetId: id,
        user: 'editor@example.com',
        sheet: 'Data',
        a1: 'A1',
        values: [['x']],
      }).triggers,
    ).toEqual([]);
    runEntry(world, bundle, 'install', [], opts);
    expect(runEntry(world, bundle, 'scriptWrite', [], opts).error).toBeNull();
    expect(log()).toEqual([]);
  });
});
