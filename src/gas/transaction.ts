/**
 * How every write action runs: inside the script lock, a request is applied at most once, by its
 * caller, and a request that failed half-way is completed by its retry.
 *
 * 1. Under the lock, look for the request's audit row (its ID is unique per form submission).
 *    Found: the request is bound to what it was made for — the caller (the row's user), the
 *    entry (use case) and a digest of its arguments (kept in the row's plan JSON, covered by the
 *    hash chain). The same caller with the same entry and arguments gets the stored result, and
 *    the writes that did not land are applied (a write that landed is never applied again);
 *    anything else with that ID is refused, and nothing is written.
 * 2. Otherwise build the plan: every read and check happens here, and a refusal throws before
 *    anything is written.
 * 3. Check every write of the plan before the first one (insert IDs absent, updated rows at the
 *    version the plan read, counters still at the value read — compare-and-set); a failed check
 *    throws and nothing is written.
 * 4. Claim the counters (script properties, see counters.ts), append the audit row holding the
 *    plan (write-ahead), then the plan's writes — inserts first, then updates, then removals —
 *    and flush before the lock is released.
 *
 * Sheets has no transactions (writes queued before an error are still committed): after a
 * failure a prefix of those writes landed, in that order, and the retry applies the rest.
 */
import type { Saved } from '../app/api/views';
import { RegisterError, StaleDataError } from '../app/register/errors';
import { scriptLock } from './adapters';
import { appendAudit, findRequest, sha256Hex } from './audit';
import { checkCounters, claimCounters, counterValue, forgetCounterReadings } from './counters';
import type { AuditRow, Register } from './register';
import type { LocatedRow, SheetTable } from './sheetTable';
import { saveVerificationSecret } from './verification';

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
  | { table: TableName; op: 'remove'; id: string }
  | {
      /** A counter taken by `takeSerials` (counters.ts): advanced by compare-and-set only. */
      table: 'settings';
      op: 'counter';
      /** The counter's key, e.g. `nomor.surat.2026` (its mirror row in Pengaturan). */
      id: string;
      from: number;
      to: number;
      /** The script property as read (null: unset), for the compare-and-set. */
      raw: string | null;
      year: string;
      description: string;
    };

export interface Plan {
  action: string;
  caseId: string;
  from: string;
  to: string;
  /** The changed fields, for people reading the audit trail. */
  changes: Record<string, unknown>;
  writes: Write[];
  result: Saved;
  /** What the request was made for (stored with the plan; absent in rows of older versions). */
  request?: { entry: string; digest: string };
}

/** A request: its ID (one per form submission), the use case, its arguments. */
export interface Request {
  requestId: string;
  /** The use case's name, e.g. `completeStep`. */
  entry: string;
  /** The arguments as parsed (the digest covers them, the request ID included). */
  args: unknown;
  /**
   * A request whose ID the register derives from its content (a pull-back, a detected hand
   * edit): any caller running the same content may complete or replay it; entry and arguments
   * are still bound.
   */
  shared?: boolean;
}

/** The refusal of a request ID used for something else. */
export const REQUEST_REUSED = 'Permintaan ini sudah dipakai untuk tindakan lain.';

/** JSON with object keys sorted (the same value always gives the same text). */
export function stableJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => stableJson(v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
}

/** The digest that binds a request to its entry and arguments. */
function requestDigest(entry: string, args: unknown): string {
  return sha256Hex(stableJson({ entry, args }));
}

function tableOf(register: Register, name: TableName): SheetTable {
  const table = name === 'settings' ? register.settingsTable : register[name];
  return table as unknown as SheetTable;
}

type Insert = Extract<Write, { op: 'insert' }>;
type Update = Extract<Write, { op: 'update' }>;
type Remove = Extract<Write, { op: 'remove' }>;
type Counter = Extract<Write, { op: 'counter' }>;

/** The writes left to do, each checked, in the order they are applied. */
interface Checked {
  counters: Counter[];
  /** Counter mirrors (Pengaturan rows) to write: update when found, else insert. */
  mirrors: Array<{ write: Counter; found: LocatedRow<Record<string, unknown>> | null }>;
  inserts: Map<TableName, Insert[]>;
  updates: Array<{ write: Update; found: LocatedRow<Record<string, unknown>> | null }>;
  removes: Remove[];
}

/** Inserts go table by table, the case row last (a case never stands without its records). */
function insertOrder(tables: TableName[]): TableName[] {
  return [...tables.filter((t) => t !== 'cases'), ...tables.filter((t) => t === 'cases')];
}

