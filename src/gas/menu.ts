/**
 * The register's menu and sidebars: what `onOpen` adds to the spreadsheet, and the menu actions.
 */
import { ALL_TABS, CASES, MEMBERS } from '../app/register/tabs';
import { RegisterError } from '../app/register/errors';
import {
  REGISTER_ID_KEY,
  activeRegister,
  ensureOfficeZone,
  scriptLock,
  systemClock,
} from './adapters';
import { currentActor, requireRole, type Actor } from './access';
import { describeSetup, setupRegister, type SetupReport } from './setup';
import { USERS } from '../app/register/tabs';
import { DOCUMENTS_PER_DAY, documentsToday, ensureDriveRoot, lastBatch } from './letters';
import { instantLabel } from './usecases/common';
import { Register } from './register';
import { recordSetupAuthority } from './usecases/admin';
import { SETTING_SEEDS, SOP_STEP_SEEDS } from '../app/register/seeds';

export const MENU_TITLE = 'WRSE';

/** Adds the WRSE menu (runs as a simple trigger: touches no authorised service). */
export function buildMenu(ui: GoogleAppsScript.Base.Ui): void {
  ui.createMenu(MENU_TITLE)
    .addItem('Pekerjaan saya', 'showMyWork')
    .addItem('Proposal baru', 'showIntake')
    .addItem('Persetujuan Kepala Dinas', 'showApprovals')
    .addItem('Konflik register kecamatan', 'showConflicts')
    .addSubMenu(
      ui
        .createMenu('Agenda surat')
        .addItem('Cadangkan nomor surat', 'menuReserveNumber')
        .addItem('Batalkan nomor surat', 'menuVoidNumber')
        .addItem('Ganti surat', 'menuReplaceNumber'),
    )
    .addSeparator()
    .addItem('Beranda', 'showHome')
    .addSubMenu(
      ui
        .createMenu('Admin')
        .addItem('Siapkan register', 'menuSetupRegister')
        .addItem('Periksa pemasangan', 'menuCheckInstallation')
        .addItem('Pengguna & aturan', 'showAdmin')
        .addItem('Pasang pengingat harian', 'menuInstallDailyReminder')
        .addItem('Periksa integritas riwayat', 'menuCheckAuditIntegrity')
        .addItem('Buat berkas surat yang belum ada', 'menuIssueMissingLetters')
        .addItem('Perbarui register kecamatan', 'menuRefreshKecamatanRegisters')
        .addItem('Pasang pembaruan harian register kecamatan', 'menuInstallDailyKecamatanRefresh')
        .addItem('Tinjau akses', 'menuAccessReview')
        .addItem('Pasang pemantau perubahan manual', 'menuInstallEditWatch')
        .addItem('Laporan retensi arsip', 'menuRetentionReport'),
    )
    .addSubMenu(
      ui
        .createMenu('Laporan')
        .addItem('Perbarui dasbor', 'showDashboard')
        .addItem('Rekap untuk Kepala Dinas', 'showRecap'),
    )
    .addItem('Pengaduan', 'showComplaints')
    .addToUi();
}

/** Opens a sidebar page (a file of dist/) with its title. */
export function openPage(page: string, title: string): void {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile(page).setTitle(title));
}

/** Opens the home sidebar. */
export function openHome(): void {
  openPage('home', 'Register WRSE');
}

/**
 * "Siapkan register", for the Admin — or for anyone with a known e-mail on a register that has
 * no users yet (the first setup). Under the script lock.
 */
export function runSetup(): SetupReport {
  const spreadsheet = activeRegister();
  const report = scriptLock.withLock(() => {
    const actor: Actor = currentActor(spreadsheet);
    const firstSetup = !spreadsheet.getSheetByName(USERS.name);
    if (firstSetup) {
      if (!actor.email) {
        throw new RegisterError(
          'Register belum disiapkan dan alamat e-mail Anda tidak terbaca. ' +
            'Masuklah dengan akun kantor, lalu jalankan Siapkan register lagi.',
        );
      }
    } else if (!isOwner(spreadsheet, actor.email)) {
      // The owner may always run it (Google lets the owner edit everything): the way an older
      // register whose users were typed by hand gets its first audited Admin.
      requireRole(actor, ['Admin'], 'menyiapkan register');
    }
    // Before any date is written: the register's zone and locale are the office's.
    const zone = ensureOfficeZone(spreadsheet);
    const done = setupRegister(spreadsheet, { by: actor.email, at: systemClock.now() });
    PropertiesService.getScriptProperties().setProperty(REGISTER_ID_KEY, spreadsheet.getId());
    return { ...done, firstSetup, zone };
  });
  const register = new Register(spreadsheet, systemClock);
  // Who is Admin, the SOP steps and the rule settings get their audited origin; then the
  // Admin-only tabs are protected (issue 13).
  const notes = recordSetupAuthority(register, {
    mayVouchForSelf: report.firstSetup || isOwner(spreadsheet, register.actor.email),
    ownerMigrates: isOwner(spreadsheet, register.actor.email),
    stepSeeds: SOP_STEP_SEEDS,
    settingSeeds: SETTING_SEEDS,
  });
  // Drive is slow: the letters' root folder is made and shared outside the lock.
  ensureDriveRoot(register);
  const { zone, ...rest } = report;
  const zoneNote = zone.length
    ? [
        `Pengaturan spreadsheet disesuaikan: ${zone.join('; ')}. ` +
          'Tanggal kini dicatat dalam WIB dan diketik sebagai hari/bulan/tahun (mis. 20/03/2026).',
      ]
    : [];
  return { ...rest, notes: [...zoneNote, ...notes] };
}

