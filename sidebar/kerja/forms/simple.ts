/**
 * The steps whose form is a plain list of fields (S02, S04, S05, S06, S09, S10): rendered from
 * the specs of `collect.ts`, checked with the step's schema, sent with `apiCompleteStep`.
 */
import { stepFormSchemas, validateForm, type StepCode } from '../../../src/app/api/forms';
import { el, field, type Control } from '../../shared/dom';
import { fieldId } from '../../shared/fieldErrors';
import { simpleForm, STEP_TITLES, submitLabel, type SimpleField } from './collect';
import { formShell } from './shell';
import { wireSubmit, type FormContext } from './submit';

/** Renders a step's own fields into `body`; returns a reader of their values. */
export function renderFields(
  step: StepCode,
  fields: readonly SimpleField[],
  body: HTMLElement,
  initial: Readonly<Record<string, string>> = {},
): () => Record<string, string> {
  const controls: Array<[string, Control]> = [];
  for (const f of fields) {
    const { row, control } = field({
      id: fieldId(step, f.key),
      label: f.label,
      kind: f.kind,
      required: f.required,
      hint: f.hint,
      options: f.options?.map((o) => ({ value: o, label: o })),
      emptyOption: f.kind === 'select' ? '— pilih —' : undefined,
      attrs: {
        rows: f.kind === 'textarea' ? (f.rows ?? 3) : undefined,
        maxlength: f.maxLength,
      },
    });
    if (initial[f.key]) control.value = initial[f.key];
    body.append(row);
    controls.push([f.key, control]);
  }
  return () => simpleForm(fields, Object.fromEntries(controls.map(([k, c]) => [k, c.value])));
}

/** Renders and wires the form of a plain step. */
export function simpleStepForm(
  step: StepCode,
  fields: readonly SimpleField[],
  ctx: FormContext,
): HTMLElement {
  const c = ctx.detail.case;
  const shell = formShell({
    id: `form-${step}`,
    title: STEP_TITLES[step],
    buttonId: 'submit-step',
    buttonLabel: submitLabel(step),
  });
  const survey = step === 'S06' ? ctx.detail.pendampingSurvey : null;
  const read = renderFields(
    step,
    fields,
    shell.body,
    survey ? { surveyDate: survey.surveyDate, result: survey.result, note: survey.note } : {},
  );
  if (survey) {
    shell.body.prepend(
      el('p', {
        class: 'muted',
        text:
          `Laporan survei pendamping (${survey.reportedBy}, ${survey.surveyDateLabel}): ` +
          `${survey.result}${survey.note ? ` — ${survey.note}` : ''}. Isian di bawah diambil ` +
          'dari laporan itu; mohon periksa sebelum menyimpan.',
      }),
    );
  }
  wireSubmit({
    ...shell,
    prefix: step,
    fn: 'apiCompleteStep',
    ctx,
    check(requestId) {
      const form = read();
      const result = validateForm(stepFormSchemas[step], form);
      if (!result.ok) return result;
      return {
        ok: true,
        payload: { requestId, caseId: c.id, version: c.version, step, form: result.value },
      };
    },
    done: (saved) =>
      `Terima kasih. Langkah ${step} kasus ${saved.caseId} (${c.groupName}) telah disimpan.`,
  });
  return shell.section;
}
