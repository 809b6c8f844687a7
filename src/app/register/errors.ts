/**
 * Errors the register shows to a person: the message is Indonesian, polite, names the tab, the
 * column or the field at fault, and says what to do. Anything else thrown is a defect.
 */

import type { FieldError } from '../api/forms';

export class RegisterError extends Error {
  /** The form fields at fault, by path (for the sidebar to show each message next to its field). */
  readonly fields: FieldError[];

  constructor(message: string, field?: string | FieldError[]) {
    super(message);
    this.name = 'RegisterError';
    this.fields = Array.isArray(field) ? field : field ? [{ field, message }] : [];
  }

  /** A form refused field by field: the first message leads, every field keeps its own. */
  static ofFields(errors: FieldError[]): RegisterError {
    const more = errors.length > 1 ? ` (dan ${errors.length - 1} isian lain)` : '';
    return new RegisterError(`Mohon periksa isian: ${errors[0].message}${more}`, errors);
  }
}

/** A form built on data that has changed since it was loaded. */
export class StaleDataError extends RegisterError {
  constructor(message: string) {
    super(message);
    this.name = 'StaleDataError';
  }
}
