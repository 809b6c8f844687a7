/**
 * Where a field error goes: the server and `validateForm` name fields by path
 * (`members.2.nik`); the page names its controls by id (`members-2-nik`, or with a prefix
 * `S03-members-2-validation`). An error whose field has no control of its own goes to the
 * nearest enclosing group (e.g. `members`), else to the form's summary. Pure, unit-tested.
 */
import type { FieldError } from '../../src/app/api/forms';

/** The id of the control of `path` in a form whose ids start with `prefix` ('' for none). */
export function fieldId(prefix: string, path: string): string {
  const local = normalizePath(path).replace(/\./g, '-');
  return prefix ? (local ? `${prefix}-${local}` : prefix) : local;
}

/** A step submission's fields may come back as `form.x`: the form's own path is `x`. */
export function normalizePath(path: string): string {
  return String(path ?? '').replace(/^form(\.|$)/, '');
}

export interface PlacedError {
  id: string;
  messages: string[];
}

/**
 * Maps errors to control ids (those for which `exists(id)` holds), falling back to the parent
 * path; in the order the errors came, one entry per id. Errors with no place are `unplaced`.
 */
export function placeFieldErrors(
  errors: readonly FieldError[],
  idOf: (path: string) => string,
  exists: (id: string) => boolean,
): { placed: PlacedError[]; unplaced: FieldError[] } {
  const placed: PlacedError[] = [];
  const unplaced: FieldError[] = [];
  for (const error of errors) {
    let path = normalizePath(error.field);
    let id: string | null = null;
    for (;;) {
      const candidate = path ? idOf(path) : '';
      if (candidate && exists(candidate)) {
        id = candidate;
        break;
      }
      const cut = path.lastIndexOf('.');
      if (cut < 0) break;
      path = path.slice(0, cut);
    }
    if (id === null) {
      unplaced.push(error);
      continue;
    }
    const entry = placed.find((p) => p.id === id);
    if (entry) {
      if (!entry.messages.includes(error.message)) entry.messages.push(error.message);
    } else placed.push({ id, messages: [error.message] });
  }
  return { placed, unplaced };
}
