/**
 * The entry file: the functions Apps Script calls (triggers, menu items, the sidebars' server
 * functions, custom functions). It only wires and exposes; the build turns every export into a
 * top-level function of dist/Code.js, so exporting here IS publishing to every client.
 */
import type {
  ActorView,
  CaseDetail,
  IntakeOptions,
  MemberCheck,
  Saved,
  WorkItem,
} from '../app/api/views';
import { serve, type ApiResult } from './api';
import { buildMenu, homeStatus, menuSetup, openHome, openPage, type HomeStatus } from './menu';
import { Register } from './register';
import { annulDecision, decideCase, signDecisionLetter } from './usecases/decisions';
import { intake } from './usecases/intake';
import { completeStep } from './usecases/step';
import { checkMember, getCase, intakeOptions, myWork, searchCases, whoAmI } from './usecases/views';
import { installDailyReminder, sendOverdueDigest } from './digest';
import { menuCheckIntegrity } from './integrity';
import { verificationPage } from './verification';
import {
  DOCUMENTS_PER_DAY,
  continueIssuing,
  documentsToday,
  issueMissingLetters,
  scheduleContinuation,
} from './letters';
import { replaceNumber, reserveNumber, voidNumber } from './usecases/agenda';
import { requireRole } from './access';
import { installDailyRefresh, menuRefreshKecamatan, triggeredRefresh } from './kecamatan/menu';
import { listFindings, resolveFinding, type FindingsPage } from './kecamatan/findings';
import { reviewAccess } from './kecamatan/accessReview';
import { checkInstallation, checkText } from './installCheck';
import { installDashboardTrigger, menuRefreshDashboard, refreshDashboard } from './dashboard';
import type { ComplaintItem, ComplaintOptions } from '../app/api/complaints';
import { menuMakeRecap } from './recap';
import { makeAuditFile, type AuditFileMade } from './auditFile';
import {
  complaintOptions,
  listComplaints,
  logComplaint,
  myOverdueComplaints,
  respondComplaint,
} from './usecases/complaints';
import type { RevealedNik } from '../app/api/reveal';
import { revealNik } from './usecases/revealNik';
import { RETENTION_TAB, runRetentionReport } from './retention';
import { checkApprovedCases, installEditWatch, onManualEdit } from './approvalWatch';
import { runAsTrigger } from './exports';
import type { AdminOverview } from '../app/api/admin';
import { adminOverview, confirmUser, saveSetting, saveStep, saveUser } from './usecases/admin';

/** Simple trigger: adds the WRSE menu. */
export function onOpen(): void {
  buildMenu(SpreadsheetApp.getUi());
}

/** Runs when the add-on is installed: same as opening. */
export function onInstall(): void {
  onOpen();
}

/**
 * The public letter verification page (the script deployed as a web app, anyone may open it):
 * `…/exec?kode=ABCDE-FGHJK`.
 */
export function doGet(e?: {
  parameter?: Record<string, string>;
}): GoogleAppsScript.HTML.HtmlOutput {
  return HtmlService.createHtmlOutput(verificationPage(e?.parameter?.kode))
    .setTitle('Verifikasi Surat — Dinas Sosial Kabupaten Magetan')
    .addMetaTag('viewport', 'width=device-width, initial-scale=1');
}

/** Menu: WRSE › Beranda. */
export function showHome(): void {
  openHome();
}

/** Menu: WRSE › Siapkan register. */
export function menuSetupRegister(): void {
  menuSetup();
}

/** Menu: WRSE › Pekerjaan saya. */
export function showMyWork(): void {
  openPage('kerja', 'Pekerjaan saya');
}

/** Menu: WRSE › Persetujuan Kepala Dinas (the same page: the Kadis sees what waits for approval). */
export function showApprovals(): void {
  openPage('kerja', 'Persetujuan Kepala Dinas');
}

/** Menu: WRSE › Proposal baru. */
export function showIntake(): void {
  openPage('intake', 'Proposal baru');
}

