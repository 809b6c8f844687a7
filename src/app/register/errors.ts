/**
 * Errors the register shows to a person: the message is Indonesian, polite, names the tab, the
 * column or the field at fault, and says what to do. Anything else thrown is a defect.
 */

export class RegisterError extends Error {
  constructor(
    message: string,
    /** The form field at fault (for the sidebar to show the message next to it). */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'RegisterError';
  }
}

/** A form built on data that has changed since it was loaded. */
export class StaleDataError extends RegisterError {
  constructor(message: string) {
    super(message);
    this.name = 'StaleDataError';
  }
}
