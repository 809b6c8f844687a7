/**
 * "Pekerjaan saya" (also opened as "Persetujuan Kepala Dinas"): who I am, what waits for my
 * role, search, and the case view with the one form this user may submit. This module holds
 * the page's state and moves between the list and the case view; the rendering is in
 * list.ts, caseView.ts and forms/.
 */
import { searchSchema, validateForm } from '../../src/app/api/forms';
import type { ActorView, CaseDetail, WorkItem } from '../../src/app/api/views';
import { call, CALL_FAILED } from '../shared/client';
import { byId, clearFieldErrors, focusNode, setMessage, showFieldErrors } from '../shared/dom';
import { caseSections } from './caseView';
import { actionForms } from './forms';
import { renderList } from './list';
import { listTitle, sortWork } from './work';
import { loadOverdueComplaints } from './complaints';
import { AUDIT_FILE_ROLES, auditFileSection } from './auditFile';

const status = byId('status');
const listView = byId('list-view');
const caseView = byId('case-view');
const caseList = byId('case-list');
const listTitleNode = byId('list-title');
const listEmpty = byId('list-empty');
const searchForm = byId<HTMLFormElement>('search-form');
const searchInput = byId<HTMLInputElement>('search');
const searchClear = byId<HTMLButtonElement>('search-clear');
const refresh = byId<HTMLButtonElement>('refresh');

const state: {
  actor: ActorView | null;
  query: string;
  openCaseId: string;
} = { actor: null, query: '', openCaseId: '' };

const readOnly = () => !state.actor || state.actor.role === null;

function showItems(items: WorkItem[], title: string, empty: string): void {
  const sorted = sortWork(items);
  listTitleNode.textContent = title;
  renderList(caseList, sorted, (id) => void openCase(id));
  listEmpty.textContent = empty;
  listEmpty.hidden = sorted.length > 0;
}

async function loadWork(): Promise<void> {
  state.query = '';
  searchClear.hidden = true;
  refresh.disabled = true;
  try {
    const result = await call<{ items: WorkItem[] }>('apiMyWork');
    if (!result.ok) {
      setMessage(status, result.error.message, 'error');
      return;
    }
    const items = result.data.items;
    showItems(
      items,
      listTitle(state.actor?.role ?? null, items.length),
      'Tidak ada kasus yang menunggu tindakan Anda saat ini.',
    );
  } catch {
    setMessage(status, CALL_FAILED, 'error');
  } finally {
    refresh.disabled = false;
  }
}

async function search(): Promise<void> {
  clearFieldErrors(searchForm);
  const checked = validateForm(searchSchema, { query: searchInput.value });
  if (!checked.ok) {
    showFieldErrors(checked.errors, { idOf: () => 'search' });
    return;
  }
  const query = checked.value.query;
  const button = byId<HTMLButtonElement>('search-button');
  button.disabled = true;
  setMessage(status, 'Mencari…');
  try {
    const result = await call<{ items: WorkItem[] }>('apiSearchCases', query);
    if (!result.ok) {
      setMessage(status, result.error.message, 'error');
      if (result.error.fields?.length) {
        showFieldErrors(result.error.fields, { idOf: () => 'search' });
      }
      return;
    }
    state.query = query;
    searchClear.hidden = false;
    const items = result.data.items;
    showItems(
      items,
      `Hasil pencarian "${query}" (${items.length})`,
      'Tidak ada kasus yang cocok. Periksa ejaan, atau coba NIK atau nomor kasus.',
    );
    setMessage(status, `Ditemukan ${items.length} kasus untuk "${query}".`);
  } catch {
    setMessage(status, CALL_FAILED, 'error');
  } finally {
    button.disabled = false;
  }
}

function showList(): void {
  caseView.hidden = true;
  listView.hidden = false;
  byId('case-content').textContent = '';
  byId('case-actions').textContent = '';
}

