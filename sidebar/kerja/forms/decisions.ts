/**
 * Return for completion, rejection and resubmission: each a reason (at least 10 characters,
 * mandatory) sent with the case version the view was loaded at. At S08 the return is the
 * Kepala Dinas's "Kembalikan dengan catatan".
 */
import { decisionSchema, validateForm } from '../../../src/app/api/forms';
import type { Saved } from '../../../src/app/api/views';
import { field } from '../../shared/dom';
import { formShell } from './shell';
import { wireSubmit, type FormContext } from './submit';

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
  const reason = field<HTMLTextAreaElement>({
    id: `${kind}-reason`,
    label: approval ? 'Catatan pengembalian' : t.label,
    kind: 'textarea',
    required: true,
    hint: t.hint,
    attrs: { maxlength: 2000, rows: 3 },
  });
  shell.body.append(reason.row);
  wireSubmit({
    ...shell,
    prefix: kind,
    fn: t.fn,
    ctx,
    check(requestId) {
      const result = validateForm(decisionSchema, {
        requestId,
        caseId: c.id,
        version: c.version,
        reason: reason.control.value,
      });
      return result.ok ? { ok: true, payload: result.value } : result;
    },
    done: (saved) =>
      `Terima kasih. Kasus ${saved.caseId} (${c.groupName}) ${t.done}.${letterLine(kind, saved)}`,
  });
  return shell.section;
}
