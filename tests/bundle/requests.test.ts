/**
 * Issue 13, reproductions 1 and 2, through the shipped bundle: a request ID is bound to its
 * caller, its entry and its arguments (a replay by the same caller returns the stored result and
 * writes nothing; anything else is refused and writes nothing); a retry never rewinds a counter;
 * the completion of an interrupted request applies only the writes that did not land; a refused
 * action writes nothing (every tab, properties, triggers, Drive and mail compared).
 */
import type { ApiResult, CaseDetail, Saved } from '../../src/app/api/views';
import type { RevealedNik } from '../../src/app/api/reveal';
import { callFromClient } from '../../emulator/runtime';
import { api, ok, requestId, type ApiCall } from '../support/api';
import { USERS_BY_ROLE as U, intakeForm, seedPeople } from '../support/people';
import { ADMIN, bundle, newRegister, type TestRegister } from '../support/register';
import { NOW, caseAt, restore, snapshot, stepForm } from '../support/flow';
import {
  column,
  counterProperty,
  counterValue,
  firstDifference,
  serials,
  setting,
  worldState,
} from '../support/worldState';

jest.setTimeout(300000);

const REUSED = 'Permintaan ini sudah dipakai untuk tindakan lain.';

function prepared(groups = 12): TestRegister {
  const register = newRegister();
  register.run('menuSetupRegister', ADMIN);
  seedPeople(register, groups);
  return register;
}

function step(
  register: TestRegister,
  user: string,
  submission: { requestId: string; caseId: string; version: number; step: string; form: unknown },
): ApiCall<Saved> {
  return api<Saved>(register, user, 'apiCompleteStep', [submission], NOW);
}

function s09(register: TestRegister, c: Saved, id = requestId()) {
  return {
    requestId: id,
    caseId: c.caseId,
    version: c.version,
    step: 'S09',
    form: stepForm(register, c.caseId, 'S09', NOW),
  };
}

/** Refused with `message` (when given), and the world unchanged. */
function expectRefusedUnchanged(
  register: TestRegister,
  call: () => ApiCall<unknown>,
  message?: string,
): void {
  const before = worldState(register);
  const result = call().result;
  expect(result.ok).toBe(false);
  if (message && !result.ok) expect(result.error.message).toBe(message);
  expect(firstDifference(before, worldState(register))).toBeNull();
}

function letterNumbers(register: TestRegister): string[] {
  return column(register, 'Agenda Surat', 'Nomor Surat') as string[];
}

function expectCountersAhead(register: TestRegister): void {
  const cases = Math.max(0, ...serials(column(register, 'Kasus', 'ID Kasus'), 'WRSE-2026-'));
  const letters = Math.max(
    0,
    ...serials(column(register, 'Agenda Surat', 'ID Surat'), 'SRT-2026-'),
  );
  expect(counterValue(register, 'nomor.kasus.2026')).toBeGreaterThanOrEqual(cases);
  expect(counterValue(register, 'nomor.surat.2026')).toBeGreaterThanOrEqual(letters);
  const numbers = letterNumbers(register);
  expect(new Set(numbers).size).toBe(numbers.length);
}

