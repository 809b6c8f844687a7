/**
 * Deploys the emulated script as a web app and saves its `/exec` URL as the register's public
 * verification page (`verifikasi.url`) through the Admin form, as the office's Admin does once
 * after the first push: letters are numbered only once it is set. Used by the playground's seed
 * and by the benchmarks.
 */
import type { World } from '../emulator/backend';
import type { DeploymentsBackend } from '../emulator/backend/deployments';
import { runEntry, type Bundle } from '../emulator/runtime';
import type { AdminOverview } from '../src/app/api/admin';
import type { ApiResult } from '../src/app/api/views';

export function deployVerificationPage(
  world: World,
  bundle: Bundle,
  as: { user: string; activeSpreadsheetId: string },
): string {
  const url = world.module<DeploymentsBackend>('deployments').deployWebApp();
  const call = <T>(name: string, args: unknown[] = []): T => {
    const r = runEntry<ApiResult<T>>(world, bundle, name, args, as);
    if (r.error) throw r.error;
    if (!r.value?.ok) throw new Error(`${name}: ${JSON.stringify(r.value)}`);
    return r.value.data;
  };
  const current = call<AdminOverview>('apiAdminOverview').settings.find(
    (s) => s.key === 'verifikasi.url',
  );
  call('apiSaveSetting', [
    {
      requestId: `verifikasi-url-${Date.now().toString(36)}`,
      version: current ? current.version : null,
      key: 'verifikasi.url',
      value: url,
      effectiveFrom: current?.effectiveFrom || '2025-01-01',
      description: current?.description ?? '',
    },
  ]);
  return url;
}
