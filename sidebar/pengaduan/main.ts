/**
 * The Pengaduan sidebar: the open complaints (overdue first), a form to log a complaint,
 * suggestion or input from a channel of the Standar Pelayanan, and a form to answer one. The
 * forms are checked with the server's own schemas before they are sent; field errors are shown
 * next to their fields; a stale form is refused by the server and said so.
 */
import {
  complaintFormSchema,
  complaintResponseSchema,
  type ComplaintItem,
  type ComplaintOptions,
} from '../../src/app/api/complaints';
import { validateForm } from '../../src/app/api/forms';
import type { Saved } from '../../src/app/api/views';
import { call, CALL_FAILED } from '../shared/client';
import {
  byId,
  clearFieldErrors,
  el,
  focusNode,
  setMessage,
  showFieldErrors,
  whileBusy,
} from '../shared/dom';
import { newRequestId } from '../shared/requestId';
import { complaintNode } from './items';

const status = byId('status');
const listView = byId('list-view');
const logView = byId('log-view');
const respondView = byId('respond-view');
const list = byId('complaint-list');
const logForm = byId<HTMLFormElement>('log-form');
const respondForm = byId<HTMLFormElement>('respond-form');

const state: {
  options: ComplaintOptions | null;
  logRequestId: string;
  respondRequestId: string;
  open: ComplaintItem | null;
} = { options: null, logRequestId: '', respondRequestId: '', open: null };

const value = (id: string) => byId<HTMLInputElement>(id).value;

function fillSelect(id: string, options: Array<{ value: string; label: string }>): void {
  const select = byId<HTMLSelectElement>(id);
  select.textContent = '';
  for (const o of options) select.append(el('option', { value: o.value, text: o.label }));
}

function handlerChoices(): Array<{ value: string; label: string }> {
  return (state.options?.handlers ?? []).map((h) => ({
    value: h.email,
    label: `${h.name} (${h.role})`,
  }));
}

function show(view: HTMLElement): void {
  for (const v of [listView, logView, respondView]) v.hidden = v !== view;
}

async function loadList(): Promise<void> {
  const button = byId<HTMLButtonElement>('refresh');
  await whileBusy(button, async () => {
    try {
      const result = await call<{ items: ComplaintItem[] }>('apiListComplaints');
      if (!result.ok) {
        setMessage(status, result.error.message, 'error');
        return;
      }
      list.textContent = '';
      for (const item of result.data.items) list.append(complaintNode(item, openResponse));
      byId('list-empty').hidden = result.data.items.length > 0;
      const late = result.data.items.filter((i) => i.overdue).length;
      byId('list-title').textContent =
        `Pengaduan terbuka (${result.data.items.length})` + (late ? `, ${late} terlambat` : '');
    } catch {
      setMessage(status, CALL_FAILED, 'error');
    }
  });
}

function openLog(): void {
  const o = state.options;
  if (!o) return;
  logForm.reset();
  clearFieldErrors(logForm, byId('log-summary'));
  state.logRequestId = newRequestId();
  byId<HTMLInputElement>('complaintDate').value = o.today;
  byId<HTMLInputElement>('complaintDate').max = o.today;
  fillSelect(
    'kind',
    o.kinds.map((k) => ({ value: k, label: k })),
  );
  fillSelect(
    'channel',
    o.channels.map((c) => ({ value: c, label: c })),
  );
  fillSelect('handler', handlerChoices());
  setMessage(status, '');
  show(logView);
  focusNode(byId('log-title'));
}

async function saveLog(): Promise<void> {
  clearFieldErrors(logForm, byId('log-summary'));
  const checked = validateForm(complaintFormSchema, {
    requestId: state.logRequestId,
    complaintDate: value('complaintDate'),
    kind: value('kind'),
    channel: value('channel'),
    reporter: value('reporter'),
    contact: value('contact'),
    subject: value('subject'),
    caseId: value('caseId').trim(),
    handler: value('handler'),
  });
  if (!checked.ok) {
    showFieldErrors(checked.errors, { summary: byId('log-summary') });
    return;
  }
  await whileBusy(byId<HTMLButtonElement>('log-save'), async () => {
    try {
      const result = await call<Saved>('apiLogComplaint', checked.value);
      if (!result.ok) {
        setMessage(status, result.error.message, 'error');
        if (result.error.fields?.length)
          showFieldErrors(result.error.fields, { summary: byId('log-summary') });
        return;
      }
      show(listView);
      setMessage(status, `Pengaduan tercatat dengan nomor ${result.data.caseId}.`, 'ok');
      await loadList();
    } catch {
      setMessage(status, CALL_FAILED, 'error');
    }
  });
}

