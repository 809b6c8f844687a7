/**
 * Pull-back of one kecamatan register into the master: reads its tabs (one `getValues` each),
 * lets `src/app/kecamatan/pullBack.ts` decide, then applies each case's accepted entries through
 * a `runAction` plan attributed to the kecamatan's pendamping (audited "via register
 * kecamatan", idempotent by a request ID derived from the export version and the entries) and
 * records every finding (conflict, invalid entry, wrong step, row added/deleted/moved by hand)
 * with the values typed, so that nothing is lost.
 */
import { RegisterError } from '../../app/register/errors';
import {
  pullBack,
  stableHash,
  type Finding,
  type MasterMember,
  type MasterSurvey,
  type MemberChange,
  type SurveyChange,
} from '../../app/kecamatan/pullBack';
import { KEC_CASES, KEC_EXPORTED, KEC_MEMBERS } from '../../app/kecamatan/layout';
import type { Saved } from '../../app/api/views';
import type { Actor } from '../access';
import type { Register } from '../register';
import { runAction, type Plan, type Write } from '../transaction';
import { today } from '../usecases/common';
import type { MasterData } from './masterData';

export interface PullBackSummary {
  entries: number;
  applied: number;
  findings: number;
  conflicts: number;
  /** Messages by record ID (member or case), shown in the register's "Keterangan Sistem". */
  messages: Map<string, string>;
}

function values(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): unknown[][] {
  const sheet = ss.getSheetByName(name);
  if (!sheet) return [];
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  return rows > 0 && cols > 0 ? sheet.getRange(1, 1, rows, cols).getValues() : [];
}

function exportedIds(table: unknown[][]): {
  version: number;
  cases: string[];
  members: string[];
} {
  const out = { version: 0, cases: [] as string[], members: [] as string[] };
  for (const [id, tabName] of table.slice(1)) {
    const text = String(id ?? '');
    if (tabName === 'Versi') out.version = Number(text.replace('VERSI-', '')) || 0;
    else if (tabName === KEC_CASES.name) out.cases.push(text);
    else if (tabName === KEC_MEMBERS.name) out.members.push(text);
  }
  return out;
}

function applyMembers(
  acting: Register,
  code: string,
  version: number,
  caseId: string,
  changes: MemberChange[],
  source: string,
): Saved {
  const requestId = `KEC-${stableHash(`${code}|${version}|${caseId}|${JSON.stringify(changes)}`)}`;
  const args = { code, version, caseId, changes };
  const request = { requestId, entry: 'pullBack.members', args, shared: true };
  return runAction(acting, request, (): Plan => {
    const c = acting.cases.get(caseId);
    if (!c) throw new RegisterError(`Kasus ${caseId} tidak ditemukan.`);
    const current = new Map(
      acting.members
        .findBy(
          'id',
          changes.map((m) => m.memberId),
        )
        .map((r) => [String(r.row.id), r.row]),
    );
    const writes: Write[] = changes.map((m) => {
      const row = current.get(m.memberId);
      if (!row || Number(row.version) !== m.fromVersion) {
        throw new RegisterError(
          `Anggota ${m.memberId} berubah selama penarikan; diulang pada penarikan berikutnya.`,
        );
      }
      return {
        table: 'members',
        op: 'update',
        id: m.memberId,
        fromVersion: m.fromVersion,
        changes: m.changes,
      };
    });
    return {
      action: `Validasi anggota via register kecamatan`,
      caseId,
      from: String(c.row.step),
      to: String(c.row.step),
      changes: {
        sumber: source,
        anggota: changes.map((m) => ({ id: m.memberId, ...m.changes })),
      },
      writes,
      result: {
        caseId,
        version: Number(c.row.version),
        step: String(c.row.step),
        status: String(c.row.status),
      } as Saved,
    };
  });
}