/** Menu (Admin): WRSE › Pasang pengingat harian. */
export function menuInstallDailyReminder(): void {
  const result = serve(() => {
    installDailyReminder();
    installDashboardTrigger(Register.open());
    return true;
  });
  if (!result.ok) refused('Pasang pengingat harian', result.error.message);
}

/** Tells a refusal of a menu item in an alert (the item may also come from google.script.run). */
function refused(title: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

/** Menu: WRSE › Admin › Buat berkas surat yang belum ada. */
export function menuIssueMissingLetters(): void {
  const register = Register.open();
  const ui = SpreadsheetApp.getUi();
  const result = serve(() => {
    requireRole(register.actor, ['Admin', 'Staf'], 'membuat berkas surat');
    const done = issueMissingLetters(register);
    if (done.left > 0) scheduleContinuation();
    return { ...done, today: documentsToday(register) };
  });
  const message = !result.ok
    ? result.error.message
    : `Berkas dibuat untuk ${result.data.made} surat.` +
      (result.data.left > 0
        ? ` Masih ${result.data.left} surat; pembuatan dilanjutkan otomatis dalam satu menit.`
        : '') +
      (result.data.failed.length ? `\nGagal: ${result.data.failed.join('; ')}` : '') +
      `\nDokumen dibuat hari ini: ${result.data.today} dari batas ${String(DOCUMENTS_PER_DAY).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} per hari.`;
  ui.alert('Buat berkas surat', message, ui.ButtonSet.OK);
}

/** Trigger (one-off, scheduled by a batch that ran out of time): continues making letters. */
export function continueIssuingLetters(): ApiResult<true> {
  return runAsTrigger('continueIssuingLetters', (register) => continueIssuing(register));
}

/** Asks for a text with a prompt; null when the user cancels. */
function ask(title: string, prompt: string): string | null {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(title, prompt, ui.ButtonSet.OK_CANCEL);
  return answer.getSelectedButton() === ui.Button.OK ? answer.getResponseText() : null;
}

/** Menu: WRSE › Agenda › Cadangkan nomor surat (for a letter typed outside the register). */
export function menuReserveNumber(): void {
  const ui = SpreadsheetApp.getUi();
  const subject = ask('Cadangkan nomor surat', 'Perihal surat yang dibuat di luar register:');
  if (subject === null) return;
  const result = serve(() =>
    reserveNumber(Register.open(), {
      requestId: Utilities.getUuid(),
      type: 'Surat Lain',
      subject,
    }),
  );
  ui.alert(
    'Cadangkan nomor surat',
    result.ok
      ? `Nomor ${result.data.number} dicadangkan dan tercatat di Agenda Surat.`
      : result.error.message,
    ui.ButtonSet.OK,
  );
}

/** Menu: WRSE › Agenda › Batalkan nomor surat (with the reason). */
export function menuVoidNumber(): void {
  const ui = SpreadsheetApp.getUi();
  const number = ask('Batalkan nomor surat', 'Nomor surat yang dibatalkan:');
  if (number === null) return;
  const reason = ask(
    'Batalkan nomor surat',
    `Alasan pembatalan nomor ${number} (paling sedikit 10 karakter):`,
  );
  if (reason === null) return;
  const result = serve(() =>
    voidNumber(Register.open(), { requestId: Utilities.getUuid(), number, reason }),
  );
  ui.alert(
    'Batalkan nomor surat',
    result.ok
      ? `Nomor ${result.data.number} dibatalkan; alasannya tercatat di Agenda Surat dan Riwayat.`
      : result.error.message,
    ui.ButtonSet.OK,
  );
}

/** Menu: WRSE › Agenda › Ganti surat (a corrected letter takes a new number). */
export function menuReplaceNumber(): void {
  const ui = SpreadsheetApp.getUi();
  const number = ask('Ganti surat', 'Nomor surat yang diganti:');
  if (number === null) return;
  const reason = ask(
    'Ganti surat',
    `Alasan penggantian surat nomor ${number} (paling sedikit 10 karakter):`,
  );
  if (reason === null) return;
  const result = serve(() =>
    replaceNumber(Register.open(), { requestId: Utilities.getUuid(), number, reason }),
  );
  ui.alert(
    'Ganti surat',
    result.ok
      ? `Surat nomor ${number} diganti dengan nomor ${result.data.letterNumber}.` +
          (result.data.notice ? `\n${result.data.notice}` : ' Berkas surat pengganti sudah dibuat.')
      : result.error.message,
    ui.ButtonSet.OK,
  );
}

/** Menu: WRSE › Admin › Periksa integritas riwayat. */
export function menuCheckAuditIntegrity(): void {
  menuCheckIntegrity();
}

/** Time-driven trigger (daily): mails each role what is overdue. */
export function dailyOverdueDigest(): ApiResult<true> {
  return runAsTrigger('dailyOverdueDigest', (register) => sendOverdueDigest(register));
}

/** Sidebar: who I am. */
export function apiWhoAmI(): ApiResult<ActorView> {
  return serve(() => whoAmI(Register.open()));
}

/** Sidebar: what waits for my role, overdue first. */
export function apiMyWork(): ApiResult<{ items: WorkItem[] }> {
  return serve(() => myWork(Register.open()));
}

/** Sidebar: cases by ID, NIK, group name or desa. */
export function apiSearchCases(query: unknown): ApiResult<{ items: WorkItem[] }> {
  return serve(() => searchCases(Register.open(), query));
}

/** Sidebar: one case with members, eligibility report, history and my actions. */
export function apiGetCase(caseId: unknown): ApiResult<CaseDetail> {
  return serve(() => getCase(Register.open(), caseId));
}

/** Sidebar (intake): kecamatan and desa lists. */
export function apiIntakeOptions(): ApiResult<IntakeOptions> {
  return serve(() => intakeOptions(Register.open()));
}

/** Sidebar (intake): the live check of one member. */
export function apiCheckMember(input: unknown): ApiResult<MemberCheck> {
  return serve(() => checkMember(Register.open(), input));
}

/** Sidebar (intake): registers a new proposal (SOP step 1). */
export function apiIntake(form: unknown): ApiResult<Saved> {
  return serve(() => intake(Register.open(), form));
}

/** Sidebar: completes the current step of a case with its form (SOP steps 2–11). */
export function apiCompleteStep(submission: unknown): ApiResult<Saved> {
  return serve(() => completeStep(Register.open(), submission));
}

/** Sidebar: returns a proposal for completion, with the reason. */
export function apiReturnCase(decision: unknown): ApiResult<Saved> {
  return serve(() => decideCase(Register.open(), 'return', decision));
}

/** Sidebar: rejects a proposal, with the reason. */
export function apiRejectCase(decision: unknown): ApiResult<Saved> {
  return serve(() => decideCase(Register.open(), 'reject', decision));
}

/** Sidebar: resubmits a completed proposal. */
export function apiResubmitCase(decision: unknown): ApiResult<Saved> {
  return serve(() => decideCase(Register.open(), 'resubmit', decision));
}

/** Sidebar (Kadis): signs a return/rejection letter left as a draft; it takes its number. */
export function apiSignDecisionLetter(input: unknown): ApiResult<Saved> {
  return serve(() => signDecisionLetter(Register.open(), input));
}

/** Sidebar (Kadis): annuls a return/rejection whose letter was not signed, with the reason. */
export function apiAnnulDecision(decision: unknown): ApiResult<Saved> {
  return serve(() => annulDecision(Register.open(), decision));
}

/** Sidebar (home): who I am and the state of the register's tabs. */
export function getHomeStatus(): ApiResult<HomeStatus> {
  return serve(homeStatus);
}

/** Menu: WRSE › Admin › Perbarui register kecamatan (pull-back, then export and sharing). */
export function menuRefreshKecamatanRegisters(): void {
  menuRefreshKecamatan();
}

/** Menu (Admin): WRSE › Admin › Pasang pembaruan harian register kecamatan. */
export function menuInstallDailyKecamatanRefresh(): void {
  const result = serve(() => (installDailyRefresh(), true));
  if (!result.ok) refused('Pembaruan harian register kecamatan', result.error.message);
}

/** Time-driven trigger (daily): refreshes the kecamatan registers. */
export function dailyKecamatanRefresh(): ApiResult<true> {
  return runAsTrigger('dailyKecamatanRefresh', triggeredRefresh);
}

/** Trigger (one-off): continues a refresh of the kecamatan registers that ran out of time. */
export function continueKecamatanRefresh(): ApiResult<true> {
  return runAsTrigger('continueKecamatanRefresh', triggeredRefresh);
}

/** Menu: WRSE › Konflik register kecamatan. */
export function showConflicts(): void {
  openPage('konflik', 'Konflik register kecamatan');
}

/** Sidebar (konflik): the open conflicts and the last pull-back of each kecamatan. */
export function apiListConflicts(): ApiResult<FindingsPage> {
  return serve(() => listFindings(Register.open()));
}

/** Sidebar (konflik): keeps the master's value or takes the pendamping's. */
export function apiResolveConflict(input: unknown): ApiResult<Saved> {
  return serve(() => resolveFinding(Register.open(), input));
}

/** Menu: WRSE › Admin › Tinjau akses (master and kecamatan registers → tab Tinjauan Akses). */
export function menuAccessReview(): void {
  const ui = SpreadsheetApp.getUi();
  const register = Register.open();
  const result = serve(() => reviewAccess(register));
  ui.alert(
    'Tinjau akses',
    result.ok
      ? `Tinjauan akses ditulis di tab Tinjauan Akses: ${result.data.rows} akses, ` +
          `${result.data.warnings} perlu diperiksa.` +
          (result.data.failed.length
            ? `\nTidak dapat dibuka: ${result.data.failed.join('; ')}`
            : '')
      : result.error.message,
    ui.ButtonSet.OK,
  );
}

/** Sidebar (case view): the full NIK and KK of one member, for allowed roles, audited. */
export function apiRevealNik(request: unknown): ApiResult<RevealedNik> {
  return serve(() => revealNik(Register.open(), request));
}

/** Menu (Admin): WRSE › Admin › Periksa pemasangan (scopes, zone, URL, triggers, folder, quota). */
export function menuCheckInstallation(): void {
  const ui = SpreadsheetApp.getUi();
  const result = serve(() => checkInstallation(Register.open()));
  ui.alert(
    'Periksa pemasangan',
    result.ok ? checkText(result.data) : result.error.message,
    ui.ButtonSet.OK,
  );
}

/** Menu (Admin): WRSE › Admin › Pasang pemantau perubahan manual. */
export function menuInstallEditWatch(): void {
  const ui = SpreadsheetApp.getUi();
  const result = serve(() => {
    const register = Register.open();
    requireRole(register.actor, ['Admin'], 'memasang pemantau perubahan manual');
    installEditWatch(register);
    return true;
  });
  ui.alert(
    'Pemantau perubahan manual',
    result.ok
      ? 'Terpasang: perubahan langsung pada kasus yang sudah disetujui Kepala Dinas dideteksi saat diketik dan diperiksa ulang setiap hari pukul 06.00 WIB.'
      : result.error.message,
    ui.ButtonSet.OK,
  );
}

/** Installable onEdit trigger: an approved case edited by hand goes back for approval. */
export function watchManualEdits(e: Parameters<typeof onManualEdit>[1]): ApiResult<true> {
  return runAsTrigger('watchManualEdits', (register) => onManualEdit(register, e));
}

/** Time-driven trigger (daily): the backstop of the edit watch over every approved case. */
export function dailyApprovalCheck(): ApiResult<true> {
  return runAsTrigger('dailyApprovalCheck', (register) => {
    checkApprovedCases(register, 'pemeriksaan harian');
  });
}

/** Menu: WRSE › Admin › Laporan retensi arsip (rebuilds the tab "Laporan Retensi"). */
export function menuRetentionReport(): void {
  const ui = SpreadsheetApp.getUi();
  const result = serve(() => runRetentionReport(Register.open()));
  ui.alert(
    'Laporan retensi arsip',
    result.ok
      ? `Tab "${RETENTION_TAB}" diperbarui: ${result.data.pastActive} arsip melewati masa aktif, ` +
          `${result.data.pastRetention} arsip melewati masa retensi.` +
          (result.data.unscheduled.length
            ? `\nKode arsip tanpa jadwal retensi (tambahkan pengaturan retensi.<kode>): ${result.data.unscheduled.join(', ')}.`
            : '')
      : result.error.message,
    ui.ButtonSet.OK,
  );
}

/** Menu: WRSE › Laporan › Perbarui dasbor. */
export function showDashboard(): void {
  menuRefreshDashboard();
}

/** Menu: WRSE › Laporan › Rekap untuk Kepala Dinas (monthly or yearly PDF). */
export function showRecap(): void {
  menuMakeRecap();
}

/** Time-driven trigger (daily, 06:00 WIB): rebuilds the Dasbor tab. */
export function dailyDashboardRefresh(): ApiResult<true> {
  return runAsTrigger('dailyDashboardRefresh', (register) => {
    refreshDashboard(register);
  });
}

/** Menu: WRSE › Pengaduan. */
export function showComplaints(): void {
  openPage('pengaduan', 'Pengaduan');
}

/** Sidebar (pengaduan): channels, kinds, handlers and the response target. */
export function apiComplaintOptions(): ApiResult<ComplaintOptions> {
  return serve(() => complaintOptions(Register.open()));
}

/** Sidebar (pengaduan): open complaints, overdue first. */
export function apiListComplaints(): ApiResult<{ items: ComplaintItem[] }> {
  return serve(() => listComplaints(Register.open()));
}

/** Sidebar (pengaduan): logs a complaint, suggestion or input. */
export function apiLogComplaint(form: unknown): ApiResult<Saved> {
  return serve(() => logComplaint(Register.open(), form));
}

/** Sidebar (pengaduan): answers a complaint (in progress or done). */
export function apiRespondComplaint(form: unknown): ApiResult<Saved> {
  return serve(() => respondComplaint(Register.open(), form));
}

/** Sidebar (Pekerjaan saya): my complaints past their response target. */
export function apiMyOverdueComplaints(): ApiResult<{ items: ComplaintItem[] }> {
  return serve(() => myOverdueComplaints(Register.open()));
}

/** Sidebar (case view): makes the group's audit file (Doc and PDF in WRSE/Laporan). */
export function apiMakeAuditFile(caseId: unknown): ApiResult<AuditFileMade> {
  return serve(() => makeAuditFile(Register.open(), caseId));
}

// Custom functions for cells (Sheets reads their JSDoc from Code.js; pure, no service used).
export {
  NIK_VALID,
  NIK_KETERANGAN,
  USIA_NIK,
  TGL_LAHIR_NIK,
  JK_NIK,
  KEC_NIK,
  MASK_NIK,
  TERBILANG,
  RUPIAH,
  TANGGAL_ID,
  HARI_KERJA,
  JUMLAH_HARI_KERJA,
} from '../app/cellFunctions';

// ---------------------------------------------------------------- Admin form (issue 13)

/** Menu (Admin): WRSE › Admin › Pengguna & aturan. */
export function showAdmin(): void {
  openPage('admin', 'Pengguna & aturan');
}

/** Sidebar (admin): the users, SOP steps and rule settings, each audited or not. Admin. */
export function apiAdminOverview(): ApiResult<AdminOverview> {
  return serve(() => adminOverview(Register.open()));
}

/** Sidebar (admin): adds or changes a user, audited. Admin. */
export function apiSaveUser(form: unknown): ApiResult<Saved> {
  return serve(() => saveUser(Register.open(), form));
}

/** Sidebar (admin): confirms, as it is, a user row typed by hand before the form. Admin. */
export function apiConfirmUser(form: unknown): ApiResult<Saved> {
  return serve(() => confirmUser(Register.open(), form));
}

/** Sidebar (admin): changes a step's actor and time standard, audited. Admin. */
export function apiSaveStep(form: unknown): ApiResult<Saved> {
  return serve(() => saveStep(Register.open(), form));
}

/** Sidebar (admin): adds or changes a rule setting, audited. Admin. */
export function apiSaveSetting(form: unknown): ApiResult<Saved> {
  return serve(() => saveSetting(Register.open(), form));
}
