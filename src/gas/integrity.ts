/**
 * "Periksa integritas riwayat": reads the whole audit tab (a menu action for the Admin and the
 * heads, not a sidebar action) and checks its hash chain; tells the first row that was
 * changed, deleted or inserted by hand, or that the trail is whole. It also lists every user
 * row, SOP step, rule setting and case step/status that differs from its audit (issue 13).
 */
import { checkChain, type ChainReport } from '../app/audit/chain';
import { RegisterError } from '../app/register/errors';
import { auditContent, sha256Hex } from './audit';
import { requireRole } from './access';
import { Register } from './register';
import { checkApprovedCases } from './approvalWatch';
import { counterReport } from './counters';
import { authorityFindings, type AuthorityFinding } from './authority';
import { CASES, SETTINGS, SOP_STEPS, USERS } from '../app/register/tabs';

/**
 * Rows that give power or move a case and differ from their audit (issue 13): Pengguna, Langkah
 * SOP, rule settings, cases' step and status. Admin, Kabid and Kadis.
 */
export function checkAuthority(register: Register): AuthorityFinding[] {
  requireRole(register.actor, ['Admin', 'Kabid', 'Kadis'], 'memeriksa integritas riwayat');
  const rows = (tab: Parameters<Register['table']>[0]) =>
    register
      .table(tab)
      .all()
      .map((r) => r.row);
  return authorityFindings({
    audit: register.audit.all().map((r) => r.row),
    users: rows(USERS),
    steps: rows(SOP_STEPS),
    settings: rows(SETTINGS),
    cases: rows(CASES),
  });
}

/** Checks the audit trail's chain. Admin, Kabid and Kadis. */
export function checkAuditIntegrity(register: Register): ChainReport {
  requireRole(register.actor, ['Admin', 'Kabid', 'Kadis'], 'memeriksa integritas riwayat');
  const rows = register.audit.all().map(({ row, rowNumber }) => ({
    rowNumber,
    content: auditContent(row),
    previousHash: String(row.previousHash),
    hash: String(row.hash),
  }));
  return checkChain(rows, sha256Hex);
}

/** The menu action: the result in an alert. */
export function menuCheckIntegrity(): void {
  const ui = SpreadsheetApp.getUi();
  try {
    const register = Register.open();
    const report = checkAuditIntegrity(register);
    const edited = checkApprovedCases(register, 'Periksa integritas riwayat');
    const counters = counterReport(register);
    const authority = checkAuthority(register);
    const chain = report.ok
      ? authority.length || counters
        ? `Rantai hash Riwayat tidak terputus (${report.rows} baris), tetapi data di bawah tidak sesuai dengannya.`
        : `Riwayat utuh: ${report.rows} baris, rantai hash tidak terputus dan tidak ada baris yang diubah.`
      : `${report.message}\n\nLaporkan kepada Kepala Bidang; jangan mengubah tab Riwayat secara langsung.`;
    ui.alert(
      'Periksa integritas riwayat',
      chain +
        (authority.length
          ? `\n\nData yang tidak sesuai dengan Riwayat (${authority.length}) — jangan dipakai sampai Admin memeriksanya:\n` +
            authority.map((f) => `• ${f.tab}: ${f.text}.`).join('\n')
          : '') +
        (edited.length
          ? `\n\nKasus yang diubah manual setelah disetujui: ${edited.map((d) => `${d.caseId} (${d.outcome === 'sentBack' ? 'dikembalikan ke persetujuan' : 'ditandai untuk Kepala Dinas'})`).join(', ')}.`
          : '') +
        counters,
      ui.ButtonSet.OK,
    );
  } catch (e) {
    if (e instanceof RegisterError) {
      ui.alert('Periksa integritas riwayat', e.message, ui.ButtonSet.OK);
      return;
    }
    throw e;
  }
}