function openResponse(item: ComplaintItem): void {
  state.open = item;
  state.respondRequestId = newRequestId();
  respondForm.reset();
  clearFieldErrors(respondForm, byId('respond-summary'));
  byId('stale-notice').hidden = true;
  byId('respond-title').textContent = `Tanggapi ${item.id}`;
  const details = byId('respond-details');
  details.textContent = '';
  const rows: Array<[string, string]> = [
    ['Jenis', item.kind],
    ['Saluran', item.channel],
    ['Diterima', item.receivedOnLabel],
    ['Pelapor', item.reporter || '-'],
    ['Perihal', item.subject],
    ['Kasus terkait', item.caseId || '-'],
    ['Batas tanggapan', `${item.dueLabel}${item.overdue ? ' (terlambat)' : ''}`],
    ['Status', item.status],
  ];
  for (const [k, v] of rows) details.append(el('dt', { text: k }), el('dd', { text: v }));
  byId<HTMLTextAreaElement>('response').value = item.response;
  fillSelect('respond-handler', handlerChoices());
  byId<HTMLSelectElement>('respond-handler').value = item.handler;
  setMessage(status, '');
  show(respondView);
  focusNode(byId('respond-title'));
}

async function saveResponse(): Promise<void> {
  const item = state.open;
  if (!item) return;
  clearFieldErrors(respondForm, byId('respond-summary'));
  const checked = validateForm(complaintResponseSchema, {
    requestId: state.respondRequestId,
    complaintId: item.id,
    version: item.version,
    status: value('status-choice'),
    response: byId<HTMLTextAreaElement>('response').value,
    handler: value('respond-handler'),
  });
  const idOf = (path: string) =>
    path === 'status' ? 'status-choice' : path === 'handler' ? 'respond-handler' : path;
  if (!checked.ok) {
    showFieldErrors(checked.errors, { idOf, summary: byId('respond-summary') });
    return;
  }
  await whileBusy(byId<HTMLButtonElement>('respond-save'), async () => {
    try {
      const result = await call<Saved>('apiRespondComplaint', checked.value);
      if (!result.ok) {
        if (result.error.stale) {
          const notice = byId('stale-notice');
          notice.textContent = result.error.message;
          notice.hidden = false;
          return;
        }
        setMessage(status, result.error.message, 'error');
        if (result.error.fields?.length)
          showFieldErrors(result.error.fields, { idOf, summary: byId('respond-summary') });
        return;
      }
      show(listView);
      setMessage(
        status,
        result.data.status === 'Selesai'
          ? `Pengaduan ${item.id} selesai ditanggapi.`
          : `Pengaduan ${item.id} dicatat sedang diproses.`,
        'ok',
      );
      await loadList();
    } catch {
      setMessage(status, CALL_FAILED, 'error');
    }
  });
}

async function start(): Promise<void> {
  setMessage(status, 'Memuat…');
  try {
    const result = await call<ComplaintOptions>('apiComplaintOptions');
    if (!result.ok) {
      setMessage(status, result.error.message, 'error');
      byId<HTMLButtonElement>('new').disabled = true;
      return;
    }
    state.options = result.data;
    byId('target').textContent =
      `Setiap pengaduan ditanggapi paling lambat ${result.data.targetDays} hari kerja sejak diterima.`;
    setMessage(status, '');
    await loadList();
  } catch {
    setMessage(status, CALL_FAILED, 'error');
  }
}

byId('new').addEventListener('click', openLog);
byId('refresh').addEventListener('click', () => void loadList());
byId('log-cancel').addEventListener('click', () => {
  show(listView);
  setMessage(status, '');
});
byId('respond-cancel').addEventListener('click', () => {
  show(listView);
  setMessage(status, '');
});
logForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void saveLog();
});
respondForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void saveResponse();
});

void start();
