/**
 * The sidebars' one way to call the server: a promise over `google.script.run`, typed by the
 * server's API envelope. Arguments must be plain data (no `Date`: send ISO strings).
 */

import type { ApiResult } from '../../src/app/api/views';
export type { ApiResult };

interface Runner {
  withSuccessHandler(f: (value: unknown) => void): Runner;
  withFailureHandler(f: (error: Error) => void): Runner;
  [name: string]: unknown;
}

declare const google: { script: { run: Runner; host: { close(): void } } };

/** Calls server function `name`; resolves with its envelope, rejects only if the call failed. */
export function call<T>(name: string, ...args: unknown[]): Promise<ApiResult<T>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ApiResult<T>))
      .withFailureHandler(reject);
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new Error(`Fungsi server ${name} tidak tersedia.`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}

/** Escapes text for HTML: user data never becomes markup. */
export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The message to show when the call itself failed (network, timeout). */
export const CALL_FAILED =
  'Sambungan ke server gagal. Periksa koneksi internet Anda, lalu coba lagi.';
