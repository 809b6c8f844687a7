/**
 * S03, validation of the proposal: one result per member (Valid / Tidak Valid / Perlu
 * Perbaikan, with a note) and the four requirement checkboxes, pre-filled from the case.
 */
import {
  FIELD_LABELS,
  stepFormSchemas,
  validateForm,
  VALIDATION_OPTIONS,
  type Requirements,
} from '../../../src/app/api/forms';
import { el, field, group } from '../../shared/dom';
import { s03Form as buildForm, STEP_TITLES, submitLabel } from './collect';
import { formShell } from './shell';
import { wireSubmit, type FormContext } from './submit';

const REQUIREMENT_KEYS: Array<keyof Requirements> = [
  'rab',
  'proposal',
  'ktpKkCopies',
  'coverLetter',
];

export function s03Form(ctx: FormContext): HTMLElement {
  const { case: c, members } = ctx.detail;
  const shell = formShell({
    id: 'form-S03',
    title: STEP_TITLES.S03,
    buttonId: 'submit-step',
    buttonLabel: submitLabel('S03'),
  });
  const rows = members.map((m, i) => {
    const validation = field<HTMLSelectElement>({
      id: `S03-members-${i}-validation`,
      label: `Hasil validasi ${m.name}`,
      kind: 'select',
      required: true,
      emptyOption: '— pilih —',
      options: VALIDATION_OPTIONS.map((v) => ({ value: v, label: v })),
      value: (VALIDATION_OPTIONS as readonly string[]).includes(m.validation) ? m.validation : '',
      hint: `NIK ${m.nikMasked}${m.age !== null ? `, ${m.age} tahun` : ''}`,
    });
    const note = field<HTMLInputElement>({
      id: `S03-members-${i}-note`,
      label: `Catatan untuk ${m.name}`,
      value: m.note,
      attrs: { maxlength: 500 },
    });
    return { id: m.id, validation, note };
  });
  const requirementFields = REQUIREMENT_KEYS.map((key) =>
    field<HTMLInputElement>({
      id: `S03-requirements-${key}`,
      label: FIELD_LABELS[key],
      kind: 'checkbox',
      checked: c.requirements[key],
    }),
  );
  const note = field<HTMLTextAreaElement>({
    id: 'S03-note',
    label: 'Catatan validasi',
    kind: 'textarea',
    hint: 'Tidak wajib diisi.',
    attrs: { maxlength: 2000 },
  });
  shell.body.append(
    group(
      'S03-members',
      'Validasi anggota',
      rows.length
        ? rows.flatMap((r) => [r.validation.row, r.note.row])
        : [el('p', { class: 'muted', text: 'Kasus ini belum mempunyai anggota.' })],
    ),
    group(
      'S03-requirements',
      'Persyaratan yang lengkap',
      requirementFields.map((f) => f.row),
    ),
    note.row,
  );
  wireSubmit({
    ...shell,
    prefix: 'S03',
    fn: 'apiCompleteStep',
    ctx,
    check(requestId) {
      const form = buildForm({
        members: rows.map((r) => ({
          memberId: r.id,
          validation: r.validation.control.value,
          note: r.note.control.value,
        })),
        requirements: Object.fromEntries(
          REQUIREMENT_KEYS.map((k, i) => [k, requirementFields[i].control.checked]),
        ) as unknown as Requirements,
        note: note.control.value,
      });
      const result = validateForm(stepFormSchemas.S03, form);
      if (!result.ok) return result;
      return {
        ok: true,
        payload: { requestId, caseId: c.id, version: c.version, step: 'S03', form: result.value },
      };
    },
    done: (saved) =>
      `Terima kasih. Hasil validasi kasus ${saved.caseId} (${c.groupName}) telah disimpan.`,
  });
  return shell.section;
}
