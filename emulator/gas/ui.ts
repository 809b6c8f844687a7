/**
 * The spreadsheet `Ui` (from `SpreadsheetApp.getUi()`): menus, sidebars, dialogs, alerts and
 * prompts, every one recorded by the `ui` backend so a test or the playground sees what the
 * user would. Alerts and prompts are answered from the backend's queue (the first button of
 * the set when nothing is queued).
 */
import type { MenuItemRecord } from '../backend/ui';
import { guard } from '../core/guard';
import type { FacadeContext } from './context';
import { enumName, makeEnum } from './services/enums';
import { htmlStateOf } from './services/html';

const S = 'Ui';
const ButtonSet = makeEnum('ButtonSet', ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
const Button = makeEnum('Button', ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);

function isEnumValue(v: unknown): boolean {
  return !!v && typeof v === 'object' && 'ordinal' in v;
}

function createMenu(ctx: FacadeContext, ssId: string | null, caption: string, addon: boolean) {
  const items: MenuItemRecord[] = [];
  const menu = {
    addItem(itemCaption: string, functionName: string) {
      ctx.charge(S, 'Menu.addItem', 'local');
      items.push({
        kind: 'item',
        caption: String(itemCaption),
        functionName: String(functionName),
      });
      return self;
    },
    addSeparator() {
      ctx.charge(S, 'Menu.addSeparator', 'local');
      items.push({ kind: 'separator' });
      return self;
    },
    addSubMenu(sub: unknown) {
      ctx.charge(S, 'Menu.addSubMenu', 'local');
      const rec = subMenus.get(sub as object);
      if (!rec) throw new Error('Invalid argument: menu');
      items.push({ kind: 'submenu', caption: rec.caption, items: rec.items });
      return self;
    },
    addToUi() {
      ctx.charge(S, 'Menu.addToUi', 'ui');
      ctx.backend('ui.menu', ssId, { caption, addon, items });
    },
  };
  const self = guard(menu, 'Menu');
  subMenus.set(self, { caption, items });
  return self;
}

const subMenus = new WeakMap<object, { caption: string; items: MenuItemRecord[] }>();

/** Reads `(title?, prompt, buttons?)` the way Apps Script's overloads do. */
function question(args: unknown[]): { title: string; message: string; buttons: string } {
  const last = args[args.length - 1];
  const hasButtons = args.length > 1 && isEnumValue(last);
  const texts = (hasButtons ? args.slice(0, -1) : args).map((a) => String(a));
  return {
    title: texts.length > 1 ? texts[0] : '',
    message: texts.length > 1 ? texts[1] : (texts[0] ?? ''),
    buttons: hasButtons ? enumName(last) : 'OK',
  };
}

function page(ui: unknown): { content: string; title: string; width?: number; height?: number } {
  const st = htmlStateOf(ui);
  if (!st) throw new Error('Invalid argument: userInterface (an HtmlOutput is expected)');
  return {
    content: st.content,
    title: st.title,
    width: st.width ?? undefined,
    height: st.height ?? undefined,
  };
}

export function createUi(
  ctx: FacadeContext,
  spreadsheetId: string | null,
): GoogleAppsScript.Base.Ui {
  const ui = {
    ButtonSet,
    Button,
    createMenu(caption: string) {
      ctx.charge(S, 'Ui.createMenu', 'local');
      return createMenu(ctx, spreadsheetId, String(caption), false);
    },
    createAddonMenu() {
      ctx.charge(S, 'Ui.createAddonMenu', 'local');
      return createMenu(ctx, spreadsheetId, 'Add-ons', true);
    },
    alert(...args: unknown[]) {
      ctx.charge(S, 'Ui.alert', 'ui');
      const a = ctx.backend<{ button: string }>('ui.alert', spreadsheetId, question(args));
      return Button[a.button as 'OK'];
    },
    prompt(...args: unknown[]) {
      ctx.charge(S, 'Ui.prompt', 'ui');
      const a = ctx.backend<{ button: string; text: string }>(
        'ui.prompt',
        spreadsheetId,
        question(args),
      );
      return guard(
        {
          getResponseText: () => (ctx.charge(S, 'PromptResponse.getResponseText', 'local'), a.text),
          getSelectedButton: () => (
            ctx.charge(S, 'PromptResponse.getSelectedButton', 'local'),
            Button[a.button as 'OK']
          ),
        },
        'PromptResponse',
      );
    },
    showSidebar(userInterface: unknown) {
      ctx.charge(S, 'Ui.showSidebar', 'ui');
      ctx.backend('ui.show', spreadsheetId, page(userInterface), 'sidebar');
    },
    showModalDialog(userInterface: unknown, title: string) {
      ctx.charge(S, 'Ui.showModalDialog', 'ui');
      ctx.backend(
        'ui.show',
        spreadsheetId,
        { ...page(userInterface), title: String(title) },
        'modalDialog',
      );
    },
    showModelessDialog(userInterface: unknown, title: string) {
      ctx.charge(S, 'Ui.showModelessDialog', 'ui');
      ctx.backend(
        'ui.show',
        spreadsheetId,
        { ...page(userInterface), title: String(title) },
        'modelessDialog',
      );
    },
  };
  return guard(ui, S) as unknown as GoogleAppsScript.Base.Ui;
}
