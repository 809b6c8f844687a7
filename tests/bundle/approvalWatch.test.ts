/**
 * Editing an approved case by hand sends it back for approval (issue 7, item 4): the Kadis
 * approval (S08) records a fingerprint of the approved fields; an edit in the sheet of the case
 * or its members is caught by the installable onEdit trigger, by the check before numbering
 * (S09) and by the daily batch check. Waiting at S09 → back to S08 for the Kadis; waiting at
 * S10 (letters numbered) → flagged once for the Kadis, nothing un-numbered.
 */
import type { Saved } from '../../src/app/api/views';
import { AUDIT, CASES, MEMBERS, STEP_RECORDS } from '../../src/app/register/tabs';
import { columnLetter } from '../../src/gas/sheetTable';
import { editAsUser } from '../../emulator/runtime';
import type { MailBackend } from '../../emulator/backend/mail';
import { api, ok, requestId } from '../support/api';
import { USERS_BY_ROLE as U, seedPeople } from '../support/people';
import { ADMIN, bundle, newRegister, type TestRegister } from '../support/register';
import { NOW, STEP_USER, caseAt, restore, snapshot, stepForm } from '../support/flow';

const register = newRegister();
register.run('menuSetupRegister', ADMIN);
seedPeople(register);
const atS09 = caseAt(register, 'S09', 0);
const atS10 = caseAt(register, 'S10', 100);
const atS03 = caseAt(register, 'S03', 200);
expect(register.run('menuInstallEditWatch', ADMIN).error).toBeNull();
register.withSheets((ss) => ss.addEditor(U.Staf));
const prepared = snapshot(register.world);

beforeEach(() => restore(register.world, prepared));

/** The A1 cell of `header` in the row of `tab` whose first column is `id`. */
function cellOf(r: TestRegister, tab: string, id: string, header: string): string {
  const values = r.values(tab);
  const col = (values[0] as string[]).indexOf(header);
  const row = values.findIndex((v) => v[0] === id);
  if (col < 0 || row < 1) throw new Error(`no ${header} of ${id} in ${tab}`);
  return `${columnLetter(col + 1)}${row + 1}`;
}

function typeInto(tab: string, id: string, header: string, value: unknown) {
  const result = editAsUser(register.world, bundle(), {
    spreadsheetId: register.id,
    user: U.Staf,
    sheet: tab,
    a1: cellOf(register, tab, id, header),
    values: [[value]],
    now: new Date('2026-03-17T03:00:00.000Z'),
  });
  expect(result.triggers.map((t) => t.handler)).toEqual(['watchManualEdits']);
  for (const t of result.triggers) expect([t.handler, t.run.error]).toEqual([t.handler, null]);
  return result;
}

function caseRow(id: string): Record<string, unknown> {
  const [header, ...rows] = register.values(CASES.name);
  const row = rows.find((r) => r[0] === id)!;
  return Object.fromEntries((header as string[]).map((h, i) => [h, row[i]]));
}

const edited = () =>
  register
    .values(AUDIT.name)
    .slice(1)
    .filter((r) => r[5] === 'Diubah manual setelah disetujui');
const mails = () =>
  (register.world.module('mail') as MailBackend).sent.filter((m) =>
    String(m.subject).includes('diubah manual'),
  );