function staleUpdate(write: Update, found: LocatedRow<Record<string, unknown>> | null): Error {
  if (!found) {
    return new RegisterError(
      `Data "${write.id}" tidak ditemukan lagi; muat ulang formulir, lalu ulangi. Tidak ada data yang diubah.`,
    );
  }
  const row = found.row;
  return new StaleDataError(
    `Data "${write.id}" telah diubah oleh ${String(row.updatedBy || 'pengguna lain')} pada ` +
      `${String(row.updatedAt || 'waktu yang tidak tercatat')}; muat ulang formulir, lalu ulangi.`,
  );
}

/** Nothing checked yet. */
function emptyChecked(): Checked {
  return { counters: [], mirrors: [], inserts: new Map(), updates: [], removes: [] };
}

/**
 * Checks every write of a new plan before the first one is made: IDs to insert absent (and not
 * twice in the plan), rows to update present and at the version read, counters unchanged.
 * Throws a RegisterError, with nothing written, when one fails.
 */
function checkPlan(register: Register, plan: Plan): Checked {
  const checked = emptyChecked();
  for (const write of plan.writes) {
    if (write.op === 'insert') {
      checked.inserts.set(write.table, [...(checked.inserts.get(write.table) ?? []), write]);
    } else if (write.op === 'counter') {
      checked.counters.push(write);
    } else if (write.op === 'remove') {
      checked.removes.push(write);
    }
  }
  checkCounters(checked.counters);
  const mirrorIds = [...new Set(checked.counters.map((c) => c.id))];
  for (const id of mirrorIds) {
    const last = [...checked.counters].reverse().find((c) => c.id === id)!;
    checked.mirrors.push({ write: last, found: tableOf(register, 'settings').locate(id) });
  }
  for (const [name, writes] of checked.inserts) {
    const ids = writes.map((w) => w.id);
    const twice = ids.find((id, i) => ids.indexOf(id) !== i);
    const present = twice ?? [...tableOf(register, name).present(ids)][0];
    if (present !== undefined) {
      throw new RegisterError(
        `Tab "${tableOf(register, name).tab.name}": ID "${present}" sudah ada. Tidak ada data yang diubah.`,
      );
    }
  }
  const updated = new Set<string>();
  for (const write of plan.writes) {
    if (write.op !== 'update') continue;
    const key = `${write.table}/${write.id}`;
    // A second update of the same row in one plan reads it again when it is made.
    const found = updated.has(key) ? null : tableOf(register, write.table).locate(write.id);
    if (!updated.has(key)) {
      if (!found) throw staleUpdate(write, null);
      if (write.fromVersion !== null && found.row.version !== write.fromVersion) {
        throw staleUpdate(write, found);
      }
    }
    updated.add(key);
    checked.updates.push({ write, found });
  }
  return checked;
}

/** Makes the checked writes (the counters' claims are written before the audit row). */
function applyChecked(register: Register, checked: Checked, stamp: { by: string; at: string }) {
  for (const name of insertOrder([...checked.inserts.keys()])) {
    const rows = checked.inserts.get(name)!.map((w) => w.row);
    tableOf(register, name).insert(rows, stamp, { idsChecked: true });
  }
  const settings = tableOf(register, 'settings');
  for (const { write, found } of checked.mirrors) {
    if (found) {
      settings.update(write.id, null, { value: String(write.to) }, stamp, found);
    } else {
      settings.insert(
        [
          {
            key: write.id,
            value: String(write.to),
            effectiveFrom: `${write.year}-01-01`,
            description: write.description,
          },
        ],
        stamp,
      );
    }
  }
  for (const { write, found } of checked.updates) {
    tableOf(register, write.table).update(
      write.id,
      write.fromVersion,
      write.changes,
      stamp,
      found ?? undefined,
    );
  }
  for (const write of checked.removes) tableOf(register, write.table).remove(write.id);
}

/**
 * The writes of a recorded plan that did not land, checked (the retry of a request that failed
 * half-way). Inserts landed when their ID is present; an update of a versioned row landed when
 * the row is at the next version with this request's stamp, or further on with all the plan's
 * inserts present (they are made first; a move's step record is unique per case version); an
 * index row (Antrian) landed when it holds the plan's version or later, or is
 * gone; a removal when the row is gone. Counters are never written from a stored plan: the claim
 * was made before the audit row, and a plan of an older version wrote its counter in the sheet.
 */
