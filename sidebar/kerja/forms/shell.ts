/**
 * The frame every form of the case view shares: a section with its heading, the form (with a
 * stable id for the browser tests), a message box that is announced, and the submit button.
 */
import { el } from '../../shared/dom';

export interface Shell {
  section: HTMLElement;
  form: HTMLFormElement;
  body: HTMLElement;
  message: HTMLElement;
  button: HTMLButtonElement;
}

export function formShell(o: {
  id: string;
  title: string;
  intro?: string;
  buttonId: string;
  buttonLabel: string;
  buttonClass?: string;
}): Shell {
  const titleId = `${o.id}-title`;
  const body = el('div');
  const message = el('div', { id: `${o.id}-message`, class: 'message', role: 'alert' });
  const button = el('button', {
    type: 'submit',
    id: o.buttonId,
    class: o.buttonClass,
    text: o.buttonLabel,
  });
  const form = el('form', { id: o.id, 'aria-labelledby': titleId, novalidate: true }, [
    o.intro ? el('p', { class: 'muted', text: o.intro }) : null,
    body,
    message,
    el('div', { class: 'actions' }, [button]),
  ]);
  const section = el('section', { class: 'step-form' }, [
    el('h3', { id: titleId, text: o.title }),
    form,
  ]);
  return { section, form, body, message, button };
}