describe('reproduction 1: a retry never rewinds a counter', () => {
  it('re-sending an intake after another one: same answer, counter kept, the next intake gets the next number', () => {
    const register = prepared(4);
    ok(api<Saved>(register, U.Staf, 'apiIntake', [intakeForm(requestId(), 6, 300)], NOW));
    const formA = intakeForm(requestId(), 6, 0);
    const a = ok(api<Saved>(register, U.Staf, 'apiIntake', [formA], NOW));
    const b = ok(api<Saved>(register, U.Staf, 'apiIntake', [intakeForm(requestId(), 6, 100)], NOW));
    expect([a.caseId, b.caseId]).toEqual(['WRSE-2026-0002', 'WRSE-2026-0003']);
    const before = worldState(register);
    const again = ok(api<Saved>(register, U.Staf, 'apiIntake', [formA], NOW));
    expect(again).toEqual(a);
    expect(setting(register, 'nomor.kasus.2026')).toBe('3');
    expect(firstDifference(before, worldState(register))).toBeNull(); // a replay writes nothing
    const c = ok(api<Saved>(register, U.Staf, 'apiIntake', [intakeForm(requestId(), 6, 200)], NOW));
    expect(c.caseId).toBe('WRSE-2026-0004');
    expectCountersAhead(register);
    expect(counterProperty(register, 'nomor.kasus.2026')).toBe(4);
  });

  it('re-sending an S09 after later numberings: same answer, nothing rewound, the next S09 is numbered and whole', () => {
    const register = prepared(6);
    const [x, y, z, w] = [0, 100, 200, 300].map((base) => caseAt(register, 'S09', base));
    ok(step(register, U.Staf, s09(register, x)));
    const rY = s09(register, y);
    const savedY = ok(step(register, U.Staf, rY));
    ok(step(register, U.Staf, s09(register, z)));
    expect(setting(register, 'nomor.surat.2026')).toBe('6');
    const before = worldState(register);
    expect(ok(step(register, U.Staf, rY))).toEqual(savedY);
    expect(setting(register, 'nomor.surat.2026')).toBe('6');
    expect(firstDifference(before, worldState(register))).toBeNull();
    const savedW = ok(step(register, U.Staf, s09(register, w)));
    expect(savedW.letterIds).toEqual(['SRT-2026-0007', 'SRT-2026-0008']);
    expect(setting(register, 'nomor.surat.2026')).toBe('8');
    expectCountersAhead(register);
    expect(counterProperty(register, 'nomor.surat.2026')).toBe(8);
  });

  it('a counter lowered by hand in Pengaturan (the mirror) or its property deleted: the next number still follows the agenda', () => {
    const register = prepared(6);
    const [x, y] = [0, 100].map((base) => caseAt(register, 'S09', base));
    ok(step(register, U.Staf, s09(register, x)));
    register.withSheets((ss) => {
      const sheet = ss.getSheetByName('Pengaturan')!;
      const row = sheet
        .getRange('A:A')
        .createTextFinder('nomor.surat.2026')
        .matchEntireCell(true)
        .findNext()!
        .getRow();
      sheet.getRange(row, 2).setValue('0');
    });
    register.withSheets(() => {
      PropertiesService.getScriptProperties().deleteProperty('counter.nomor.surat.2026');
    });
    const savedY = ok(step(register, U.Staf, s09(register, y)));
    expect(savedY.letterIds).toEqual(['SRT-2026-0003', 'SRT-2026-0004']);
    expectCountersAhead(register);
  });
});

