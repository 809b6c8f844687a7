/**
 * An approved case edited by hand (issue 7). At the Kadis approval (S08) the step record keeps a
 * fingerprint of the approved fields (`src/app/register/approval.ts`). Afterwards, until the SKT
 * is handed over (the case waits at S09 or S10), a difference means someone changed the case or
 * its members in the sheet:
 * - waiting at S09 (no letter numbered yet): the case goes back to S08 (Berjalan, waiting for
 *   the Kadis) with the audit action "Diubah manual setelah disetujui";
 * - waiting at S10 (letters already numbered): nothing is un-numbered; the case is flagged (the
 *   same audit action, a step record "Ditandai" holding the new fingerprint, so it is flagged
 *   once) for the Kadis to decide (e.g. Agenda › Ganti surat).
 * Either way the active Kadis are mailed. Three detectors: the installable onEdit trigger (one
 * edit, the rows it touched), the check before numbering at S09, and the daily/integrity batch
 * (edits the trigger cannot see: by API, by a script, row deletions, a missed trigger).
 */
import {
  APPROVED_OPEN_STEPS,
  approvalContent,
  approvedFingerprint,
} from '../app/register/approval';
import { CASES, MEMBERS, STEP_RECORDS, USERS } from '../app/register/tabs';
import { RegisterError } from '../app/register/errors';
import { sha256Hex } from './audit';
import type { CaseRow, MemberRow, Register, StepRecordRow } from './register';
import { runAction, type Plan } from './transaction';
import { movePlan, stepRecordWrite } from './usecases/move';
import { SheetTable } from './sheetTable';
import { createDailyTrigger, deleteTriggers, noteInstalledBy } from './triggers';

export const EDIT_WATCH_HANDLER = 'watchManualEdits';
export const APPROVAL_CHECK_HANDLER = 'dailyApprovalCheck';
export const EDITED_ACTION = 'Diubah manual setelah disetujui';
/** An edit touching more rows than this is left to the daily check (constant trigger cost). */
export const MAX_WATCHED_ROWS = 50;

export function approvalFingerprint(c: CaseRow, members: readonly MemberRow[]): string {
  return sha256Hex(approvalContent(c, members));
}

/** Whether the case waits at S09/S10 with approved fields that differ from its approval. */
export function editedSinceApproval(
  c: CaseRow,
  members: readonly MemberRow[],
  records: readonly StepRecordRow[],
): { edited: boolean; current: string } {
  const current = approvalFingerprint(c, members);
  const open = (APPROVED_OPEN_STEPS as readonly string[]).includes(String(c.step));
  if (!open || (c.status || 'Berjalan') !== 'Berjalan') return { edited: false, current };
  const approved = approvedFingerprint(records);
  // A case approved before fingerprints were recorded has nothing to compare with.
  return { edited: approved !== null && approved !== current, current };
}

export interface Detection {
  caseId: string;
  /** 'S08' when sent back, 'S10' when flagged. */
  outcome: 'sentBack' | 'flagged';
}

/**
 * Sends back (S09) or flags (S10) one case if it was edited after approval, as an audited
 * action; `source` says which detector saw it, `editor` who edited (when known). Re-reads the
 * case under the lock; returns null when there is nothing (more) to do.
 */
