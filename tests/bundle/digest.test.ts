/**
 * SLA clocks: a case past its due date is flagged overdue in "Pekerjaan saya" (sorted first) and
 * the daily trigger mails the role it waits for; nobody else gets mail.
 */
import type { MailBackend } from '../../emulator/backend/mail';
import type { WorkItem } from '../../src/app/api/views';
import { api, ok } from '../support/api';
import { USERS_BY_ROLE as U, seedPeople } from '../support/people';
import { ADMIN, newRegister } from '../support/register';
import { caseAt } from '../support/flow';

describe('overdue cases', () => {
  const register = newRegister();
  register.run('menuSetupRegister', ADMIN);
  seedPeople(register, 2);
  // One case reaches S08 on Monday 16 March 2026; the Kadis has 1 working day.
  const late = caseAt(register, 'S08', 0, '2026-03-16T03:00:00.000Z');
  // Another reaches S08 a month later.
  const fresh = caseAt(register, 'S08', 100, '2026-04-20T03:00:00.000Z');
  const now = '2026-04-20T04:00:00.000Z';

  it('shows the overdue case first, marked overdue, and the fresh one as near', () => {
    const work = ok(api<{ items: WorkItem[] }>(register, U.Kadis, 'apiMyWork', [], now));
    expect(work.items.map((i) => [i.caseId, i.sla])).toEqual([
      [late.caseId, 'overdue'],
      [fresh.caseId, 'near'],
    ]);
    expect(work.items[0].dueLabel).toBe('17 Maret 2026 pukul 16.00 WIB');
  });

  it('mails the Kadis (and only the Kadis) the overdue case', () => {
    // The Admin installed the daily trigger; it runs as her, with no active user e-mail.
    expect(register.run('menuInstallDailyReminder', ADMIN).error).toBeNull();
    const run = register.run('dailyOverdueDigest', '', [], {
      now: new Date(now),
      effectiveUser: ADMIN,
    });
    expect(run.error).toBeNull();
    const mail = register.world.module<MailBackend>('mail').sent;
    expect(mail).toHaveLength(1);
    expect(JSON.stringify(mail[0])).toContain(U.Kadis);
    expect(JSON.stringify(mail[0])).toContain(late.caseId);
    expect(JSON.stringify(mail[0])).not.toContain(fresh.caseId);
  });
});
