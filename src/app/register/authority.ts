/**
 * What gives approval power, as text to fingerprint (issue 13): a user's row in Pengguna, the
 * SOP step table (who does which step) and the rule settings in Pengaturan. Only an audited
 * change (the Admin form, or "Siapkan register") may change them: each such change writes an
 * audit row under a fixed key in the audit's case column, holding the fingerprint of what it
 * wrote. The server trusts a row only while it still matches the last audited fingerprint.
 *
 * Pure: the hashing itself is done by the caller (SHA-256 in Apps Script).
 */

/** The audit trail's key (its "ID Kasus" column) of the changes to one user's row. */
export function userAuditKey(email: string): string {
  return `Pengguna:${email.trim().toLowerCase()}`;
}

/** The audit trail's key of the changes to the SOP step table. */
export const SOP_AUDIT_KEY = 'Langkah SOP';

/** The audit trail's key of the changes to the rule settings. */
export const SETTINGS_AUDIT_KEY = 'Pengaturan';

/** Whether an audit key names an Admin change (not a case). */
export function isAuthorityKey(key: string): boolean {
  return key === SOP_AUDIT_KEY || key === SETTINGS_AUDIT_KEY || key.startsWith('Pengguna:');
}

/** One cell value as fingerprinted: text trimmed, empty and null alike, numbers and booleans kept. */
function norm(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value).trim();
}

/** The fields of a Pengguna row that give power or appear on letters (all but the stamps). */
export const USER_FIELDS = [
  'email',
  'name',
  'nip',
  'rank',
  'position',
  'role',
  'kecamatan',
  'active',
] as const;

export function userContent(row: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(
    USER_FIELDS.map((k) => (k === 'email' ? String(norm(row[k])).toLowerCase() : norm(row[k]))),
  );
}

/** The fields of a Langkah SOP row (all but the stamps). */
export const SOP_FIELDS = [
  'code',
  'order',
  'name',
  'role',
  'time',
  'unit',
  'input',
  'output',
  'returnable',
  'rejectable',
] as const;

export function stepContent(row: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(SOP_FIELDS.map((k) => norm(row[k])));
}

/**
 * Counters (case, letter and complaint serials) are written by every action; they are not rule
 * settings (they are checked against the agenda instead).
 */
export function isCounterSetting(key: string): boolean {
  return /^nomor\./.test(key.trim());
}

/**
 * The state of the DTSEN extract (`dtsen.impor`, `dtsen.tanggalData`), written by the admin CLI's
 * import-dtsen over the Sheets API, not through the Admin form: data about data, like the DTSEN
 * rows themselves (which carry their own data date), not a rule. Left out of the fingerprint so
 * that an import does not stop the register; the rows stay protected like the rule settings, so
 * only an Admin (or the CLI acting as one) can change them.
 */
export function isDataStatusSetting(key: string): boolean {
  return /^dtsen\.(impor|tanggalData)$/.test(key.trim());
}

/**
 * Whether a setting is a rule setting whose value the register trusts only as audited (its
 * fingerprint recorded by the Admin form): every setting but the counters and the DTSEN
 * extract's state.
 */
export function isFingerprintedSetting(key: string): boolean {
  return !isCounterSetting(key) && !isDataStatusSetting(key);
}

/** A rule setting as fingerprinted: key, value, effective date (the description is free text). */
export function settingContent(row: Readonly<Record<string, unknown>>): string {
  return JSON.stringify([norm(row.key), norm(row.value), norm(row.effectiveFrom)]);
}

/**
 * A table's audited state: the hash of each row by its key, as recorded in the audit row of the
 * last change. `differences` names the keys whose rows were added, removed or changed since.
 */
export type RowPrints = Record<string, string>;

export function differences(audited: RowPrints, current: RowPrints): string[] {
  const keys = new Set([...Object.keys(audited), ...Object.keys(current)]);
  return [...keys].filter((k) => audited[k] !== current[k]).sort();
}
