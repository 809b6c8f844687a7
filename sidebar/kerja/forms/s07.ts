/**
 * S07, the meeting that decides the recipients: date, decision, and optional overrides of a
 * failed (or doubtful) eligibility rule, each with its reason (the server allows them only to
 * the Kepala Bidang / Kepala Dinas and logs them).
 */
import {
  FIELD_LABELS,
  MEETING_DECISIONS,
  stepFormSchemas,
  validateForm,
} from '../../../src/app/api/forms';
import { el, field, group } from '../../shared/dom';
import { s07Form as buildForm, STEP_TITLES, submitLabel, type OverrideState } from './collect';
import { formShell } from './shell';
import { wireSubmit, type FormContext } from './submit';

export function s07Form(ctx: FormContext): HTMLElement {
  const { case: c, eligibility } = ctx.detail;
  const shell = formShell({
    id: 'form-S07',
    title: STEP_TITLES.S07,
    buttonId: 'submit-step',
    buttonLabel: submitLabel('S07'),
  });
  const date = field<HTMLInputElement>({
    id: 'S07-meetingDate',
    label: FIELD_LABELS.meetingDate,
    kind: 'date',
    required: true,
  });
  const decision = field<HTMLSelectElement>({
    id: 'S07-decision',
    label: FIELD_LABELS.decision,
    kind: 'select',
    required: true,
    emptyOption: '— pilih —',
    options: MEETING_DECISIONS.map((d) => ({ value: d, label: d })),
  });
  const note = field<HTMLTextAreaElement>({
    id: 'S07-note',
    label: 'Catatan rapat',
    kind: 'textarea',
    hint: 'Tidak wajib diisi.',
    attrs: { maxlength: 2000 },
  });

  // Rules that may be overridden: those not passed.
  const rules = eligibility.results
    .filter((r) => r.status !== 'pass')
    .map((r) => ({ value: r.rule, label: `${r.subject}: ${r.reason}` }));
  const overrides: OverrideState[] = [];
  const list = el('div');
  const add = el('button', {
    type: 'button',
    id: 'S07-add-override',
    class: 'secondary',
    text: 'Tambah pengecualian aturan',
  });
  const overridesGroup = group('S07-overrides', FIELD_LABELS.overrides, [
    el('p', {
      class: 'hint',
      text: rules.length
        ? 'Tidak wajib. Isi hanya bila rapat memutuskan mengecualikan aturan yang tidak ' +
          'terpenuhi; alasan wajib diisi dan dicatat.'
        : 'Semua aturan kelayakan terpenuhi; tidak ada yang perlu dikecualikan.',
    }),
    list,
    rules.length ? add : null,
  ]);

  function renderOverrides(focusIndex?: number): void {
    list.textContent = '';
    overrides.forEach((o, i) => {
      const rule = field<HTMLSelectElement>({
        id: `S07-overrides-${i}-rule`,
        label: `Aturan yang dikecualikan (${i + 1})`,
        kind: 'select',
        required: true,
        emptyOption: '— pilih aturan —',
        options: rules,
        value: o.rule,
      });
      const nik = field<HTMLInputElement>({
        id: `S07-overrides-${i}-nik`,
        label: 'NIK anggota',
        kind: 'digits',
        value: o.nik,
        hint: 'Untuk aturan anggota: NIK lengkap dari berkas. Kosongkan untuk aturan kelompok.',
      });
      const reason = field<HTMLTextAreaElement>({
        id: `S07-overrides-${i}-reason`,
        label: 'Alasan pengecualian',
        kind: 'textarea',
        required: true,
        value: o.reason,
        attrs: { maxlength: 1000, rows: 2 },
      });
      rule.control.addEventListener('change', () => (o.rule = rule.control.value));
      nik.control.addEventListener('input', () => (o.nik = nik.control.value));
      reason.control.addEventListener('input', () => (o.reason = reason.control.value));
      const remove = el('button', {
        type: 'button',
        id: `S07-overrides-${i}-remove`,
        class: 'secondary',
        text: `Hapus pengecualian ${i + 1}`,
      });
      remove.addEventListener('click', () => {
        overrides.splice(i, 1);
        renderOverrides();
        add.focus();
      });
      list.append(el('div', { class: 'row-block' }, [rule.row, nik.row, reason.row, remove]));
      if (i === focusIndex) rule.control.focus();
    });
  }
  add.addEventListener('click', () => {
    overrides.push({ rule: '', nik: '', reason: '' });
    renderOverrides(overrides.length - 1);
  });

  shell.body.append(date.row, decision.row, overridesGroup, note.row);
  wireSubmit({
    ...shell,
    prefix: 'S07',
    fn: 'apiCompleteStep',
    ctx,
    check(requestId) {
      const form = buildForm({
        meetingDate: date.control.value,
        decision: decision.control.value,
        overrides,
        note: note.control.value,
      });
      const result = validateForm(stepFormSchemas.S07, form);
      if (!result.ok) return result;
      return {
        ok: true,
        payload: { requestId, caseId: c.id, version: c.version, step: 'S07', form: result.value },
      };
    },
    done: (saved) =>
      `Terima kasih. Keputusan rapat kasus ${saved.caseId} (${c.groupName}) telah disimpan.`,
  });
  return shell.section;
}
