/**
 * Every top-level function of dist/Code.js is classified (src/gas/exports.ts), and the
 * classification holds when the function is called through google.script.run — which reaches
 * every one of them, from any page, as the user at the keyboard:
 * - a trigger-only function called by anyone but its trigger (or an Admin) sends, writes and
 *   schedules nothing (issue 13, reproduction 6: the overdue digest sent from a pendamping's
 *   account, listing another kecamatan's cases to the Kabid);
 * - a menu item refuses, on the server, every role it is not for;
 * - an unknown or empty e-mail learns nothing from any sidebar function.
 */
import type { MailBackend } from '../../emulator/backend/mail';
import type { UiBackend, UiAnswer } from '../../emulator/backend/ui';
import { callFromClient } from '../../emulator/runtime';
import { ROLES, type Role } from '../../src/app/register/tabs';
import { EXPORTS, type ExportClass } from '../../src/gas/exports';
import { USERS_BY_ROLE as U, seedPeople } from '../support/people';
import { ADMIN, bundle, newRegister } from '../support/register';
import { caseAt } from '../support/flow';

const register = newRegister();
register.run('menuSetupRegister', ADMIN);
seedPeople(register, 3);
// Two cases of Kawedanan wait (one at S08 for the Kadis, one numbered at S10); Poncol has none.
const waiting = caseAt(register, 'S08', 0, '2026-03-16T03:00:00.000Z');
caseAt(register, 'S10', 100, '2026-03-16T03:00:00.000Z');
// The Admin installs every daily trigger: they are the Admin's.
for (const menu of [
  'menuInstallDailyReminder',
  'menuInstallEditWatch',
  'menuInstallDailyKecamatanRefresh',
]) {
  const r = register.run(menu, ADMIN);
  if (r.error) throw r.error;
}
const LATER = '2026-05-04T01:00:00.000Z'; // every case overdue
const letterNumber = String(register.values('Agenda Surat')[1][3]);

const UNKNOWN = 'orang.asing@example.com';
const USER_OF: Record<Role, string> = {
  Staf: U.Staf,
  Peksos: U.Peksos,
  Kabid: U.Kabid,
  Kadis: U.Kadis,
  Pendamping: U.PendampingKawedanan,
  Admin: ADMIN,
};

/** What a call may change on Google's side (not the UI it shows, logs, locks or the clock). */
function state(): string {
  const s = register.world.snapshot() as Record<string, unknown>;
  return JSON.stringify(['sheets', 'drive', 'mail', 'properties', 'triggers'].map((k) => s[k]));
}

function mails(): number {
  return register.world.module<MailBackend>('mail').sent.length;
}

/** Calls `fn` through google.script.run as `user` (answering prompts with `answers`). */
function call(user: string, fn: string, args: unknown[] = [], answers: UiAnswer[] = []) {
  const ui = register.world.module<UiBackend>('ui');
  ui.answer(...answers);
  const run = callFromClient(register.world, bundle(), fn, args, {
    user,
    activeSpreadsheetId: register.id,
    now: new Date(LATER),
  });
  const shown = ui.events.filter((e) => e.execId === run.execId && e.kind !== 'menu');
  return { run, shown, text: JSON.stringify([run.value ?? null, shown]) };
}

const byKind = (kind: ExportClass['kind']) =>
  Object.entries(EXPORTS as Record<string, ExportClass>)
    .filter(([, c]) => c.kind === kind)
    .map(([name]) => name);

describe('every export of src/gas/main.ts is classified', () => {
  it('each top-level function of Code.js is in EXPORTS, and EXPORTS names no other', () => {
    const functions = bundle().functions;
    expect(functions.filter((f) => !(f in EXPORTS))).toEqual([]);
    expect(Object.keys(EXPORTS).filter((f) => !functions.includes(f))).toEqual([]);
  });

  it('no entry is private (name ending in _): Google does not document triggers running one', () => {
    expect(bundle().functions.filter((f) => f.endsWith('_'))).toEqual([]);
  });
});

