/**
 * Concurrent staff, for real: several executions of the shipped bundle at the same time, in
 * worker threads, contending for the script lock. No lost, doubled or skipped row or number; a
 * stale form is refused; a double submit is applied once.
 */
import { runConcurrent } from '../../emulator/runtime';
import type { ApiResult, Saved } from '../../src/app/api/views';
import { CASES, QUEUE, AUDIT, LETTER_AGENDA } from '../../src/app/register/tabs';
import { requestId } from '../support/api';
import { USERS_BY_ROLE as U, intakeForm, seedPeople } from '../support/people';
import { ADMIN, bundle, newRegister, type TestRegister } from '../support/register';
import { NOW, caseAt, stepForm } from '../support/flow';

jest.setTimeout(300_000); // a bound for a hang on a loaded machine, not a speed check

function prepared(): TestRegister {
  const register = newRegister();
  register.run('menuSetupRegister', ADMIN);
  seedPeople(register, 12);
  return register;
}

function column(register: TestRegister, tab: string, header: string): unknown[] {
  const [head, ...rows] = register.values(tab);
  const i = (head as string[]).indexOf(header);
  return rows.map((r) => r[i]).filter((v) => v !== '');
}

const options = (register: TestRegister, user: string) => ({
  user,
  activeSpreadsheetId: register.id,
  now: new Date(NOW),
});

describe('concurrent executions of the bundle', () => {
  it('ten staff registering proposals at once: ten cases, ten unique IDs, nothing lost', async () => {
    const register = prepared();
    const results = await runConcurrent(
      register.world,
      bundle(),
      Array.from({ length: 10 }, (_, i) => ({
        entry: 'apiIntake',
        args: [intakeForm(requestId(), 6, i * 100)],
        options: options(register, U.Staf),
      })),
    );
    const values = results.map((r) => r.value as ApiResult<Saved>);
    expect(values.every((v) => v.ok)).toBe(true);
    const ids = column(register, CASES.name, 'ID Kasus');
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
    expect([...ids].sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `WRSE-2026-${String(i + 1).padStart(4, '0')}`),
    );
    expect(column(register, QUEUE.name, 'ID Kasus')).toHaveLength(10);
    expect(column(register, 'Anggota', 'ID Anggota')).toHaveLength(60);
    // Besides the Admin's 10 rows (setup, the six users added in the Admin form, the
    // verification URL).
    expect(column(register, AUDIT.name, 'ID Riwayat')).toHaveLength(10 + 10);
  });

  it('two users saving the same case: one wins, the other is told the case changed and to reload', async () => {
    const register = prepared();
    const c = caseAt(register, 'S08');
    const [approve, giveBack] = await runConcurrent(register.world, bundle(), [
      {
        entry: 'apiCompleteStep',
        args: [
          {
            requestId: requestId(),
            caseId: c.caseId,
            version: c.version,
            step: 'S08',
            form: { note: '' },
          },
        ],
        options: options(register, U.Kadis),
      },
      {
        entry: 'apiReturnCase',
        args: [
          {
            requestId: requestId(),
            caseId: c.caseId,
            version: c.version,
            reason: 'Mohon lengkapi salinan KK anggota.',
          },
        ],
        options: options(register, U.Kabid),
      },
    ]);
    const outcomes = [approve.value, giveBack.value] as ApiResult<Saved>[];
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    const refused = outcomes.find((o) => !o.ok) as Extract<ApiResult<Saved>, { ok: false }>;
    expect(refused.error.stale).toBe(true);
    expect(refused.error.message).toMatch(
      /^Data kasus ini telah diubah oleh (kadis|kabid)@dinsos\.example\.go\.id pada .+; muat ulang/,
    );
    // The Admin's 10 rows, 7 to reach S08, 1 winner.
    expect(column(register, AUDIT.name, 'ID Riwayat')).toHaveLength(10 + 8);
  });

  it('a double click sends the same request twice at once: applied once, both get the result', async () => {
    const register = prepared();
    const form = intakeForm(requestId(), 6, 0);
    const results = await runConcurrent(register.world, bundle(), [
      { entry: 'apiIntake', args: [form], options: options(register, U.Staf) },
      { entry: 'apiIntake', args: [form], options: options(register, U.Staf) },
    ]);
    const [a, b] = results.map((r) => r.value as ApiResult<Saved>);
    expect(a).toEqual(b);
    expect(a.ok).toBe(true);
    expect(column(register, CASES.name, 'ID Kasus')).toEqual(['WRSE-2026-0001']);
    expect(column(register, 'Anggota', 'ID Anggota')).toHaveLength(6);
  });

  it('letters numbered at the same time get consecutive numbers, none repeated or skipped', async () => {
    const register = prepared();
    const cases = Array.from({ length: 5 }, (_, i) => caseAt(register, 'S09', i * 100));
    const results = await runConcurrent(
      register.world,
      bundle(),
      cases.map((c) => ({
        entry: 'apiCompleteStep',
        args: [
          {
            requestId: requestId(),
            caseId: c.caseId,
            version: c.version,
            step: 'S09',
            form: stepForm(register, c.caseId, 'S09', NOW),
          },
        ],
        options: options(register, U.Staf),
      })),
    );
    expect(results.every((r) => (r.value as ApiResult<Saved>).ok)).toBe(true);
    const numbers = column(register, LETTER_AGENDA.name, 'Nomor Surat') as string[];
    // Each case takes two consecutive numbers (its SKT and its Surat Rekomendasi).
    expect([...numbers].sort()).toEqual(
      Array.from(
        { length: 10 },
        (_, i) => `400.9.12.2/${String(i + 1).padStart(3, '0')}/403.107/2026`,
      ),
    );
  });
});
