/**
 * Shared by the fault tests (`tests/bundle/faults.*.test.ts`, one file per action so that the
 * two run side by side): any single failing service call leaves the register consistent and
 * the action safe to retry. A fault is injected at every service-call position of the action.
 * Before the retry, either nothing of the action is in the register, or its write-ahead audit
 * row is (and the retry completes it); after the retry the register holds the action exactly once.
 */
import type { ApiResult, Saved } from '../../src/app/api/views';
import { callFromClient } from '../../emulator/runtime';
import { requestId } from './api';
import { bundle, type TestRegister } from './register';
import { NOW } from './flow';

const DATA_TABS = ['Kasus', 'Anggota', 'Langkah Kasus', 'Antrian', 'Agenda Surat', 'Pengaturan'];

function data(register: TestRegister): string {
  return JSON.stringify(
    register.withSheets((ss) =>
      DATA_TABS.map((t) => ss.getSheetByName(t)!.getDataRange().getValues()),
    ),
  );
}

export function column(register: TestRegister, tab: string, header: string): unknown[] {
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
export function everyPosition(
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
