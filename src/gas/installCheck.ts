/**
 * "Periksa pemasangan" (WRSE › Admin): the self-check an office runs after the first push to
 * Google and whenever something seems off. Each line is ✔ or a clear Indonesian instruction:
 *
 * - **Izin (scopes)**: every scope of the manifest granted by the account running the check
 *   (`ScriptApp.getAuthorizationInfo`; since 2025 a user may tick only some scopes on Google's
 *   consent screen, and then the calls that need the others fail).
 * - **Zona waktu dan lokal**: the script's zone (manifest), the master's and every kecamatan
 *   register's zone and locale (Asia/Jakarta, Indonesia): a spreadsheet in another zone writes
 *   dates a day off, and another locale reads 05/06/2026 as 6 May.
 * - **Alamat verifikasi**: the audited setting `verifikasi.url` is a web app's `/exec` URL, and
 *   the project has a web-app deployment (no letter is numbered otherwise).
 * - **Pemicu**: each lasting trigger installed once, by an active Admin. Google lists triggers
 *   only to their owner, so another Admin's are named from the record kept at installation.
 * - **Folder surat**: the WRSE Drive folder opens, and the office's users can add letters to it.
 * - **Kuota hari ini**: e-mails left (`MailApp.getRemainingDailyQuota`) and documents left of
 *   the daily limit the letters count against.
 *
 * Read-only: it changes nothing (the fixes are the menu items it names).
 */
import manifest from '../appsscript.json';
import { KECAMATAN_REGISTERS, USERS } from '../app/register/tabs';
import { kecamatanName } from '../domain';
import { requireRole } from './access';
import { OFFICE_TIME_ZONE } from './adapters';
import { EXPORTS } from './exports';
import type { KecamatanRegisterRow, UserRow } from './kecamatan/masterData';
import { DOCUMENTS_PER_DAY, documentsToday, lettersRoot } from './letters';
import type { Register } from './register';
import { triggerInstalls } from './triggers';
import { VERIFICATION_URL_KEY, verificationUrlProblem } from './verification';

/** One line of the check. */
export interface CheckLine {
  /** What was checked ("Izin (scopes)"). */
  item: string;
  ok: boolean;
  /** What was found, or what to do (Indonesian). */
  detail: string;
}

export interface InstallationCheck {
  lines: CheckLine[];
  /** Lines not ✔. */
  problems: number;
}

/** What each scope lets the register do, in the words of the office. */
const SCOPE_USE: Readonly<Record<string, string>> = {
  'https://www.googleapis.com/auth/documents': 'membuat surat di Google Dokumen',
  'https://www.googleapis.com/auth/drive': 'menyimpan surat dan laporan di Google Drive',
  'https://www.googleapis.com/auth/script.container.ui': 'menampilkan menu dan sidebar',
  'https://www.googleapis.com/auth/script.scriptapp': 'memasang pemicu otomatis',
  'https://www.googleapis.com/auth/script.send_mail': 'mengirim e-mail pengingat',
  'https://www.googleapis.com/auth/spreadsheets': 'membaca dan menulis register',
  'https://www.googleapis.com/auth/userinfo.email': 'mengenali alamat e-mail pengguna',
};

/** The menu item that installs each lasting trigger (by the function `EXPORTS` names). */
const INSTALL_MENU: Readonly<Record<string, string>> = {
  menuInstallDailyReminder: 'WRSE › Admin › Pasang pengingat harian',
  menuInstallDailyKecamatanRefresh: 'WRSE › Admin › Pasang pembaruan harian register kecamatan',
  menuInstallEditWatch: 'WRSE › Admin › Pasang pemantau perubahan manual',
};

/** What each lasting trigger does, for its line. */
const TRIGGER_LABEL: Readonly<Record<string, string>> = {
  dailyOverdueDigest: 'Pengingat harian (07.00 WIB)',
  dailyDashboardRefresh: 'Pembaruan dasbor harian (06.00 WIB)',
  dailyKecamatanRefresh: 'Pembaruan harian register kecamatan (05.00 WIB)',
  watchManualEdits: 'Pemantau perubahan manual (saat lembar diubah)',
  dailyApprovalCheck: 'Pemeriksaan harian kasus yang disetujui (06.00 WIB)',
};

