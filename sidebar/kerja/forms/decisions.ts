/**
 * Return for completion, rejection and resubmission: each a reason (at least 10 characters,
 * mandatory) sent with the case version the view was loaded at. At S08 the return is the
 * Kepala Dinas's "Kembalikan dengan catatan".
 */
import { decisionSchema, validateForm } from '../../../src/app/api/forms';
import type { Saved } from '../../../src/app/api/views';
import { field } from '../../shared/dom';
import { formShell } from './shell';
import { wireSubmit, type Checked, type FormContext } from './submit';

export type DecisionKind = 'return' | 'reject' | 'resubmit';

const TEXT: Record<
  DecisionKind,
  { fn: string; title: string; label: string; button: string; done: string; hint: string }
> = {
  return: {
    fn: 'apiReturnCase',
    title: 'Kembalikan untuk dilengkapi',
    label: 'Alasan pengembalian',
    button: 'Kembalikan untuk dilengkapi',
    done: 'telah dikembalikan untuk dilengkapi',
    hint: 'Wajib diisi, paling sedikit 10 karakter: sebutkan apa yang perlu dilengkapi.',
  },
  reject: {
    fn: 'apiRejectCase',
    title: 'Tolak usulan',
    label: 'Alasan penolakan',
    button: 'Tolak',
    done: 'telah ditolak',
    hint: 'Wajib diisi, paling sedikit 10 karakter. Alasan ini dicatat dan disampaikan kepada pemohon.',
  },
  resubmit: {
    fn: 'apiResubmitCase',
    title: 'Ajukan kembali',
    label: 'Keterangan pengajuan kembali',
    button: 'Ajukan kembali',
    done: 'telah diajukan kembali',
    hint: 'Wajib diisi, paling sedikit 10 karakter: sebutkan apa yang telah dilengkapi.',
  },
};

/** The mandatory reason of a decision (`<prefix>-reason`). */
export function reasonField(prefix: string, label: string, hint: string) {
  return field<HTMLTextAreaElement>({
    id: `${prefix}-reason`,
    label,
    kind: 'textarea',
    required: true,
    hint,
    attrs: { maxlength: 2000, rows: 3 },
  });
}

/** Checks a decision form (case, version, reason) with the server's schema. */
export function checkDecision(
  requestId: string,
  ctx: FormContext,
  reason: HTMLTextAreaElement,
): Checked {
  const c = ctx.detail.case;
  const result = validateForm(decisionSchema, {
    requestId,
    caseId: c.id,
    version: c.version,
    reason: reason.value,
  });
  return result.ok ? { ok: true, payload: result.value } : result;
}

/** What became of the decision's letter: numbered (Kadis), or a draft waiting for the Kadis. */
function letterLine(kind: DecisionKind, saved: Saved): string {
  if (kind === 'resubmit') return '';
  const name = kind === 'reject' ? 'Surat penolakan' : 'Surat pengembalian';
  return saved.letterNumber
    ? ` ${name} bernomor ${saved.letterNumber}.`
    : ` Konsep ${name.toLowerCase()} menunggu tanda tangan Kepala Dinas.`;
}

export function decisionForm(kind: DecisionKind, ctx: FormContext): HTMLElement {
  const c = ctx.detail.case;
  const approval = kind === 'return' && c.step === 'S08';
  const t = TEXT[kind];
  const shell = formShell({
    id: `form-${kind}`,
    title: approval ? 'Kembalikan dengan catatan' : t.title,
    buttonId: kind,
    buttonLabel: approval ? 'Kembalikan dengan catatan' : t.button,
    buttonClass: kind === 'resubmit' ? 'secondary' : 'danger',
  });
  const reason = reasonField(kind, approval ? 'Catatan pengembalian' : t.label, t.hint);
  shell.body.append(reason.row);
  wireSubmit({
    ...shell,
    prefix: kind,
    fn: t.fn,
    ctx,
    check: (requestId) => checkDecision(requestId, ctx, reason.control),
    done: (saved) =>
      `Terima kasih. Kasus ${saved.caseId} (${c.groupName}) ${t.done}.${letterLine(kind, saved)}`,
  });
  return shell.section;
}
