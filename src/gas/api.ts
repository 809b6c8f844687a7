/**
 * The envelope of every server function the sidebars call: a plain object that crosses
 * `google.script.run` intact. A `RegisterError` becomes its Indonesian message (and the form
 * field at fault); any other error is logged and shown as a polite general message, never as a
 * stack trace.
 */
import { RegisterError } from '../app/register/errors';

export type { ApiResult } from '../app/api/views';
import type { ApiResult } from '../app/api/views';

/** Runs `work` and wraps its result or error for the sidebar. */
export function serve<T>(work: () => T): ApiResult<T> {
  try {
    return { ok: true, data: work() };
  } catch (e) {
    if (e instanceof RegisterError) {
      return {
        ok: false,
        error: {
          message: e.message,
          ...(e.fields.length ? { fields: e.fields } : {}),
          ...(e.name === 'StaleDataError' ? { stale: true } : {}),
        },
      };
    }
    console.error(e instanceof Error ? e.stack || e.message : String(e));
    return {
      ok: false,
      error: {
        message:
          'Maaf, terjadi kesalahan pada sistem. Tidak ada data yang tersimpan sebagian; ' +
          'mohon ulangi sebentar lagi atau hubungi admin register.',
      },
    };
  }
}
