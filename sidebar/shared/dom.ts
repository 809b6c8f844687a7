/**
 * DOM helpers shared by the sidebars: elements built with text (never HTML strings), a form
 * field with its label, hint and error slot, and the display of field errors next to their
 * fields (`aria-invalid`, `aria-describedby`, focus on the first invalid field).
 */
import type { FieldError } from '../../src/app/api/forms';
import { fieldId, placeFieldErrors } from './fieldErrors';

type Child = Node | string | null | undefined | false;
type Props = Record<string, string | number | boolean | undefined>;

/**
 * Creates an element. `text` sets textContent, `value` and `checked` set the properties, other
 * props become attributes (true → present, false/undefined → absent).
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key === 'value') (node as HTMLInputElement).value = String(value);
    else if (key === 'checked') (node as HTMLInputElement).checked = Boolean(value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** The element with this id (throws if the page lacks it: a programming error). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`Elemen #${id} tidak ada.`);
  return node as T;
}

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface Option {
  value: string;
  label: string;
}

export interface FieldSpec {
  id: string;
  label: string;
  kind?:
    'text' | 'tel' | 'date' | 'search' | 'amount' | 'digits' | 'textarea' | 'select' | 'checkbox';
  value?: string;
  checked?: boolean;
  options?: readonly Option[];
  /** For a select: the first, empty option ("— pilih —"). */
  emptyOption?: string;
  hint?: string;
  required?: boolean;
  /** Extra attributes of the control (max, maxlength, rows, autocomplete…). */
  attrs?: Props;
}

export interface Field<C extends Control = Control> {
  row: HTMLElement;
  control: C;
  hint: HTMLElement | null;
}

