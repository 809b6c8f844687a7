/**
 * The spreadsheet UI on Google's side, recorded: menus added, sidebars and dialogs shown,
 * alerts and prompts asked (answered from a queue a test or the playground fills, `OK` by
 * default), toasts. A test or the playground reads what the user would have seen.
 */
import type { BackendModule, CallContext } from './world';

export interface MenuItemRecord {
  /** `item`, `separator` or `submenu`. */
  kind: string;
  caption?: string;
  functionName?: string;
  items?: MenuItemRecord[];
}

export interface MenuRecord {
  caption: string;
  addon: boolean;
  items: MenuItemRecord[];
}

export interface UiEvent {
  /** `menu`, `sidebar`, `modalDialog`, `modelessDialog`, `alert`, `prompt`, `toast`. */
  kind: string;
  spreadsheetId: string | null;
  user: string;
  execId: string;
  title?: string;
  message?: string;
  content?: string;
  width?: number;
  height?: number;
  buttons?: string;
  answer?: string;
  text?: string;
  timeoutSeconds?: number;
  menu?: MenuRecord;
}

/** An answer the user gives to the next alert or prompt. */
export interface UiAnswer {
  button: string;
  text?: string;
}

/** The button a user "clicks" when no answer is queued: the first of the set. */
function defaultButton(buttonSet: string | undefined): string {
  return buttonSet === 'YES_NO' || buttonSet === 'YES_NO_CANCEL' ? 'YES' : 'OK';
}

export class UiBackend implements BackendModule {
  readonly name: string;
  /** Everything shown, in order. */
  events: UiEvent[];
  private answers: UiAnswer[];

  constructor() {
    this.name = 'ui';
    this.events = [];
    this.answers = [];
  }

  /** Queues the answers of the next alerts/prompts (`OK` when the queue is empty). */
  answer(...answers: UiAnswer[]): void {
    this.answers.push(...answers);
  }

  /** The menus of a spreadsheet, latest per caption (what the menu bar shows). */
  menus(spreadsheetId: string | null): MenuRecord[] {
    const byCaption = new Map<string, MenuRecord>();
    for (const e of this.events) {
      if (e.kind === 'menu' && e.spreadsheetId === spreadsheetId && e.menu) {
        byCaption.set(e.menu.caption, e.menu);
      }
    }
    return [...byCaption.values()];
  }

  /** The events of a kind (`toast`, `alert`, `sidebar`…). */
  ofKind(kind: string): UiEvent[] {
    return this.events.filter((e) => e.kind === kind);
  }

  handle(op: string, args: unknown[], ctx: CallContext): unknown {
    const base = { spreadsheetId: (args[0] as string | null) ?? null, user: ctx.user };
    const ev = { ...base, execId: ctx.execId };
    switch (op) {
      case 'menu':
        this.events.push({ ...ev, kind: 'menu', menu: args[1] as MenuRecord });
        return;
      case 'show':
        this.events.push({ ...ev, ...(args[1] as Partial<UiEvent>), kind: String(args[2]) });
        return;
      case 'alert':
      case 'prompt': {
        const asked = args[1] as Partial<UiEvent>;
        const a = this.answers.shift() ?? { button: defaultButton(asked.buttons), text: '' };
        this.events.push({ ...ev, ...asked, kind: op, answer: a.button, text: a.text ?? '' });
        return { button: a.button, text: a.text ?? '' };
      }
      case 'toast':
        this.events.push({
          ...ev,
          kind: 'toast',
          message: String(args[1]),
          title: args[2] == null ? '' : String(args[2]),
          timeoutSeconds: args[3] == null ? 5 : Number(args[3]),
        });
        return;
      default:
        throw new Error(`Apps Script emulation: ui.${op} is not an operation.`);
    }
  }

  snapshot(): unknown {
    return { events: this.events, answers: this.answers };
  }

  restore(state: unknown): void {
    const s = state as { events?: UiEvent[]; answers?: UiAnswer[] };
    this.events = s.events ?? [];
    this.answers = s.answers ?? [];
  }
}
