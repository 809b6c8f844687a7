/**
 * The Admin page (WRSE › Admin › Pengguna & aturan, issue 13): users, SOP steps and rule
 * settings, each marked audited or not; every save is an audited server action. A row typed by
 * hand is shown "belum tercatat" with a button to confirm it as it is (a user) or to save it
 * (a step or a setting), so the Admin vouches for it once.
 */
import { call, CALL_FAILED } from '../shared/client';
import { newRequestId } from '../shared/requestId';
import type { AdminOverview } from '../../src/app/api/admin';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

function el(tag: string, text = '', className = ''): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

function setStatus(text: string, kind: 'info' | 'error' | 'ok' = 'info'): void {
  const status = $('status');
  status.textContent = text;
  status.className = `message ${kind}`;
}

let editingVersion: number | null = null;

/**
 * The request ID of a save whose outcome is not known (the call failed, or the server stopped
 * part-way): sending the same form again reuses it, so the change is applied exactly once.
 */
let unsettled: { key: string; requestId: string } | null = null;

async function save(name: string, form: Record<string, unknown>, done: string): Promise<void> {
  setStatus('Menyimpan…');
  const key = `${name} ${JSON.stringify(form)}`;
  const requestId = unsettled?.key === key ? unsettled.requestId : newRequestId();
  unsettled = { key, requestId };
  try {
    const result = await call(name, { requestId, ...form });
    if (result.ok || !result.error.retry) unsettled = null;
    if (result.ok) {
      setStatus(done, 'ok');
      await load(false);
    } else setStatus(result.error.message, 'error');
  } catch {
    setStatus(CALL_FAILED, 'error');
  }
}

function button(text: string, onClick: () => void, secondary = true): HTMLButtonElement {
  const b = el('button', text, secondary ? 'secondary' : '') as HTMLButtonElement;
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

function mark(audited: boolean): HTMLElement {
  return el('span', audited ? ' · tercatat' : ' · belum tercatat', audited ? 'muted' : 'error');
}

function render(data: AdminOverview): void {
  const users = $('users');
  users.replaceChildren();
  for (const u of data.users) {
    const item = el('li', '', 'card');
    const line = el(
      'p',
      `${u.name} · ${u.email} · ${u.role}${u.kecamatan ? ` ${u.kecamatan}` : ''}${u.active ? '' : ' (nonaktif)'}`,
    );
    line.appendChild(mark(u.audited));
    item.appendChild(line);
    const buttons = el('p');
    buttons.appendChild(
      button('Ubah', () => {
        editingVersion = u.version;
        $('user-form-title').textContent = `Ubah pengguna ${u.email}`;
        $<HTMLInputElement>('u-email').value = u.email;
        $<HTMLInputElement>('u-email').readOnly = true;
        $<HTMLInputElement>('u-name').value = u.name;
        $<HTMLInputElement>('u-nip').value = u.nip;
        $<HTMLInputElement>('u-rank').value = u.rank;
        $<HTMLInputElement>('u-position').value = u.position;
        $<HTMLSelectElement>('u-role').value = u.role;
        $<HTMLInputElement>('u-kecamatan').value = u.kecamatan;
        $<HTMLInputElement>('u-active').checked = u.active;
      }),
    );
    if (!u.audited) {
      buttons.appendChild(
        button(
          'Konfirmasi apa adanya',
          () =>
            void save(
              'apiConfirmUser',
              { email: u.email, version: u.version },
              `Pengguna ${u.email} dikonfirmasi.`,
            ),
        ),
      );
    }
    item.appendChild(buttons);
    users.appendChild(item);
  }
  const steps = $('steps');
  steps.replaceChildren();
  for (const s of data.steps) {
    const item = el('li', '', 'card');
    const line = el('p', `${s.code} · ${s.name}`);
    line.appendChild(mark(s.audited));
    item.appendChild(line);
    const role = el('select') as HTMLSelectElement;
    for (const r of ['Staf', 'Peksos', 'Kabid', 'Kadis', 'Pendamping', 'Admin']) {
      const o = el('option', r) as HTMLOptionElement;
      o.value = r;
      role.appendChild(o);
    }
    role.value = s.role;
    role.setAttribute('aria-label', `Pelaksana ${s.code}`);
    item.appendChild(role);
    item.appendChild(
      button(
        'Simpan pelaksana',
        () =>
          void save(
            'apiSaveStep',
            {
              code: s.code,
              version: s.version,
              role: role.value,
              time: s.time,
              unit: s.unit,
              returnable: s.returnable,
              rejectable: s.rejectable,
            },
            `Langkah ${s.code} disimpan.`,
          ),
      ),
    );
    steps.appendChild(item);
  }
  const settings = $('settings');
  settings.replaceChildren();
  for (const s of data.settings) {
    const item = el('li', '', 'card');
    const line = el('p', s.key);
    line.appendChild(mark(s.audited));
    item.appendChild(line);
    if (s.description) item.appendChild(el('p', s.description, 'muted'));
    const value = el('input') as HTMLInputElement;
    value.value = s.value;
    value.setAttribute('aria-label', `Nilai ${s.key}`);
    if (s.key === 'verifikasi.url') {
      // The web app's /exec URL (checked by the server: saveSetting).
      value.type = 'url';
      value.placeholder = 'URL aplikasi web yang berakhiran /exec';
    }
    item.appendChild(value);
    item.appendChild(
      button(
        'Simpan',
        () =>
          void save(
            'apiSaveSetting',
            {
              key: s.key,
              version: s.version,
              value: value.value,
              effectiveFrom: s.effectiveFrom,
              description: s.description,
            },
            `Pengaturan ${s.key} disimpan.`,
          ),
      ),
    );
    settings.appendChild(item);
  }
}

async function load(announce = true): Promise<void> {
  if (announce) setStatus('Memuat…');
  try {
    const result = await call<AdminOverview>('apiAdminOverview');
    if (!result.ok) {
      setStatus(result.error.message, 'error');
      return;
    }
    render(result.data);
    if (announce) setStatus('');
  } catch {
    setStatus(CALL_FAILED, 'error');
  }
}

$('user-form').addEventListener('submit', (e) => {
  e.preventDefault();
  void save(
    'apiSaveUser',
    {
      version: editingVersion,
      email: $<HTMLInputElement>('u-email').value,
      name: $<HTMLInputElement>('u-name').value,
      nip: $<HTMLInputElement>('u-nip').value,
      rank: $<HTMLInputElement>('u-rank').value,
      position: $<HTMLInputElement>('u-position').value,
      role: $<HTMLSelectElement>('u-role').value,
      kecamatan: $<HTMLInputElement>('u-kecamatan').value,
      active: $<HTMLInputElement>('u-active').checked,
    },
    'Pengguna disimpan.',
  ).then(() => {
    editingVersion = null;
    $('user-form-title').textContent = 'Tambah pengguna';
    $<HTMLInputElement>('u-email').readOnly = false;
  });
});
$('refresh').addEventListener('click', () => void load());
void load();
