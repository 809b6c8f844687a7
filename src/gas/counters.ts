/**
 * The register's yearly counters — case numbers (`nomor.kasus.<year>` → `WRSE-<year>-0001`),
 * letter serials (`nomor.surat.<year>` → the agenda's `SRT-<year>-0001`), complaint IDs
 * (`nomor.pengaduan.<year>` → `PGD-<year>-0001`) — and how they only ever move forward.
 *
 * Home: a script property (`counter.<key>`), which the grid cannot reach (a hand edit of the
 * sheet cannot lower it); the Pengaturan row of the same key is a visible mirror, written with
 * each number taken and never read while a property exists. See docs/architecture.md.
 *
 * The property holds a claim: `{ value, base, request }` — serials `base + 1 … value` were taken
 * by `request`, written just before that request's audit row. The counter's value is:
 *   - `value`, when the tab already holds a row numbered `value` or more, or when the request's
 *     audit row exists (its retry will complete the rows);
 *   - otherwise the claim is an orphan (the execution died between the property and its audit
 *     row): `base` — the numbers were never used and are taken again, so none is skipped;
 * and never less than the highest serial the tab holds (a TextFinder from the end of the ID
 * column: robust to a counter lowered or deleted by hand). Numbers are taken under the script
 * lock, and the property is written only if it still holds what was read (compare-and-set).
 */
import { RegisterError, StaleDataError } from '../app/register/errors';
import { findRequest } from './audit';
import type { Register } from './register';
import type { SheetTable } from './sheetTable';
import type { TableName, Write } from './transaction';

export type CounterKind = 'kasus' | 'surat' | 'pengaduan';

interface CounterSpec {
  table: TableName;
  prefix: string;
  description: string;
}

const SPECS: Record<CounterKind, (year: string) => CounterSpec> = {
  kasus: (year) => ({
    table: 'cases',
    prefix: `WRSE-${year}-`,
    description: `Nomor urut kasus terakhir tahun ${year} (cermin; nilai sebenarnya disimpan register).`,
  }),
  surat: (year) => ({
    table: 'agenda',
    prefix: `SRT-${year}-`,
    description: `Nomor urut surat terakhir tahun ${year} (cermin; nilai sebenarnya disimpan register; jangan diubah).`,
  }),
  pengaduan: (year) => ({
    table: 'complaints',
    prefix: `PGD-${year}-`,
    description: `Nomor urut pengaduan terakhir tahun ${year} (cermin; nilai sebenarnya disimpan register).`,
  }),
};

/** The script property holding a counter. */
export function counterProperty(key: string): string {
  return `counter.${key}`;
}

interface Claim {
  value: number;
  base: number;
  request: string;
}

function parseClaim(raw: string | null): Claim | null {
  if (!raw) return null;
  try {
    const c = JSON.parse(raw) as Partial<Claim>;
    if (typeof c.value !== 'number' || !Number.isFinite(c.value)) return null;
    return {
      value: c.value,
      base: typeof c.base === 'number' ? c.base : c.value,
      request: String(c.request ?? ''),
    };
  } catch {
    const n = Number(raw);
    return Number.isFinite(n) ? { value: n, base: n, request: '' } : null;
  }
}

function tableOf(register: Register, name: TableName): SheetTable {
  const table = name === 'settings' ? register.settingsTable : register[name];
  return table as unknown as SheetTable;
}