/** Back to the list; focus returns to the case that was open (or the list heading). */
function backToList(): void {
  showList();
  const item = Array.from(caseList.querySelectorAll<HTMLElement>('li[data-case-id]')).find(
    (li) => li.dataset.caseId === state.openCaseId,
  );
  const button = item?.querySelector('button');
  if (button) button.focus();
  else focusNode(listTitleNode);
}

function showCase(detail: CaseDetail): void {
  const c = detail.case;
  byId('case-title').textContent = c.groupName || `Kasus ${c.id}`;
  byId('stale-notice').hidden = true;
  const content = byId('case-content');
  content.textContent = '';
  content.append(...caseSections(detail));
  if (AUDIT_FILE_ROLES.includes(state.actor?.role ?? '')) content.append(auditFileSection(c.id));
  const actions = byId('case-actions');
  actions.textContent = '';
  const forms = actionForms(
    {
      detail,
      saved(message) {
        showList();
        setMessage(status, message, 'ok');
        focusNode(listTitleNode);
        void loadWork();
      },
      stale(message) {
        byId('stale-text').textContent = message;
        const notice = byId('stale-notice');
        notice.hidden = false;
        actions.querySelectorAll('button').forEach((b) => (b.disabled = true));
        byId('reload').focus();
      },
    },
    readOnly(),
  );
  if (forms.length) actions.append(...forms);
  else if (readOnly()) {
    actions.append(
      Object.assign(document.createElement('p'), {
        className: 'muted',
        textContent: 'Anda masuk sebagai tamu: kasus ini hanya dapat dilihat.',
      }),
    );
  }
  listView.hidden = true;
  caseView.hidden = false;
  byId('case-title').focus();
}

async function openCase(caseId: string): Promise<void> {
  state.openCaseId = caseId;
  setMessage(status, 'Memuat kasus…');
  try {
    const result = await call<CaseDetail>('apiGetCase', caseId);
    if (!result.ok) {
      setMessage(status, result.error.message, 'error');
      return;
    }
    setMessage(status, '');
    showCase(result.data);
  } catch {
    setMessage(status, CALL_FAILED, 'error');
  }
}

async function start(): Promise<void> {
  setMessage(status, 'Memuat…');
  void loadOverdueComplaints();
  const [who, work] = await Promise.allSettled([
    call<ActorView>('apiWhoAmI'),
    call<{ items: WorkItem[] }>('apiMyWork'),
  ]);
  if (who.status === 'fulfilled' && who.value.ok) {
    const actor = who.value.data;
    state.actor = actor;
    byId('who').textContent = actor.role
      ? `Masuk sebagai ${actor.name} (${actor.role}${actor.kecamatan ? `, ${actor.kecamatan}` : ''})`
      : `Masuk sebagai ${actor.email || 'tamu'}`;
    byId('guest-notice').hidden = actor.role !== null;
    if (actor.role === 'Kadis') byId('page-title').textContent = 'Persetujuan Kepala Dinas';
  } else {
    byId('guest-notice').hidden = false;
  }
  if (work.status === 'rejected') {
    setMessage(status, CALL_FAILED, 'error');
    return;
  }
  if (!work.value.ok) {
    setMessage(status, work.value.error.message, 'error');
    return;
  }
  const items = work.value.data.items;
  showItems(
    items,
    listTitle(state.actor?.role ?? null, items.length),
    'Tidak ada kasus yang menunggu tindakan Anda saat ini.',
  );
  setMessage(status, '');
}

searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void search();
});
searchClear.addEventListener('click', () => {
  searchInput.value = '';
  clearFieldErrors(searchForm);
  setMessage(status, '');
  void loadWork().then(() => searchInput.focus());
});
refresh.addEventListener('click', () => {
  setMessage(status, '');
  void (state.query ? search() : loadWork());
});
byId('back').addEventListener('click', backToList);
byId('reload').addEventListener('click', () => void openCase(state.openCaseId));

void start();
