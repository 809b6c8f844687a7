/**
 * "Periksa pemasangan" (WRSE › Admin), the self-check an office runs after the first push to
 * Google (issue 14). Each line is ✔ or an Indonesian instruction; it reads and writes nothing.
 * What it reads is what Google answers: the scopes the Admin granted on the granular consent
 * screen (`ScriptApp.getAuthorizationInfo`, https://developers.google.com/apps-script/reference/
 * script/authorization-info), the spreadsheets' zone and locale, the web-app deployment
 * (`Service.isEnabled`, https://developers.google.com/apps-script/reference/script/service),
 * the triggers Google lists to their owner only (`getProjectTriggers`: "the current project and
 * current user", https://developers.google.com/apps-script/reference/script/script-app
 * #getProjectTriggers()), the Drive folder and the remaining mail quota.
 */
import type { ConsentBackend } from '../../emulator/backend/consent';
import type { DeploymentsBackend } from '../../emulator/backend/deployments';
import type { UiBackend } from '../../emulator/backend/ui';
import { runInProcess } from '../../emulator/runtime';
import { KECAMATAN_REGISTERS } from '../../src/app/register/tabs';
import { SheetTable } from '../../src/gas/sheetTable';
import { api, ok, requestId } from '../support/api';
import { restore, snapshot } from '../support/flow';
import { USERS_BY_ROLE as U, deployVerificationPage, seedPeople } from '../support/people';
import { ADMIN, newRegister, type TestRegister } from '../support/register';
import { firstDifference, worldState } from '../support/worldState';

const ADMIN2 = 'admin2@dinsos.example.go.id';
const DRIVE = 'https://www.googleapis.com/auth/drive';

const register = newRegister();
register.run('menuSetupRegister', ADMIN);
seedPeople(register, 1, 6, { verificationPage: false });
const fresh = snapshot(register.world);

function check(r: TestRegister, user = ADMIN): { text: string; lines: Map<string, string> } {
  const run = r.run('menuCheckInstallation', user);
  expect(run.error).toBeNull();
  const alerts = r.world.module<UiBackend>('ui').ofKind('alert');
  const last = alerts[alerts.length - 1] as { title?: string; message: string };
  const lines = new Map<string, string>();
  for (const part of last.message.split('\n\n').slice(1)) {
    const m = /^([✔✘]) ([^:]+): /.exec(part);
    if (m) lines.set(m[2], `${m[1]} ${part.slice(m[0].length)}`);
  }
  return { text: last.message, lines };
}

const line = (c: ReturnType<typeof check>, prefix: string): string => {
  const found = [...c.lines].filter(([k]) => k.startsWith(prefix));
  expect(found.length).toBeGreaterThan(0);
  return found.map(([, v]) => v).join('\n');
};

function installAll(r: TestRegister, user = ADMIN): void {
  for (const entry of [
    'menuInstallDailyReminder',
    'menuInstallDailyKecamatanRefresh',
    'menuInstallEditWatch',
  ]) {
    expect(r.run(entry, user).error).toBeNull();
  }
}

beforeEach(() => restore(register.world, fresh));

test('right after "Siapkan register": the verification page and every trigger are missing, each with the menu to run', () => {
  const c = check(register);
  expect(line(c, 'Izin')).toMatch(/^✔ Semua 7 izin/);
  expect(line(c, 'Zona waktu dan lokal register induk')).toMatch(/^✔ Asia\/Jakarta/);
  expect(line(c, 'Alamat halaman verifikasi')).toMatch(/^✘ .*verifikasi\.url.*wajib diisi/);
  const triggers = line(c, 'Pemicu');
  expect(triggers.split('\n')).toHaveLength(5);
  expect(triggers).toMatch(/✘ Belum terpasang\. Jalankan WRSE › Admin › Pasang pengingat harian/);
  expect(triggers).toMatch(/Pasang pemantau perubahan manual/);
  expect(line(c, 'Folder surat')).toMatch(/^✔ Folder "WRSE"/);
  expect(line(c, 'Kuota e-mail')).toMatch(/^✔ Sisa \d+ e-mail/);
  expect(line(c, 'Kuota dokumen')).toMatch(/^✔ Sisa 1\.500 dari 1\.500 dokumen/);
  expect(c.text).toMatch(/^6 hal perlu ditindaklanjuti\./);
});

test('once deployed and installed, every line passes', () => {
  deployVerificationPage(register);
  installAll(register);
  const c = check(register);
  expect(c.text).toMatch(/^Semua pemeriksaan lolos\./);
  expect(line(c, 'Pemicu')).toMatch(/✔ Terpasang oleh Anda\./);
});

test('the setting holds an /exec URL but the web app was archived: said', () => {
  deployVerificationPage(register);
  register.world.module<DeploymentsBackend>('deployments').undeploy();
  expect(line(check(register), 'Alamat halaman verifikasi')).toMatch(
    /^✘ .*belum diterapkan \(deploy\) sebagai aplikasi web/,
  );
});

test('an Admin who left the Drive scope unticked is told which, and the Drive line is not attempted', () => {
  register.world.module<ConsentBackend>('consent').decline(ADMIN, [DRIVE]);
  const c = check(register);
  expect(line(c, 'Izin')).toMatch(
    /^✘ Akun Anda belum memberi izin untuk: menyimpan surat dan laporan di Google Drive\..*centang semua izin/,
  );
  expect(line(c, 'Folder surat')).toMatch(/^✘ Tidak dapat diperiksa: izin untuk menyimpan surat/);
});

