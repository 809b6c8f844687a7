/**
 * MailApp, Logger and console. Looked up: Google's MailApp reference (sendEmail(recipient,
 * subject, body, options) and sendEmail(message); getRemainingDailyQuota; 100 recipients/day
 * for consumer accounts on the quotas page) and Logger (log with %s placeholders, getLog).
 */
import type { LogsBackend } from '../../emulator/backend/logs';
import type { MailBackend } from '../../emulator/backend/mail';
import { run, serviceWorld } from './servicesHarness';

describe('MailApp', () => {
  test('sendEmail is recorded, never delivered, with the sender', () => {
    const w = serviceWorld();
    run(
      w,
      (g) => {
        g.MailApp.sendEmail('kepala@dinsos.id', 'Laporan', 'Isi', { cc: 'arsip@dinsos.id' });
        g.MailApp.sendEmail({ to: 'b@x.id', subject: 'S', body: 'B', name: 'Register' });
      },
      { user: 'staf@dinsos.id' },
    );
    const sent = w.module<MailBackend>('mail').sent;
    expect(sent.map((m) => [m.from, m.to, m.subject])).toEqual([
      ['staf@dinsos.id', 'kepala@dinsos.id', 'Laporan'],
      ['staf@dinsos.id', 'b@x.id', 'S'],
    ]);
    expect(sent[1].options).toEqual({ name: 'Register' });
  });

  test('the remaining daily quota counts recipients', () => {
    const w = serviceWorld();
    run(w, (g) => {
      expect(g.MailApp.getRemainingDailyQuota()).toBe(100);
      g.MailApp.sendEmail('a@x.id,b@x.id', 's', 'b');
      expect(g.MailApp.getRemainingDailyQuota()).toBe(98);
    });
  });
});

describe('Logger and console', () => {
  test('lines are recorded per execution with their level; %s is substituted', () => {
    const w = serviceWorld();
    const log = run(w, (g) => {
      g.Logger.log('baris %s dari %s', 3, 10);
      g.console.warn('hati-hati', { a: 1 });
      return g.Logger.getLog();
    });
    expect(log).toBe('baris 3 dari 10');
    expect(w.module<LogsBackend>('logs').lines.map((l) => [l.level, l.message])).toEqual([
      ['log', 'baris 3 dari 10'],
      ['warn', 'hati-hati {"a":1}'],
    ]);
  });
});
