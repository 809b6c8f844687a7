/**
 * Demo complaints and the Dasbor tab for a fresh playground: two complaints logged through the
 * bundle's own API (one long past its response target, so its handler sees it in "Pekerjaan
 * saya"), then the dashboard built by the bundle's daily refresh, so the tab and its charts are
 * there at the first look. Skipped when the bundle does not have these functions yet.
 */
import type { World } from '../emulator/backend';
import { runEntry, type Bundle } from '../emulator/runtime';
import { isoDateInJakarta } from '../src/domain/isoDate';
import { demoUser } from './demoData';
import type { SeedLog, SeedTarget } from './seed';

const DAY = 86_400_000;

export function seedReports(world: World, bundle: Bundle, at: SeedTarget, log: SeedLog): boolean {
  const needed = ['apiLogComplaint', 'dailyDashboardRefresh'];
  if (needed.some((f) => !bundle.functions.includes(f))) {
    log('Seed: pengaduan dan dasbor contoh DILEWATI — bundle belum memilikinya.');
    return false;
  }
  const staf = demoUser('Staf').email;
  const now = Date.now();
  const complaints = [
    {
      daysAgo: 20,
      channel: 'SP4N LAPOR!',
      kind: 'Pengaduan',
      subject: 'Pelapor menanyakan kapan bantuan kelompoknya diserahkan (contoh).',
    },
    {
      daysAgo: 1,
      channel: 'Instagram',
      kind: 'Saran',
      subject: 'Mohon jadwal penyerahan bantuan diumumkan di media sosial dinas (contoh).',
    },
  ];
  let made = 0;
  complaints.forEach((c, i) => {
    const r = runEntry<{ ok: boolean; error?: { message: string } }>(
      world,
      bundle,
      'apiLogComplaint',
      [
        {
          requestId: `contoh-pengaduan-${i + 1}`,
          complaintDate: isoDateInJakarta(new Date(now - c.daysAgo * DAY)),
          channel: c.channel,
          kind: c.kind,
          reporter: 'Warga (contoh)',
          contact: '',
          subject: c.subject,
          caseId: '',
          handler: staf,
        },
      ],
      { user: staf, activeSpreadsheetId: at.registerId },
    );
    if (!r.error && r.value?.ok) made += 1;
    else log(`Seed: pengaduan contoh gagal: ${r.error?.message ?? r.value?.error?.message}`);
  });
  // Run by hand as the Admin (a trigger handler runs only for its trigger's owner or an Admin).
  const dash = runEntry<{ ok: boolean; error?: { message: string } }>(
    world,
    bundle,
    'dailyDashboardRefresh',
    [],
    { user: at.user, activeSpreadsheetId: at.registerId },
  );
  const failed = dash.error?.message ?? (dash.value?.ok ? null : dash.value?.error?.message);
  if (failed) log(`Seed: dasbor GAGAL dibuat: ${failed}`);
  log(`Seed: ${made} pengaduan contoh dicatat; tab Dasbor dibuat dengan grafiknya.`);
  return !failed;
}
