/**
 * What the Admin does in WRSE › Admin › Pengguna & aturan, for tests: change a rule setting or a
 * step through the audited form (a value typed into Pengaturan or Langkah SOP by hand is not
 * trusted by the register).
 */
import type { AdminOverview } from '../../src/app/api/admin';
import type { Saved } from '../../src/app/api/views';
import { api, ok, requestId } from './api';
import { ADMIN, type TestRegister } from './register';

export function adminOverview(register: TestRegister, user = ADMIN): AdminOverview {
  return ok(api<AdminOverview>(register, user, 'apiAdminOverview'));
}

/** Adds or changes the setting `key` as the Admin (audited). */
export function setSetting(
  register: TestRegister,
  key: string,
  value: string,
  options: { effectiveFrom?: string; description?: string; user?: string } = {},
): Saved {
  const user = options.user ?? ADMIN;
  const current = adminOverview(register, user).settings.find((s) => s.key === key);
  return ok(
    api<Saved>(register, user, 'apiSaveSetting', [
      {
        requestId: requestId(),
        version: current ? current.version : null,
        key,
        value,
        effectiveFrom: options.effectiveFrom ?? current?.effectiveFrom ?? '2025-01-01',
        description: options.description ?? current?.description ?? '',
      },
    ]),
  );
}
