/**
 * The conflicts sidebar: the open conflicts of the kecamatan pull-backs (the field, the master's
 * value, the pendamping's value) with two buttons each — keep the master's value or take the
 * pendamping's — and the last pull-back of each kecamatan. A resolution carries the conflict's
 * version: a conflict changed by someone else meanwhile is refused by the server.
 */
import { call, CALL_FAILED } from '../shared/client';
import { newRequestId } from '../shared/requestId';
import type { FindingView, FindingsPage } from '../../src/app/api/findings';

const $ = (id: string) => document.getElementById(id) as HTMLElement;

function el(tag: string, text = '', className = ''): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A survey value is stored as JSON; shown as "tanggal, hasil, catatan". */
function shown(value: string): string {
  if (value.charAt(0) !== '{') return value === '' ? '(kosong)' : value;
  try {
    const v = JSON.parse(value) as Record<string, string>;
    return [v.surveyDate, v.result, v.note].filter(Boolean).join(', ') || '(kosong)';
  } catch {
    return value;
  }
}

function setStatus(text: string, kind: 'info' | 'error' | 'ok' = 'info'): void {
  const status = $('status');
  status.textContent = text;
  status.className = `message ${kind}`;
}

async function resolve(f: FindingView, choice: 'master' | 'pendamping', item: HTMLElement) {
  item.querySelectorAll('button').forEach((b) => ((b as HTMLButtonElement).disabled = true));
  setStatus('Menyimpan…');
  try {
    const result = await call('apiResolveConflict', {
      requestId: newRequestId(),
      findingId: f.id,
      version: f.version,
      choice,
    });
    if (result.ok) {
      setStatus(
        choice === 'master'
          ? 'Tersimpan: nilai register induk tetap dipakai.'
          : 'Tersimpan: isian pendamping dipakai di register induk.',
        'ok',
      );
      await load(false);
    } else {
      setStatus(result.error.message, 'error');
      item.querySelectorAll('button').forEach((b) => ((b as HTMLButtonElement).disabled = false));
    }
  } catch {
    setStatus(CALL_FAILED, 'error');
    item.querySelectorAll('button').forEach((b) => ((b as HTMLButtonElement).disabled = false));
  }
}

function conflictItem(f: FindingView): HTMLElement {
  const item = el('li', '', 'card');
  item.appendChild(el('p', `${f.kecamatan} · ${f.target} ${f.recordId}`, 'muted'));
  item.appendChild(el('p', `Kolom: ${f.field}`));
  item.appendChild(el('p', `Register induk: ${shown(f.masterValue)}`));
  item.appendChild(
    el('p', `Isian pendamping (${f.pendamping || '-'}): ${shown(f.pendampingValue)}`),
  );
  item.appendChild(el('p', `Ditemukan ${f.detectedLabel}.`, 'muted'));
  const buttons = el('p');
  const keep = el('button', 'Pakai data master', 'secondary') as HTMLButtonElement;
  keep.type = 'button';
  keep.addEventListener('click', () => void resolve(f, 'master', item));
  const take = el('button', 'Pakai isian pendamping') as HTMLButtonElement;
  take.type = 'button';
  take.addEventListener('click', () => void resolve(f, 'pendamping', item));
  buttons.append(keep, ' ', take);
  item.appendChild(buttons);
  return item;
}

function show(page: FindingsPage): void {
  const list = $('conflicts');
  list.replaceChildren(...page.conflicts.map(conflictItem));
  if (page.conflicts.length === 0) list.appendChild(el('li', 'Tidak ada konflik terbuka.'));
  const pulls = $('pulls');
  pulls.replaceChildren(
    ...page.pulls.map((p) =>
      el('li', `${p.kecamatan} (${p.pulledLabel}): ${p.summary || p.status}`),
    ),
  );
  if (page.pulls.length === 0) {
    pulls.appendChild(el('li', 'Register kecamatan belum pernah dibuat.'));
  }
}

async function load(announce = true): Promise<void> {
  const button = $('refresh') as HTMLButtonElement;
  button.disabled = true;
  if (announce) setStatus('Memuat…');
  try {
    const result = await call<FindingsPage>('apiListConflicts');
    if (result.ok) {
      show(result.data);
      if (announce) {
        setStatus(
          result.data.conflicts.length
            ? `${result.data.conflicts.length} konflik menunggu keputusan.`
            : 'Tidak ada konflik terbuka.',
        );
      }
    } else setStatus(result.error.message, 'error');
  } catch {
    setStatus(CALL_FAILED, 'error');
  } finally {
    button.disabled = false;
  }
}

$('refresh').addEventListener('click', () => void load());
void load();