/** The lasting (not one-off) triggers the register expects, with the menu that installs each. */
export function lastingTriggers(): Array<{ handler: string; installedBy: string }> {
  const out: Array<{ handler: string; installedBy: string }> = [];
  for (const [handler, c] of Object.entries(EXPORTS)) {
    if (c.kind === 'trigger' && c.trigger !== 'one-off') {
      out.push({ handler, installedBy: c.installedBy });
    }
  }
  return out;
}

/** Runs every check as the current user (Admin only). Reads only. */
export function checkInstallation(register: Register): InstallationCheck {
  requireRole(register.actor, ['Admin'], 'memeriksa pemasangan');
  const users = register
    .table<UserRow>(USERS)
    .all()
    .map((r) => r.row);
  const scopes = scopesCheck();
  // A check whose calls need a scope the user withheld would only fail: said instead.
  const needing = (scope: string, items: string[], run: () => CheckLine[]): CheckLine[] =>
    scopes.missing.includes(scope)
      ? items.map((item) => ({
          item,
          ok: false,
          detail: `Tidak dapat diperiksa: izin untuk ${SCOPE_USE[scope] ?? scope} belum diberikan.`,
        }))
      : run();
  const lines = [
    scopes.line,
    ...zoneLines(register),
    verificationLine(register),
    ...needing(SCOPE.scriptApp, ['Pemicu'], () => triggerLines(register.actor.email, users)),
    ...needing(SCOPE.drive, ['Folder surat di Google Drive'], () => [folderLine(users)]),
    ...needing(SCOPE.mail, ['Kuota e-mail hari ini'], () => [mailQuotaLine()]),
    documentQuotaLine(register),
  ];
  return { lines, problems: lines.filter((l) => !l.ok).length };
}

const AUTH = 'https://www.googleapis.com/auth/';
const SCOPE = {
  drive: `${AUTH}drive`,
  scriptApp: `${AUTH}script.scriptapp`,
  mail: `${AUTH}script.send_mail`,
};

/** `ScriptApp` with the scope list of granular consent (newer than the published typings). */
interface ScriptAppWithScopes {
  getAuthorizationInfo(
    authMode: GoogleAppsScript.Script.AuthMode,
    oAuthScopes: string[],
  ): GoogleAppsScript.Script.AuthorizationInfo & { getAuthorizedScopes(): string[] | null };
}

function scopesCheck(): { line: CheckLine; missing: string[] } {
  const asked: string[] = [...manifest.oauthScopes];
  const info = (ScriptApp as unknown as ScriptAppWithScopes).getAuthorizationInfo(
    ScriptApp.AuthMode.FULL,
    asked,
  );
  const granted = info.getAuthorizedScopes() ?? [];
  const missing = asked.filter((s) => !granted.includes(s));
  const item = 'Izin (scopes)';
  if (missing.length === 0) {
    return {
      missing,
      line: { item, ok: true, detail: `Semua ${asked.length} izin telah diberikan.` },
    };
  }
  const url = info.getAuthorizationUrl();
  return {
    missing,
    line: {
      item,
      ok: false,
      detail:
        `Akun Anda belum memberi izin untuk: ${missing.map((s) => SCOPE_USE[s] ?? s).join('; ')}. ` +
        'Tanpa izin ini langkah tersebut akan gagal. Mohon jalankan menu ini sekali lagi dan ' +
        'centang semua izin pada layar persetujuan Google' +
        (url ? `, atau buka ${url}` : '') +
        '. Setiap admin yang memasang pemicu perlu memberi semua izin dari akunnya sendiri.',
    },
  };
}

const INDONESIAN_LOCALE = /^(in|id)_ID$/;

