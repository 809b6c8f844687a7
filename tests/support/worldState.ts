/**
 * What a refused call must leave untouched, for before/after comparisons: every tab of every
 * spreadsheet, script/user/document properties, triggers, Drive and mail (the emulated world's
 * state without the clock, the cache, the logs and the locks). And the register's counters and
 * numbers, for the invariants of issue 13.
 */
import { encode } from '../../emulator/core/wire';
import type { TestRegister } from './register';

const KEPT = ['sheets', 'properties', 'triggers', 'drive', 'mail'];

/** The world's lasting state (Drive's daily quota usage left out: it is not data). */
export function worldState(register: TestRegister): unknown {
  const all = register.world.snapshot();
  const kept = JSON.parse(encode(KEPT.map((name) => [name, all[name] ?? null]))) as unknown[];
  const drive = (kept[3] as [string, Record<string, unknown> | null])[1];
  if (drive) delete drive.usage;
  return kept;
}

/** The path of the first difference between two states, or null when they are equal. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (a === b) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return `${path}: ${JSON.stringify(a)?.slice(0, 200)} → ${JSON.stringify(b)?.slice(0, 200)}`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = firstDifference(
      (a as Record<string, unknown>)[k],
      (b as Record<string, unknown>)[k],
      `${path}/${k}`,
    );
    if (d) return d;
  }
  return null;
}

/** The script properties (every store of the properties module merged; keys are unique). */
export function scriptProperties(register: TestRegister): Record<string, string> {
  const stores = (register.world.snapshot().properties ?? {}) as Record<
    string,
    Record<string, string>
  >;
  return Object.assign({}, ...Object.values(stores)) as Record<string, string>;
}

/** The value a counter's script property holds (see src/gas/counters.ts), or null. */
export function counterProperty(register: TestRegister, key: string): number | null {
  const raw = scriptProperties(register)[`counter.${key}`];
  if (raw === undefined) return null;
  return Number((JSON.parse(raw) as { value: number }).value);
}

/**
 * A counter's value: its script property, or (a register from before counters moved there) its
 * Pengaturan row; 0 when neither exists.
 */
export function counterValue(register: TestRegister, key: string): number {
  return counterProperty(register, key) ?? Number(setting(register, key) || 0);
}

/** A Pengaturan row's value ('' when absent). */
export function setting(register: TestRegister, key: string): string {
  const row = register.values('Pengaturan').find((r) => r[0] === key);
  return row ? String(row[1]) : '';
}

/** The non-empty cells of a column of a tab, by header. */
export function column(register: TestRegister, tab: string, header: string): unknown[] {
  const [head, ...rows] = register.values(tab);
  const i = (head as string[]).indexOf(header);
  return rows.map((r) => r[i]).filter((v) => v !== '');
}

/** The serials of IDs `<prefix><year>-NNNN` in a column. */
export function serials(ids: unknown[], prefix: string): number[] {
  return ids
    .map(String)
    .filter((id) => id.startsWith(prefix))
    .map((id) => Number(id.slice(prefix.length)));
}
