/**
 * What the Kadis approves (SOP step 8), as one text to fingerprint: the fields of the case and
 * of each member that the approval is about. Workflow columns (step, status, due dates, notes,
 * who/when stamps, versions) are left out: the register changes them itself after approval.
 * A hand edit of any approved field, an added or a removed member changes the text.
 *
 * Case: ID, group name, business, kecamatan, desa, address, leader, phone, receipt date, RAB
 * total, the four requirement checks. Member: ID, NIK, KK, name, birth date, marital status,
 * breadwinner, KTP/KK/certificate held, desa, address, validation result. Members in ID order.
 */

export const APPROVED_CASE_FIELDS = [
  'id',
  'groupName',
  'business',
  'kecamatan',
  'desa',
  'address',
  'leader',
  'phone',
  'receivedOn',
  'rabTotal',
  'reqRab',
  'reqProposal',
  'reqKtpKk',
  'reqCoverLetter',
] as const;

export const APPROVED_MEMBER_FIELDS = [
  'id',
  'nik',
  'kk',
  'name',
  'birthDate',
  'maritalStatus',
  'breadwinner',
  'hasKtp',
  'hasKk',
  'hasCertificate',
  'desa',
  'address',
  'validation',
] as const;

/** One cell value as fingerprinted: text trimmed, empty and null alike, numbers and booleans kept. */
function norm(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value).trim();
}

/** The text the approval fingerprint covers (hash it with SHA-256). */
export function approvalContent(
  c: Readonly<Record<string, unknown>>,
  members: ReadonlyArray<Readonly<Record<string, unknown>>>,
): string {
  const sorted = [...members].sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
  return JSON.stringify([
    APPROVED_CASE_FIELDS.map((k) => norm(c[k])),
    sorted.map((m) => APPROVED_MEMBER_FIELDS.map((k) => norm(m[k]))),
  ]);
}

/** The steps of an approved case before its handover: S09 (numbering) and S10 (handover of SKT). */
export const APPROVED_OPEN_STEPS = ['S09', 'S10'] as const;

/** The fingerprint the case was last approved (or last acknowledged) with, from its step records. */
export function approvedFingerprint(
  records: ReadonlyArray<{ step: unknown; action: unknown; at: unknown; data: unknown }>,
): string | null {
  const withPrint = records
    .map((r) => {
      try {
        const data = JSON.parse(String(r.data || '{}')) as { fingerprint?: unknown };
        return typeof data.fingerprint === 'string' && data.fingerprint
          ? { at: String(r.at), fingerprint: data.fingerprint }
          : null;
      } catch {
        return null;
      }
    })
    .filter((x): x is { at: string; fingerprint: string } => x !== null)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return withPrint.length ? withPrint[withPrint.length - 1].fingerprint : null;
}
