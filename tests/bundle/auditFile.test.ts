/**
 * The audit file of a group through the shipped bundle: one Doc and PDF in WRSE/Laporan with an
 * index and every part (proposal and checklist, members and eligibility, validation, survey,
 * meeting, approval, letters, handover, step records, audit trail), NIKs masked unless the
 * office's setting allows the full NIK; refused to a pendamping and for an unknown case.
 */
import type { DriveBackend, TreeNode } from '../../emulator/backend/drive';
import { api, ok } from '../support/api';
import { caseAt } from '../support/flow';
import { USERS_BY_ROLE as U, member, seedPeople } from '../support/people';
import { setSetting } from '../support/admin';
import { ADMIN, newRegister } from '../support/register';

interface Made {
  name: string;
  docUrl: string;
  pdfUrl: string;
}

function files(nodes: TreeNode[], path = ''): Array<{ path: string; node: TreeNode }> {
  return nodes.flatMap((n) => [
    { path: `${path}/${n.name}`, node: n },
    ...files(n.children ?? [], `${path}/${n.name}`),
  ]);
}

describe('the audit file of a group', () => {
  const register = newRegister();
  register.run('menuSetupRegister', ADMIN);
  seedPeople(register, 2);
  const done = caseAt(register, 'SELESAI', 0);
  const NOW = '2026-03-20T03:00:00.000Z';
  const html = () => {
    const drive = register.world.module<DriveBackend>('drive');
    const doc = files(drive.tree())
      .filter(
        (f) =>
          !f.node.trashed &&
          f.path.includes('/WRSE/Laporan/') &&
          f.node.mimeType === 'application/vnd.google-apps.document',
      )
      .pop()!;
    return String(drive.content(doc.node.id).html);
  };

  it('is made as a Doc and a PDF with an index and every part, NIKs masked', () => {
    const made = ok(api<Made>(register, U.Kabid, 'apiMakeAuditFile', [done.caseId], NOW));
    expect(made.name).toBe(
      `Berkas Audit ${done.caseId} – Kelompok Melati 0 (contoh) (dibuat 2026-03-20 10.00 WIB)`,
    );
    expect(made.pdfUrl).toMatch(/^https:\/\//);
    const page = html();
    for (const part of [
      'Daftar isi',
      'Data proposal dan kelengkapan persyaratan',
      'Anggota dan laporan kelayakan',
      'Verifikasi dan validasi',
      'Survei lapangan',
      'Keputusan rapat seleksi',
      'Persetujuan Kepala Dinas',
      'Surat-surat',
      'Serah terima bantuan',
      'Catatan langkah SOP',
      'Riwayat (jejak audit)',
    ])
      expect(page).toContain(part);
    expect(page).toContain('Pendaftaran proposal');
    expect(page).toMatch(/400\.9\.12\.2\/\d{3}\/403\.107\/2026/);
    expect(page).toContain('Berita Acara Serah Terima');
    expect(page).not.toMatch(/\d{16}/);
    expect(page).toContain('NIK disamarkan');
  });

  it('prints the full NIK when the office setting says so', () => {
    setSetting(register, 'berkasAudit.nikLengkap', 'ya', {
      effectiveFrom: '2026-01-01',
      description: 'NIK lengkap di berkas audit.',
    });
    ok(api<Made>(register, U.Kadis, 'apiMakeAuditFile', [done.caseId], NOW));
    expect(html()).toContain(member(0, 0).nik);
  });

  it('is refused to a pendamping and for an unknown or malformed case', () => {
    const p = api<Made>(register, U.PendampingPoncol, 'apiMakeAuditFile', [done.caseId], NOW);
    expect(p.result.ok).toBe(false);
    const unknown = api<Made>(register, U.Staf, 'apiMakeAuditFile', ['WRSE-2026-9999'], NOW);
    expect(unknown.result.ok).toBe(false);
    if (!unknown.result.ok) expect(unknown.result.error.message).toMatch(/tidak ditemukan/);
    const bad = api<Made>(register, U.Staf, 'apiMakeAuditFile', ['=1+1'], NOW);
    expect(bad.result.ok).toBe(false);
  });
});
