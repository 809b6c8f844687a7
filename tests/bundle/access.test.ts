/**
 * Roles are enforced on the server: every server function called as every role (and as an
 * unknown and an empty e-mail). What a role may not do is refused with a message, and nothing is
 * written; a pendamping never receives another kecamatan's case.
 */
import type { Saved } from '../../src/app/api/views';
import { api, requestId } from '../support/api';
import { USERS_BY_ROLE as U, intakeForm, member, seedPeople } from '../support/people';
import { ADMIN, newRegister } from '../support/register';
import type { UiBackend } from '../../emulator/backend/ui';
import { NOW, caseAt, dataState, restore, snapshot, stepForm } from '../support/flow';

const ACTORS: Record<string, string> = {
  Admin: ADMIN,
  Staf: U.Staf,
  Peksos: U.Peksos,
  Kabid: U.Kabid,
  Kadis: U.Kadis,
  'Pendamping (kecamatan kasus)': U.PendampingKawedanan,
  'Pendamping (kecamatan lain)': U.PendampingPoncol,
  'E-mail tidak dikenal': 'orang.lain@contoh.invalid',
  'E-mail kosong': '',
};

const register = newRegister();
register.run('menuSetupRegister', ADMIN);
seedPeople(register);
const atS08 = caseAt(register, 'S08', 0);
const atS02 = caseAt(register, 'S02', 100);
const prepared = snapshot(register.world);
const preparedData = dataState(register);

/** Back to the prepared register (only when a test changed it: restoring is slow). */
function reset(): void {
  if (dataState(register) !== preparedData) restore(register.world, prepared);
}

type Call = { name: string; args: () => unknown[]; allowed: string[]; writes: boolean };

const decision = (c: Saved) => ({
  requestId: requestId(),
  caseId: c.caseId,
  version: c.version,
  reason: 'Alasan yang cukup panjang untuk dicatat.',
});
const complete = (c: Saved, step: string) => ({
  requestId: requestId(),
  caseId: c.caseId,
  version: c.version,
  step,
  form: stepForm(register, c.caseId, step, NOW),
});
const READERS = [
  'Admin',
  'Staf',
  'Peksos',
  'Kabid',
  'Kadis',
  'Pendamping (kecamatan kasus)',
  'Pendamping (kecamatan lain)',
];

const CALLS: Call[] = [
  { name: 'apiWhoAmI', args: () => [], allowed: Object.keys(ACTORS), writes: false },
  { name: 'apiMyWork', args: () => [], allowed: READERS, writes: false },
  { name: 'apiIntakeOptions', args: () => [], allowed: READERS, writes: false },
  { name: 'apiSearchCases', args: () => ['Melati'], allowed: READERS, writes: false },
  {
    name: 'apiGetCase',
    args: () => [atS08.caseId],
    allowed: READERS.filter((r) => r !== 'Pendamping (kecamatan lain)'),
    writes: false,
  },
  {
    name: 'apiCheckMember',
    args: () => [{ member: member(0, 500), receivedOn: '2026-03-12', kecamatan: '35.20.05' }],
    // A pendamping checks members of her own kecamatan only (issue 13).
    allowed: READERS.filter((r) => r !== 'Pendamping (kecamatan lain)'),
    writes: false,
  },
  {
    name: 'apiIntake',
    args: () => [intakeForm(requestId(), 6, 300)],
    allowed: ['Staf'],
    writes: true,
  },
  {
    name: 'apiCompleteStep',
    args: () => [complete(atS08, 'S08')],
    allowed: ['Kadis'],
    writes: true,
  },
  {
    name: 'apiCompleteStep',
    args: () => [complete(atS02, 'S02')],
    allowed: ['Pendamping (kecamatan kasus)'],
    writes: true,
  },
  {
    name: 'apiReturnCase',
    args: () => [decision(atS08)],
    allowed: ['Kabid', 'Kadis'],
    writes: true,
  },
  {
    name: 'apiRejectCase',
    args: () => [decision(atS08)],
    allowed: ['Kabid', 'Kadis'],
    writes: true,
  },
  { name: 'apiResubmitCase', args: () => [decision(atS08)], allowed: [], writes: true },
  { name: 'apiReturnCase', args: () => [decision(atS02)], allowed: [], writes: true },
];

