/**
 * How every form of the case view is sent: check in the browser with the server's own schema,
 * show errors next to their fields, send once (the button is disabled meanwhile and the
 * request id, made when the form opened, makes a repeated call harmless), then tell the page.
 * A stale case (changed by someone else) is handed to the page, which offers "Muat ulang".
 */
import type { FieldError } from '../../../src/app/api/forms';
import type { CaseDetail, Saved } from '../../../src/app/api/views';
import { call, CALL_FAILED, type ApiResult } from '../../shared/client';
import { clearFieldErrors, setMessage, showFieldErrors } from '../../shared/dom';
import { fieldId } from '../../shared/fieldErrors';
import { newRequestId } from '../../shared/requestId';

/** What a form of the case view gets from the page. */
export interface FormContext {
  detail: CaseDetail;
  /** The case was saved: go back to the list and say so politely. */
  saved(message: string): void;
  /** The case changed since it was loaded: show the message and offer to reload. */
  stale(message: string): void;
}

export type Checked = { ok: true; payload: unknown } | { ok: false; errors: FieldError[] };

export interface SubmitOptions {
  form: HTMLFormElement;
  button: HTMLButtonElement;
  /** The form's message box (role="alert"). */
  message: HTMLElement;
  /** Prefix of the form's control ids (S06 → `S06-surveyDate`). */
  prefix: string;
  /** Server function to call. */
  fn: string;
  /** Reads the form and checks it; gets the request id of this opening of the form. */
  check(requestId: string): Checked;
  /** The sentence said after success. */
  done(saved: Saved): string;
  ctx: FormContext;
}

/** Wires the form's submit (button click or Enter) to the send-once flow. */
export function wireSubmit(o: SubmitOptions): void {
  let requestId = newRequestId();
  let sending = false;
  let frozen = false;
  const idOf = (path: string) => fieldId(o.prefix, path);
  o.form.setAttribute('novalidate', '');
  o.form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sending) return;
    clearFieldErrors(o.form);
    setMessage(o.message, '');
    const checked = o.check(requestId);
    if (!checked.ok) {
      setMessage(o.message, 'Mohon perbaiki isian yang ditandai, lalu kirim lagi.', 'error');
      showFieldErrors(checked.errors, { idOf });
      return;
    }
    sending = true;
    o.button.disabled = true;
    o.button.setAttribute('aria-busy', 'true');
    o.form.setAttribute('aria-busy', 'true');
    setMessage(o.message, 'Sedang mengirim…', 'info');
    call<Saved>(o.fn, checked.payload)
      .then((result: ApiResult<Saved>) => {
        if (result.ok) {
          setMessage(o.message, '');
          o.ctx.saved(o.done(result.data));
          return;
        }
        // A definite refusal wrote nothing: a corrected form is a new request. A failure part-way
        // (`retry`) keeps the request ID, so sending again completes the same action once.
        if (!result.error.retry) requestId = newRequestId();
        if (result.error.stale) {
          setMessage(o.message, '');
          frozen = true;
          o.ctx.stale(result.error.message);
          return;
        }
        setMessage(o.message, result.error.message, 'error');
        if (result.error.fields?.length) showFieldErrors(result.error.fields, { idOf });
      })
      .catch(() => {
        // The outcome is unknown: a retry keeps the same request id, so it is applied once.
        setMessage(o.message, CALL_FAILED, 'error');
      })
      .finally(() => {
        sending = false;
        o.button.disabled = frozen;
        o.button.removeAttribute('aria-busy');
        o.form.removeAttribute('aria-busy');
      });
  });
}
