/**
 * The access review (UU 27/2022): who can open the master register and each kecamatan register
 * (owner, editors, viewers, from Google's sharing), with their role in the Pengguna tab or
 * "tidak terdaftar", and a remark when access does not match the role (an inactive user, a
 * pendamping in the master or in another kecamatan's register). Written to the "Tinjauan Akses"
 * tab, replacing the previous review.
 */
import { ACCESS_REVIEW, KECAMATAN_REGISTERS, USERS } from '../../app/register/tabs';
import { kecamatanName } from '../../domain';
import { requireRole } from '../access';
import type { Register } from '../register';
import { SheetTable } from '../sheetTable';
import type { KecamatanRegisterRow, UserRow } from './masterData';

interface Access {
  email: string;
  access: 'Pemilik' | 'Editor' | 'Pelihat';
}

function accessOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Access[] {
  const owner = (ss.getOwner()?.getEmail() ?? '').toLowerCase();
  const out: Access[] = [{ email: owner, access: 'Pemilik' }];
  for (const u of ss.getEditors()) {
    const e = u.getEmail().toLowerCase();
    if (e !== owner) out.push({ email: e, access: 'Editor' });
  }
  for (const u of ss.getViewers())
    out.push({ email: u.getEmail().toLowerCase(), access: 'Pelihat' });
  return out;
}

function remark(user: UserRow | undefined, kecamatan: string): string {
  if (!user) return 'Tidak terdaftar di tab Pengguna: periksa dan cabut aksesnya bila tidak perlu.';
  if (user.active !== true) return 'Pengguna tidak aktif: cabut aksesnya.';
  if (kecamatan === '' && user.role === 'Pendamping') {
    return 'Pendamping membuka register induk (semua kecamatan): cukup register kecamatannya.';
  }
  if (kecamatan !== '' && user.role === 'Pendamping' && String(user.kecamatan) !== kecamatan) {
    return 'Pendamping kecamatan lain: cabut aksesnya.';
  }
  return '';
}

export interface AccessReviewSummary {
  rows: number;
  warnings: number;
  failed: string[];
}

/** Makes the review (Admin) and writes it to the Tinjauan Akses tab. */
export function reviewAccess(register: Register): AccessReviewSummary {
  requireRole(register.actor, ['Admin'], 'meninjau akses');
  const users = new Map(
    register
      .table<UserRow>(USERS)
      .all()
      .map((r) => [String(r.row.email).trim().toLowerCase(), r.row]),
  );
  const at = register.now();
  const rows: Array<Record<string, unknown>> = [];
  const failed: string[] = [];
  const add = (spreadsheet: string, kecamatan: string, list: Access[]) => {
    for (const a of list) {
      const user = users.get(a.email);
      rows.push({
        id: String(rows.length + 1),
        spreadsheet,
        kecamatan,
        email: a.email,
        access: a.access,
        role: user
          ? `${user.role}${user.active === true ? '' : ' (tidak aktif)'}`
          : 'tidak terdaftar',
        userKecamatan: user ? String(user.kecamatan ?? '') : '',
        remark: a.access === 'Pemilik' && user?.role === 'Admin' ? '' : remark(user, kecamatan),
        reviewedAt: at,
      });
    }
  };
  add(`Register induk: ${register.spreadsheet.getName()}`, '', accessOf(register.spreadsheet));
  const registry = register
    .table<KecamatanRegisterRow>(KECAMATAN_REGISTERS)
    .all()
    .map((r) => r.row);
  for (const k of registry) {
    const label = `Register Kecamatan ${kecamatanName(String(k.code)) || k.code}`;
    try {
      add(label, String(k.code), accessOf(SpreadsheetApp.openById(String(k.spreadsheetId))));
    } catch (e) {
      failed.push(`${label}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const sheet = register.spreadsheet.getSheetByName(ACCESS_REVIEW.name);
  const table = SheetTable.open(register.spreadsheet, ACCESS_REVIEW);
  const width = table.headerMap().width;
  const last = sheet ? sheet.getLastRow() : 0;
  if (sheet && last > 1) sheet.getRange(2, 1, last - 1, width).clearContent();
  table.insert(rows, { by: register.actor.email, at });
  return { rows: rows.length, warnings: rows.filter((r) => r.remark !== '').length, failed };
}