export function handleEditedCase(
  register: Register,
  caseId: string,
  source: string,
  editor = '',
): Detection | null {
  let outcome: Detection['outcome'] | null = null;
  const nothing = new Error('nothing to do');
  try {
    // A first look without the lock: most edited rows belong to cases not waiting at S09/S10.
    const first = register.cases.get(caseId);
    if (!first || !(APPROVED_OPEN_STEPS as readonly string[]).includes(String(first.row.step))) {
      return null;
    }
    const seen = editedSinceApproval(
      first.row,
      register.caseMembers(caseId),
      register.stepRecords.findBy('caseId', [caseId]).map((r) => r.row),
    );
    if (!seen.edited) return null;
    // One request per case version and edited content: a repeated event is applied once.
    const requestId = `ubah-${caseId}-v${Number(first.row.version)}-${seen.current.slice(0, 12)}`;
    const request = { requestId, entry: 'handleEditedCase', args: { caseId }, shared: true };
    runAction(register, request, (): Plan => {
      const found = register.cases.get(caseId);
      if (!found) throw nothing;
      const c = found.row;
      const members = register.caseMembers(caseId);
      const records = register.stepRecords.findBy('caseId', [caseId]).map((r) => r.row);
      const check = editedSinceApproval(c, members, records);
      if (!check.edited) throw nothing;
      const changes = { sumber: source, diubahOleh: editor || '(tidak diketahui)' };
      if (String(c.step) === 'S09') {
        outcome = 'sentBack';
        return movePlan(register, {
          c,
          next: { step: 'S08', status: 'Berjalan' },
          auditAction: EDITED_ACTION,
          auditChanges: changes,
          record: {
            action: 'Dikembalikan ke persetujuan',
            summary:
              'Data kasus atau anggota diubah langsung di lembar setelah disetujui; kasus kembali menunggu persetujuan Kepala Dinas.',
            data: changes,
          },
        });
      }
      outcome = 'flagged';
      const recordId = `${caseId}-${String(c.step)}-UBAH-${check.current.slice(0, 12)}`;
      const now = register.now();
      const state = `${String(c.step)} (${String(c.status || 'Berjalan')})`;
      return {
        action: EDITED_ACTION,
        caseId,
        from: state,
        to: state,
        changes,
        writes: [
          stepRecordWrite(
            register,
            c,
            recordId,
            {
              action: 'Ditandai',
              summary:
                'Data kasus atau anggota diubah langsung di lembar setelah surat bernomor; nomor surat tidak dibatalkan. Mohon diperiksa Kepala Dinas.',
              data: { ...changes, fingerprint: check.current },
            },
            now,
            true,
          ),
        ],
        result: {
          caseId,
          version: Number(c.version),
          step: String(c.step),
          status: String(c.status || 'Berjalan'),
        },
      };
    });
  } catch (e) {
    if (e === nothing) return null;
    throw e;
  }
  if (outcome === null) return null; // the request had been handled before (a repeated event)
  notifyKadis(register, caseId, outcome, source);
  return { caseId, outcome };
}

/** Mails the active Kadis (found by TextFinder on the role column). */
function notifyKadis(
  register: Register,
  caseId: string,
  outcome: Detection['outcome'],
  source: string,
): void {
  const kadis = register
    .table(USERS)
    .findBy('role', ['Kadis'])
    .map((r) => r.row)
    .filter((u) => u.active === true && u.email);
  const what =
    outcome === 'sentBack'
      ? 'Kasus dikembalikan ke langkah persetujuan Kepala Dinas (S08) dan menunggu persetujuan ulang.'
      : 'Surat kasus ini sudah bernomor; nomor tidak dibatalkan. Mohon periksa perubahan dan putuskan tindak lanjutnya (misalnya Agenda surat › Ganti surat).';
  for (const u of kadis) {
    MailApp.sendEmail(
      String(u.email),
      `[Register WRSE] Kasus ${caseId} diubah manual setelah disetujui`,
      `Yth. ${String(u.name)},\n\nData kasus ${caseId} atau anggotanya diubah langsung di lembar register setelah Bapak/Ibu setujui (terdeteksi oleh: ${source}).\n${what}\n\nRincian tercatat di tab Riwayat.\n\nPesan ini dikirim otomatis oleh Register WRSE Dinas Sosial Kabupaten Magetan.`,
    );
  }
}

interface EditEvent {
  range?: GoogleAppsScript.Spreadsheet.Range;
  oldValue?: unknown;
  user?: { getEmail(): string } | null;
}

