/**
 * "Pekerjaan saya": the user's own complaints past their response target (one TextFinder on the
 * handler column on the server), shown above the cases; hidden when there are none.
 */
import type { ComplaintItem } from '../../src/app/api/complaints';
import { call } from '../shared/client';
import { byId } from '../shared/dom';
import { complaintNode } from '../pengaduan/items';

export async function loadOverdueComplaints(): Promise<void> {
  const section = byId('complaints-due');
  try {
    const result = await call<{ items: ComplaintItem[] }>('apiMyOverdueComplaints');
    if (!result.ok || result.data.items.length === 0) {
      section.hidden = true;
      return;
    }
    const list = byId('complaints-due-list');
    list.textContent = '';
    for (const item of result.data.items) list.append(complaintNode(item));
    byId('complaints-due-title').textContent =
      `Pengaduan melewati batas waktu (${result.data.items.length})`;
    section.hidden = false;
  } catch {
    section.hidden = true;
  } finally {
    section.dataset.loaded = 'true';
  }
}
