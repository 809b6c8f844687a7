/**
 * The envelope of every server function the sidebars call: a plain object that crosses
 * `google.script.run` intact. A `RegisterError` becomes its Indonesian message (and the form
 * field at fault); any other error is logged and shown as a polite general message, never as a
 * stack trace, marked `retry`: a write action may have stopped part-way (a failed service call),
 * and sending the same request again completes it once (`src/gas/transaction.ts`).
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
          'Maaf, terjadi gangguan pada layanan Google saat menyimpan. Mohon tekan Kirim sekali ' +
          'lagi: permintaan yang sama akan diselesaikan tepat satu kali, tanpa data ganda. ' +
          'Bila gangguan berlanjut, hubungi admin register.',
        retry: true,
      },
    };
  }
}