/**
 * The installable onEdit handler: for an edit of rows of Kasus or Anggota, the cases of those
 * rows (and, for an edited case ID cell, the case it had) are checked. Constant cost: the edited
 * rows (at most 50; a larger paste is left to the daily check) and each case's rows by ID.
 */
export function onManualEdit(register: Register, e: EditEvent): Detection[] {
  const range = e.range;
  if (!range) return [];
  const sheet = range.getSheet();
  const name = sheet.getName();
  if (name !== CASES.name && name !== MEMBERS.name) return [];
  const first = Math.max(range.getRow(), 2);
  const last = range.getLastRow();
  if (last < first || last - first + 1 > MAX_WATCHED_ROWS) return [];
  const tab = name === CASES.name ? CASES : MEMBERS;
  const table = SheetTable.open(register.spreadsheet, tab);
  const key = name === CASES.name ? 'id' : 'caseId';
  const ids = new Set(table.columnText(key, first, last - first + 1).filter(Boolean));
  const keyColumn = table.headerMap().position[key] + 1;
  if (
    typeof e.oldValue === 'string' &&
    range.getNumColumns() === 1 &&
    range.getColumn() === keyColumn
  ) {
    ids.add(e.oldValue.trim());
  }
  const editor = e.user ? e.user.getEmail() : '';
  const out: Detection[] = [];
  for (const id of ids) {
    const found = handleEditedCase(register, id, 'perubahan di lembar (onEdit)', editor);
    if (found) out.push(found);
  }
  return out;
}

/**
 * The batch backstop (daily trigger, "Periksa integritas riwayat"): the Kasus, Anggota and
 * Langkah Kasus tabs read once each, every case waiting at S09/S10 compared with its approval.
 */
export function checkApprovedCases(register: Register, source: string): Detection[] {
  const open = register.cases
    .all()
    .map((r) => r.row)
    .filter(
      (c) =>
        (APPROVED_OPEN_STEPS as readonly string[]).includes(String(c.step)) &&
        (c.status || 'Berjalan') === 'Berjalan',
    );
  if (open.length === 0) return [];
  const ids = new Set(open.map((c) => String(c.id)));
  const members = new Map<string, MemberRow[]>();
  for (const { row } of register.members.all()) {
    const id = String(row.caseId);
    if (ids.has(id)) members.set(id, [...(members.get(id) ?? []), row]);
  }
  const records = new Map<string, StepRecordRow[]>();
  for (const { row } of register.table<StepRecordRow>(STEP_RECORDS).all()) {
    const id = String(row.caseId);
    if (ids.has(id)) records.set(id, [...(records.get(id) ?? []), row]);
  }
  const out: Detection[] = [];
  for (const c of open) {
    const id = String(c.id);
    if (!editedSinceApproval(c, members.get(id) ?? [], records.get(id) ?? []).edited) continue;
    const found = handleEditedCase(register, id, source);
    if (found) out.push(found);
  }
  return out;
}

/** The refusal of numbering (S09) when the approved case was edited (it was sent back). */
export function editedRefusal(caseId: string): RegisterError {
  return new RegisterError(
    `Data kasus ${caseId} atau anggotanya diubah langsung di lembar setelah disetujui Kepala Dinas. ` +
      'Kasus dikembalikan ke persetujuan Kepala Dinas; surat belum diberi nomor.',
  );
}

/**
 * Installs (or replaces) the watch: an installable onEdit trigger of this register and a daily
 * trigger of the batch check at 06:00 Asia/Jakarta. Admin only; installing again never doubles.
 */
export function installEditWatch(register: Register): void {
  deleteTriggers(EDIT_WATCH_HANDLER, APPROVAL_CHECK_HANDLER);
  ScriptApp.newTrigger(EDIT_WATCH_HANDLER).forSpreadsheet(register.spreadsheet).onEdit().create();
  createDailyTrigger(APPROVAL_CHECK_HANDLER, 6);
  noteInstalledBy(EDIT_WATCH_HANDLER, APPROVAL_CHECK_HANDLER);
}
