/**
 * "Proposal baru" (intake, for the Staf): the group, its requirement checklist and its
 * members, checked in the browser with the server's own schema (`intakeFormSchema`) and sent
 * once with `apiIntake`. Desa options follow the chosen kecamatan (`apiIntakeOptions`); each
 * member is checked live once her NIK is complete (members.ts).
 */
import {
  FIELD_LABELS,
  intakeFormSchema,
  validateForm,
  type Requirements,
} from '../../src/app/api/forms';
import type { ActorView, AreaOption, IntakeOptions, Saved } from '../../src/app/api/views';
import { call, CALL_FAILED } from '../shared/client';
import {
  byId,
  clearFieldErrors,
  el,
  field,
  focusNode,
  group,
  setMessage,
  showFieldErrors,
  type Control,
} from '../shared/dom';
import { rupiahLabel } from '../shared/format';
import { newRequestId } from '../shared/requestId';
import { MembersEditor } from './members';
import { emptyIntake, intakeExtraErrors, intakeForm, type IntakeState } from './state';

const status = byId('status');
const form = byId<HTMLFormElement>('form-intake');
const submit = byId<HTMLButtonElement>('submit-intake');
const message = byId('form-intake-message');

let options: IntakeOptions = { kecamatan: [], desa: {}, today: '' };
let state: IntakeState = emptyIntake();
let members: MembersEditor;
let requestId = newRequestId();
let sending = false;

const desaOf = (kecamatan: string): AreaOption[] => options.desa[kecamatan] ?? [];

type TextKey =
  'groupName' | 'business' | 'address' | 'leader' | 'phone' | 'receivedOn' | 'rabTotal';

function bind(control: Control, key: TextKey | 'note', after?: () => void): void {
  const update = () => {
    state[key] = control.value;
    after?.();
  };
  control.addEventListener('input', update);
  control.addEventListener('change', update);
}

/** Builds the whole form from `state` (at start, and empty again after a save). */
function renderForm(): void {
  const groupFields = byId('group-fields');
  groupFields.textContent = '';
  const text = (key: TextKey, label: string, extra: Partial<Parameters<typeof field>[0]> = {}) => {
    const f = field({ id: key, label, value: state[key], required: true, ...extra });
    bind(f.control, key);
    return f;
  };
  const groupName = text('groupName', FIELD_LABELS.groupName, { attrs: { maxlength: 200 } });
  const business = text('business', FIELD_LABELS.business, {
    hint: 'Misalnya: warung kelontong, jahit, kue basah.',
    attrs: { maxlength: 200 },
  });
  const kecamatan = field<HTMLSelectElement>({
    id: 'kecamatan',
    label: FIELD_LABELS.kecamatan,
    kind: 'select',
    required: true,
    emptyOption: '— pilih kecamatan —',
    options: options.kecamatan.map((k) => ({ value: k.code, label: k.name })),
    value: state.kecamatan,
  });
  const desa = field<HTMLSelectElement>({
    id: 'desa',
    label: FIELD_LABELS.desa,
    kind: 'select',
    required: true,
    emptyOption: '— pilih desa/kelurahan —',
    hint: 'Pilih kecamatan dahulu.',
  });
  const fillDesa = () => {
    const list = desaOf(state.kecamatan);
    desa.control.textContent = '';
    desa.control.append(
      el('option', { value: '', text: '— pilih desa/kelurahan —' }),
      ...list.map((d) => el('option', { value: d.code, text: d.name })),
    );
    if (!list.some((d) => d.code === state.desa)) state.desa = '';
    desa.control.value = state.desa;
    desa.control.disabled = list.length === 0;
    if (desa.hint) desa.hint.hidden = list.length > 0;
  };
  fillDesa();
  kecamatan.control.addEventListener('change', () => {
    state.kecamatan = kecamatan.control.value;
    fillDesa();
    members.render();
    members.recheckAll();
  });
  desa.control.addEventListener('change', () => (state.desa = desa.control.value));
  const address = text('address', FIELD_LABELS.address, {
    required: false,
    attrs: { maxlength: 500 },
  });
  const leader = text('leader', FIELD_LABELS.leader, { attrs: { maxlength: 200 } });
  const phone = text('phone', FIELD_LABELS.phone, {
    kind: 'tel',
    required: false,
    hint: 'Angka saja, boleh dengan +, -, spasi atau tanda kurung.',
    attrs: { maxlength: 30, autocomplete: 'off' },
  });
  const receivedOn = text('receivedOn', FIELD_LABELS.receivedOn, {
    kind: 'date',
    attrs: { max: options.today || undefined },
    hint: 'Tidak boleh setelah hari ini.',
  });
  receivedOn.control.addEventListener('change', () => members.recheckAll());
  const rab = text('rabTotal', `${FIELD_LABELS.rabTotal} (Rp)`, {
    kind: 'amount',
    hint: 'Tulis angka saja, misalnya 5000000 atau 5.000.000.',
  });
  const rabLabel = el('p', { id: 'rabTotal-label', class: 'hint', 'aria-live': 'polite' });
  rab.hint?.after(rabLabel);
  rab.control.setAttribute('aria-describedby', 'rabTotal-hint rabTotal-label');
  const showRab = () => (rabLabel.textContent = rupiahLabel(rab.control.value));
  rab.control.addEventListener('input', showRab);
  showRab();

  const requirementKeys: Array<keyof Requirements> = [
    'rab',
    'proposal',
    'ktpKkCopies',
    'coverLetter',
  ];
  const requirements = group(
    'requirements',
    'Persyaratan yang diterima',
    requirementKeys.map((key) => {
      const f = field<HTMLInputElement>({
        id: `requirements-${key}`,
        label: FIELD_LABELS[key],
        kind: 'checkbox',
        checked: state.requirements[key],
      });
      f.control.addEventListener('change', () => (state.requirements[key] = f.control.checked));
      return f.row;
    }),
  );
  groupFields.append(
    groupName.row,
    business.row,
    kecamatan.row,
    desa.row,
    address.row,
    leader.row,
    phone.row,
    receivedOn.row,
    rab.row,
    requirements,
  );

  members = new MembersEditor(
    byId('member-rows'),
    {
      desaOptions: () => desaOf(state.kecamatan),
      checkContext: () => ({
        receivedOn: state.receivedOn,
        kecamatan: state.kecamatan,
        today: options.today,
      }),
    },
    state.members,
  );
  const memberActions = byId('member-actions');
  memberActions.textContent = '';
  memberActions.append(members.addButton);

  const noteFields = byId('note-fields');
  noteFields.textContent = '';
  const note = field<HTMLTextAreaElement>({
    id: 'note',
    label: 'Catatan penerimaan',
    kind: 'textarea',
    value: state.note,
    hint: 'Tidak wajib diisi.',
    attrs: { maxlength: 2000 },
  });
  bind(note.control, 'note');
  noteFields.append(note.row);
}

