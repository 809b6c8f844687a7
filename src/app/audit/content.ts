/**
 * The text an audit row's hash covers: every field but the hash, in a fixed order. Pure, so the
 * add-on (`src/gas/audit.ts`) and the admin tools that write audit rows from outside Apps Script
 * (`admin/commands/importRegister.ts`) hash exactly the same text.
 */

export interface AuditFields {
  id: unknown;
  at: unknown;
  user: unknown;
  role: unknown;
  caseId: unknown;
  action: unknown;
  from: unknown;
  to: unknown;
  changes: unknown;
  requestId: unknown;
  result: unknown;
  previousHash: unknown;
}

export function auditContent(row: AuditFields): string {
  return JSON.stringify([
    row.id,
    row.at,
    row.user,
    row.role,
    row.caseId,
    row.action,
    row.from,
    row.to,
    row.changes,
    row.requestId,
    row.result,
    row.previousHash,
  ]);
}