describe('reproduction 2: a request ID belongs to its caller, entry and arguments', () => {
  const register = prepared(8);
  const x = caseAt(register, 'S09', 0);
  const y = caseAt(register, 'S09', 100);
  const k = caseAt(register, 'S08', 200);
  const rX = s09(register, x);
  const savedX = ok(step(register, U.Staf, rX));
  const rK = {
    requestId: requestId(),
    caseId: k.caseId,
    version: k.version,
    step: 'S08',
    form: { note: '' },
  };
  const savedK = ok(step(register, U.Kadis, rK));
  const detail = ok(api<CaseDetail>(register, U.Staf, 'apiGetCase', [y.caseId], NOW));
  const reveal = {
    requestId: requestId(),
    caseId: y.caseId,
    memberId: detail.members[0].id,
    reason: 'Cocokkan KTP',
  };
  const revealed = ok(api<RevealedNik>(register, U.Staf, 'apiRevealNik', [reveal], NOW));
  const base = snapshot(register.world);
  beforeEach(() => restore(register.world, base));

  it('an empty e-mail sending an earlier S09 request ID with another case and step: refused, nothing written', () => {
    expectRefusedUnchanged(register, () =>
      step(register, '', {
        requestId: rX.requestId,
        caseId: 'WRSE-0000-0000',
        version: 1,
        step: 'S02',
        form: { note: '' },
      }),
    );
    expect(counterProperty(register, 'nomor.surat.2026')).toBe(2);
    expect(ok(step(register, U.Staf, s09(register, y))).letterIds).toEqual([
      'SRT-2026-0003',
      'SRT-2026-0004',
    ]);
  });

  it("another office user sending an S09's request ID for another case: refused in Indonesian, nothing written", () => {
    expectRefusedUnchanged(
      register,
      () => step(register, U.Kabid, { ...s09(register, y), requestId: rX.requestId }),
      REUSED,
    );
  });

  it("the Kadis's S08 request ID sent by an unknown user or another role: refused, the Kadis's result not returned", () => {
    for (const user of ['', 'orang.asing@example.com', U.Staf, U.PendampingKawedanan]) {
      const before = worldState(register);
      const result = step(register, user, rK).result;
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).not.toContain(savedK.caseId);
      expect(firstDifference(before, worldState(register))).toBeNull();
    }
  });

  it('the same caller with the same request ID and other arguments (another case, another date): refused', () => {
    expectRefusedUnchanged(
      register,
      () => step(register, U.Staf, { ...s09(register, y), requestId: rX.requestId }),
      REUSED,
    );
    expectRefusedUnchanged(
      register,
      () => step(register, U.Staf, { ...rX, form: { ...rX.form, note: 'lain' } }),
      REUSED,
    );
    expectRefusedUnchanged(
      register,
      () => api(register, U.Staf, 'apiIntake', [intakeForm(rX.requestId, 6, 400)], NOW),
      REUSED,
    );
  });

  it('the same caller re-sending the same request: the stored result, nothing written', () => {
    const before = worldState(register);
    expect(ok(step(register, U.Staf, rX))).toEqual(savedX);
    expect(ok(step(register, U.Kadis, rK))).toEqual(savedK);
    expect(firstDifference(before, worldState(register))).toBeNull();
  });

  it('apiRevealNik re-sent with the same request ID and other members: refused, no NIK returned', () => {
    for (const m of detail.members.slice(1)) {
      const before = worldState(register);
      const result = api<RevealedNik>(
        register,
        U.Staf,
        'apiRevealNik',
        [{ ...reveal, memberId: m.id }],
        NOW,
      ).result;
      expect(result).toMatchObject({ ok: false, error: { message: REUSED } });
      expect(firstDifference(before, worldState(register))).toBeNull();
    }
    const other = api<RevealedNik>(register, U.Kabid, 'apiRevealNik', [reveal], NOW).result;
    expect(other).toMatchObject({ ok: false, error: { message: REUSED } });
    // The same caller, the same member: answered again, audited once.
    const before = worldState(register);
    expect(ok(api<RevealedNik>(register, U.Staf, 'apiRevealNik', [reveal], NOW))).toEqual(revealed);
    expect(firstDifference(before, worldState(register))).toBeNull();
  });
});