test('the master in another locale is named with what fixes it', () => {
  register.withSheets((ss) => ss.setSpreadsheetLocale('en_US'));
  expect(line(check(register), 'Zona waktu dan lokal register induk')).toMatch(
    /^✘ Register induk memakai lokal en_US: jalankan WRSE › Admin › Siapkan register/,
  );
});

test('the master moved to another zone by hand: the refusal says so, and "Siapkan register" mends it', () => {
  // Sheets reads a date cell in the spreadsheet's zone, so the audit's times read shifted and
  // no role can be established until the zone is back (nothing is lost: the cells are unchanged).
  register.withSheets((ss) => ss.setSpreadsheetTimeZone('America/Los_Angeles'));
  expect(check(register).text).toMatch(
    /^Zona waktu register ini telah diubah menjadi America\/Los_Angeles.*Siapkan register/,
  );
  expect(register.run('menuSetupRegister', ADMIN).error).toBeNull();
  expect(line(check(register), 'Zona waktu dan lokal register induk')).toMatch(/^✔ Asia\/Jakarta/);
});

describe('triggers other Admins installed (Google lists them to their owner only)', () => {
  function addAdmin(email: string) {
    ok(
      api(register, ADMIN, 'apiSaveUser', [
        {
          requestId: requestId(),
          version: null,
          email,
          name: 'Admin Kedua',
          nip: '198001012006042002',
          rank: 'Penata, III/c',
          position: 'Admin',
          role: 'Admin',
          kecamatan: '',
          active: true,
        },
      ]),
    );
  }

  test('installed by another active Admin: ✔ with her name, from the record kept at installation', () => {
    addAdmin(ADMIN2);
    installAll(register, ADMIN2);
    const triggers = line(check(register), 'Pemicu');
    expect(triggers).toMatch(new RegExp(`✔ Terpasang oleh ${ADMIN2.replace(/\./g, '\\.')}`));
    expect(triggers).not.toMatch(/✘/);
  });

  test('installed from two accounts: ✘, it would run twice', () => {
    addAdmin(ADMIN2);
    installAll(register, ADMIN2);
    installAll(register, ADMIN);
    expect(line(check(register), 'Pemicu Pengingat harian')).toMatch(
      /^✘ Tercatat dipasang oleh lebih dari satu akun .*berjalan dua kali/,
    );
  });

  test('installed by an Admin since deactivated: ✘, her trigger runs nothing', () => {
    addAdmin(ADMIN2);
    installAll(register, ADMIN2);
    const users = register.run<{ ok: boolean; data: { users: Array<Record<string, unknown>> } }>(
      'apiAdminOverview',
      ADMIN,
    );
    const row = users.value!.data.users.find((u) => u.email === ADMIN2)!;
    ok(api(register, ADMIN, 'apiSaveUser', [{ ...row, requestId: requestId(), active: false }]));
    expect(line(check(register), 'Pemicu Pengingat harian')).toMatch(
      /^✘ Dipasang oleh admin2@.*tidak lagi menjadi Admin aktif/,
    );
  });

  test('my own trigger deleted by hand in the editor: seen, not taken from the record', () => {
    installAll(register);
    // Deleted as the Admin would in the editor's Triggers page.
    runInProcess(register.world, { user: ADMIN }, (g) => {
      const app = g.ScriptApp as GoogleAppsScript.Script.ScriptApp;
      for (const t of app.getProjectTriggers()) {
        if (t.getHandlerFunction() === 'dailyOverdueDigest') app.deleteTrigger(t);
      }
    });
    expect(line(check(register), 'Pemicu Pengingat harian')).toMatch(/^✘ Belum terpasang/);
  });
});

test("a kecamatan register in its creator's zone and locale is named", () => {
  // A spreadsheet takes its creator's zone and locale (the emulated Admin's: not Jakarta).
  const made = runInProcess(register.world, { user: ADMIN }, (g) =>
    (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .create('Register Kec')
      .getId(),
  );
  register.withSheets((ss) =>
    SheetTable.open(ss, KECAMATAN_REGISTERS).insert(
      [
        {
          code: '35.20.05',
          name: 'Kawedanan',
          spreadsheetId: made.value,
          url: '',
          exportVersion: 1,
          exportedAt: '2026-01-05T02:00:00.000Z',
          pulledAt: '',
          cases: 0,
          members: 0,
          editors: '',
          status: 'Siap',
          summary: '',
        },
      ],
      { by: ADMIN, at: '2026-01-05T02:00:00.000Z' },
    ),
  );
  expect(line(check(register), 'Zona waktu dan lokal register kecamatan')).toMatch(
    /^✘ Perlu diperbaiki: Kawedanan \(zona waktu America\/Los_Angeles, lokal en_US\)\. Jalankan WRSE › Admin › Perbarui register kecamatan/,
  );
});

test('only an Admin may run it, and the check itself writes nothing', () => {
  deployVerificationPage(register);
  installAll(register);
  const before = worldState(register);
  check(register);
  expect(firstDifference(before, worldState(register))).toBeNull();
  for (const user of [U.Staf, U.Kadis, U.PendampingKawedanan]) {
    const run = register.run('menuCheckInstallation', user);
    expect(run.error).toBeNull();
    const alerts = register.world.module<UiBackend>('ui').ofKind('alert');
    expect((alerts[alerts.length - 1] as { message: string }).message).toMatch(/tidak berwenang/);
  }
});
