/**
 * The wire format between an execution (the facade, which may run in a sandbox realm or a worker
 * thread) and the backend that holds the state: JSON text, with `Date` values tagged so that
 * they survive the trip and are rebuilt in the receiving realm.
 */

const DATE_TAG = '$date';

/** Encodes a value for the wire. */
export function encode(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    const raw = this[key];
    if (raw instanceof Date || Object.prototype.toString.call(raw) === '[object Date]') {
      return { [DATE_TAG]: (raw as Date).getTime() };
    }
    return v === undefined ? null : v;
  });
}

/** Decodes a wire text; `Date` values are built with the receiving realm's constructor. */
export function decode<T = unknown>(text: string | undefined): T {
  if (text === undefined || text === '') return undefined as T;
  return JSON.parse(text, (_key, v) => {
    if (
      v !== null &&
      typeof v === 'object' &&
      !Array.isArray(v) &&
      DATE_TAG in v &&
      Object.keys(v).length === 1
    ) {
      return new Date(v[DATE_TAG] as number);
    }
    return v;
  }) as T;
}
