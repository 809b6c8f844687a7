/**
 * The case view's "Berkas audit" section: a button that makes the group's audit file (one PDF
 * with an index, for inspectors) and then links to it. Office roles only (the server checks).
 */
import { call, CALL_FAILED } from '../shared/client';
import { el, setMessage, whileBusy } from '../shared/dom';

export const AUDIT_FILE_ROLES = ['Kabid', 'Kadis', 'Admin', 'Staf'];

interface Made {
  name: string;
  docUrl: string;
  pdfUrl: string;
}

export function auditFileSection(caseId: string): HTMLElement {
  const message = el('div', { id: 'audit-file-status', class: 'message', role: 'status' });
  const link = el('p', { id: 'audit-file-link', hidden: true });
  const button = el('button', { id: 'audit-file', type: 'button', class: 'secondary' }, [
    'Buat berkas audit (PDF)',
  ]);
  button.addEventListener('click', () => {
    void whileBusy(button, async () => {
      setMessage(message, 'Membuat berkas audit… (dapat memakan waktu beberapa detik)');
      try {
        const result = await call<Made>('apiMakeAuditFile', caseId);
        if (!result.ok) {
          setMessage(message, result.error.message, 'error');
          return;
        }
        setMessage(message, `${result.data.name} sudah dibuat di folder WRSE › Laporan.`, 'ok');
        link.textContent = '';
        if (/^https:\/\//.test(result.data.pdfUrl)) {
          link.append(
            el('a', { href: result.data.pdfUrl, target: '_blank', rel: 'noopener' }, [
              'Buka PDF berkas audit',
            ]),
          );
          link.hidden = false;
        }
      } catch {
        setMessage(message, CALL_FAILED, 'error');
      }
    });
  });
  return el('section', { id: 'audit-file-section', 'aria-labelledby': 'audit-file-title' }, [
    el('h3', { id: 'audit-file-title', text: 'Berkas audit' }),
    el('p', {
      class: 'muted',
      text: 'Satu PDF berisi data proposal, anggota dan kelayakan, setiap langkah, surat, serah terima dan riwayat kelompok ini, untuk pemeriksa.',
    }),
    button,
    message,
    link,
  ]);
}
