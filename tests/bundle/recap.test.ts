/**
 * The recap for the Kadis through the shipped bundle: asked from the menu (a prompt for the
 * period), made as a Google Doc and a PDF in WRSE/Laporan/ by the letters' Drive path, the
 * period's figures in it; a bad period refused with a clear message and nothing made; made
 * again, it replaces the previous files; a pendamping is refused.
 */
import type { DriveBackend, TreeNode } from '../../emulator/backend/drive';
import type { UiBackend } from '../../emulator/backend/ui';
import { caseAt } from '../support/flow';
import { USERS_BY_ROLE as U, seedPeople } from '../support/people';
import { ADMIN, newRegister, type TestRegister } from '../support/register';

const NOW = new Date('2026-04-02T03:00:00.000Z');

function files(nodes: TreeNode[], path = ''): Array<{ path: string; node: TreeNode }> {
  return nodes.flatMap((n) => [
    { path: `${path}/${n.name}`, node: n },
    ...files(n.children ?? [], `${path}/${n.name}`),
  ]);
}

function recap(register: TestRegister, user: string, period: string): string {
  const ui = register.world.module<UiBackend>('ui');
  ui.answer({ button: 'OK', text: period });
  const run = register.run('showRecap', user, [], { now: NOW });
  expect(run.error).toBeNull();
  const alerts = ui.ofKind('alert');
  return String(alerts[alerts.length - 1].message);
}

describe('the recap for the Kadis', () => {
  const register = newRegister();
  register.run('menuSetupRegister', ADMIN);
  seedPeople(register, 2);
  caseAt(register, 'S06', 0, '2026-03-16T03:00:00.000Z');
  caseAt(register, 'S04', 100, '2026-03-17T03:00:00.000Z');
  const laporan = () =>
    files(register.world.module<DriveBackend>('drive').tree()).filter(
      (f) => f.path.includes('/WRSE/Laporan/') && !f.node.trashed,
    );

  it('is made for a month as a Doc and a PDF in WRSE/Laporan', () => {
    const message = recap(register, U.Kadis, '2026-03');
    expect(message).toMatch(
      /^Rekap WRSE Maret 2026 \(dibuat 2026-04-02 10\.00 WIB\) sudah dibuat di folder WRSE › Laporan\./,
    );
    expect(laporan().map((f) => [f.node.name, f.node.mimeType])).toEqual([
      [
        'Rekap WRSE Maret 2026 (dibuat 2026-04-02 10.00 WIB)',
        'application/vnd.google-apps.document',
      ],
      ['Rekap WRSE Maret 2026 (dibuat 2026-04-02 10.00 WIB).pdf', 'application/pdf'],
    ]);
    const drive = register.world.module<DriveBackend>('drive');
    const html = String(drive.content(laporan()[0].node.id).html);
    expect(html).toContain('Periode: Maret 2026');
    expect(html).toMatch(/Proposal diterima<\/td>\s*<td[^>]*>:<\/td>\s*<td[^>]*>2<\/td>/);
    expect(html).toContain('Kadis Contoh');
    expect(html).not.toMatch(/\d{16}/);
  });

  it('made again by another user, keeps both versions', () => {
    recap(register, U.Kabid, '2026-03');
    expect(laporan()).toHaveLength(4);
  });

  it('is made for a year', () => {
    expect(recap(register, U.Staf, '2026')).toMatch(/^Rekap WRSE Tahun 2026 \(dibuat/);
  });

  it('refuses a bad or future period, and a pendamping, making nothing', () => {
    const before = laporan().length;
    expect(recap(register, U.Kadis, 'Maret')).toMatch(/^Periode: tulis bulan sebagai TTTT-BB/);
    expect(recap(register, U.Kadis, '2026-05')).toBe('Periode: Mei 2026 belum dimulai.');
    expect(recap(register, U.PendampingPoncol, '2026-03')).toMatch(/tidak berwenang/);
    expect(laporan()).toHaveLength(before);
  });
});