function applySurvey(
  acting: Register,
  code: string,
  version: number,
  change: SurveyChange,
  source: string,
): Saved {
  const requestId = `KEC-${stableHash(`${code}|${version}|${JSON.stringify(change)}`)}`;
  const args = { code, version, change };
  const request = { requestId, entry: 'pullBack.survey', args, shared: true };
  return runAction(acting, request, (): Plan => {
    const c = acting.cases.get(change.caseId);
    if (!c) throw new RegisterError(`Kasus ${change.caseId} tidak ditemukan.`);
    const current = acting.surveys.get(change.caseId);
    const currentVersion = current ? Number(current.row.version) : null;
    if (currentVersion !== change.fromVersion) {
      throw new RegisterError(
        `Survei kasus ${change.caseId} berubah selama penarikan; diulang pada penarikan berikutnya.`,
      );
    }
    const row = { ...change.row, reportedBy: acting.actor.email };
    const write: Write = current
      ? {
          table: 'surveys',
          op: 'update',
          id: change.caseId,
          fromVersion: change.fromVersion,
          changes: row,
        }
      : {
          table: 'surveys',
          op: 'insert',
          id: change.caseId,
          row: { caseId: change.caseId, kecamatan: code, ...row },
        };
    return {
      action: 'Laporan survei pendamping via register kecamatan',
      caseId: change.caseId,
      from: String(c.row.step),
      to: String(c.row.step),
      changes: { sumber: source, ...change.row },
      writes: [write],
      result: {
        caseId: change.caseId,
        version: Number(c.row.version),
        step: String(c.row.step),
        status: String(c.row.status),
      } as Saved,
    };
  });
}

/** The finding's stable ID: the same entry in the same export is recorded once. */
function findingId(code: string, version: number, f: Finding): string {
  return `TMN-${code.replace(/\./g, '')}-${version}-${stableHash(JSON.stringify(f))}`;
}

function recordFindings(
  register: Register,
  code: string,
  version: number,
  findings: Finding[],
  pendamping: string,
): void {
  if (findings.length === 0) return;
  const rows = findings.map((f) => ({
    id: findingId(code, version, f),
    kecamatan: code,
    ...f,
    pendamping,
    detectedAt: register.now(),
    status: f.kind === 'Konflik' ? 'Terbuka' : 'Dicatat',
  }));
  const requestId = `KEC-${stableHash(`${code}|${version}|${rows.map((r) => r.id).join(',')}`)}`;
  const args = { code, version, ids: rows.map((r) => r.id) };
  const request = { requestId, entry: 'pullBack.findings', args, shared: true };
  runAction(register, request, (): Plan => {
    const present = new Set(
      register.findings
        .findBy(
          'id',
          rows.map((r) => r.id),
        )
        .map((r) => String(r.row.id)),
    );
    const fresh = rows.filter((r) => !present.has(r.id));
    return {
      action: 'Temuan tarik register kecamatan',
      caseId: '',
      from: '',
      to: '',
      changes: { kecamatan: code, temuan: fresh.length },
      writes: fresh.map((row) => ({ table: 'findings', op: 'insert', id: row.id, row })),
      result: { caseId: '', version: 0, step: '', status: '' } as Saved,
    };
  });
}

/**
 * Pulls one register back into the master (and into `data`, so the export that follows writes
 * the master's new values). `pendamping`: the kecamatan's active pendamping; with none, entries
 * cannot be attributed and are recorded as findings only.
 */
