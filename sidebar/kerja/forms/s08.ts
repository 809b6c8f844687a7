/**
 * S08, the Kepala Dinas's approval: the words that pin the approval to the version seen, the SOP
 * gate (what still blocks, who is left out, the rules the meeting set aside, by whom and why),
 * her own overrides of a rule still failing (roles of the setting pengecualian.peran.S08) and a
 * note. The server refuses the approval while a rule fails without an override.
 */
import { stepFormSchemas, validateForm } from '../../../src/app/api/forms';
import { el, field } from '../../shared/dom';
import { s08Form as buildForm, STEP_TITLES, submitLabel, type OverrideState } from './collect';
import { gatePanel, overridesEditor } from './overrides';
import { formShell } from './shell';
import { wireSubmit, type FormContext } from './submit';

export function s08Form(ctx: FormContext): HTMLElement {
  const { case: c } = ctx.detail;
  const shell = formShell({
    id: 'form-S08',
    title: STEP_TITLES.S08,
    buttonId: 'approve',
    buttonLabel: submitLabel('S08'),
  });
  const note = field<HTMLTextAreaElement>({
    id: 'S08-note',
    label: 'Catatan persetujuan',
    kind: 'textarea',
    hint: 'Tidak wajib diisi.',
    attrs: { maxlength: 2000, rows: 3 },
  });
  shell.body.append(
    el('p', {
      text:
        `Periksa ringkasan, anggota dan hasil pemeriksaan kelayakan di atas. Persetujuan Anda ` +
        `dicatat untuk data kasus versi ${c.version}` +
        (c.updatedAtLabel ? ` (terakhir diubah ${c.updatedAtLabel}).` : '.'),
    }),
  );
  const gate = gatePanel(ctx.detail, 'S08');
  if (gate) shell.body.append(gate);
  const overrides: OverrideState[] = [];
  // Her own overrides only when something still blocks (the meeting's are kept as they are).
  if (ctx.detail.gate && !ctx.detail.gate.passes) {
    shell.body.append(overridesEditor('S08', ctx.detail, overrides));
  }
  shell.body.append(note.row);
  wireSubmit({
    ...shell,
    prefix: 'S08',
    fn: 'apiCompleteStep',
    ctx,
    check(requestId) {
      const form = buildForm({ overrides, note: note.control.value });
      const result = validateForm(stepFormSchemas.S08, form);
      if (!result.ok) return result;
      return {
        ok: true,
        payload: { requestId, caseId: c.id, version: c.version, step: 'S08', form: result.value },
      };
    },
    done: (saved) => `Terima kasih. Kasus ${saved.caseId} (${c.groupName}) telah Anda setujui.`,
  });
  return shell.section;
}