function zoneProblem(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string | null {
  const zone = spreadsheet.getSpreadsheetTimeZone();
  const locale = spreadsheet.getSpreadsheetLocale();
  const wrong: string[] = [];
  if (zone !== OFFICE_TIME_ZONE) wrong.push(`zona waktu ${zone}`);
  if (!INDONESIAN_LOCALE.test(locale)) wrong.push(`lokal ${locale}`);
  return wrong.length ? wrong.join(', ') : null;
}

function zoneLines(register: Register): CheckLine[] {
  const lines: CheckLine[] = [];
  const scriptZone = Session.getScriptTimeZone();
  const master = zoneProblem(register.spreadsheet);
  const wrongScript = scriptZone !== OFFICE_TIME_ZONE;
  lines.push({
    item: 'Zona waktu dan lokal register induk',
    ok: !master && !wrongScript,
    detail:
      !master && !wrongScript
        ? 'Asia/Jakarta (WIB), lokal Indonesia.'
        : [
            master
              ? `Register induk memakai ${master}: jalankan WRSE › Admin › Siapkan register, ` +
                'yang mengaturnya ke Asia/Jakarta dan Indonesia.'
              : '',
            wrongScript
              ? `Skrip memakai zona waktu ${scriptZone}: unggah ulang skrip dengan npm run deploy ` +
                '(appsscript.json menetapkan Asia/Jakarta).'
              : '',
          ]
            .filter(Boolean)
            .join(' '),
  });
  const registry = register
    .table<KecamatanRegisterRow>(KECAMATAN_REGISTERS)
    .all()
    .map((r) => r.row)
    .filter((k) => String(k.spreadsheetId ?? '') !== '');
  if (registry.length === 0) return lines;
  const wrong: string[] = [];
  for (const k of registry) {
    const name = kecamatanName(String(k.code)) || String(k.code);
    try {
      const problem = zoneProblem(SpreadsheetApp.openById(String(k.spreadsheetId)));
      if (problem) wrong.push(`${name} (${problem})`);
    } catch {
      wrong.push(`${name} (tidak dapat dibuka dari akun Anda)`);
    }
  }
  lines.push({
    item: 'Zona waktu dan lokal register kecamatan',
    ok: wrong.length === 0,
    detail:
      wrong.length === 0
        ? `${registry.length} register kecamatan memakai Asia/Jakarta dan lokal Indonesia.`
        : `Perlu diperbaiki: ${wrong.join('; ')}. Jalankan WRSE › Admin › Perbarui register ` +
          'kecamatan (pembaruan mengatur zona waktu dan lokal setiap register).',
  });
  return lines;
}

function verificationLine(register: Register): CheckLine {
  const item = 'Alamat halaman verifikasi surat';
  const value = register.setting(VERIFICATION_URL_KEY).trim();
  const problem = verificationUrlProblem(value);
  if (problem) {
    return {
      item,
      ok: false,
      detail:
        `${problem} Simpan di WRSE › Admin › Pengguna & aturan › Pengaturan. ` +
        'Sebelum itu surat tidak dapat diberi nomor.',
    };
  }
  if (!ScriptApp.getService().isEnabled()) {
    return {
      item,
      ok: false,
      detail:
        `${VERIFICATION_URL_KEY} berisi ${value}, tetapi skrip ini belum diterapkan (deploy) ` +
        'sebagai aplikasi web, sehingga alamat itu tidak dapat dibuka. Terapkan dari editor Apps ' +
        'Script: Terapkan › Penerapan baru › Aplikasi web (lihat docs/deploy.md).',
    };
  }
  return { item, ok: true, detail: value };
}

function activeAdmin(users: readonly UserRow[], email: string): boolean {
  return users.some(
    (u) =>
      String(u.email).trim().toLowerCase() === email &&
      u.active === true &&
      String(u.role) === 'Admin',
  );
}

function triggerLines(me: string, users: readonly UserRow[]): CheckLine[] {
  const mine = new Set(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction()));
  const installs = triggerInstalls();
  return lastingTriggers().map(({ handler, installedBy }) => {
    const item = `Pemicu ${TRIGGER_LABEL[handler] ?? handler}`;
    const menu = INSTALL_MENU[installedBy] ?? installedBy;
    // My own triggers are seen, not taken from the record (I may have deleted one by hand).
    const others = (installs[handler] ?? []).filter((o) => o.email !== me);
    const owners = [...(mine.has(handler) ? [me] : []), ...others.map((o) => o.email)];
    if (owners.length === 0) {
      return { item, ok: false, detail: `Belum terpasang. Jalankan ${menu}.` };
    }
    if (owners.length > 1) {
      return {
        item,
        ok: false,
        detail:
          `Tercatat dipasang oleh lebih dari satu akun (${owners.join(', ')}), sehingga dapat ` +
          'berjalan dua kali. Biarkan satu admin saja: yang lain menghapus pemicunya di editor ' +
          'Apps Script › Pemicu (Triggers).',
      };
    }
    const owner = owners[0];
    if (!activeAdmin(users, owner)) {
      return {
        item,
        ok: false,
        detail:
          `Dipasang oleh ${owner}, yang tidak lagi menjadi Admin aktif di tab Pengguna: pemicu ` +
          `itu tidak menjalankan apa pun. Jalankan ${menu} dari akun Admin yang aktif.`,
      };
    }
    return {
      item,
      ok: true,
      detail:
        owner === me
          ? 'Terpasang oleh Anda.'
          : `Terpasang oleh ${owner} (menurut catatan pemasangan; Google hanya menampilkan ` +
            'pemicu kepada pemiliknya).',
    };
  });
}

