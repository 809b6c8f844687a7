/**
 * Every export of `src/gas/main.ts` — every top-level function of dist/Code.js, which
 * `google.script.run` can call from any page by anyone who can open the spreadsheet — with what
 * it is and who may run it. A test fails on an export missing here (tests/bundle/exports.test.ts),
 * and calls each one as users it is not for.
 *
 * - `sidebar`: a server function of a sidebar page; its use case checks the roles listed
 *   (`requireRole` / the workflow's step roles / the caller's kecamatan).
 * - `menu`: a menu item; it checks its roles on the server too (a `google.script.run` call skips
 *   the menu). `page` items only open a sidebar, whose server functions check.
 * - `trigger`: run only by an installable trigger. Refused (nothing read, sent, written or
 *   scheduled) unless the account running it owns a trigger of that handler (a trigger runs as
 *   its creator) or is the register's Admin: see `runAsTrigger`.
 * - `simpleTrigger`: onOpen / onInstall (build the menu; touch no data).
 * - `webApp`: doGet, the public letter verification page (answers only to a letter's code).
 * - `customFunction`: pure cell functions (read no service).
 *
 * Private functions (names ending in "_") are hidden from google.script.run, but Google does not
 * document whether a trigger may run one, so trigger handlers stay public and check their caller
 * (the build refuses an entry whose name ends in "_").
 */
import type { Role } from '../app/register/tabs';
import type { ApiResult } from './api';
import { actorByEmail, currentActor } from './access';
import { activeRegister, effectiveUser, systemClock } from './adapters';
import { Register } from './register';

/** Every registered role (a guest — unknown, inactive or empty e-mail — has none). */
const USERS: readonly Role[] = ['Staf', 'Peksos', 'Kabid', 'Kadis', 'Pendamping', 'Admin'];
const OFFICE: readonly Role[] = ['Staf', 'Peksos', 'Kabid', 'Kadis', 'Admin'];

export type ExportClass =
  | {
      kind: 'sidebar';
      roles: readonly Role[] | 'anyone';
      /** How the roles are decided when not a fixed list. */
      note?: string;
      /** True when a pendamping's answer is limited to her kecamatan. */
      kecamatanScoped?: true;
    }
  | { kind: 'menu'; roles: readonly Role[] | 'anyone'; page?: true; note?: string }
  | { kind: 'trigger'; trigger: 'clock' | 'one-off' | 'onEdit'; installedBy: string }
  | { kind: 'simpleTrigger' }
  | { kind: 'webApp' }
  | { kind: 'customFunction' };

const page = (roles: readonly Role[] | 'anyone'): ExportClass => ({
  kind: 'menu',
  roles,
  page: true,
});
const menu = (roles: readonly Role[], note?: string): ExportClass => ({
  kind: 'menu',
  roles,
  ...(note ? { note } : {}),
});
const api = (roles: readonly Role[] | 'anyone', note?: string): ExportClass => ({
  kind: 'sidebar',
  roles,
  ...(note ? { note } : {}),
});
const scoped = (roles: readonly Role[]): ExportClass => ({
  kind: 'sidebar',
  roles,
  kecamatanScoped: true,
});
const custom: ExportClass = { kind: 'customFunction' };

