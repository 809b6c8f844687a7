/**
 * The spreadsheet Ui, recorded. Looked up: Google's Ui reference — alert(prompt),
 * alert(prompt, buttons), alert(title, prompt, buttons) return the Button clicked; prompt
 * returns a PromptResponse (getResponseText, getSelectedButton); createAddonMenu; Menu.addItem /
 * addSeparator / addSubMenu / addToUi; showSidebar/showModalDialog take an HtmlOutput;
 * Spreadsheet.toast(msg, title, timeoutSeconds) (default 5 s).
 */
import type { UiBackend } from '../../emulator/backend/ui';
import { open, serviceWorld } from './servicesHarness';

describe('Ui', () => {
  test('menus with items, separators and submenus are recorded per spreadsheet', () => {
    const w = serviceWorld();
    const x = open(w, { activeSpreadsheetId: 'ss1' });
    const sub = x.ui.createMenu('Laporan').addItem('Bulanan', 'reportMonthly');
    x.ui
      .createMenu('Register')
      .addItem('Siapkan register', 'setupRegister')
      .addSeparator()
      .addSubMenu(sub)
      .addToUi();
    x.ui.createAddonMenu().addItem('Buka', 'openSidebar').addToUi();
    x.end();
    const menus = w.module<UiBackend>('ui').menus('ss1');
    expect(menus[0]).toEqual({
      caption: 'Register',
      addon: false,
      items: [
        { kind: 'item', caption: 'Siapkan register', functionName: 'setupRegister' },
        { kind: 'separator' },
        {
          kind: 'submenu',
          caption: 'Laporan',
          items: [{ kind: 'item', caption: 'Bulanan', functionName: 'reportMonthly' }],
        },
      ],
    });
    expect(menus[1].addon).toBe(true);
    expect(w.module<UiBackend>('ui').menus('other')).toEqual([]);
  });

  test('alert answers OK by default, the first button of YES_NO, or the queued answer', () => {
    const w = serviceWorld();
    const ui = w.module<UiBackend>('ui');
    const x = open(w, { activeSpreadsheetId: 'ss1' });
    expect(x.ui.alert('Tersimpan')).toBe(x.ui.Button.OK);
    expect(x.ui.alert('Hapus?', 'Yakin?', x.ui.ButtonSet.YES_NO)).toBe(x.ui.Button.YES);
    ui.answer({ button: 'NO' });
    expect(x.ui.alert('Hapus?', x.ui.ButtonSet.YES_NO)).toBe(x.ui.Button.NO);
    x.end();
    expect(ui.ofKind('alert').map((a) => [a.title, a.message, a.buttons, a.answer])).toEqual([
      ['', 'Tersimpan', 'OK', 'OK'],
      ['Hapus?', 'Yakin?', 'YES_NO', 'YES'],
      ['', 'Hapus?', 'YES_NO', 'NO'],
    ]);
  });

  test('prompt returns the queued text and button', () => {
    const w = serviceWorld();
    w.module<UiBackend>('ui').answer({ button: 'OK', text: '3201010101010001' });
    const x = open(w);
    const r = x.ui.prompt('NIK', 'Masukkan NIK', x.ui.ButtonSet.OK_CANCEL);
    expect(r.getResponseText()).toBe('3201010101010001');
    expect(r.getSelectedButton()).toBe(x.ui.Button.OK);
    x.end();
  });

  test('showSidebar records the page and its title; a non-HtmlOutput is refused', () => {
    const w = serviceWorld();
    const x = open(w, { activeSpreadsheetId: 'ss1', files: { Sidebar: '<main>form</main>' } });
    x.ui.showSidebar(x.g.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Penerima'));
    x.ui.showModalDialog(
      x.g.HtmlService.createHtmlOutput('<p>ok</p>').setWidth(400).setHeight(300),
      'Surat',
    );
    expect(() =>
      x.ui.showSidebar('<p>raw</p>' as unknown as GoogleAppsScript.HTML.HtmlOutput),
    ).toThrow('HtmlOutput');
    x.end();
    const ui = w.module<UiBackend>('ui');
    expect(ui.ofKind('sidebar')[0]).toMatchObject({
      spreadsheetId: 'ss1',
      title: 'Penerima',
      content: '<main>form</main>',
    });
    expect(ui.ofKind('modalDialog')[0]).toMatchObject({ title: 'Surat', width: 400, height: 300 });
  });

  test('the ui.toast op (sent by Spreadsheet.toast) records message, title and timeout', () => {
    const w = serviceWorld();
    const x = open(w);
    x.ctx.backend('ui.toast', 'ss1', 'Tersimpan', 'Register', 3);
    x.ctx.backend('ui.toast', 'ss1', 'Halo', null, null);
    x.end();
    expect(
      w
        .module<UiBackend>('ui')
        .ofKind('toast')
        .map((t) => [t.message, t.title, t.timeoutSeconds]),
    ).toEqual([
      ['Tersimpan', 'Register', 3],
      ['Halo', '', 5],
    ]);
  });

  test('every Ui call is priced', () => {
    const w = serviceWorld();
    const x = open(w);
    x.ui.alert('a');
    x.end();
    expect(x.ctx.ledger.summary().byMethod['Ui.alert']).toEqual({ calls: 1, cells: 0, ms: 100 });
  });
});
