/**
 * MailApp on Google's side: every message sent is recorded (never delivered), and each user
 * has a daily recipient quota (100 for a consumer account) counted per backend-clock day.
 */
import type { ClockBackend } from './clock';
import type { BackendModule, CallContext } from './world';

export const MAIL_DAILY_QUOTA = 100;

export interface MailRecord {
  from: string;
  to: string;
  subject: string;
  body: string;
  options: Record<string, unknown>;
  at: number;
}

export class MailBackend implements BackendModule {
  readonly name: string;
  sent: MailRecord[];

  constructor(private readonly clock: ClockBackend) {
    this.name = 'mail';
    this.sent = [];
  }

  /** Recipients `user` has sent to on the current backend-clock day (UTC). */
  private usedToday(user: string): number {
    const day = Math.floor(this.clock.now() / 86400000);
    return this.sent
      .filter((m) => m.from === user && Math.floor(m.at / 86400000) === day)
      .reduce((n, m) => n + recipients(m).length, 0);
  }

  handle(op: string, args: unknown[], ctx: CallContext): unknown {
    if (op === 'remaining') return Math.max(0, MAIL_DAILY_QUOTA - this.usedToday(ctx.user));
    if (op !== 'send') throw new Error(`Apps Script emulation: mail.${op} is not an operation.`);
    const m = args[0] as Omit<MailRecord, 'from' | 'at'>;
    const rec: MailRecord = { ...m, from: ctx.user, at: this.clock.now() };
    if (this.usedToday(ctx.user) + recipients(rec).length > MAIL_DAILY_QUOTA) {
      throw new Error('Service invoked too many times for one day: email.');
    }
    this.sent.push(rec);
    return;
  }

  snapshot(): unknown {
    return { sent: this.sent };
  }

  restore(state: unknown): void {
    this.sent = (state as { sent?: MailRecord[] }).sent ?? [];
  }
}

function recipients(m: Pick<MailRecord, 'to' | 'options'>): string[] {
  const all = [m.to, m.options.cc, m.options.bcc].filter((x) => typeof x === 'string' && x);
  return (all as string[]).flatMap((s) => s.split(',').map((x) => x.trim())).filter(Boolean);
}