describe('completion of an interrupted request applies only what did not land', () => {
  it('an S09 failing at any service call, another S09 before the retry: numbers unique, counter never behind, both cases whole', () => {
    const register = prepared(6);
    const x = caseAt(register, 'S09', 0);
    const y = caseAt(register, 'S09', 100);
    const base = snapshot(register.world);
    const run = (user: string, submission: unknown, at?: number) =>
      callFromClient<ApiResult<Saved>>(register.world, bundle(), 'apiCompleteStep', [submission], {
        user,
        activeSpreadsheetId: register.id,
        now: new Date(NOW),
        ...(at ? { faults: [{ target: '*', at }] } : {}),
      });
    const probe = run(U.Staf, s09(register, x));
    expect(probe.value?.ok).toBe(true);
    const positions = probe.ledger.calls;
    const stride = Math.max(1, Math.floor(positions / 20));
    let interrupted = 0;
    for (let at = 1; at <= positions; at += stride) {
      restore(register.world, base);
      const rX = s09(register, x, requestId());
      const failed = run(U.Staf, rX, at);
      if (failed.error === null && failed.value?.ok) continue;
      interrupted += 1;
      // Not a refusal: the sidebar is told to send the same request again (it keeps the ID).
      if (failed.error === null && failed.value && !failed.value.ok)
        expect(failed.value.error.retry).toBe(true);
      const savedY = run(U.Staf, s09(register, y));
      expect(savedY.value?.ok).toBe(true);
      const retried = run(U.Staf, rX);
      expect(retried.error).toBeNull();
      expect(retried.value?.ok).toBe(true);
      expectCountersAhead(register);
      const ids = column(register, 'Agenda Surat', 'ID Surat');
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(4);
      for (const c of [x, y]) {
        expect(
          column(register, 'Agenda Surat', 'ID Kasus').filter((v) => v === c.caseId),
        ).toHaveLength(2);
        const records = column(register, 'Langkah Kasus', 'ID Catatan').filter((v) =>
          String(v).startsWith(`${c.caseId}-S09`),
        );
        expect(records).toHaveLength(1);
      }
      const skt = (retried.value as { data: Saved }).data.letterIds ?? [];
      const other = (savedY.value as { data: Saved }).data.letterIds ?? [];
      expect(skt.filter((id) => other.includes(id))).toEqual([]);
    }
    expect(interrupted).toBeGreaterThan(5);
  });
});

describe('a refused action writes nothing', () => {
  const register = prepared(8);
  const w = caseAt(register, 'S09', 0);
  const k = caseAt(register, 'S08', 100);
  const base = snapshot(register.world);
  beforeEach(() => restore(register.world, base));

  it('S09 whose letter ID is already in the agenda (rows typed and sorted by hand): refused before any write', () => {
    // Rows typed by hand: the last SRT-2026 row says 1, so the next numbers would be 2 and 3,
    // and 2 is already there. The check before any write refuses; nothing of W is written
    // (before issue 13: W's Kasus, Antrian and Riwayat rows were).
    register.withSheets((ss) => {
      const sheet = ss.getSheetByName('Agenda Surat')!;
      sheet.getRange(2, 1, 2, 3).setValues([
        ['SRT-2026-0002', 2026, 2],
        ['SRT-2026-0001', 2026, 1],
      ]);
    });
    expectRefusedUnchanged(
      register,
      () => step(register, U.Staf, s09(register, w)),
      'Tab "Agenda Surat": ID "SRT-2026-0002" sudah ada. Tidak ada data yang diubah.',
    );
  });

  it('a stale form, a wrong role, an unknown user, a future date, a wrong step: each refused with everything unchanged', () => {
    const refusals: Array<[string, () => ApiCall<unknown>]> = [
      [
        'stale version',
        () =>
          step(register, U.Kadis, {
            requestId: requestId(),
            caseId: k.caseId,
            version: k.version - 1,
            step: 'S08',
            form: { note: '' },
          }),
      ],
      [
        'wrong role',
        () =>
          step(register, U.Staf, {
            requestId: requestId(),
            caseId: k.caseId,
            version: k.version,
            step: 'S08',
            form: { note: '' },
          }),
      ],
      ['unknown user', () => step(register, 'orang.asing@example.com', s09(register, w))],
      ['empty e-mail', () => step(register, '', s09(register, w))],
      [
        'future date',
        () =>
          step(register, U.Staf, {
            ...s09(register, w),
            form: { letterDate: '2026-12-31', note: '' },
          }),
      ],
      [
        'wrong step',
        () =>
          step(register, U.Staf, {
            ...s09(register, w),
            step: 'S10',
            form: stepForm(register, w.caseId, 'S10', NOW),
          }),
      ],
      [
        'intake as Kadis',
        () => api(register, U.Kadis, 'apiIntake', [intakeForm(requestId(), 6, 300)], NOW),
      ],
    ];
    for (const [, call] of refusals) expectRefusedUnchanged(register, call);
  });
});
