/**
 * Approval power comes only from audited changes (issue 13). The rows that decide who may do
 * what — a user's row in Pengguna, the SOP step table, the rule settings in Pengaturan — are
 * changed by the Admin form (`usecases/admin.ts`) or by "Siapkan register", each change an audit
 * row (key in the audit's case column, see `src/app/register/authority.ts`) holding the
 * fingerprint of what it wrote. Here the server compares the rows with the last audited
 * fingerprint before trusting them, and a case's step and status with the last audited write to
 * its row. Each check is one TextFinder on the audit's case column and the rows it finds (flat in
 * the register's size).
 */
import {
  SETTINGS_AUDIT_KEY,
  SOP_AUDIT_KEY,
  differences,
  isFingerprintedSetting,
  settingContent,
  stepContent,
  userAuditKey,
  userContent,
  type RowPrints,
} from '../app/register/authority';
import { RegisterError } from '../app/register/errors';
import { auditContent, sha256Hex } from './audit';
import type { SheetTable } from './sheetTable';
import type { AuditRow } from './register';

/** The audit tab. */
type AuditTable = SheetTable<AuditRow>;

/** Where the admin menu and form live, for the messages. */
export const ADMIN_FORM = 'WRSE › Admin › Pengguna & aturan';

function parseJson(text: unknown): Record<string, unknown> {
  try {
    const value = JSON.parse(String(text ?? '')) as unknown;
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Whether an audit row's own hash holds (it is what `appendAudit` wrote, not typed in). */
export function rowHashHolds(row: AuditRow): boolean {
  return sha256Hex(String(row.previousHash ?? '') + auditContent(row)) === String(row.hash ?? '');
}

/**
 * Audit rows oldest first by their time: the Riwayat tab may have been sorted by hand, so the
 * tab's row order is not the order of events. Rows of the same instant keep the tab's order.
 */
export function inTimeOrder(rows: readonly AuditRow[]): AuditRow[] {
  const time = (row: AuditRow) => {
    const at = row.at as unknown;
    const ms = at instanceof Date ? at.getTime() : Date.parse(String(at ?? ''));
    return Number.isNaN(ms) ? 0 : ms;
  };
  return rows
    .map((row, i) => ({ row, i, t: time(row) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.row);
}

/**
 * The audit rows recorded under `key` (one TextFinder), oldest first by time: only rows whose
 * own hash holds. A row typed by hand (a wrong or missing hash, a value that does not decode) is
 * left out, so it can neither grant nor withhold anything; the integrity check reports it.
 */
export function auditedRows(audit: AuditTable, key: string): AuditRow[] {
  return inTimeOrder(
    audit
      .findBy('caseId', [key], { skipInvalid: true })
      .map((r) => r.row)
      .filter(rowHashHolds),
  );
}

/** The changes recorded by the last audited change under `key`, or null when there was none. */
export function lastAuditedChanges(audit: AuditTable, key: string): Record<string, unknown> | null {
  const rows = auditedRows(audit, key);
  return rows.length ? parseJson(rows[rows.length - 1].changes) : null;
}

// ------------------------------------------------------------------------------ users

export function userFingerprint(row: Readonly<Record<string, unknown>>): string {
  return sha256Hex(userContent(row));
}

/** Whether a Pengguna row is exactly what the last audited change to it wrote. */
export function userRowAudited(audit: AuditTable, row: Readonly<Record<string, unknown>>): boolean {
  const last = lastAuditedChanges(audit, userAuditKey(String(row.email ?? '')));
  return last !== null && last.fingerprint === userFingerprint(row);
}

/** Why a role is withheld from a user whose row was not written by an audited change. */
export function unauditedUserMessage(email: string): string {
  return (
    `Peran ${email} di tab Pengguna belum tercatat sebagai perubahan oleh Admin ` +
    `(diketik atau diubah langsung di lembar). Register tidak memberi peran sampai Admin ` +
    `menyimpan atau mengonfirmasi baris ini lewat ${ADMIN_FORM}.`
  );
}

// --------------------------------------------------------------------- SOP and settings

export function stepPrints(rows: ReadonlyArray<Readonly<Record<string, unknown>>>): RowPrints {
  const out: RowPrints = {};
  for (const row of rows) {
    const code = String(row.code ?? '').trim();
    if (code) out[code] = sha256Hex(stepContent(row));
  }
  return out;
}

export function settingPrints(rows: ReadonlyArray<Readonly<Record<string, unknown>>>): RowPrints {
  const out: RowPrints = {};
  for (const row of rows) {
    const key = String(row.key ?? '').trim();
    // A second row with the same key would override the first (the last one wins): kept apart.
    if (key && isFingerprintedSetting(key)) {
      const name = key in out ? `${key} (baris ganda)` : key;
      out[name] = sha256Hex(settingContent(row));
    }
  }
  return out;
}

/** The prints the last audited change of a table recorded, or null. */
export function auditedPrints(audit: AuditTable, key: string): RowPrints | null {
  const last = lastAuditedChanges(audit, key);
  const prints = last?.sidikJari;
  return prints && typeof prints === 'object' ? (prints as RowPrints) : null;
}

/** What differs between a table and its last audited state; null when it was never audited. */
export function tableDifferences(
  audit: AuditTable,
  key: typeof SOP_AUDIT_KEY | typeof SETTINGS_AUDIT_KEY,
  current: RowPrints,
): string[] | null {
  const audited = auditedPrints(audit, key);
  return audited ? differences(audited, current) : null;
}

const TAB_OF_KEY = { [SOP_AUDIT_KEY]: 'Langkah SOP', [SETTINGS_AUDIT_KEY]: 'Pengaturan' };

/** Refuses to use a table that differs from its last audited state. */
export function requireAuditedTable(
  audit: AuditTable,
  key: typeof SOP_AUDIT_KEY | typeof SETTINGS_AUDIT_KEY,
  current: RowPrints,
): void {
  const diff = tableDifferences(audit, key, current);
  const tab = TAB_OF_KEY[key];
  if (diff === null) {
    throw new RegisterError(
      `Isi tab "${tab}" belum pernah dicatat oleh Admin. Minta Admin menjalankan ` +
        'WRSE › Admin › Siapkan register sekali; tidak ada data yang diubah.',
    );
  }
  if (diff.length > 0) {
    throw new RegisterError(
      `Tab "${tab}" diubah langsung di lembar, tidak melalui formulir Admin ` +
        `(${key === SOP_AUDIT_KEY ? 'langkah' : 'kunci'} ${diff.join(', ')}). ` +
        'Register tidak memakai isi yang tidak tercatat; minta Admin memeriksa dan menyimpannya ' +
        `lewat ${ADMIN_FORM}. Tidak ada data yang diubah.`,
    );
  }
}

// ------------------------------------------------------------------------------ cases

export interface AuditedCaseState {
  step: string;
  status: string;
  version: number;
}

interface PlannedWrite {
  table?: string;
  op?: string;
  id?: string;
  fromVersion?: number | null;
  row?: Record<string, unknown>;
  changes?: Record<string, unknown>;
}

/**
 * The state of a case's row as its audited actions left it: the case writes in the plans of its
 * audit rows, replayed in version order (the insert, then each update by the version it moved
 * from — so the order of the audit tab's rows does not matter). null when no audited action
 * wrote the row.
 */
export function auditedCaseState(
  rows: ReadonlyArray<{ result: unknown }>,
  caseId: string,
): AuditedCaseState | null {
  let state: AuditedCaseState | null = null;
  const updates: PlannedWrite[] = [];
  for (const row of rows) {
    const writes = parseJson(row.result).writes;
    if (!Array.isArray(writes)) continue;
    for (const w of writes as PlannedWrite[]) {
      if (w.table !== 'cases' || w.id !== caseId) continue;
      if (w.op === 'insert' && w.row) {
        state = {
          step: String(w.row.step ?? ''),
          status: String(w.row.status || 'Berjalan'),
          version: Number(w.row.version ?? 1),
        };
      } else if (w.op === 'update' && typeof w.fromVersion === 'number') {
        updates.push(w);
      }
    }
  }
  if (!state) return null;
  updates.sort((a, b) => Number(a.fromVersion) - Number(b.fromVersion));
  for (const w of updates) {
    const c = w.changes ?? {};
    state = {
      step: 'step' in c ? String(c.step) : state.step,
      status: 'status' in c ? String(c.status || 'Berjalan') : state.status,
      version: Number(w.fromVersion) + 1,
    };
  }
  return state;
}

/** Whether a case row's step, status and version are what its audited actions left. */
export function caseMatchesAudit(
  c: Readonly<Record<string, unknown>>,
  audited: AuditedCaseState | null,
): boolean {
  return (
    audited !== null &&
    String(c.step) === audited.step &&
    String(c.status || 'Berjalan') === audited.status &&
    Number(c.version) === audited.version
  );
}

/** The refusal for a case whose step or status was changed by hand. */
export function caseMovedByHand(caseId: string, audited: AuditedCaseState | null): RegisterError {
  return new RegisterError(
    `Langkah atau status kasus ${caseId} di tab Kasus tidak sesuai dengan riwayatnya ` +
      `(${audited ? `menurut Riwayat: ${audited.step} (${audited.status}), versi ${audited.version}` : 'tidak ada riwayat pendaftarannya'}); ` +
      'kasus ini tampaknya diubah langsung di lembar. Mohon hubungi Admin register untuk ' +
      'memeriksanya. Tidak ada data yang diubah.',
  );
}

/** Refuses to act on a case whose row does not match its audit (one TextFinder). */
export function requireAuditedCase(audit: AuditTable, c: Readonly<Record<string, unknown>>): void {
  const caseId = String(c.id);
  const audited = auditedCaseState(auditedRows(audit, caseId), caseId);
  if (!caseMatchesAudit(c, audited)) throw caseMovedByHand(caseId, audited);
}

/**
 * Refuses numbering (S09) unless the case's latest S08 record is an approval made by a Kadis.
 * A case with no such record — moved to S09 by hand, or approved by someone who was not a
 * Kadis — is not numbered, whatever its row says.
 */
export function requireKadisApproval(
  caseId: string,
  records: ReadonlyArray<{ step: unknown; action: unknown; role: unknown; at: unknown }>,
): void {
  const s08 = records
    .filter((r) => String(r.step) === 'S08')
    .sort((a, b) => (String(a.at) < String(b.at) ? -1 : 1));
  const last = s08[s08.length - 1];
  if (!last || String(last.action) !== 'Selesai' || String(last.role) !== 'Kadis') {
    throw new RegisterError(
      `Kasus ${caseId} belum memiliki catatan persetujuan Kepala Dinas (langkah S08), ` +
        'sehingga suratnya tidak dapat diberi nomor. Mohon hubungi Admin register untuk ' +
        'memeriksanya. Tidak ada data yang diubah.',
    );
  }
}

// ------------------------------------------------------------------ the integrity check

export interface AuthorityFinding {
  tab: 'Pengguna' | 'Langkah SOP' | 'Pengaturan' | 'Kasus';
  text: string;
}

/**
 * Every row that gives power or moves a case and differs from its audit: Pengguna rows, SOP
 * steps, rule settings, cases' step/status/version. A batch (menu "Periksa integritas
 * riwayat"): the audit, Pengguna, Langkah SOP, Pengaturan and Kasus tabs read once each.
 */
export function authorityFindings(tabs: {
  audit: ReadonlyArray<AuditRow>;
  users: ReadonlyArray<Record<string, unknown>>;
  steps: ReadonlyArray<Record<string, unknown>>;
  settings: ReadonlyArray<Record<string, unknown>>;
  cases: ReadonlyArray<Record<string, unknown>>;
}): AuthorityFinding[] {
  const byKey = new Map<string, AuditRow[]>();
  for (const row of inTimeOrder(tabs.audit)) {
    const key = String(row.caseId ?? '');
    if (!key) continue;
    const list = byKey.get(key);
    if (list) list.push(row);
    else byKey.set(key, [row]);
  }
  const lastChanges = (key: string) => {
    const rows = byKey.get(key);
    return rows ? parseJson(rows[rows.length - 1].changes) : null;
  };
  const out: AuthorityFinding[] = [];
  for (const u of tabs.users) {
    const email = String(u.email ?? '').trim();
    if (!email) continue;
    const last = lastChanges(userAuditKey(email));
    if (!last || last.fingerprint !== userFingerprint(u)) {
      out.push({
        tab: 'Pengguna',
        text: `${email} (peran ${String(u.role)}): ${last ? 'diubah' : 'ditambahkan'} langsung di lembar, tidak tercatat oleh Admin — tidak diberi peran`,
      });
    }
  }
  const tables = [
    ['Langkah SOP', SOP_AUDIT_KEY, stepPrints(tabs.steps), 'langkah'],
    ['Pengaturan', SETTINGS_AUDIT_KEY, settingPrints(tabs.settings), 'kunci'],
  ] as const;
  for (const [tab, key, current, noun] of tables) {
    const prints = lastChanges(key)?.sidikJari;
    if (!prints || typeof prints !== 'object') {
      out.push({ tab, text: 'belum pernah dicatat oleh Admin (jalankan Siapkan register)' });
      continue;
    }
    const diff = differences(prints as RowPrints, current);
    if (diff.length) {
      out.push({
        tab,
        text: `${noun} ${diff.join(', ')} diubah langsung di lembar, tidak tercatat oleh Admin`,
      });
    }
  }
  for (const c of tabs.cases) {
    const id = String(c.id ?? '').trim();
    if (!id) continue;
    const audited = auditedCaseState(byKey.get(id) ?? [], id);
    if (!caseMatchesAudit(c, audited)) {
      out.push({
        tab: 'Kasus',
        text: `${id} di ${String(c.step)} (${String(c.status || 'Berjalan')}), versi ${String(c.version)}; menurut Riwayat ${audited ? `${audited.step} (${audited.status}), versi ${audited.version}` : 'tidak pernah didaftarkan'}`,
      });
    }
  }
  return out;
}

// ------------------------------------------------------------------ members and step records

/**
 * The member fields that decide eligibility and who is on the letters: a hand edit of any of
 * them (a Tidak Valid typed back to Valid, a decile typed for someone not in DTSEN) must not pass
 * the SOP gate or reach a letter.
 */
const MEMBER_DECISIVE = ['nik', 'kk', 'validation', 'dtsenDecile'] as const;

function cellText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/**
 * The decisive fields of a case's members as its audited actions left them (the inserts of the
 * intake or import, then each update by the version it moved from).
 */
export function auditedMembers(
  rows: ReadonlyArray<{ result: unknown }>,
  caseId: string,
): Map<string, Record<string, string>> {
  const state = new Map<string, Record<string, string>>();
  const updates: PlannedWrite[] = [];
  for (const row of rows) {
    const writes = parseJson(row.result).writes;
    if (!Array.isArray(writes)) continue;
    for (const w of writes as PlannedWrite[]) {
      if (w.table !== 'members' || !w.id) continue;
      if (w.op === 'insert' && w.row && String(w.row.caseId) === caseId) {
        state.set(w.id, Object.fromEntries(MEMBER_DECISIVE.map((k) => [k, cellText(w.row?.[k])])));
      } else if (w.op === 'update' && typeof w.fromVersion === 'number') {
        updates.push(w);
      }
    }
  }
  updates.sort((a, b) => Number(a.fromVersion) - Number(b.fromVersion));
  for (const w of updates) {
    const before = state.get(String(w.id));
    if (!before) continue;
    const c = w.changes ?? {};
    state.set(String(w.id), {
      ...before,
      ...Object.fromEntries(MEMBER_DECISIVE.filter((k) => k in c).map((k) => [k, cellText(c[k])])),
    });
  }
  return state;
}

/**
 * Refuses to decide on a case whose members' decisive fields differ from what its audited actions
 * wrote (one TextFinder on the audit's case column): the gate and the letters use only audited
 * data.
 */
export function requireAuditedMembers(
  audit: AuditTable,
  caseId: string,
  members: ReadonlyArray<Readonly<Record<string, unknown>>>,
): void {
  const audited = auditedMembers(auditedRows(audit, caseId), caseId);
  const edited: string[] = [];
  for (const m of members) {
    const was = audited.get(String(m.id));
    if (!was || MEMBER_DECISIVE.some((k) => cellText(m[k]) !== was[k])) edited.push(String(m.id));
  }
  if (edited.length > 0) {
    throw new RegisterError(
      `Data anggota ${edited.join(', ')} di tab Anggota tidak sesuai dengan riwayatnya (NIK, KK, ` +
        'hasil validasi atau desil DTSEN diubah langsung di lembar). Mohon hubungi Admin register ' +
        'untuk memeriksanya; perubahan data anggota dilakukan lewat langkah SOP. Tidak ada data ' +
        'yang diubah.',
    );
  }
}

/**
 * Refuses a step record whose content differs from the one its audited action inserted (a
 * forged override or approval typed into Langkah Kasus).
 */
export function requireAuditedRecord(
  audit: AuditTable,
  caseId: string,
  record: Readonly<Record<string, unknown>>,
): void {
  const fields = ['step', 'action', 'by', 'role', 'data'] as const;
  for (const row of auditedRows(audit, caseId)) {
    const writes = parseJson(row.result).writes;
    if (!Array.isArray(writes)) continue;
    for (const w of writes as PlannedWrite[]) {
      if (w.table === 'stepRecords' && w.op === 'insert' && w.id === String(record.id) && w.row) {
        if (fields.every((k) => cellText(w.row?.[k]) === cellText(record[k]))) return;
      }
    }
  }
  throw new RegisterError(
    `Catatan langkah ${String(record.id)} di tab Langkah Kasus tidak sesuai dengan riwayatnya ` +
      '(diubah atau ditambahkan langsung di lembar). Mohon hubungi Admin register untuk ' +
      'memeriksanya. Tidak ada data yang diubah.',
  );
}
