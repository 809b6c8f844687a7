/**
 * "Tampilkan NIK lengkap" in the case view: for a user whose role may see full numbers, choose
 * one member, give the reason, and the server (`apiRevealNik`, audited) answers her full NIK and
 * KK; they are shown for that member only until "Sembunyikan" (or leaving the case). Text only.
 */
import type { RevealedNik } from '../../src/app/api/reveal';
import type { CaseDetail } from '../../src/app/api/views';
import { CALL_FAILED, call } from '../shared/client';
import { el, setMessage, whileBusy } from '../shared/dom';
import { newRequestId } from '../shared/requestId';

export function revealNikSection(d: CaseDetail): HTMLElement | null {
  if (!d.canRevealNik || d.members.length === 0) return null;
  const memberSelect = el(
    'select',
    { id: 'reveal-member' },
    d.members.map((m) => el('option', { value: m.id, text: `${m.name} (${m.nikMasked})` })),
  );
  const reason = el('input', {
    id: 'reveal-reason',
    type: 'text',
    maxlength: 500,
    autocomplete: 'off',
  });
  const show = el('button', { type: 'button', class: 'secondary', text: 'Tampilkan NIK lengkap' });
  const message = el('div', { class: 'message', role: 'status', 'aria-live': 'polite' });
  const shown = el('div', { id: 'reveal-result', hidden: true });
  const hide = (): void => {
    shown.textContent = '';
    shown.hidden = true;
  };
  show.addEventListener('click', () => {
    hide();
    if (reason.value.trim().length < 5) {
      setMessage(message, 'Alasan: isi paling sedikit 5 karakter.', 'error');
      reason.focus();
      return;
    }
    setMessage(message, 'Memuat…');
    void whileBusy(show, async () => {
      try {
        const result = await call<RevealedNik>('apiRevealNik', {
          requestId: newRequestId(),
          caseId: d.case.id,
          memberId: memberSelect.value,
          reason: reason.value.trim(),
        });
        if (!result.ok) {
          setMessage(message, result.error.message, 'error');
          return;
        }
        setMessage(message, 'Permintaan ini tercatat di Riwayat.', 'info');
        const r = result.data;
        const hideButton = el('button', {
          type: 'button',
          class: 'secondary',
          text: 'Sembunyikan',
        });
        hideButton.addEventListener('click', () => {
          hide();
          setMessage(message, '');
          show.focus();
        });
        shown.append(
          el('dl', { class: 'summary' }, [
            el('dt', { text: 'Nama' }),
            el('dd', { text: r.name }),
            el('dt', { text: 'NIK' }),
            el('dd', { class: 'nik', text: r.nik }),
            el('dt', { text: 'No. KK' }),
            el('dd', { class: 'nik', text: r.kk || '—' }),
          ]),
          hideButton,
        );
        shown.hidden = false;
        hideButton.focus();
      } catch {
        setMessage(message, CALL_FAILED, 'error');
      }
    });
  });
  return el('section', { id: 'case-reveal', 'aria-labelledby': 'case-reveal-title' }, [
    el('h3', { id: 'case-reveal-title', text: 'Tampilkan NIK lengkap' }),
    el('p', {
      class: 'muted',
      text: 'NIK dan nomor KK disamarkan. Bila perlu melihat nomor lengkap satu anggota, pilih anggota dan tulis alasannya; permintaan dicatat di Riwayat.',
    }),
    el('label', { for: 'reveal-member', text: 'Anggota' }),
    memberSelect,
    el('label', { for: 'reveal-reason', text: 'Alasan' }),
    reason,
    show,
    message,
    shown,
  ]);
}
