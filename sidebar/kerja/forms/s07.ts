/**
 * S07, the meeting that decides the recipients: date, decision, and overrides of each failed
 * eligibility rule the meeting sets aside, each with its reason (the server allows them only to
 * the roles of the setting pengecualian.peran.S07, refuses "Ditetapkan" while a rule fails
 * without one, and logs them).
 */
import {
  FIELD_LABELS,
  MEETING_DECISIONS,
  stepFormSchemas,
  validateForm,
} from '../../../src/app/api/forms';
import { field } from '../../shared/dom';
import { s07Form as buildForm, STEP_TITLES, submitLabel, type OverrideState } from './collect';
import { formShell } from './shell';
import { wireSubmit, type FormContext } from './submit';
import { gatePanel, overridesEditor } from './overrides';

export function s07Form(ctx: FormContext): HTMLElement {
  const { case: c } = ctx.detail;
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
    hint: 'Wajib bila rapat memutuskan Tidak Ditetapkan: alasan penolakan (paling sedikit 10 karakter), dimuat dalam surat penolakan.',
    attrs: { maxlength: 2000 },
  });

  const overrides: OverrideState[] = [];
  const overridesGroup = overridesEditor('S07', ctx.detail, overrides);
  const gate = gatePanel(ctx.detail, 'S07');
  if (gate) shell.body.append(gate);

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