function missingWrites(register: Register, plan: Plan, stamp: { by: string; at: string }): Checked {
  const checked = emptyChecked();
  let allInserted = true;
  const byTable = new Map<TableName, Insert[]>();
  for (const write of plan.writes) {
    if (write.op === 'insert')
      byTable.set(write.table, [...(byTable.get(write.table) ?? []), write]);
  }
  for (const [name, writes] of byTable) {
    const present = tableOf(register, name).present(writes.map((w) => w.id));
    const missing = writes.filter((w) => !present.has(w.id));
    if (missing.length > 0) {
      allInserted = false;
      checked.inserts.set(name, missing);
    }
  }
  for (const write of plan.writes) {
    if (write.op === 'counter') {
      // Claimed before the audit row: only a mirror behind it is brought forward.
      const found = tableOf(register, 'settings').locate(write.id);
      if (!found || Number(found.row.value || 0) < write.to) {
        if (counterValue(register, write.id) >= write.to) checked.mirrors.push({ write, found });
      }
    } else if (write.op === 'remove') {
      if (tableOf(register, write.table).get(write.id)) checked.removes.push(write);
    } else if (write.op === 'update') {
      if (write.table === 'settings' && write.fromVersion === null) continue; // an old counter
      const found = tableOf(register, write.table).locate(write.id);
      if (write.fromVersion === null) {
        const version = write.changes.version;
        if (!found) continue; // removed since: superseded
        if (typeof version === 'number' && Number(found.row.version) >= version) continue;
        checked.updates.push({ write, found });
        continue;
      }
      const version = found ? Number(found.row.version) : -1;
      // v + 1: this request's write when it bears its stamp; further: a later request moved the
      // row on from this one's, which (the inserts landing first) it could only do if they all
      // landed.
      const landed =
        version === write.fromVersion + 1
          ? String(found!.row.updatedBy).toLowerCase() === stamp.by.toLowerCase() &&
            String(found!.row.updatedAt) === stamp.at
          : version > write.fromVersion + 1 && allInserted;
      if (landed) continue;
      if (!found || found.row.version !== write.fromVersion) {
        throw new StaleDataError(
          'Permintaan ini tidak dapat diselesaikan karena data telah diubah oleh pengguna lain ' +
            'sejak permintaan pertama. Muat ulang formulir, lalu ulangi.',
        );
      }
      checked.updates.push({ write, found });
    }
  }
  return checked;
}

/** Refuses a request ID recorded for another caller, entry, arguments or case. */
function checkBinding(
  register: Register,
  prior: AuditRow,
  plan: Plan,
  request: Request,
  digest: string,
): void {
  const caller = register.actor.email.trim().toLowerCase();
  const owner = String(prior.user).trim().toLowerCase();
  const sameCaller = request.shared || (caller !== '' && caller === owner);
  // A row of an older version has no entry or digest: only its own caller may replay it.
  const sameRequest =
    !plan.request || (plan.request.entry === request.entry && plan.request.digest === digest);
  if (!sameCaller || !sameRequest) throw new RegisterError(REQUEST_REUSED);
}

/**
 * Runs a write action: applied once per request ID and bound to its caller, entry and
 * arguments; planned by `build` (reads and checks; may throw a RegisterError, and then nothing
 * is written); every write checked; audited; written; flushed; under the lock.
 */
export function runAction(register: Register, request: Request, build: () => Plan): Saved {
  return scriptLock.withLock(() => {
    const digest = requestDigest(request.entry, request.args);
    const prior = findRequest(register, request.requestId);
    if (prior) {
      const plan = JSON.parse(String(prior.result)) as Plan;
      checkBinding(register, prior, plan, request, digest);
      const stamp = { by: String(prior.user), at: String(prior.at) };
      applyChecked(register, missingWrites(register, plan, stamp), stamp);
      return plan.result;
    }
    forgetCounterReadings(register);
    const plan: Plan = { ...build(), request: { entry: request.entry, digest } };
    const checked = checkPlan(register, plan);
    const at = register.now();
    const stamp = { by: register.actor.email, at };
    saveVerificationSecret();
    claimCounters(checked.counters, request.requestId);
    appendAudit(register, {
      at,
      user: register.actor.email,
      role: register.actor.role ?? '',
      caseId: plan.caseId,
      action: plan.action,
      from: plan.from,
      to: plan.to,
      changes: JSON.stringify(plan.changes),
      requestId: request.requestId,
      result: JSON.stringify(plan),
    });
    applyChecked(register, checked, stamp);
    return plan.result;
  });
}
