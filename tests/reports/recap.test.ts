/**
 * The recap for the Kadis rendered from the dashboard fixture of March 2026: golden file
 * (tests/letters/golden/rekap-2026-03.html, rewrite with UPDATE_GOLDEN=1 and review), the
 * figures of the period, user text (a rejection reason) escaped, the signature block.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import { computeDashboard } from '../../src/app/reports/dashboard';
import { buildRecapView, periodLabel } from '../../src/letters/recap';
import { renderReport } from '../../src/letters/render';
import { KADIS, OFFICE } from '../letters/fixtures';
import { input } from './fixture';

const ROOT = path.join(__dirname, '..', '..');
const GOLDEN = path.join(ROOT, 'tests/letters/golden/rekap-2026-03.html');

function pretty(html: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rekap-'));
  const file = path.join(dir, 'rekap.html');
  fs.writeFileSync(file, html);
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/prettier/bin/prettier.cjs'),
      '--config',
      path.join(ROOT, '.prettierrc.json'),
      '--write',
      file,
    ],
    { cwd: ROOT, stdio: 'ignore' },
  );
  const out = fs.readFileSync(file, 'utf8');
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}

describe('recap for the Kadis', () => {
  const hostile = {
    ...input,
    records: input.records.map((r) =>
      r.caseId === 'C' && r.action === 'Ditolak'
        ? {
            ...r,
            at: '2026-03-30T03:00:00.000Z',
            data: JSON.stringify({ reason: '<b>Bukan</b> warga & "luar" daerah' }),
          }
        : r,
    ),
  };
  const d = computeDashboard({ ...hostile, period: '2026-03' });
  const view = buildRecapView(
    d,
    '2026-03',
    OFFICE,
    KADIS,
    '2026-04-01',
    'Dibuat dari Register WRSE pada 1 April 2026 pukul 09.00 WIB.',
  );
  const html = renderReport('rekap', view);

  it('periods: a month or a year', () => {
    expect(periodLabel('2026-03')).toBe('Maret 2026');
    expect(periodLabel('2026')).toBe('Tahun 2026');
    expect(periodLabel('2026-13')).toBeNull();
    expect(periodLabel('Maret')).toBeNull();
  });

  it('holds the figures of the period, money in Rupiah, the user text escaped', () => {
    expect(view.figures[0]).toEqual({ label: 'Proposal diterima', value: '2' });
    expect(view.figures.find((f) => f.label === 'Ditolak')?.value).toBe('2');
    expect(html).toContain('Periode: Maret 2026');
    expect(html).toContain('REKAPITULASI PELAKSANAAN PENERIMA BANTUAN WRSE');
    expect(html).toContain('&lt;b&gt;Bukan&lt;/b&gt; warga &amp; &quot;luar&quot; daerah');
    expect(html).not.toContain('<b>Bukan</b>');
    expect(html).toContain(KADIS.name);
  });

  it('matches its golden file', () => {
    const out = pretty(html);
    if (process.env.UPDATE_GOLDEN === '1' || !fs.existsSync(GOLDEN)) fs.writeFileSync(GOLDEN, out);
    expect(out).toBe(fs.readFileSync(GOLDEN, 'utf8'));
  });
});
