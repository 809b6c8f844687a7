/**
 * "Periksa integritas riwayat": reads the whole audit tab (a menu action for the Admin and the
 * heads, not a sidebar action) and checks its hash chain; tells the first row that was
 * changed, deleted or inserted by hand, or that the trail is whole.
 */
import { checkChain, type ChainReport } from '../app/audit/chain';
import { RegisterError } from '../app/register/errors';
import { auditContent, sha256Hex } from './audit';
import { requireRole } from './access';
import { Register } from './register';
import { checkApprovedCases } from './approvalWatch';
import { counterReport } from './counters';

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
    ui.alert(
      'Periksa integritas riwayat',
      (report.ok
        ? `Riwayat utuh: ${report.rows} baris, rantai hash tidak terputus dan tidak ada baris yang diubah.`
        : `${report.message}\n\nLaporkan kepada Kepala Bidang; jangan mengubah tab Riwayat secara langsung.`) +
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
