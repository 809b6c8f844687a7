/**
 * The master data a refresh of the kecamatan registers needs, read once per execution with one
 * `getValues` per tab (Kasus, Anggota, Survei Pendamping, Pengguna, Register Kecamatan) and
 * grouped by kecamatan in memory. A batch job (menu or trigger), never a sidebar action: its
 * cells grow with the register, its calls do not.
 */
import { KECAMATAN_MAGETAN } from '../../domain/data/wilayah';
import { KECAMATAN_REGISTERS, USERS, type RowOf } from '../../app/register/tabs';
import type { CaseRow, MemberRow, Register, SurveyReportRow } from '../register';

export type UserRow = RowOf<typeof USERS>;
export type KecamatanRegisterRow = RowOf<typeof KECAMATAN_REGISTERS>;

/** Case statuses whose cases a kecamatan register holds (the pendamping's open work). */
export const OPEN_STATUSES = ['Berjalan', 'Dikembalikan'];

export interface MasterData {
  casesByKecamatan: Map<string, CaseRow[]>;
  membersByCase: Map<string, MemberRow[]>;
  surveys: Map<string, SurveyReportRow>;
  users: UserRow[];
  registry: Map<string, KecamatanRegisterRow>;
}

/** Reads the master once (one getValues per tab). */
export function readMaster(register: Register): MasterData {
  const casesByKecamatan = new Map<string, CaseRow[]>();
  for (const { row } of register.cases.all()) {
    if (!OPEN_STATUSES.includes(String(row.status))) continue;
    const k = String(row.kecamatan);
    casesByKecamatan.set(k, [...(casesByKecamatan.get(k) ?? []), row]);
  }
  const open = new Set([...casesByKecamatan.values()].flat().map((c) => String(c.id)));
  const membersByCase = new Map<string, MemberRow[]>();
  for (const { row } of register.members.all()) {
    const caseId = String(row.caseId);
    if (!open.has(caseId)) continue;
    membersByCase.set(caseId, [...(membersByCase.get(caseId) ?? []), row]);
  }
  for (const list of membersByCase.values()) {
    list.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
  }
  return {
    casesByKecamatan,
    membersByCase,
    surveys: new Map(register.surveys.all().map((r) => [String(r.row.caseId), r.row])),
    users: register
      .table<UserRow>(USERS)
      .all()
      .map((r) => r.row),
    registry: new Map(
      register
        .table<KecamatanRegisterRow>(KECAMATAN_REGISTERS)
        .all()
        .map((r) => [String(r.row.code), r.row]),
    ),
  };
}

/** The 18 kecamatan of Kabupaten Magetan: code and name. */
export function kecamatanList(): Array<{ code: string; name: string }> {
  return KECAMATAN_MAGETAN.map(([code, name]) => ({ code, name }));
}

/** The active pendamping of a kecamatan (e-mails lower-cased), from the Pengguna tab. */
export function pendampingOf(data: MasterData, code: string): UserRow[] {
  return data.users
    .filter((u) => u.role === 'Pendamping' && u.active === true && String(u.kecamatan) === code)
    .map((u) => ({ ...u, email: String(u.email).trim().toLowerCase() }))
    .sort((a, b) => (a.email < b.email ? -1 : 1));
}