describe.each(CALLS.map((c, i) => [`${c.name} #${i}`, c] as const))('%s', (_label, call) => {
  it.each(Object.entries(ACTORS))('as %s', (actor, email) => {
    reset();
    const before = dataState(register);
    const { result } = api(register, email, call.name, call.args(), NOW);
    if (call.allowed.includes(actor)) {
      expect(result).toMatchObject({ ok: true });
      if (call.writes) expect(dataState(register)).not.toEqual(before);
    } else {
      expect(result.ok).toBe(false);
      // A refusal a person can act on, never the general system error.
      if (!result.ok) {
        expect(result.error.message.length).toBeGreaterThan(20);
        expect(result.error.retry).toBeUndefined();
        expect(result.error.message).not.toMatch(/gangguan pada layanan Google/);
      }
    }
    if (!call.writes || !call.allowed.includes(actor)) {
      expect(dataState(register)).toEqual(before);
    }
  });
});

describe('menu actions for the Admin only', () => {
  it.each(Object.entries(ACTORS).filter(([a]) => a !== 'Admin'))(
    'Pasang pengingat harian as %s writes nothing',
    (_a, email) => {
      reset();
      const run = register.run('menuInstallDailyReminder', email, [], { now: new Date(NOW) });
      expect(run.error).toBeNull();
      const alerts = register.world.module<UiBackend>('ui').ofKind('alert');
      expect(alerts[alerts.length - 1].message).toMatch(/tidak berwenang|tidak terbaca/);
      expect(register.run('apiWhoAmI', ADMIN).error).toBeNull();
    },
  );

  it('installs one daily trigger, and re-installing replaces it', () => {
    reset();
    register.run('menuInstallDailyReminder', ADMIN);
    register.run('menuInstallDailyReminder', ADMIN);
    const triggers =
      register.withSheets((_ss, _app) => 0) === 0
        ? (register.world.snapshot() as { triggers: { triggers: Array<{ handler: string }> } })
            .triggers
        : null;
    expect(JSON.stringify(triggers)).toContain('dailyOverdueDigest');
    expect(JSON.stringify(triggers).match(/dailyOverdueDigest/g)).toHaveLength(1);
  });
});

describe('a pendamping and another kecamatan', () => {
  it('never receives a case of another kecamatan in "Pekerjaan saya", search or the case view', () => {
    reset();
    for (const [name, args] of [
      ['apiMyWork', []],
      ['apiSearchCases', ['Melati']],
      ['apiSearchCases', [atS02.caseId]],
      ['apiGetCase', [atS02.caseId]],
    ] as const) {
      const { result } = api(register, U.PendampingPoncol, name, [...args], NOW);
      expect(JSON.stringify(result)).not.toContain('Melati');
      expect(JSON.stringify(result)).not.toContain('352005');
    }
  });
});

describe('the users tab', () => {
  it('finds a user whose e-mail staff typed with capitals', () => {
    reset();
    register.withSheets((ss) => {
      const sheet = ss.getSheetByName('Pengguna')!;
      const emails = sheet.getRange(2, 1, sheet.getLastRow() - 1, 1).getValues();
      const row = emails.findIndex((r) => r[0] === U.Kadis) + 2;
      sheet.getRange(row, 1).setValue('Kadis@Dinsos.Example.go.id');
    });
    const { result } = api<{ role: string }>(register, U.Kadis, 'apiWhoAmI', [], NOW);
    expect(result).toMatchObject({ ok: true, data: { role: 'Kadis' } });
  });
});