/** The serial of an ID `<prefix>0007` (7), or 0. */
function serialOf(id: string | null, prefix: string): number {
  if (!id || !id.startsWith(prefix)) return 0;
  const n = Number(id.slice(prefix.length));
  return Number.isInteger(n) ? n : 0;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The highest serial the tab holds for this prefix (its last row so numbered), or 0. */
function lastSerial(register: Register, spec: CounterSpec): number {
  const id = tableOf(register, spec.table).lastIdMatching(`${escapeRegExp(spec.prefix)}\\d+`);
  return serialOf(id, spec.prefix);
}

/** What one execution read of a counter: the property as text, and the value it means. */
interface Reading {
  raw: string | null;
  value: number;
}

const readings = new WeakMap<Register, Map<string, Reading>>();

function readRaw(key: string): string | null {
  return PropertiesService.getScriptProperties().getProperty(counterProperty(key));
}

/** What the property (or, before its first use, the mirror) says, given the tab's highest. */
function storedValue(register: Register, key: string, claim: Claim | null, inTab: number): number {
  if (!claim) {
    // First use (a register from before counters moved to script properties): the mirror.
    const mirror = Number(register.setting(key) || '0');
    return Number.isFinite(mirror) ? mirror : 0;
  }
  if (inTab >= claim.value || !claim.request || findRequest(register, claim.request)) {
    return claim.value;
  }
  return claim.base; // an orphan claim: its numbers were never used
}

/** The counter's value now (see the module comment). Hold the lock. */
function read(register: Register, key: string, spec: CounterSpec): Reading {
  const raw = readRaw(key);
  const inTab = lastSerial(register, spec);
  return { raw, value: Math.max(storedValue(register, key, parseClaim(raw), inTab), inTab) };
}

/** Forgets what this execution read of the counters (each action reads them afresh). */
export function forgetCounterReadings(register: Register): void {
  readings.delete(register);
}

/**
 * Takes the next `count` consecutive numbers of counter `kind` for `year` (inside `runAction`'s
 * build, under the lock): the first serial and the write that advances the counter.
 */
export function takeSerials(
  register: Register,
  kind: CounterKind,
  year: string,
  count: number,
): { first: number; write: Write } {
  const key = `nomor.${kind}.${year}`;
  const spec = SPECS[kind](year);
  let memo = readings.get(register);
  if (!memo) {
    memo = new Map();
    readings.set(register, memo);
  }
  const reading = memo.get(key) ?? read(register, key, spec);
  const first = reading.value + 1;
  const to = reading.value + count;
  // A second number in the same plan continues from this one.
  memo.set(key, { raw: reading.raw, value: to });
  return {
    first,
    write: {
      table: 'settings',
      op: 'counter',
      id: key,
      from: reading.value,
      to,
      raw: reading.raw,
      year,
      description: spec.description,
    },
  };
}

type CounterWrite = Extract<Write, { op: 'counter' }>;

/**
 * The compare-and-set check of a plan's counters, before anything is written: each property
 * still holds what the plan read. Throws (nothing written) otherwise.
 */
export function checkCounters(writes: readonly CounterWrite[]): void {
  const seen = new Map<string, string | null>();
  for (const w of writes) {
    const raw = seen.has(w.id) ? seen.get(w.id)! : readRaw(w.id);
    seen.set(w.id, raw);
    if (raw !== w.raw) {
      throw new StaleDataError(
        `Nomor urut ${w.id} berubah selama permintaan ini disiapkan; ulangi. Tidak ada data yang diubah.`,
      );
    }
    if (w.to <= w.from) {
      throw new RegisterError(`Nomor urut ${w.id} tidak boleh mundur. Tidak ada data yang diubah.`);
    }
  }
}

/** Writes the claims of a plan's counters (just before its audit row). */
export function claimCounters(writes: readonly CounterWrite[], requestId: string): void {
  const last = new Map<string, CounterWrite>();
  const first = new Map<string, CounterWrite>();
  for (const w of writes) {
    last.set(w.id, w);
    if (!first.has(w.id)) first.set(w.id, w);
  }
  const props = PropertiesService.getScriptProperties();
  for (const [key, w] of last) {
    const base = first.get(key)!.from;
    props.setProperty(
      counterProperty(key),
      JSON.stringify({ value: w.to, base, request: requestId }),
    );
  }
}

/**
 * For a request being completed: whether its counter still needs advancing (never, once the
 * claim was written; a plan recorded by an older version advanced its counter in the sheet, which
 * is never rewritten from the plan).
 */
export function counterValue(register: Register, key: string): number {
  const [, kind, year] = key.split('.');
  const make = SPECS[kind as CounterKind];
  if (!make) return Number(register.setting(key) || '0');
  return read(register, key, make(year)).value;
}

/** A counter mismatch found by `counterMismatches`. */
export interface CounterMismatch {
  key: string;
  message: string;
}

/**
 * The counters' mismatches, for the integrity check (reads the ID columns of Kasus, Agenda Surat
 * and Pengaduan whole — a menu action, not a sidebar one): a counter behind the highest serial
 * its tab holds, a number held twice, a serial skipped without a void record (an agenda row with
 * status Batal keeps its number; a missing row is a skip), a mirror that differs.
 */
export function counterMismatches(register: Register): CounterMismatch[] {
  const out: CounterMismatch[] = [];
  for (const kind of Object.keys(SPECS) as CounterKind[]) {
    const byYear = new Map<string, { ids: string[]; numbers: string[] }>();
    const table = tableOf(register, SPECS[kind]('0').table);
    for (const { row } of table.all()) {
      const id = String(row[table.tab.idKey] ?? '');
      const m = /^[A-Z]+-(\d{4})-(\d+)$/.exec(id);
      if (!m || !id.startsWith(SPECS[kind](m[1]).prefix)) continue;
      const entry = byYear.get(m[1]) ?? { ids: [], numbers: [] };
      entry.ids.push(id);
      if (kind === 'surat') entry.numbers.push(String(row.number ?? ''));
      byYear.set(m[1], entry);
    }
    for (const [year, { ids, numbers }] of byYear) {
      const key = `nomor.${kind}.${year}`;
      const spec = SPECS[kind](year);
      const serials = ids.map((id) => serialOf(id, spec.prefix));
      const highest = Math.max(...serials);
      const claim = parseClaim(readRaw(key));
      // Read raw: the integrity check must report even when untrusted rule settings make
      // `register.setting` refuse (counters are not rule settings).
      const mirror = String(register.settingsTable.get(key)?.row.value ?? '');
      // The admin CLI's import-register numbers migrated cases over the Sheets API, which cannot
      // reach script properties: it moves the Pengaturan mirror only. A mirror ahead of the
      // property that equals the highest serial in the tab is that import, not a hand edit (the
      // next number taken is max(counter, tab) + 1 either way, and writes the property).
      const imported = claim !== null && Number(mirror) > claim.value && Number(mirror) === highest;
      const stored = imported
        ? highest
        : claim
          ? storedValue(register, key, claim, highest)
          : Number(mirror) || 0;
      if (stored < highest) {
        out.push({
          key,
          message: `Penghitung ${key} (${stored}) di bawah nomor tertinggi yang sudah dipakai (${highest}).`,
        });
      }
      if (claim && !imported && mirror !== '' && Number(mirror) !== claim.value) {
        out.push({
          key,
          message: `Baris ${key} di tab Pengaturan (${mirror}) berbeda dari penghitung register (${claim.value}); kemungkinan diubah manual.`,
        });
      }
      const twice = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
      const numberTwice = [...new Set(numbers.filter((n, i) => n && numbers.indexOf(n) !== i))];
      for (const dup of [...twice, ...numberTwice]) {
        out.push({ key, message: `Nomor ${dup} dipakai lebih dari sekali.` });
      }
      const held = new Set(serials);
      const skipped: number[] = [];
      for (let n = 1; n <= Math.max(highest, stored); n++) if (!held.has(n)) skipped.push(n);
      if (skipped.length > 0) {
        out.push({
          key,
          message: `Nomor urut ${key} terlewati tanpa catatan pembatalan: ${skipped.slice(0, 20).join(', ')}${skipped.length > 20 ? ', …' : ''}.`,
        });
      }
    }
  }
  return out;
}

/** The counters' mismatches as the integrity check's alert says them ('' when none). */
export function counterReport(register: Register): string {
  const found = counterMismatches(register);
  return found.length
    ? `\n\nPenghitung nomor:\n${found.map((m) => `- ${m.message}`).join('\n')}`
    : '';
}
