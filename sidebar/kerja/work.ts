/**
 * The order of "Pekerjaan saya": overdue first, then due soon, then on time, then cases with no
 * clock; within each, the earliest due date (then the oldest receipt) first. The server already
 * sorts; the page sorts again so that a list is never shown in another order. Pure, unit-tested.
 */
import type { WorkItem } from '../../src/app/api/views';

const SLA_RANK: Record<string, number> = { overdue: 0, near: 1, ok: 2, none: 3 };

/** A sorted copy of the items (the input is not changed). */
export function sortWork(items: readonly WorkItem[]): WorkItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const rank = (SLA_RANK[a.item.sla] ?? 3) - (SLA_RANK[b.item.sla] ?? 3);
      if (rank) return rank;
      const due = compareDates(a.item.dueOn, b.item.dueOn);
      if (due) return due;
      const received = compareDates(a.item.receivedOn, b.item.receivedOn);
      return received || a.index - b.index;
    })
    .map((x) => x.item);
}

/** ISO dates compare as strings; an empty date sorts last. */
function compareDates(a: string, b: string): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a < b ? -1 : 1;
}

/** The heading of the list, for the user's role. */
export function listTitle(role: string | null, count: number): string {
  const what = role === 'Kadis' ? 'Menunggu persetujuan Anda' : 'Menunggu tindakan Anda';
  return `${what} (${count})`;
}
