/**
 * Rule-set settings: the thresholds of the eligibility rules and the calendar policy, each set
 * with a version and the date from which it is in force. A decision records the version it
 * used, so that it can be reproduced later. The zod schema is the single source of the type.
 */
import * as z from 'zod/mini';
import { isIsoDate } from '../isoDate';

// zod/mini: the tree-shakable API (the full one would add ~800 KB to every Apps Script run).
const isoDate = z.string().check(z.refine((s) => isIsoDate(s)));
const hhmm = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));
const intBetween = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));

/** Schema of one rule set; omitted thresholds take the SOP / Permensos defaults. */
export const ruleSettingsSchema = z
  .object({
    /** Name of this rule set, recorded with every decision, e.g. 'WRSE-2023.1'. */
    version: z.string().check(z.trim(), z.minLength(1)),
    /** First receipt date on which this rule set applies. */
    effectiveFrom: isoDate,
    /** Youngest eligible age in completed years on the receipt date. */
    minAge: z._default(intBetween(0, 150), 18),
    /** Oldest eligible age: 58 years and any days is eligible, 59 is not (SOP syarat 3). */
    maxAge: z._default(intBetween(0, 150), 58),
    /** Smallest group (Permensos 2/2019). */
    minGroupSize: z._default(intBetween(1, 1000), 5),
    /** Largest group (Permensos 2/2019). */
    maxGroupSize: z._default(intBetween(1, 1000), 20),
    /** Highest DTSEN decile (desil) still eligible; null = no limit. */
    maxDecile: z._default(z.nullable(intBetween(1, 10)), null),
    /** An extract older than this many days on the receipt date gives a warning; null = never. */
    dtsenMaxAgeDays: z._default(z.nullable(z.int().check(z.gte(0))), 365),
    /** Cuti bersama count as days off in due dates. */
    countCutiBersama: z._default(z.boolean(), true),
    /** Office hours for time standards in minutes. */
    officeOpen: z._default(hhmm, '07:30'),
    officeClose: z._default(hhmm, '16:00'),
  })
  .check(
    z.refine((s) => s.minAge <= s.maxAge, { path: ['minAge'] }),
    z.refine((s) => s.minGroupSize <= s.maxGroupSize, { path: ['minGroupSize'] }),
    z.refine((s) => s.officeOpen < s.officeClose, { path: ['officeOpen'] }),
  );

/** One rule set (all thresholds filled). */
export type RuleSettings = z.output<typeof ruleSettingsSchema>;

/** What a person can fix, per field (Indonesian). */
const FIELD_HINTS: Record<string, string> = {
  version: 'nama versi aturan wajib diisi',
  effectiveFrom: 'tanggal berlaku harus tanggal YYYY-MM-DD',
  minAge: 'usia minimum harus bilangan bulat 0-150 dan tidak lebih dari usia maksimum',
  maxAge: 'usia maksimum harus bilangan bulat 0-150',
  minGroupSize: 'jumlah anggota minimum harus bilangan bulat ≥ 1 dan tidak lebih dari maksimum',
  maxGroupSize: 'jumlah anggota maksimum harus bilangan bulat ≥ 1',
  maxDecile: 'batas desil harus 1-10, atau kosong untuk tanpa batas',
  dtsenMaxAgeDays: 'umur data DTSEN harus bilangan bulat hari ≥ 0, atau kosong',
  countCutiBersama: 'cuti bersama dihitung libur harus ya/tidak',
  officeOpen: 'jam buka harus HH:MM dan sebelum jam tutup',
  officeClose: 'jam tutup harus HH:MM',
};

/**
 * The default rule set: the SOP of 5 June 2023 (no. 188/48/Kept./403.107/2023) and
 * Permensos 2/2019.
 */
export const DEFAULT_RULE_SETTINGS: RuleSettings = {
  version: 'WRSE-2023.1',
  effectiveFrom: '2023-06-05',
  minAge: 18,
  maxAge: 58,
  minGroupSize: 5,
  maxGroupSize: 20,
  maxDecile: null,
  dtsenMaxAgeDays: 365,
  countCutiBersama: true,
  officeOpen: '07:30',
  officeClose: '16:00',
};

/**
 * Validates a rule set (e.g. a row of the settings tab), filling defaults. Never throws.
 * @example parseRuleSettings({ version: 'WRSE-2026.1', effectiveFrom: '2026-01-01', maxAge: 60 })
 * // { ok: true, settings: { version: 'WRSE-2026.1', ..., maxAge: 60, minAge: 18, ... } }
 */
export function parseRuleSettings(
  input: unknown,
): { ok: true; settings: RuleSettings } | { ok: false; errors: string[] } {
  const r = ruleSettingsSchema.safeParse(input);
  if (r.success) return { ok: true, settings: r.data };
  const errors = r.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    const hint = FIELD_HINTS[field] ?? 'pengaturan harus berupa objek';
    return field
      ? `Pengaturan aturan "${field}" tidak sah: ${hint}.`
      : `Pengaturan aturan tidak sah: ${hint}.`;
  });
  return { ok: false, errors: Array.from(new Set(errors)) };
}

/**
 * The rule set in force on a date: the one with the latest `effectiveFrom` not after `date`
 * (on a tie, the later one in the list). `null` when none is in force or the date is invalid.
 * @example ruleSetFor('2026-02-01', [DEFAULT_RULE_SETTINGS, { ...DEFAULT_RULE_SETTINGS, version: 'WRSE-2026.1', effectiveFrom: '2026-01-01' }])?.version // 'WRSE-2026.1'
 */
export function ruleSetFor(
  date: string,
  settingsList: readonly RuleSettings[],
): RuleSettings | null {
  if (!isIsoDate(date) || !Array.isArray(settingsList)) return null;
  let best: RuleSettings | null = null;
  for (const s of settingsList) {
    if (!s || !isIsoDate(s.effectiveFrom) || s.effectiveFrom > date) continue;
    if (best === null || s.effectiveFrom >= best.effectiveFrom) best = s;
  }
  return best;
}
