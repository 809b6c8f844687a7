/**
 * The shipped bundle under the shipped manifest's scopes. `dist/appsscript.json` lists its
 * `oauthScopes` explicitly, so Apps Script grants exactly those and detects nothing
 * (https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes); each
 * member the bundle calls requires one of the scopes on its reference page ("Authorization",
 * e.g. https://developers.google.com/apps-script/reference/drive/drive-app#createFolder(String)).
 * The whole life of a case (intake to BAST, its letters, the recap, the kecamatan refresh, the
 * daily digest) runs under them; every scope of the manifest is needed by some call; and a
 * manifest without the Drive scope fails "Siapkan register" with Google's refusal.
 */
import * as fs from 'fs';
import * as path from 'path';
import { requiredScopes } from '../../emulator/core/scopes';
import type { DriveBackend, TreeNode } from '../../emulator/backend/drive';
import type { MailBackend } from '../../emulator/backend/mail';
import type { UiBackend } from '../../emulator/backend/ui';
import { bundleFromSource, runEntry, type RunResult } from '../../emulator/runtime';
import type { Saved } from '../../src/app/api/views';
import { api, ok, requestId } from '../support/api';
import { nextStep } from '../support/flow';
import { USERS_BY_ROLE as U, intakeForm, seedPeople } from '../support/people';
import { ADMIN, bundle, newRegister } from '../support/register';

const MANIFEST = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../dist/appsscript.json'), 'utf8'),
) as { oauthScopes: string[] };

const DAY1 = '2026-03-16T03:00:00.000Z';

function names(nodes: TreeNode[]): string[] {
  return nodes.flatMap((n) => [n.name, ...names(n.children ?? [])]);
}

describe('the life of a case under the shipped manifest', () => {
  const register = newRegister();
  const called = new Set<string>();
  const track = <T>(run: RunResult<T>): RunResult<T> => {
    expect(run.error).toBeNull();
    // Member calls (`Class.method`); internal entries (`execution.start`, `buffer.commit`)
    // are lower-case.
    for (const key of Object.keys(run.ledger.byMethod)) if (/^[A-Z]/.test(key)) called.add(key);
    return run;
  };
  const asAdmin = (entry: string, options: Parameters<typeof register.run>[3] = {}) =>
    track(register.run(entry, ADMIN, [], options));

  it('runs from intake to BAST, with letters, recap, kecamatan refresh and digest', () => {
    asAdmin('menuSetupRegister');
    seedPeople(register, 2);
    const intake = api<Saved>(register, U.Staf, 'apiIntake', [intakeForm(requestId(), 6, 0)], DAY1);
    track(intake.run);
    let saved = ok(intake);
    const steps: string[] = [];
    while (saved.status === 'Berjalan') {
      steps.push(saved.step);
      const call = nextStep(register, saved, DAY1);
      track(call.run);
      saved = ok(call);
    }
    expect(steps).toEqual(['S02', 'S03', 'S04', 'S05', 'S06', 'S07', 'S08', 'S09', 'S10', 'S11']);
    asAdmin('menuIssueMissingLetters', { now: new Date(DAY1) });

    // A second case left waiting for the Kadis, for the digest a month later.
    const late = ok(
      api<Saved>(register, U.Staf, 'apiIntake', [intakeForm(requestId(), 6, 100)], DAY1),
    );
    expect(late.step).toBe('S02');

    const ui = register.world.module<UiBackend>('ui');
    ui.answer({ button: 'OK', text: '2026-03' });
    track(register.run('showRecap', U.Kadis, [], { now: new Date('2026-04-02T03:00:00Z') }));

    asAdmin('menuRefreshKecamatanRegisters', { now: new Date(DAY1) });
    asAdmin('menuInstallDailyReminder');
    track(
      register.run('dailyOverdueDigest', '', [], {
        now: new Date('2026-04-20T04:00:00Z'),
        effectiveUser: ADMIN,
      }),
    );

    const drive = names(register.world.module<DriveBackend>('drive').tree());
    expect(drive).toContain('WRSE');
    expect(drive).toContain('Laporan');
    expect(drive.filter((n) => n.endsWith('.pdf')).length).toBeGreaterThanOrEqual(3);
    expect(register.world.module<MailBackend>('mail').sent.length).toBeGreaterThan(0);
  });

  it('needs every scope the manifest declares (none could be dropped)', () => {
    expect(called.size).toBeGreaterThan(50);
    for (const scope of MANIFEST.oauthScopes) {
      const rest = MANIFEST.oauthScopes.filter((s) => s !== scope);
      const needing = [...called].filter((m) => {
        const required = requiredScopes(m);
        return required.length > 0 && !required.some((s) => rest.includes(s));
      });
      expect([scope, needing.length > 0]).toEqual([scope, true]);
    }
  });
});

test('a manifest without the Drive scope: "Siapkan register" fails with Google\'s refusal', () => {
  const shipped = bundle();
  const narrowed = {
    ...MANIFEST,
    oauthScopes: MANIFEST.oauthScopes
      .filter((s) => s !== 'https://www.googleapis.com/auth/drive')
      .concat('https://www.googleapis.com/auth/drive.file'),
  };
  const withoutDrive = bundleFromSource(
    shipped.code,
    { ...shipped.files },
    JSON.stringify(narrowed),
  );
  const register = newRegister();
  const run = runEntry(register.world, withoutDrive, 'menuSetupRegister', [], {
    user: ADMIN,
    activeSpreadsheetId: register.id,
  });
  expect(run.error?.message).toBe(
    'Specified permissions are not sufficient to call DriveApp.createFolder. Required ' +
      'permissions: https://www.googleapis.com/auth/drive',
  );
});
