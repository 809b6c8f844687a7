/**
 * Any single failing service call of the Kadis approval (S08) leaves the register consistent
 * and the action safe to retry (helpers and the checks: tests/support/faults.ts).
 */
import { everyPosition, column } from '../support/faults';
import { USERS_BY_ROLE as U, seedPeople } from '../support/people';
import { ADMIN, newRegister } from '../support/register';
import { caseAt, restore, snapshot } from '../support/flow';

jest.setTimeout(900000);

describe('a fault at every service call', () => {
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