function folderLine(users: readonly UserRow[]): CheckLine {
  const item = 'Folder surat di Google Drive';
  let folder: GoogleAppsScript.Drive.Folder;
  try {
    folder = lettersRoot();
  } catch (e) {
    return { item, ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
  const owner = folder.getOwner();
  const can = new Set(
    [owner, ...folder.getEditors()].map((u) => String(u ? u.getEmail() : '').toLowerCase()),
  );
  const missing = users
    .filter((u) => u.active === true && String(u.role) !== 'Pendamping')
    .map((u) => String(u.email).trim().toLowerCase())
    .filter((e) => e !== '' && !can.has(e));
  if (missing.length > 0) {
    return {
      item,
      ok: false,
      detail:
        `Folder "${folder.getName()}" belum dapat diisi oleh: ${missing.join(', ')}. Jalankan ` +
        'WRSE › Admin › Siapkan register (yang membagikan folder kepada pengguna aktif).',
    };
  }
  return {
    item,
    ok: true,
    detail: `Folder "${folder.getName()}" dapat dibuka; pemilik ${owner ? owner.getEmail() : '-'}.`,
  };
}

/** Below this many e-mails left, the day's reminders may not all go out. */
const MAIL_LOW = 20;
/** Below this many documents left, a day's letters may not all be made. */
const DOCUMENTS_LOW = 50;

const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

function mailQuotaLine(): CheckLine {
  const mail = MailApp.getRemainingDailyQuota();
  return {
    item: 'Kuota e-mail hari ini',
    ok: mail >= MAIL_LOW,
    detail:
      mail >= MAIL_LOW
        ? `Sisa ${thousands(mail)} e-mail.`
        : `Sisa ${thousands(mail)} e-mail: pengingat hari ini mungkin tidak terkirim semua. ` +
          'Kuota dipulihkan Google 24 jam setelah pengiriman.',
  };
}

function documentQuotaLine(register: Register): CheckLine {
  const docsLeft = Math.max(0, DOCUMENTS_PER_DAY - documentsToday(register));
  return {
    item: 'Kuota dokumen hari ini',
    ok: docsLeft >= DOCUMENTS_LOW,
    detail:
      docsLeft >= DOCUMENTS_LOW
        ? `Sisa ${thousands(docsLeft)} dari ${thousands(DOCUMENTS_PER_DAY)} dokumen.`
        : `Sisa ${thousands(docsLeft)} dari ${thousands(DOCUMENTS_PER_DAY)} dokumen: surat ` +
          'berikutnya dibuat besok melalui WRSE › Admin › Buat berkas surat yang belum ada.',
  };
}

/** The check as the alert's text: one line per item, ✔ or ✘. */
export function checkText(check: InstallationCheck): string {
  const head =
    check.problems === 0
      ? 'Semua pemeriksaan lolos.'
      : `${check.problems} hal perlu ditindaklanjuti.`;
  return [head, ...check.lines.map((l) => `${l.ok ? '✔' : '✘'} ${l.item}: ${l.detail}`)].join(
    '\n\n',
  );
}
