/**
 * ScriptApp's installable triggers on Google's side: each trigger belongs to the user who
 * created it (it runs as that user) and to this script project. At most 20 per user per
 * script, with Apps Script's error. Recorded only: the emulation never fires them by itself;
 * a test or the playground reads them and runs the handler with the runtime.
 */
import type { BackendModule, CallContext } from './world';

export const TRIGGERS_PER_USER = 20;
/** Apps Script's message when a user already has 20 triggers in the project. */
export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

export interface TriggerRecord {
  id: string;
  handler: string;
  /** `CLOCK`, `ON_OPEN`, `ON_EDIT`, `ON_CHANGE`, `ON_FORM_SUBMIT`. */
  eventType: string;
  /** `CLOCK` or `SPREADSHEETS`. */
  source: string;
  /** The spreadsheet id of a spreadsheet trigger. */
  sourceId: string | null;
  /** The e-mail of the user who created it (it runs as them). */
  owner: string;
  /** For clock triggers: everyMinutes, everyHours, everyDays, atHour, after, at, timeZone… */
  schedule: Record<string, unknown>;
}

export class TriggersBackend implements BackendModule {
  readonly name: string;
  private triggers: TriggerRecord[];
  private nextId: number;

  constructor() {
    this.name = 'triggers';
    this.triggers = [];
    this.nextId = 1;
  }

  /** Every trigger of the project, of every user (tests, playground). */
  all(): TriggerRecord[] {
    return this.triggers.map((t) => ({ ...t, schedule: { ...t.schedule } }));
  }

  handle(op: string, args: unknown[], ctx: CallContext): unknown {
    switch (op) {
      case 'create': {
        const mine = this.triggers.filter((t) => t.owner === ctx.user);
        if (mine.length >= TRIGGERS_PER_USER) throw new Error(TOO_MANY_TRIGGERS);
        const spec = args[0] as Omit<TriggerRecord, 'id' | 'owner'>;
        const rec: TriggerRecord = { ...spec, id: String(this.nextId++), owner: ctx.user };
        this.triggers.push(rec);
        return rec;
      }
      case 'list': {
        const sourceId = args[0] as string | null | undefined;
        return this.triggers.filter(
          (t) => t.owner === ctx.user && (sourceId == null || t.sourceId === sourceId),
        );
      }
      case 'delete':
        this.triggers = this.triggers.filter(
          (t) => !(t.id === String(args[0]) && t.owner === ctx.user),
        );
        return;
      default:
        throw new Error(`Apps Script emulation: triggers.${op} is not an operation.`);
    }
  }

  snapshot(): unknown {
    return { triggers: this.all(), nextId: this.nextId };
  }

  restore(state: unknown): void {
    const s = state as { triggers?: TriggerRecord[]; nextId?: number };
    this.triggers = (s.triggers ?? []).map((t) => ({ ...t }));
    this.nextId = s.nextId ?? 1;
  }
}
