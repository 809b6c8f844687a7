/**
 * "Perbarui register kecamatan": for each of the 18 kecamatan, pull the pendamping's entries
 * back into the master, then write the register again from the master (only that kecamatan's
 * open cases and their members, NIK/KK masked), share it as editor with exactly the kecamatan's
 * active pendamping (anyone else but the owner loses access), and record the link, version and
 * outcome in the master's "Register Kecamatan" tab. Safe to re-run; a run stops after 4.5
 * minutes and a one-off trigger continues with the kecamatan left.
 */
import { maskNik, findDesa, kecamatanName } from '../../domain';
import { encodeBase, instructions } from '../../app/kecamatan/layout';
import { KECAMATAN_REGISTERS } from '../../app/register/tabs';
import type { Actor } from '../access';
import { ensureOfficeZone, readJsonProperty, scriptLock } from '../adapters';
import { budgetSpent, executionStartedAt } from '../clock';
import type { Register } from '../register';
import { instantLabel } from '../usecases/common';
import { kecamatanList, pendampingOf, readMaster, type MasterData } from './masterData';
import type { KecamatanRegisterRow } from './masterData';
import { pullBackRegister, type PullBackSummary } from './pullBack';
import { writeKecamatanRegister } from './sheetWriter';

export interface KecamatanOutcome {
  code: string;
  name: string;
  spreadsheetId: string;
  cases: number;
  members: number;
  editors: string[];
  pulled: Omit<PullBackSummary, 'messages'> | null;
  error: string;
}

function desaName(code: string): string {
  return findDesa(code)?.name ?? code;
}

/** The rows of one kecamatan register, from the master (in memory). */
function content(
  register: Register,
  data: MasterData,
  code: string,
  version: number,
  messages: Map<string, string>,
) {
  const stepName = new Map(register.steps().map((s) => [s.code, s.name]));
  const cases = (data.casesByKecamatan.get(code) ?? []).slice().sort((a, b) => {
    return String(a.id) < String(b.id) ? -1 : 1;
  });
  const caseRows = cases.map((c, i) => {
    const s = data.surveys.get(String(c.id));
    const v = {
      surveyDate: String(s?.surveyDate ?? ''),
      result: String(s?.result ?? ''),
      note: String(s?.note ?? ''),
    };
    return {
      caseId: c.id,
      groupName: c.groupName,
      desa: desaName(String(c.desa)),
      leader: c.leader,
      business: c.business,
      step: `${c.step} — ${stepName.get(String(c.step)) ?? ''}${c.status === 'Berjalan' ? '' : ` (${c.status})`}`,
      receivedOn: c.receivedOn,
      surveyDate: v.surveyDate,
      surveyResult: v.result,
      surveyNote: v.note,
      message: messages.get(String(c.id)) ?? '',
      base: encodeBase({ e: version, r: i + 2, v }),
    };
  });
  const memberRows = cases.flatMap((c) =>
    (data.membersByCase.get(String(c.id)) ?? []).map((m) => ({ c, m })),
  );
  return {
    cases: caseRows,
    members: memberRows.map(({ c, m }, i) => {
      const v = { validation: String(m.validation || 'Belum'), note: String(m.note ?? '') };
      return {
        memberId: m.id,
        caseId: m.caseId,
        groupName: c.groupName,
        name: m.name,
        nik: maskNik(String(m.nik)),
        kk: m.kk ? maskNik(String(m.kk)) : '',
        desa: m.desa ? desaName(String(m.desa)) : '',
        maritalStatus: m.maritalStatus,
        breadwinner: m.breadwinner ? 'Ya' : 'Tidak',
        validation: v.validation,
        note: v.note,
        message: messages.get(String(m.id)) ?? '',
        base: encodeBase({ e: version, r: i + 2, v }),
      };
    }),
  };
}

/** Gives edit access to exactly `wanted` (and the owner); removes everyone else. */
function share(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, wanted: string[]): string[] {
  const owner = (ss.getOwner()?.getEmail() ?? '').toLowerCase();
  const editors = ss.getEditors().map((u) => u.getEmail().toLowerCase());
  const viewers = ss.getViewers().map((u) => u.getEmail().toLowerCase());
  for (const e of editors) if (e !== owner && !wanted.includes(e)) ss.removeEditor(e);
  for (const v of viewers) if (!wanted.includes(v)) ss.removeViewer(v);
  const missing = wanted.filter((w) => w !== owner && !editors.includes(w));
  if (missing.length) ss.addEditors(missing);
  return wanted;
}

function openOrCreate(
  row: KecamatanRegisterRow | undefined,
  name: string,
): { ss: GoogleAppsScript.Spreadsheet.Spreadsheet; existed: boolean } {
  if (row?.spreadsheetId) {
    let ss: GoogleAppsScript.Spreadsheet.Spreadsheet | null = null;
    try {
      ss = SpreadsheetApp.openById(String(row.spreadsheetId));
    } catch {
      // Deleted or no longer ours: a new one is made (its entries, if any, cannot be read).
    }
    if (ss) {
      // Someone may have changed it in File › Settings: dates are read and written in WIB.
      ensureOfficeZone(ss);
      return { ss, existed: true };
    }
  }
  // A new spreadsheet takes its creator's zone and locale: set to the office's before writing.
  const ss = SpreadsheetApp.create(`Register WRSE Kecamatan ${name}`);
  ensureOfficeZone(ss);
  return { ss, existed: false };
}

