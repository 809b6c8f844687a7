/**
 * Any single failing service call leaves the register consistent and the action safe to retry:
 * a fault is injected at every service-call position of "intake" and of the Kadis approval.
 * Before the retry, either nothing of the action is in the register, or its write-ahead audit
 * row is (and the retry completes it); after the retry the register holds the action exactly once.
 */
import type { ApiResult, Saved } from '../../src/app/api/views';
import { callFromClient } from '../../emulator/runtime';
import { requestId } from '../support/api';
import { USERS_BY_ROLE as U, intakeForm, seedPeople } from '../support/people';
import { ADMIN, bundle, newRegister, type TestRegister } from '../support/register';
import { NOW, caseAt, restore, snapshot, type Snapshot } from '../support/flow';

jest.setTimeout(900000);

const DATA_TABS = ['Kasus', 'Anggota', 'Langkah Kasus', 'Antrian', 'Agenda Surat', 'Pengaturan'];

function data(register: TestRegister): string {
  return JSON.stringify(
    register.withSheets((ss) =>
      DATA_TABS.map((t) => ss.getSheetByName(t)!.getDataRange().getValues()),
    ),
  );
}

function column(register: TestRegister, tab: string, header: string): unknown[] {
  const [head, ...rows] = register.values(tab);
  const i = (head as string[]).indexOf(header);
  return rows.map((r) => r[i]).filter((v) => v !== '');
}

function call(register: TestRegister, user: string, name: string, args: unknown[], at?: number) {
  return callFromClient<ApiResult<Saved>>(register.world, bundle(), name, args, {
    user,
    activeSpreadsheetId: register.id,
    now: new Date(NOW),
    ...(at ? { faults: [{ target: '*', at }] } : {}),
  });
}

function expectNoDuplicates(register: TestRegister): void {
  for (const [tab, header] of [
    ['Kasus', 'ID Kasus'],
    ['Anggota', 'ID Anggota'],
    ['Langkah Kasus', 'ID Catatan'],
    ['Antrian', 'ID Kasus'],
    ['Agenda Surat', 'ID Surat'],
    ['Riwayat', 'ID Permintaan'],
  ]) {
    const ids = column(register, tab, header);
    expect(new Set(ids).size).toBe(ids.length);
  }
}

/** Runs `action` with a fault at every call position it makes; checks the register each time. */
function everyPosition(
  register: TestRegister,
  action: (id: string, at?: number) => { args: unknown[]; user: string; name: string },
  check: (saved: Saved) => void,
): number {
  const probe = action(requestId());
  const clean = call(register, probe.user, probe.name, probe.args);
  expect(clean.value?.ok).toBe(true);
  check((clean.value as { data: Saved }).data);
  const positions = clean.ledger.calls;
  for (let at = 1; at <= positions; at++) {
    const id = requestId();
    const a = action(id, at);
    const before = data(register);
    const auditBefore = column(register, 'Riwayat', 'ID Permintaan').length;
    call(register, a.user, a.name, a.args, at);
    expectNoDuplicates(register);
    const planned = column(register, 'Riwayat', 'ID Permintaan').includes(id);
    if (!planned) expect(data(register)).toBe(before); // nothing half-written
    const retried = call(register, a.user, a.name, a.args);
    expect(retried.error).toBeNull();
    if (!retried.value?.ok) throw new Error(`at ${at}: ${JSON.stringify(retried.value)}`);
    check((retried.value as { data: Saved }).data);
    expect(column(register, 'Riwayat', 'ID Permintaan')).toHaveLength(auditBefore + 1);
    expectNoDuplicates(register);
  }
  return positions;
}

describe('a fault at every service call', () => {
  it('of intake: the retry registers the group exactly once, case IDs stay consecutive', () => {
    const register = newRegister();
    register.run('menuSetupRegister', ADMIN);
    seedPeople(register, 1);
    // One proposal already registered (the clean run); each fault position starts again from
    // that moment (the world restored), so every faulted intake and its retry must take
    // exactly the next number, WRSE-2026-0002: a retry that skipped or reused one shows here.
    let atOne: Snapshot | null = null;
    const positions = everyPosition(
      register,
      (id, at) => {
        if (at !== undefined) {
          atOne ??= snapshot(register.world); // after the clean run
          restore(register.world, atOne);
        }
        return { user: U.Staf, name: 'apiIntake', args: [intakeForm(id, 6, 0)] };
      },
      (saved) => {
        expect(saved.caseId).toBe(atOne ? 'WRSE-2026-0002' : 'WRSE-2026-0001');
        expect(
          column(register, 'Anggota', 'ID Kasus').filter((c) => c === saved.caseId),
        ).toHaveLength(6);
        expect(column(register, 'Antrian', 'ID Kasus')).toContain(saved.caseId);
      },
    );
    expect(positions).toBeGreaterThan(20);
  });

  it('of the Kadis approval: the retry approves once, the case moves to S09 once', () => {
    const register = newRegister();
    register.run('menuSetupRegister', ADMIN);
    seedPeople(register, 1);
    // One case at S08; each fault position starts again from that moment (the world restored),
    // instead of driving a new case through S01–S07 for every position.
    const c = caseAt(register, 'S08', 0);
    const atS08 = snapshot(register.world);
    const positions = everyPosition(
      register,
      (id) => {
        restore(register.world, atS08);
        return {
          user: U.Kadis,
          name: 'apiCompleteStep',
          args: [
            {
              requestId: id,
              caseId: c.caseId,
              version: c.version,
              step: 'S08',
              form: { note: 'Setuju.' },
            },
          ],
        };
      },
      (saved) => {
        expect(saved).toMatchObject({ step: 'S09', status: 'Berjalan', version: 8 });
        const approvals = column(register, 'Langkah Kasus', 'ID Catatan').filter((id) =>
          String(id).startsWith(`${saved.caseId}-S08`),
        );
        expect(approvals).toHaveLength(1);
      },
    );
    expect(positions).toBeGreaterThan(20);
  });
});