/** Renders one field: label, control, optional hint, and an (empty, hidden) error slot. */
export function field<C extends Control = Control>(spec: FieldSpec): Field<C> {
  const kind = spec.kind ?? 'text';
  const hintId = `${spec.id}-hint`;
  const common: Props = {
    id: spec.id,
    name: spec.id,
    required: spec.required,
    'aria-describedby': spec.hint ? hintId : undefined,
    ...spec.attrs,
  };
  let control: Control;
  if (kind === 'textarea') {
    control = el('textarea', { rows: 3, ...common, value: spec.value ?? '' });
  } else if (kind === 'select') {
    const options = [
      spec.emptyOption !== undefined ? el('option', { value: '', text: spec.emptyOption }) : null,
      ...(spec.options ?? []).map((o) => el('option', { value: o.value, text: o.label })),
    ];
    control = el('select', common, options);
    control.value = spec.value ?? '';
  } else if (kind === 'checkbox') {
    control = el('input', { type: 'checkbox', ...common, checked: spec.checked ?? false });
  } else {
    const type = kind === 'amount' || kind === 'digits' ? 'text' : kind;
    const extra: Props =
      kind === 'amount'
        ? { inputmode: 'decimal', autocomplete: 'off' }
        : kind === 'digits'
          ? { inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false' }
          : {};
    control = el('input', { type, ...extra, ...common, value: spec.value ?? '' });
  }
  const label = el('label', { for: spec.id }, [
    spec.label,
    spec.required ? el('span', { class: 'req', 'aria-hidden': 'true', text: ' *' }) : null,
  ]);
  const hint = spec.hint ? el('p', { id: hintId, class: 'hint', text: spec.hint }) : null;
  const error = el('p', { id: `${spec.id}-error`, class: 'field-error', hidden: true });
  const row =
    kind === 'checkbox'
      ? el('div', { class: 'field check' }, [control, label, hint, error])
      : el('div', { class: 'field' }, [label, control, hint, error]);
  return { row, control: control as C, hint };
}

/** A fieldset with a legend and an error slot (the place of errors of a whole group). */
export function group(id: string, legend: string, children: Child[] = []): HTMLFieldSetElement {
  return el('fieldset', { id, class: 'group', 'aria-describedby': undefined }, [
    el('legend', { text: legend }),
    el('p', { id: `${id}-error`, class: 'field-error', hidden: true }),
    ...children,
  ]);
}

function addToken(node: Element, attr: string, token: string): void {
  const tokens = (node.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean);
  if (!tokens.includes(token)) tokens.push(token);
  node.setAttribute(attr, tokens.join(' '));
}

function removeToken(node: Element, attr: string, token: string): void {
  const tokens = (node.getAttribute(attr) ?? '').split(/\s+/).filter((t) => t && t !== token);
  if (tokens.length) node.setAttribute(attr, tokens.join(' '));
  else node.removeAttribute(attr);
}

/** Clears every field error shown inside `root` (and its summary, if any). */
export function clearFieldErrors(root: HTMLElement, summary?: HTMLElement | null): void {
  root.querySelectorAll('[aria-invalid="true"]').forEach((n) => n.removeAttribute('aria-invalid'));
  root.querySelectorAll<HTMLElement>('.field-error').forEach((slot) => {
    slot.textContent = '';
    slot.hidden = true;
    const owner = document.getElementById(slot.id.replace(/-error$/, ''));
    if (owner) removeToken(owner, 'aria-describedby', slot.id);
  });
  if (summary) {
    summary.textContent = '';
    summary.hidden = true;
  }
}

/** Makes a node focusable by script (for groups and headings) and focuses it. */
export function focusNode(node: HTMLElement): void {
  if (!/^(INPUT|SELECT|TEXTAREA|BUTTON|A)$/.test(node.tagName) && !node.hasAttribute('tabindex')) {
    node.setAttribute('tabindex', '-1');
  }
  node.focus();
}

/**
 * Shows errors next to their fields (ids from `idOf`, default: the path with dashes), errors
 * without a field in `summary`, and focuses the first invalid field in page order (or the
 * summary). Returns the number of errors shown.
 */
export function showFieldErrors(
  errors: readonly FieldError[],
  options: { idOf?: (path: string) => string; summary?: HTMLElement | null; focus?: boolean } = {},
): number {
  const idOf = options.idOf ?? ((path: string) => fieldId('', path));
  const { placed, unplaced } = placeFieldErrors(
    errors,
    idOf,
    (id) => !!document.getElementById(id),
  );
  let first: HTMLElement | null = null;
  for (const { id, messages } of placed) {
    const control = document.getElementById(id) as HTMLElement;
    let slot = document.getElementById(`${id}-error`);
    if (!slot) {
      slot = el('p', { id: `${id}-error`, class: 'field-error' });
      control.insertAdjacentElement('afterend', slot);
    }
    slot.textContent = messages.join(' ');
    slot.hidden = false;
    if (/^(INPUT|SELECT|TEXTAREA)$/.test(control.tagName)) {
      control.setAttribute('aria-invalid', 'true');
    }
    addToken(control, 'aria-describedby', slot.id);
    if (!first || first.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_PRECEDING) {
      first = control;
    }
  }
  const summary = options.summary;
  if (summary) {
    summary.textContent = '';
    if (unplaced.length) {
      summary.append(
        el('p', { text: 'Mohon periksa isian berikut:' }),
        el(
          'ul',
          {},
          unplaced.map((e) => el('li', { text: e.message })),
        ),
      );
    }
    summary.hidden = !unplaced.length;
  }
  if (options.focus !== false) {
    if (first) focusNode(first);
    else if (summary && unplaced.length) focusNode(summary);
  }
  return placed.reduce((n, p) => n + p.messages.length, 0) + unplaced.length;
}

/**
 * Shows a message in a message box; kind sets its colour class. The box stays in the page (an
 * empty one takes no room) so that screen readers keep listening to its live region.
 */
export function setMessage(
  box: HTMLElement,
  text: string,
  kind: 'info' | 'error' | 'ok' = 'info',
): void {
  box.textContent = text;
  box.className = `message ${kind}`;
}

/** Disables a button while `work` runs (a second click meanwhile does nothing). */
export async function whileBusy<T>(button: HTMLButtonElement, work: () => Promise<T>): Promise<T> {
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}
