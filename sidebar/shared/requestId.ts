/**
 * Request ids for the server's idempotency check: one id per form opening, so that a double
 * click or a retry after a lost answer is applied once. Random from `crypto.getRandomValues`
 * when the browser has it, else from Math.random (the id only has to be unique, not secret).
 */

interface RandomSource {
  getRandomValues?: (array: Uint8Array) => Uint8Array;
}

function defaultSource(): RandomSource | undefined {
  return typeof crypto === 'undefined' ? undefined : (crypto as RandomSource);
}

/** A new id of the form `xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx` (hex), accepted by the server. */
export function newRequestId(source: RandomSource | undefined = defaultSource()): string {
  const bytes = new Uint8Array(16);
  if (source && typeof source.getRandomValues === 'function') {
    source.getRandomValues(bytes);
  } else {
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  }
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => (b < 16 ? '0' : '') + b.toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
