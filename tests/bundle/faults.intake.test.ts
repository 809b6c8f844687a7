/**
 * Any single failing service call of "intake" leaves the register consistent and the action
 * safe to retry (helpers and the checks: tests/support/faults.ts).
 */
import { everyPosition, column } from '../support/faults';
import { USERS_BY_ROLE as U, intakeForm, seedPeople } from '../support/people';
import { ADMIN, newRegister } from '../support/register';
import { restore, snapshot, type Snapshot } from '../support/flow';

jest.setTimeout(900000);

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
});
