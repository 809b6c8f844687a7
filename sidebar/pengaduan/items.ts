/**
 * A complaint in a list (the Pengaduan page, and "Pekerjaan saya" for its handler): subject,
 * channel and date, due date with the Terlambat badge, handler. Text only, never HTML.
 */
import type { ComplaintItem } from '../../src/app/api/complaints';
import { el } from '../shared/dom';

export function complaintNode(
  item: ComplaintItem,
  open?: (item: ComplaintItem) => void,
): HTMLLIElement {
  const body = [
    el('span', { class: 'case-name', text: `${item.kind}: ${item.subject}` }),
    el('span', {
      class: 'case-line',
      text: `${item.channel} · diterima ${item.receivedOnLabel}${item.reporter ? ` · ${item.reporter}` : ''}`,
    }),
    el('span', { class: 'case-line' }, [
      `Batas tanggapan: ${item.dueLabel} `,
      item.overdue ? el('span', { class: 'badge sla-overdue', text: 'Terlambat' }) : null,
    ]),
    el('span', {
      class: 'case-line muted',
      text: `${item.id} · ${item.status} · petugas ${item.handlerName}${item.caseId ? ` · kasus ${item.caseId}` : ''}`,
    }),
  ];
  const inner = open
    ? el('button', { type: 'button', class: 'case-item' }, body)
    : el('div', { class: 'case-item' }, body);
  if (open) inner.addEventListener('click', () => open(item));
  return el('li', { 'data-complaint-id': item.id, 'data-overdue': String(item.overdue) }, [inner]);
}