describe('trigger-only functions refuse every caller but their trigger (or an Admin)', () => {
  const triggers = byKind('trigger');

  it('the classification lists the seven handlers the register installs', () => {
    expect(triggers.sort()).toEqual(
      [
        'continueIssuingLetters',
        'continueKecamatanRefresh',
        'dailyApprovalCheck',
        'dailyDashboardRefresh',
        'dailyKecamatanRefresh',
        'dailyOverdueDigest',
        'watchManualEdits',
      ].sort(),
    );
  });

  it.each(triggers)(
    '%s as a pendamping, a Staf, an unknown and an empty e-mail: nothing sent, written or scheduled',
    (fn) => {
      for (const user of [U.PendampingKawedanan, U.PendampingPoncol, U.Staf, UNKNOWN, '']) {
        const before = state();
        const args = fn === 'watchManualEdits' ? [{ oldValue: waiting.caseId }] : [];
        const { run } = call(user, fn, args);
        expect([user, run.error?.message ?? null]).toEqual([user, null]);
        expect([user, run.value]).toEqual([
          user,
          { ok: false, error: { message: expect.stringMatching(/hanya dijalankan otomatis/) } },
        ]);
        expect([user, state() === before]).toEqual([user, true]);
      }
    },
  );

  it("reproduction 6: the digest is not sent from a pendamping's account", () => {
    const before = mails();
    call(U.PendampingPoncol, 'dailyOverdueDigest');
    call('', 'dailyOverdueDigest');
    expect(mails()).toBe(before);
  });

  it('the trigger itself (its owner, no active e-mail) still runs: the digest is mailed', () => {
    const before = mails();
    const run = register.run('dailyOverdueDigest', '', [], {
      now: new Date(LATER),
      effectiveUser: ADMIN,
    });
    expect(run.error).toBeNull();
    expect(mails()).toBeGreaterThan(before);
    const sent = register.world.module<MailBackend>('mail').sent.slice(before);
    expect(sent.every((m) => m.from === ADMIN)).toBe(true);
  });
});

describe('menu items check their roles on the server', () => {
  const menus = Object.entries(EXPORTS as Record<string, ExportClass>).filter(
    (e): e is [string, Extract<ExportClass, { kind: 'menu' }>] => e[1].kind === 'menu',
  );
  const PROMPTS: Record<string, UiAnswer[]> = {
    menuReserveNumber: [{ button: 'OK', text: 'Undangan rapat koordinasi TKSK' }],
    menuVoidNumber: [
      { button: 'OK', text: letterNumber },
      { button: 'OK', text: 'Salah ketik tujuan surat, dibatalkan.' },
    ],
    menuReplaceNumber: [
      { button: 'OK', text: letterNumber },
      { button: 'OK', text: 'Salah ketik nama ketua kelompok di surat.' },
    ],
  };

  it.each(menus.map(([name, c]) => [name, c] as const))(
    '%s refuses, writing nothing, every role it is not for',
    (fn, c) => {
      const allowed = c.roles === 'anyone' ? [...ROLES] : c.roles;
      const others = [
        ...ROLES.filter((r) => !allowed.includes(r)).map((r) => USER_OF[r]),
        UNKNOWN,
        '',
      ];
      for (const user of others) {
        const before = state();
        const { run, shown } = call(user, fn, [], PROMPTS[fn] ?? []);
        expect([user, run.error?.message ?? null]).toEqual([user, null]);
        expect([user, state() === before]).toEqual([user, true]);
        if (!c.page) {
          // Refused politely, in an alert.
          const alert = shown.filter((e) => e.kind === 'alert').pop();
          expect([user, String(alert?.message ?? '')]).toEqual([
            user,
            expect.stringMatching(/tidak berwenang|tidak terbaca|belum terdaftar|Maaf/),
          ]);
        }
      }
    },
  );
});

describe('an unknown or empty e-mail learns nothing from a sidebar function', () => {
  const sidebar = Object.entries(EXPORTS as Record<string, ExportClass>)
    .filter(([, c]) => c.kind === 'sidebar' && c.roles !== 'anyone')
    .map(([name]) => name);

  it.each(sidebar)('%s is refused', (fn) => {
    for (const user of [UNKNOWN, '']) {
      const before = state();
      const { run } = call(user, fn, [waiting.caseId]);
      expect([user, run.error?.message ?? null]).toEqual([user, null]);
      expect([user, (run.value as { ok?: boolean } | undefined)?.ok]).toEqual([user, false]);
      expect([user, state() === before]).toEqual([user, true]);
    }
  });
});