describe('an approved case edited by hand', () => {
  it('the approval (S08) records the fingerprint of the approved fields', () => {
    const records = register.values(STEP_RECORDS.name);
    const s08 = records.find((r) => r[1] === atS09.caseId && r[2] === 'S08')!;
    expect(JSON.parse(String(s08[12])).fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('onEdit: a member renamed while waiting at S09 sends the case back to the Kadis (S08)', () => {
    typeInto(MEMBERS.name, `${atS09.caseId}-A02`, 'Nama', 'Nama Diganti Tangan');
    expect(caseRow(atS09.caseId)).toMatchObject({
      Langkah: 'S08',
      Status: 'Berjalan',
      'Menunggu Peran': 'Kadis',
    });
    const rows = edited();
    expect(rows).toHaveLength(1);
    expect(rows[0].slice(4, 8)).toEqual([
      atS09.caseId,
      'Diubah manual setelah disetujui',
      'S09 (Berjalan)',
      'S08 (Berjalan)',
    ]);
    expect(JSON.parse(String(rows[0][8]))).toEqual({
      sumber: 'perubahan di lembar (onEdit)',
      diubahOleh: U.Staf,
    });
    expect(mails().map((m) => m.to)).toEqual([U.Kadis]);
    // The Kadis approves again; numbering then works.
    const again = ok(api<Saved>(register, U.Kadis, 'apiGetCase', [atS09.caseId])) as unknown as {
      case: { version: number };
    };
    const approved = ok(
      api<Saved>(register, U.Kadis, 'apiCompleteStep', [
        {
          requestId: requestId(),
          caseId: atS09.caseId,
          version: again.case.version,
          step: 'S08',
          form: stepForm(register, atS09.caseId, 'S08', NOW),
        },
      ]),
    );
    const numbered = ok(
      api<Saved>(register, STEP_USER.S09, 'apiCompleteStep', [
        {
          requestId: requestId(),
          caseId: atS09.caseId,
          version: approved.version,
          step: 'S09',
          // Approved again today (no clock given): the letter is dated today, not before.
          form: stepForm(
            register,
            atS09.caseId,
            'S09',
            new Date(Date.now() + 7 * 3600e3).toISOString(),
          ),
        },
      ]),
    );
    expect(numbered.step).toBe('S10');
  });

  it('edits of fields outside the approval, or of a case not yet approved, change nothing', () => {
    const before = register.values(CASES.name);
    typeInto(CASES.name, atS09.caseId, 'Catatan', 'Catatan tambahan staf');
    typeInto(MEMBERS.name, `${atS03.caseId}-A01`, 'Nama', 'Belum Disetujui');
    expect(edited()).toHaveLength(0);
    expect(caseRow(atS09.caseId).Langkah).toBe('S09');
    expect(register.values(CASES.name).length).toBe(before.length);
  });

  it('S09 numbering re-checks (an edit no trigger saw): refused, sent back, no number taken', () => {
    register.withSheets((ss) => {
      const a1 = cellOf(register, CASES.name, atS09.caseId, 'Total RAB (Rp)');
      ss.getSheetByName(CASES.name)!.getRange(a1).setValue(9000000); // a script, not the UI
    });
    expect(edited()).toHaveLength(0);
    const call = api<Saved>(register, STEP_USER.S09, 'apiCompleteStep', [
      {
        requestId: requestId(),
        caseId: atS09.caseId,
        version: atS09.version,
        step: 'S09',
        form: stepForm(register, atS09.caseId, 'S09', NOW),
      },
    ]);
    expect(call.result.ok).toBe(false);
    expect(!call.result.ok && call.result.error.message).toContain(
      'Kasus dikembalikan ke persetujuan Kepala Dinas; surat belum diberi nomor.',
    );
    expect(caseRow(atS09.caseId).Langkah).toBe('S08');
    expect(edited()).toHaveLength(1);
    expect(
      register
        .values('Agenda Surat')
        .slice(1)
        .filter((r) => r[5] === atS09.caseId),
    ).toEqual([]);
  });

  it('waiting at S10 (numbered): flagged once for the Kadis, not moved; a new edit flags again', () => {
    typeInto(MEMBERS.name, `${atS10.caseId}-A03`, 'Alamat', 'Alamat baru diketik');
    expect(caseRow(atS10.caseId).Langkah).toBe('S10');
    expect(edited()).toHaveLength(1);
    expect(edited()[0][6]).toBe('S10 (Berjalan)');
    // The daily check and a repeated event see nothing new.
    expect(register.run('dailyApprovalCheck', ADMIN).error).toBeNull();
    typeInto(MEMBERS.name, `${atS10.caseId}-A03`, 'Alamat', 'Alamat baru diketik');
    expect(edited()).toHaveLength(1);
    typeInto(MEMBERS.name, `${atS10.caseId}-A04`, 'Nama', 'Nama Lain');
    expect(edited()).toHaveLength(2);
    expect(caseRow(atS10.caseId).Langkah).toBe('S10');
    expect(mails()).toHaveLength(2);
  });

  it('the daily check finds a deleted member row (no onEdit for deletions)', () => {
    register.withSheets((ss) => {
      const sheet = ss.getSheetByName(MEMBERS.name)!;
      const row = Number(cellOf(register, MEMBERS.name, `${atS09.caseId}-A06`, 'Nama').slice(1));
      sheet.deleteRow(row);
    });
    expect(edited()).toHaveLength(0);
    // Called by anyone but the heads (google.script.run reaches it), it does nothing.
    expect(register.run('dailyApprovalCheck', U.PendampingKawedanan).error).toBeNull();
    expect(edited()).toHaveLength(0);
    const run = register.run('dailyApprovalCheck', ADMIN);
    expect(run.error).toBeNull();
    expect(caseRow(atS09.caseId).Langkah).toBe('S08');
    expect(JSON.parse(String(edited()[0][8])).sumber).toBe('pemeriksaan harian');
    // Checked again: already handled.
    expect(register.run('dailyApprovalCheck', ADMIN).error).toBeNull();
    expect(edited()).toHaveLength(1);
  });

  it('the menu installs one onEdit and one daily trigger (again: replaced, not doubled)', () => {
    register.run('menuInstallEditWatch', ADMIN);
    const triggers = (
      register.world.module('triggers') as unknown as {
        all(): Array<{ handler: string; eventType: string }>;
      }
    ).all();
    expect(
      triggers.filter((t) => t.handler === 'watchManualEdits').map((t) => t.eventType),
    ).toEqual(['ON_EDIT']);
    expect(triggers.filter((t) => t.handler === 'dailyApprovalCheck')).toHaveLength(1);
    expect(register.run('menuInstallEditWatch', U.Staf).error).toBeNull();
    expect(triggers.length).toBe(
      (register.world.module('triggers') as unknown as { all(): unknown[] }).all().length,
    );
  });
});