/** Whether `email` owns the spreadsheet (null owner: a shared drive, nobody). */
function isOwner(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, email: string): boolean {
  const owner = spreadsheet.getOwner();
  return !!email && !!owner && owner.getEmail().trim().toLowerCase() === email;
}

/** The menu action: runs the setup and tells the result in an alert. */
export function menuSetup(): void {
  const ui = SpreadsheetApp.getUi();
  try {
    const report = runSetup();
    ui.alert('Siapkan register', describeSetup(report), ui.ButtonSet.OK);
  } catch (e) {
    if (e instanceof RegisterError) {
      ui.alert('Siapkan register', e.message, ui.ButtonSet.OK);
      return;
    }
    throw e;
  }
}

export interface HomeStatus {
  register: string;
  user: { email: string; name: string; role: string | null };
  tabs: Array<{ name: string; present: boolean; rows: number }>;
  /**
   * Letters' documents: made today against the daily limit, and the last batch's progress
   * (office-wide: null for a pendamping).
   */
  letters: {
    documentsToday: number;
    dailyLimit: number;
    batch: { made: number; left: number; failed: number; atLabel: string } | null;
  } | null;
}

/**
 * What the home sidebar shows: who you are and the state of each tab. Within the caller's
 * scope: a guest (unknown, inactive or empty e-mail) learns nothing — not even the register's
 * name; a pendamping sees the cases and members of her kecamatan only.
 */
export function homeStatus(): HomeStatus {
  const register = Register.open();
  const { spreadsheet, actor } = register;
  if (actor.role === null) {
    throw new RegisterError(
      actor.email
        ? `Maaf, ${actor.email} belum terdaftar sebagai pengguna aktif register ini. ` +
            'Hubungi admin register. (Register baru: admin menjalankan WRSE › Admin › Siapkan register.)'
        : 'Alamat e-mail Anda tidak terbaca oleh Google. Masuklah dengan akun kantor, lalu muat ulang.',
    );
  }
  if (actor.role === 'Pendamping') return pendampingStatus(register);
  return {
    register: spreadsheet.getName(),
    user: { email: actor.email, name: actor.name, role: actor.role },
    tabs: ALL_TABS.map((tab) => {
      const sheet = spreadsheet.getSheetByName(tab.name);
      return {
        name: tab.name,
        present: !!sheet,
        rows: sheet ? Math.max(sheet.getLastRow() - 1, 0) : 0,
      };
    }),
    letters: lettersStatus(register),
  };
}

/** A pendamping's home: her kecamatan's cases and their members, counted on Google's side. */
function pendampingStatus(register: Register): HomeStatus {
  const { spreadsheet, actor } = register;
  const own = actor.kecamatan;
  const forms = own ? [...new Set([own, own.replace(/\./g, '')])] : [];
  const caseIds = forms.length
    ? register.cases.findBy('kecamatan', forms).map((r) => String(r.row.id))
    : [];
  const members = caseIds.length ? register.members.countBy('caseId', caseIds) : 0;
  return {
    register: spreadsheet.getName(),
    user: { email: actor.email, name: actor.name, role: actor.role },
    tabs: [
      { name: `${CASES.name} (kecamatan Anda)`, present: true, rows: caseIds.length },
      { name: `${MEMBERS.name} (kecamatan Anda)`, present: true, rows: members },
    ],
    letters: null,
  };
}

function lettersStatus(register: Register): NonNullable<HomeStatus['letters']> {
  const batch = lastBatch();
  return {
    documentsToday: documentsToday(register),
    dailyLimit: DOCUMENTS_PER_DAY,
    batch: batch && {
      made: batch.made,
      left: batch.left,
      failed: batch.failed,
      atLabel: instantLabel(batch.at),
    },
  };
}