function recordRegistry(register: Register, row: Record<string, unknown>): void {
  scriptLock.withLock(() => {
    const table = register.table<KecamatanRegisterRow>(KECAMATAN_REGISTERS);
    const stamp = { by: register.actor.email, at: register.now() };
    const current = table.get(String(row.code));
    if (current) table.update(String(row.code), Number(current.row.version), row, stamp);
    else table.insert([row as KecamatanRegisterRow], stamp);
  });
}

/** Pulls back, rewrites and shares one kecamatan register. */
export function refreshKecamatan(
  register: Register,
  data: MasterData,
  code: string,
): KecamatanOutcome {
  const name = kecamatanName(code) || code;
  const previous = data.registry.get(code);
  const users = pendampingOf(data, code);
  const actor: Actor | null = users[0]
    ? { email: users[0].email, name: String(users[0].name), role: 'Pendamping', kecamatan: code }
    : null;
  const { ss, existed } = openOrCreate(previous, name);
  const pulled = existed ? pullBackRegister(register, ss, code, name, data, actor) : null;
  const version = Number(previous?.exportVersion ?? 0) + 1;
  const rows = content(register, data, code, version, pulled?.messages ?? new Map());
  writeKecamatanRegister(ss, {
    instructions: instructions(name, instantLabel(register.now())),
    cases: rows.cases,
    members: rows.members,
    exportVersion: version,
  });
  const editors = share(
    ss,
    users.map((u) => u.email),
  );
  const summary = pulled
    ? `${pulled.entries} isian dibaca, ${pulled.applied} dipakai, ${pulled.findings} temuan (${pulled.conflicts} konflik).`
    : 'Register baru dibuat.';
  const registryRow = {
    code,
    name,
    spreadsheetId: ss.getId(),
    url: ss.getUrl(),
    exportVersion: version,
    exportedAt: register.now(),
    pulledAt: pulled ? register.now() : String(previous?.pulledAt ?? ''),
    cases: rows.cases.length,
    members: rows.members.length,
    editors: editors.join(', '),
    status: users.length ? 'Siap' : 'Tanpa Pendamping',
    summary,
  };
  recordRegistry(register, registryRow);
  data.registry.set(code, { ...(previous ?? {}), ...registryRow } as KecamatanRegisterRow);
  const { messages: _m, ...counts } = pulled ?? { messages: null };
  void _m;
  return {
    code,
    name,
    spreadsheetId: ss.getId(),
    cases: rows.cases.length,
    members: rows.members.length,
    editors,
    pulled: pulled ? (counts as Omit<PullBackSummary, 'messages'>) : null,
    error: '',
  };
}

const PROGRESS_KEY = 'wrse.kecamatanRefresh';

export interface RefreshProgress {
  /** Kecamatan codes done in this round. */
  done: string[];
  failed: string[];
  left: number;
  at: string;
  startedAt: string;
}

/** The progress of the current (or last) round, for the home sidebar and the next run. */
export function refreshProgress(): RefreshProgress | null {
  return readJsonProperty<RefreshProgress>(PROGRESS_KEY);
}

/**
 * Refreshes the kecamatan registers not yet done in the current round, until the time budget is
 * spent. `onProgress` is told after each kecamatan (the menu shows toasts).
 */
export function refreshAll(
  register: Register,
  onProgress: (outcome: KecamatanOutcome, index: number, total: number) => void = () => {},
  startedAt = executionStartedAt(),
): { outcomes: KecamatanOutcome[]; left: number } {
  const props = PropertiesService.getScriptProperties();
  const prior = refreshProgress();
  const round: RefreshProgress =
    prior && prior.left > 0
      ? prior
      : { done: [], failed: [], left: 18, at: register.now(), startedAt: register.now() };
  const all = kecamatanList();
  const todo = all.filter((k) => !round.done.includes(k.code));
  const data = readMaster(register);
  const outcomes: KecamatanOutcome[] = [];
  for (const k of todo) {
    if (budgetSpent(startedAt)) break;
    let outcome: KecamatanOutcome;
    try {
      outcome = refreshKecamatan(register, data, k.code);
    } catch (e) {
      outcome = {
        code: k.code,
        name: k.name,
        spreadsheetId: '',
        cases: 0,
        members: 0,
        editors: [],
        pulled: null,
        error: e instanceof Error ? e.message : String(e),
      };
      round.failed = [...round.failed.filter((c) => c !== k.code), k.code];
    }
    round.done.push(k.code);
    outcomes.push(outcome);
    round.left = all.length - round.done.length;
    round.at = register.now();
    props.setProperty(PROGRESS_KEY, JSON.stringify(round));
    onProgress(outcome, round.done.length, all.length);
  }
  return { outcomes, left: round.left };
}
