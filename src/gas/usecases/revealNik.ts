/**
 * "Tampilkan NIK lengkap": every sidebar list shows NIK and KK masked (`352005******0001`); a
 * user of a role named in the setting `nik.tampilkanLengkapPeran` (default Staf, Peksos, Kabid,
 * Kadis; a pendamping never) may ask for the full numbers of ONE member of a case she may open,
 * with a reason. The request is an audited action (write-ahead audit row in the hash chain: who,
 * when, role, case, member, reason) — the audit row itself never holds the full numbers. Constant
 * cost: the case and the member by TextFinder, one audit row.
 */
import {
  DEFAULT_REVEAL_ROLES,
  REVEAL_ROLES_SETTING,
  revealNikSchema,
  type RevealedNik,
} from '../../app/api/reveal';
import { RegisterError } from '../../app/register/errors';
import { ROLES, type Role } from '../../app/register/tabs';
import { requireRole } from '../access';
import type { Register } from '../register';
import { runAction } from '../transaction';
import { loadCase, parseForm } from './common';

/** The roles that may see a full NIK: the setting's list, never Pendamping. */
export function revealRoles(register: Register): Role[] {
  const configured = register
    .setting(REVEAL_ROLES_SETTING)
    .split(/[,;]/)
    .map((r) => r.trim())
    .filter((r): r is Role => (ROLES as readonly string[]).includes(r));
  const roles = configured.length > 0 ? configured : [...DEFAULT_REVEAL_ROLES];
  return roles.filter((r) => r !== 'Pendamping');
}

/** The full NIK and KK of one member, audited. */
export function revealNik(register: Register, input: unknown): RevealedNik {
  const form = parseForm(revealNikSchema, input);
  requireRole(register.actor, revealRoles(register), 'melihat NIK lengkap');
  const refuse = () =>
    new RegisterError(
      `Anggota "${form.memberId}" tidak ditemukan pada kasus ini; muat ulang kasus.`,
      'memberId',
    );
  const request = { requestId: form.requestId, entry: 'revealNik', args: form };
  runAction(register, request, () => {
    const { row: c } = loadCase(register, form.caseId);
    const found = register.members.get(form.memberId);
    if (!found || String(found.row.caseId) !== String(c.id)) throw refuse();
    const state = `${String(c.step)} (${String(c.status || 'Berjalan')})`;
    return {
      action: 'Tampilkan NIK lengkap',
      caseId: String(c.id),
      from: state,
      to: state,
      changes: { anggota: form.memberId, alasan: form.reason },
      writes: [],
      result: {
        caseId: String(c.id),
        version: Number(c.version),
        step: String(c.step),
        status: String(c.status || 'Berjalan'),
      },
    };
  });
  // Read after the audit row is written (a retried request is audited once, answered again).
  const { row: c } = loadCase(register, form.caseId);
  const found = register.members.get(form.memberId);
  if (!found || String(found.row.caseId) !== String(c.id)) throw refuse();
  return {
    memberId: form.memberId,
    name: String(found.row.name),
    nik: String(found.row.nik),
    kk: String(found.row.kk),
  };
}