export const EXPORTS = {
  // Simple triggers and the web app.
  onOpen: { kind: 'simpleTrigger' },
  onInstall: { kind: 'simpleTrigger' },
  doGet: { kind: 'webApp' },

  // Menu items.
  showHome: page('anyone'),
  showMyWork: page(USERS),
  showApprovals: page(USERS),
  showIntake: page(USERS),
  showConflicts: page(['Staf', 'Kabid', 'Kadis', 'Admin']),
  showComplaints: page(OFFICE),
  showAdmin: page(['Admin']),
  menuSetupRegister: menu(['Admin'], 'the first setup: anyone with a known e-mail'),
  menuInstallDailyReminder: menu(['Admin']),
  menuIssueMissingLetters: menu(['Admin', 'Staf']),
  menuReserveNumber: menu(['Staf']),
  menuVoidNumber: menu(['Kabid', 'Kadis']),
  menuReplaceNumber: menu(['Kabid', 'Kadis']),
  menuCheckAuditIntegrity: menu(['Admin', 'Kabid', 'Kadis']),
  menuRefreshKecamatanRegisters: menu(['Admin']),
  menuInstallDailyKecamatanRefresh: menu(['Admin']),
  menuAccessReview: menu(['Admin']),
  menuCheckInstallation: menu(['Admin']),
  menuInstallEditWatch: menu(['Admin']),
  menuRetentionReport: menu(['Admin', 'Kabid', 'Kadis']),
  showDashboard: menu(['Admin', 'Kadis', 'Kabid', 'Staf']),
  showRecap: menu(['Kadis', 'Kabid', 'Admin', 'Staf']),

  // Trigger-only functions.
  dailyOverdueDigest: {
    kind: 'trigger',
    trigger: 'clock',
    installedBy: 'menuInstallDailyReminder',
  },
  dailyDashboardRefresh: {
    kind: 'trigger',
    trigger: 'clock',
    installedBy: 'menuInstallDailyReminder',
  },
  continueIssuingLetters: {
    kind: 'trigger',
    trigger: 'one-off',
    installedBy: 'menuIssueMissingLetters, apiCompleteStep (S09)',
  },
  dailyKecamatanRefresh: {
    kind: 'trigger',
    trigger: 'clock',
    installedBy: 'menuInstallDailyKecamatanRefresh',
  },
  continueKecamatanRefresh: {
    kind: 'trigger',
    trigger: 'one-off',
    installedBy: 'menuRefreshKecamatanRegisters, dailyKecamatanRefresh',
  },
  watchManualEdits: { kind: 'trigger', trigger: 'onEdit', installedBy: 'menuInstallEditWatch' },
  dailyApprovalCheck: { kind: 'trigger', trigger: 'clock', installedBy: 'menuInstallEditWatch' },

  // Sidebar server functions.
  apiWhoAmI: api('anyone', 'answers the caller about herself only'),
  getHomeStatus: scoped(USERS),
  apiMyWork: scoped(USERS),
  apiSearchCases: scoped(USERS),
  apiGetCase: scoped(USERS),
  apiIntakeOptions: api(USERS),
  apiCheckMember: scoped(USERS),
  apiIntake: api(['Staf']),
  apiCompleteStep: api(USERS, "the step's Pelaksana in Langkah SOP (a pendamping: her kecamatan)"),
  apiReturnCase: api(USERS, 'the workflow: the roles allowed to return at the step'),
  apiRejectCase: api(USERS, 'the workflow: the roles allowed to reject at the step'),
  apiResubmitCase: api(USERS, 'the workflow: the roles allowed to resubmit'),
  apiSignDecisionLetter: api(['Kadis']),
  apiAnnulDecision: api(['Kadis']),
  apiRevealNik: api(
    ['Staf', 'Peksos', 'Kabid', 'Kadis'],
    'setting nik.tampilkanLengkapPeran (never Pendamping)',
  ),
  apiListConflicts: api(['Staf', 'Kabid', 'Kadis', 'Admin']),
  apiResolveConflict: api(['Staf', 'Kabid', 'Kadis', 'Admin']),
  apiComplaintOptions: api(OFFICE),
  apiListComplaints: api(OFFICE),
  apiLogComplaint: api(OFFICE),
  // The Admin page "Pengguna & aturan" (audited changes of users, SOP steps, rule settings).
  apiAdminOverview: api(['Admin']),
  apiSaveUser: api(['Admin']),
  apiConfirmUser: api(['Admin']),
  apiSaveStep: api(['Admin']),
  apiSaveSetting: api(['Admin']),
  apiRespondComplaint: api(OFFICE),
  apiMyOverdueComplaints: api('anyone', "the caller's own overdue complaints (none for a guest)"),
  apiMakeAuditFile: api(['Kabid', 'Kadis', 'Admin', 'Staf']),

  // Custom functions for cells.
  NIK_VALID: custom,
  NIK_KETERANGAN: custom,
  USIA_NIK: custom,
  TGL_LAHIR_NIK: custom,
  JK_NIK: custom,
  KEC_NIK: custom,
  MASK_NIK: custom,
  TERBILANG: custom,
  RUPIAH: custom,
  TANGGAL_ID: custom,
  HARI_KERJA: custom,
  JUMLAH_HARI_KERJA: custom,
} as const satisfies Record<string, ExportClass>;

export type TriggerHandler = {
  [K in keyof typeof EXPORTS]: (typeof EXPORTS)[K] extends { kind: 'trigger' } ? K : never;
}[keyof typeof EXPORTS];

/**
 * May the account running this execution run trigger handler `handler`? Yes if it owns a
 * trigger of that handler (an installable trigger runs as its creator; `getProjectTriggers`
 * lists only the current user's), or if it is the register's active Admin (running it by hand).
 * A sidebar call runs as the user at the keyboard, so a pendamping, a Staf without such a
 * trigger, or an unknown or empty e-mail is refused.
 */
export function mayRunTrigger(handler: TriggerHandler): boolean {
  const owns = ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === handler);
  if (owns) {
    // The owner must still hold a role that installs this trigger: an Admin demoted since (or a
    // Staf whose letter batch scheduled a continuation, then left) runs nothing.
    const owner = actorByEmail(activeRegister(), effectiveUser.email());
    return owner.role !== null && triggerOwnerRoles(handler).includes(owner.role);
  }
  return currentActor(activeRegister()).role === 'Admin';
}

/** The roles whose trigger for `handler` may run it (who installs or schedules it). */
function triggerOwnerRoles(handler: TriggerHandler): readonly Role[] {
  return handler === 'continueIssuingLetters' ? ['Admin', 'Staf'] : ['Admin'];
}

/** The refusal a trigger handler answers to a caller who is not its trigger (nor an Admin). */
export const TRIGGER_ONLY_MESSAGE =
  'Maaf, fungsi ini hanya dijalankan otomatis oleh pemicu (trigger) register atau oleh admin ' +
  'register. Tidak ada data yang dibaca, dikirim atau diubah.';

/**
 * Runs `work` for trigger handler `handler` when the caller may (see `mayRunTrigger`); otherwise
 * does nothing and answers the refusal (a trigger ignores the value; a page sees it).
 */
export function runAsTrigger(
  handler: TriggerHandler,
  work: (register: Register) => void,
): ApiResult<true> {
  if (!mayRunTrigger(handler)) {
    console.warn(`${handler}: dipanggil bukan oleh pemicunya; ditolak.`);
    return { ok: false, error: { message: TRIGGER_ONLY_MESSAGE } };
  }
  work(triggerRegister());
  return { ok: true, data: true };
}

/**
 * The register as the account the trigger runs as: its creator (`Session.getEffectiveUser()`).
 * Google does not promise the active user in a trigger (it may be '', or in an installable
 * onEdit the person who typed), so a trigger's work is never attributed to nor authorised by
 * it. Run by hand by an Admin (a menu or sidebar call), the effective user is that Admin.
 */
export function triggerRegister(): Register {
  const spreadsheet = activeRegister();
  return new Register(spreadsheet, systemClock, actorByEmail(spreadsheet, effectiveUser.email()));
}
