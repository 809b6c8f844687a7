/**
 * How every write action runs: inside the script lock, a request is applied at most once, and a
 * request that failed half-way is completed by its retry.
 *
 * 1. Under the lock, look for the request's audit row (its ID is unique per form submission).
 *    Found: the action was planned before; complete whatever of its writes is missing and
 *    return its result (a double click, or a retry after a failure).
 * 2. Otherwise build the plan: every read and check happens here, and a refusal throws before
 *    anything is written.
 * 3. Append the audit row holding the plan (write-ahead), then queue the plan's writes, then
 *    flush before the lock is released.
 *
 * Sheets has no transactions (writes queued before an error are still committed), so each
 * write is idempotent by its ID and, for updates, by the row version it moves from and to.
 */
import type { Saved } from '../app/api/views';
import { StaleDataError } from '../app/register/errors';
import { scriptLock } from './adapters';
import { appendAudit, findRequest } from './audit';
import type { Register } from './register';
import type { SheetTable } from './sheetTable';

export type TableName =
  | 'cases'
  | 'members'
  | 'stepRecords'
  | 'queue'
  | 'settings'
  | 'agenda'
  | 'surveys'
  | 'findings'
  | 'complaints'
  | 'users'
  | 'sopSteps';

export type Write =
  | { table: TableName; op: 'insert'; id: string; row: Record<string, unknown> }
  | {
      table: TableName;
      op: 'update';
      id: string;
      /** The version the row moves from (versioned tabs); null for index tabs. */
      fromVersion: number | null;
      changes: Record<string, unknown>;
    }
  | { table: TableName; op: 'remove'; id: string };

export interface Plan {
  action: string;
  caseId: string;
  from: string;
  to: string;
  /** The changed fields, for people reading the audit trail. */
  changes: Record<string, unknown>;
  writes: Write[];
  result: Saved;
}

function tableOf(register: Register, name: TableName): SheetTable {
  const table = name === 'settings' ? register.settingsTable : register[name];
  return table as unknown as SheetTable;
}

/** Queues the writes of a plan. `recovering`: check each one first, skip what is done. */
function apply(
  register: Register,
  plan: Plan,
  stamp: { by: string; at: string },
  recovering: boolean,
) {
  const inserts = new Map<TableName, Record<string, unknown>[]>();
  for (const write of plan.writes) {
    const table = tableOf(register, write.table);
    if (write.op === 'insert') {
      if (recovering && table.get(write.id)) continue;
      inserts.set(write.table, [...(inserts.get(write.table) ?? []), write.row]);
    } else if (write.op === 'update') {
      if (write.fromVersion === null) {
        table.update(write.id, null, write.changes, stamp);
        continue;
      }
      if (recovering) {
        const current = table.get(write.id);
        if (current && current.row.version === write.fromVersion + 1) continue;
        if (!current || current.row.version !== write.fromVersion) {
          throw new StaleDataError(
            'Permintaan ini tidak dapat diselesaikan karena data telah diubah oleh pengguna lain ' +
              'sejak permintaan pertama. Muat ulang formulir, lalu ulangi.',
          );
        }
      }
      table.update(write.id, write.fromVersion, write.changes, stamp);
    } else {
      table.remove(write.id);
    }
  }
  for (const [name, rows] of inserts) tableOf(register, name).insert(rows, stamp);
}

/**
 * Runs a write action: applied once per `requestId`, planned by `build` (reads and checks; may
 * throw a RegisterError, and then nothing is written), audited, written, flushed, under the lock.
 */
export function runAction(register: Register, requestId: string, build: () => Plan): Saved {
  return scriptLock.withLock(() => {
    const prior = findRequest(register, requestId);
    if (prior) {
      const plan = JSON.parse(String(prior.result)) as Plan;
      apply(register, plan, { by: String(prior.user), at: String(prior.at) }, true);
      return plan.result;
    }
    const plan = build();
    const at = register.now();
    const stamp = { by: register.actor.email, at };
    appendAudit(register, {
      at,
      user: register.actor.email,
      role: register.actor.role ?? '',
      caseId: plan.caseId,
      action: plan.action,
      from: plan.from,
      to: plan.to,
      changes: JSON.stringify(plan.changes),
      requestId,
      result: JSON.stringify(plan),
    });
    apply(register, plan, stamp, false);
    return plan.result;
  });
}