async function send(): Promise<void> {
  if (sending) return;
  clearFieldErrors(form);
  setMessage(message, '');
  state.members = members.values();
  const raw = intakeForm(state, requestId);
  const checked = validateForm(intakeFormSchema, raw);
  const extra = intakeExtraErrors(raw, options.today);
  if (!checked.ok || extra.length) {
    const errors = [...(checked.ok ? [] : checked.errors), ...extra];
    setMessage(
      message,
      `Mohon perbaiki ${errors.length} isian yang ditandai, lalu simpan lagi.`,
      'error',
    );
    showFieldErrors(errors);
    return;
  }
  sending = true;
  submit.disabled = true;
  submit.setAttribute('aria-busy', 'true');
  setMessage(message, 'Sedang menyimpan…', 'info');
  try {
    const result = await call<Saved>('apiIntake', checked.value);
    if (result.ok) {
      const name = checked.value.groupName;
      state = emptyIntake();
      requestId = newRequestId();
      setMessage(message, '');
      renderForm();
      const failing = result.data.eligibility?.failing ?? [];
      setMessage(
        status,
        `Terima kasih. Proposal kelompok "${name}" telah dicatat dengan nomor kasus ` +
          `${result.data.caseId}.` +
          (failing.length
            ? ` Perhatian: ${failing.length} aturan kelayakan belum terpenuhi — ` +
              `${failing.slice(0, 5).join('; ')}${failing.length > 5 ? '; …' : ''}. ` +
              'Rapat (S07) dan persetujuan Kepala Dinas (S08) tidak dapat diteruskan sebelum ' +
              'setiap aturan itu diperbaiki atau dikecualikan dengan alasan.'
            : ''),
        failing.length ? 'info' : 'ok',
      );
      focusNode(byId('page-title'));
      return;
    }
    // A definite refusal wrote nothing: the corrected form is a new request. A failure part-way
    // (`retry`) keeps the request ID, so sending again completes the same proposal once.
    if (!result.error.retry) requestId = newRequestId();
    setMessage(message, result.error.message, 'error');
    if (result.error.fields?.length) showFieldErrors(result.error.fields);
  } catch {
    // Outcome unknown: the same request id makes a retry harmless.
    setMessage(message, CALL_FAILED, 'error');
  } finally {
    sending = false;
    submit.disabled = false;
    submit.removeAttribute('aria-busy');
  }
}

async function start(): Promise<void> {
  setMessage(status, 'Memuat…');
  const [who, opts] = await Promise.allSettled([
    call<ActorView>('apiWhoAmI'),
    call<IntakeOptions>('apiIntakeOptions'),
  ]);
  if (who.status === 'fulfilled' && who.value.ok && who.value.data.role === null) {
    setMessage(status, '');
    byId('guest-notice').hidden = false;
    return;
  }
  if (opts.status === 'rejected') {
    setMessage(status, CALL_FAILED, 'error');
    return;
  }
  if (!opts.value.ok) {
    setMessage(status, opts.value.error.message, 'error');
    return;
  }
  options = opts.value.data;
  renderForm();
  form.hidden = false;
  setMessage(status, '');
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void send();
});

void start();
