/**
 * `MailApp`: `sendEmail` (positional or message-object form) recorded by the `mail` backend,
 * never delivered; `getRemainingDailyQuota`.
 */
import { guard } from '../../core/guard';
import type { FacadeContext } from '../context';

const S = 'MailApp';

interface Message {
  to: string;
  subject: string;
  body: string;
  options: Record<string, unknown>;
}

function messageOf(args: unknown[]): Message {
  if (args.length === 1 && args[0] && typeof args[0] === 'object') {
    const { to, subject, body, ...options } = args[0] as Record<string, unknown>;
    return {
      to: String(to ?? ''),
      subject: String(subject ?? ''),
      body: String(body ?? ''),
      options,
    };
  }
  const [to, subject, body, options] = args;
  return {
    to: String(to),
    subject: String(subject),
    body: String(body ?? ''),
    options: { ...((options as Record<string, unknown>) ?? {}) },
  };
}

export function createMailApp(ctx: FacadeContext): GoogleAppsScript.Mail.MailApp {
  const mail = {
    sendEmail(...args: unknown[]): void {
      ctx.charge(S, 'MailApp.sendEmail', 'mail');
      const m = messageOf(args);
      if (!m.to) throw new Error('Invalid argument: recipient');
      ctx.backend('mail.send', m);
    },
    getRemainingDailyQuota(): number {
      ctx.charge(S, 'MailApp.getRemainingDailyQuota', 'runtime');
      return ctx.backend<number>('mail.remaining');
    },
  };
  return guard(mail, S) as unknown as GoogleAppsScript.Mail.MailApp;
}
