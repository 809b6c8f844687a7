/**
 * Which forms the case view shows: only the form of the step this user may submit
 * (`actions.complete`), the Kadis's signature of a pending return/rejection letter, then return /
 * reject / resubmit when the server allows them. A guest
 * gets none of them, whatever the server says.
 */
import { SIMPLE_STEPS } from './collect';
import { decisionForm } from './decisions';
import { letterSignForms } from './letterSign';
import { s03Form } from './s03';
import { s07Form } from './s07';
import { s08Form } from './s08';
import { s11Form } from './s11';
import { simpleStepForm } from './simple';
import type { FormContext } from './submit';

export type { FormContext } from './submit';

export function actionForms(ctx: FormContext, readOnly: boolean): HTMLElement[] {
  if (readOnly) return [];
  const { complete, canReturn, canReject, canResubmit } = ctx.detail.actions;
  const forms: HTMLElement[] = [];
  if (complete) {
    const simple = SIMPLE_STEPS[complete];
    if (simple) forms.push(simpleStepForm(complete, simple, ctx));
    else if (complete === 'S03') forms.push(s03Form(ctx));
    else if (complete === 'S07') forms.push(s07Form(ctx));
    else if (complete === 'S08') forms.push(s08Form(ctx));
    else if (complete === 'S11') forms.push(s11Form(ctx));
  }
  forms.push(...letterSignForms(ctx));
  if (canResubmit) forms.push(decisionForm('resubmit', ctx));
  if (canReturn) forms.push(decisionForm('return', ctx));
  if (canReject) forms.push(decisionForm('reject', ctx));
  return forms;
}
