/**
 * Who the user at the keyboard is in the register: their row in the Pengguna tab. An unknown or
 * empty e-mail is a guest: it may read what the public may, and do nothing privileged. A row
 * that is not what the last audited change to it wrote (typed or changed by hand) gives no role
 * (`src/gas/authority.ts`).
 */
import type { AnyTab, Role } from '../app/register/tabs';
import { AUDIT, USERS } from '../app/register/tabs';
import { RegisterError } from '../app/register/errors';
import { SheetTable } from './sheetTable';
import { OFFICE_TIME_ZONE, sessionUser } from './adapters';
import { unauditedUserMessage, userRowAudited } from './authority';
import type { AuditRow } from './register';

export interface Actor {
  readonly email: string;
  readonly name: string;
  /** null for a guest (unknown, inactive or empty e-mail). */
  readonly role: Role | null;
  readonly kecamatan: string;
  /** Why a role in Pengguna is not trusted (the row was not written by an audited change). */
  readonly withheld?: string;
}

/**
 * The actor at the keyboard, looked up by e-mail (one TextFinder, one row read), trusted only if
 * the row is what the last audited change wrote (one TextFinder on the audit's case column).
 * `open`: how to open a tab (the register's shared tables, by default a new one).
 */
export function currentActor(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  open: (tab: AnyTab) => SheetTable = (tab) => SheetTable.open(spreadsheet, tab),
): Actor {
  return actorByEmail(spreadsheet, sessionUser.email(), open);
}

/** The register's user with e-mail `email` (lower case), trusted as `currentActor` says. */
export function actorByEmail(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  email: string,
  open: (tab: AnyTab) => SheetTable = (tab) => SheetTable.open(spreadsheet, tab),
): Actor {
  const guest: Actor = { email, name: email || 'Tamu', role: null, kecamatan: '' };
  if (!email) return guest;
  const users = openIfPresent(USERS, open);
  if (!users) return guest;
  // E-mail addresses are case-insensitive; staff may type them with capitals.
  const found = users
    .findBy('email', [email], { matchCase: false })
    .find((r) => String(r.row.email).trim().toLowerCase() === email);
  if (!found || found.row.active !== true || !found.row.role) return guest;
  const audit = openIfPresent(AUDIT, open) as SheetTable<AuditRow> | null;
  if (!audit || !userRowAudited(audit, found.row)) {
    return {
      ...guest,
      name: String(found.row.name || email),
      withheld: withheldMessage(spreadsheet, email),
    };
  }
  return {
    email,
    name: String(found.row.name || email),
    role: found.row.role as Role,
    kecamatan: String(found.row.kecamatan || ''),
  };
}

/**
 * Why a role is withheld. The audit's times are date cells, and Sheets reads a date cell in the
 * spreadsheet's time zone: after someone changes the zone in File › Settings every recorded
 * instant reads shifted, no audit row's hash holds, and every role is withheld. Said as such
 * (checked only on this refusal path, so a normal call pays nothing), with the fix.
 */
function withheldMessage(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, email: string) {
  const zone = spreadsheet.getSpreadsheetTimeZone();
  if (zone === OFFICE_TIME_ZONE) return unauditedUserMessage(email);
  return (
    `Zona waktu register ini telah diubah menjadi ${zone} (File › Setelan), sehingga waktu di ` +
    'tab Riwayat terbaca bergeser dan peran Anda tidak dapat dipastikan. Mohon Admin menjalankan ' +
    'WRSE › Admin › Siapkan register, yang mengembalikannya ke Asia/Jakarta (WIB); tidak ada data ' +
    'yang hilang.'
  );
}

/** The tab opened (one `getSheetByName`), or null when the register lacks it (not set up). */
function openIfPresent(tab: AnyTab, open: (tab: AnyTab) => SheetTable): SheetTable | null {
  try {
    return open(tab);
  } catch (e) {
    if (e instanceof RegisterError) return null;
    throw e;
  }
}

/** Refuses the action unless the actor has one of `roles`. */
export function requireRole(actor: Actor, roles: readonly Role[], action: string): void {
  if (!actor.email) {
    throw new RegisterError(
      `Anda tidak dapat ${action}: alamat e-mail Anda tidak terbaca oleh Google. ` +
        'Masuklah dengan akun kantor, lalu ulangi.',
    );
  }
  if (!actor.role && actor.withheld) throw new RegisterError(actor.withheld);
  if (!actor.role || !roles.includes(actor.role)) {
    throw new RegisterError(
      `Maaf, ${actor.email} tidak berwenang untuk ${action}. ` +
        `Tindakan ini untuk peran: ${roles.join(', ')}. Hubungi admin register bila perlu.`,
    );
  }
}
