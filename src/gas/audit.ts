/**
 * The audit trail (tab Riwayat): one append-only row per action — who, when, role, case,
 * action, from → to, changed fields — hash-chained (each row carries the previous row's hash and
 * its own), so that a row changed, deleted or inserted by hand is detectable. The row is also
 * the write-ahead record of the action: it holds the request ID and the planned writes, so a
 * request is applied once and a failed one can be completed by its retry.
 */
import { auditContent } from '../app/audit/content';
import type { AuditRow, Register } from './register';

/** SHA-256 of `text`, as lower-case hex. */
export function sha256Hex(text: string): string {
  const bytes = Utilities.computeDigest(
    Utilities.DigestAlgorithm.SHA_256,
    text,
    Utilities.Charset.UTF_8,
  );
  return bytes.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
}

/** The text a row's hash covers (pure; shared with the admin tools). */
export { auditContent };

/** The audit row of a request, if it was applied (or started) before. */
export function findRequest(register: Register, requestId: string): AuditRow | null {
  const found = register.audit.findBy('requestId', [requestId]);
  return found.length > 0 ? found[0].row : null;
}

/** Appends one audit row, chained to the last one. Hold the lock. */
export function appendAudit(
  register: Register,
  entry: Omit<AuditRow, 'id' | 'previousHash' | 'hash'>,
): AuditRow {
  // Only the last row's hash cell: a row typed by hand below the trail (a non-date, a bad
  // value) breaks the chain, which the integrity check reports, but does not stop every action.
  const previousHash = register.audit.lastCellText('hash');
  const withoutHash = { ...entry, id: `RWY-${Utilities.getUuid()}`, previousHash };
  const row: AuditRow = {
    ...withoutHash,
    hash: sha256Hex(previousHash + auditContent(withoutHash)),
  };
  register.audit.insert([row], { by: entry.user, at: entry.at });
  return row;
}
