/**
 * The list of cases ("Pekerjaan saya" or search results): one button per case, with group
 * name, kecamatan/desa, step, due date and the SLA badge. Items carry `data-case-id`.
 */
import type { WorkItem } from '../../src/app/api/views';
import { el } from '../shared/dom';
import { slaBadge } from '../shared/format';

/** The status line of a case without a due date (a letter waiting for the Kadis says so). */
function statusText(item: WorkItem): string {
  const pending =
    item.waitingRole === 'Kadis' && (item.status === 'Dikembalikan' || item.status === 'Ditolak');
  return pending ? `${item.status} · surat menunggu tanda tangan Kepala Dinas` : item.status;
}

function itemNode(item: WorkItem, open: (caseId: string) => void): HTMLLIElement {
  const badge = slaBadge(item.sla);
  const button = el('button', { type: 'button', class: 'case-item' }, [
    el('span', { class: 'case-name', text: item.groupName || '(tanpa nama kelompok)' }),
    el('span', {
      class: 'case-line',
      text: `Kec. ${item.kecamatanName}${item.desaName ? ` · ${item.desaName}` : ''}`,
    }),
    el('span', { class: 'case-line', text: `${item.step} · ${item.stepName}` }),
    el('span', { class: 'case-line' }, [
      item.dueLabel ? `Batas waktu: ${item.dueLabel} ` : `${statusText(item)} `,
      badge ? el('span', { class: badge.className, text: badge.text }) : null,
    ]),
    el('span', { class: 'case-line muted', text: `Nomor kasus ${item.caseId}` }),
  ]);
  button.addEventListener('click', () => open(item.caseId));
  return el('li', { 'data-case-id': item.caseId, 'data-sla': item.sla }, [button]);
}

/** Renders the items into the list (replacing what was there). */
export function renderList(
  list: HTMLElement,
  items: readonly WorkItem[],
  open: (caseId: string) => void,
): void {
  list.textContent = '';
  for (const item of items) list.append(itemNode(item, open));
}