export function pullBackRegister(
  register: Register,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  code: string,
  name: string,
  data: MasterData,
  pendamping: Actor | null,
): PullBackSummary {
  const exported = exportedIds(values(ss, KEC_EXPORTED.name));
  const cases = data.casesByKecamatan.get(code) ?? [];
  const masterMembers = new Map<string, MasterMember>();
  const masterSurveys = new Map<string, MasterSurvey>();
  for (const c of cases) {
    for (const m of data.membersByCase.get(String(c.id)) ?? []) {
      masterMembers.set(String(m.id), {
        id: String(m.id),
        caseId: String(m.caseId),
        validation: String(m.validation ?? ''),
        note: String(m.note ?? ''),
        version: Number(m.version),
      });
    }
    const s = data.surveys.get(String(c.id));
    if (s) {
      masterSurveys.set(String(c.id), {
        surveyDate: String(s.surveyDate ?? ''),
        result: String(s.result ?? ''),
        note: String(s.note ?? ''),
        version: Number(s.version),
      });
    }
  }
  const decided = pullBack({
    exportVersion: exported.version,
    cases: values(ss, KEC_CASES.name),
    members: values(ss, KEC_MEMBERS.name),
    exported,
    master: {
      cases: new Map(
        cases.map((c) => [
          String(c.id),
          { id: String(c.id), step: String(c.step), status: String(c.status) },
        ]),
      ),
      members: masterMembers,
      surveys: masterSurveys,
    },
    today: today(register),
  });
  const findings = [...decided.findings];
  // The audit row names the pendamping (whose entries these are) and who ran the pull-back.
  const source = `Register Kecamatan ${name} (ditarik oleh ${register.actor.email || 'pemicu'})`;
  let applied = 0;
  const messages = new Map<string, string>();
  const failed = (recordId: string, caseId: string, e: unknown, value: string) => {
    if (!(e instanceof RegisterError)) throw e;
    findings.push({
      kind: 'Tidak Sah',
      target: 'Anggota',
      recordId,
      caseId,
      field: '',
      baseValue: '',
      masterValue: '',
      pendampingValue: value,
      message: e.message,
    });
  };
  if (!pendamping && (decided.memberChanges.length || decided.surveyChanges.length)) {
    for (const m of decided.memberChanges) {
      failed(
        m.memberId,
        m.caseId,
        new RegisterError(
          'Tidak ada pendamping aktif untuk kecamatan ini; isian tidak dapat diatribusikan dan tidak dipakai.',
        ),
        JSON.stringify(m.changes),
      );
    }
    for (const s of decided.surveyChanges) {
      failed(
        s.caseId,
        s.caseId,
        new RegisterError(
          'Tidak ada pendamping aktif untuk kecamatan ini; isian tidak dapat diatribusikan dan tidak dipakai.',
        ),
        JSON.stringify(s.row),
      );
    }
  } else if (pendamping) {
    const acting = register.actingAs(pendamping);
    const byCase = new Map<string, MemberChange[]>();
    for (const m of decided.memberChanges) {
      byCase.set(m.caseId, [...(byCase.get(m.caseId) ?? []), m]);
    }
    for (const [caseId, changes] of byCase) {
      try {
        applyMembers(acting, code, exported.version, caseId, changes, source);
        applied += changes.length;
        for (const m of changes) {
          const row = (data.membersByCase.get(caseId) ?? []).find((x) => x.id === m.memberId);
          if (row) Object.assign(row, m.changes, { version: m.fromVersion + 1 });
          messages.set(m.memberId, 'Isian validasi Anda sudah dipakai di register induk.');
        }
      } catch (e) {
        for (const m of changes) failed(m.memberId, caseId, e, JSON.stringify(m.changes));
      }
    }
    for (const s of decided.surveyChanges) {
      try {
        applySurvey(acting, code, exported.version, s, source);
        applied += 1;
        data.surveys.set(s.caseId, {
          caseId: s.caseId,
          kecamatan: code,
          ...s.row,
          reportedBy: pendamping.email,
          version: (s.fromVersion ?? 0) + 1,
        } as never);
        messages.set(s.caseId, 'Hasil survei Anda sudah dipakai di register induk.');
      } catch (e) {
        failed(s.caseId, s.caseId, e, JSON.stringify(s.row));
      }
    }
  }
  recordFindings(register, code, exported.version, findings, pendamping?.email ?? '');
  for (const f of findings) {
    if (!f.recordId || f.kind === 'Baris Diabaikan') continue;
    const value = f.pendampingValue ? ` "${f.pendampingValue}"` : '';
    messages.set(
      f.recordId,
      `Isian${value} belum dipakai (${f.kind}): ${f.message} Isian tercatat untuk petugas.`,
    );
  }
  return {
    entries: decided.entries,
    applied,
    findings: findings.length,
    conflicts: findings.filter((f) => f.kind === 'Konflik').length,
    messages,
  };
}
