/**
 * The Kadis and a return/rejection letter left as a draft (decided by the Kabid or the step's
 * role): the draft with its reason, then "Tandatangani dan beri nomor" (the letter takes its
 * number, date and verification code) or "Batalkan keputusan" (the case goes back to its step;
 * a reason is mandatory).
 */
import { letterSignSchema, validateForm } from '../../../src/app/api/forms';
import { checkDecision, reasonField } from './decisions';
import type { PendingLetterView } from '../../../src/app/api/views';
import { el, field } from '../../shared/dom';
import { formShell } from './shell';
import { wireSubmit, type FormContext } from './submit';

/** A link to a document in Drive, only for an https address (a cell can be edited by hand). */
function driveLink(url: string, text: string): HTMLElement | null {
  if (!/^https:\/\//.test(url)) return null;
  return el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text });
}

function letterName(letter: PendingLetterView): string {
  return letter.type === 'Surat Penolakan' ? 'surat penolakan' : 'surat pengembalian';
}

/** The sign form: the draft, its reason and who decided, and an optional note. */
function signForm(letter: PendingLetterView, ctx: FormContext): HTMLElement {
  const c = ctx.detail.case;
  const shell = formShell({
    id: 'form-sign-letter',
    title: `Konsep ${letterName(letter)} menunggu tanda tangan Anda`,
    intro:
      `Diputuskan oleh ${letter.decidedBy} pada ${letter.decidedAtLabel}. Setelah ditandatangani, ` +
      'surat mendapat nomor dari Agenda Surat, tanggal, dan kode verifikasi.',
    buttonId: 'sign-letter',
    buttonLabel: 'Tandatangani dan beri nomor',
  });
  const links = [driveLink(letter.pdfUrl, 'Buka konsep (PDF)'), driveLink(letter.docUrl, 'Dokumen')]
    .filter((a): a is HTMLElement => a !== null)
    .flatMap((a, i) => (i === 0 ? [a] : [' · ', a]));
  shell.body.append(
    el('p', {}, [el('strong', { text: 'Alasan: ' }), letter.reason || '(tidak tercatat)']),
    links.length > 0
      ? el('p', {}, links)
      : el('p', { class: 'muted', text: 'Berkas konsep belum tersedia di Drive.' }),
  );
  const note = field<HTMLTextAreaElement>({
    id: 'sign-note',
    label: 'Catatan (tidak wajib)',
    kind: 'textarea',
    attrs: { maxlength: 2000, rows: 2 },
  });
  shell.body.append(note.row);
  wireSubmit({
    ...shell,
    prefix: 'sign',
    fn: 'apiSignDecisionLetter',
    ctx,
    check(requestId) {
      const result = validateForm(letterSignSchema, {
        requestId,
        caseId: c.id,
        version: c.version,
        note: note.control.value,
      });
      return result.ok ? { ok: true, payload: result.value } : result;
    },
    done: (saved) =>
      `Terima kasih. ${letter.type} kelompok ${c.groupName} telah ditandatangani` +
      `${saved.letterNumber ? ` dengan nomor ${saved.letterNumber}` : ' dan diberi nomor'}.`,
  });
  return shell.section;
}

/** The annul form: the reason is mandatory; the case goes back to its step. */
function annulForm(letter: PendingLetterView, ctx: FormContext): HTMLElement {
  const c = ctx.detail.case;
  const shell = formShell({
    id: 'form-annul',
    title: 'Batalkan keputusan',
    intro: `Kasus kembali berjalan di langkah ${c.step} dan ${letterName(letter)} tidak diterbitkan.`,
    buttonId: 'annul',
    buttonLabel: 'Batalkan keputusan',
    buttonClass: 'danger',
  });
  const reason = reasonField(
    'annul',
    'Alasan pembatalan',
    'Wajib diisi, paling sedikit 10 karakter.',
  );
  shell.body.append(reason.row);
  wireSubmit({
    ...shell,
    prefix: 'annul',
    fn: 'apiAnnulDecision',
    ctx,
    check: (requestId) => checkDecision(requestId, ctx, reason.control),
    done: (saved) =>
      `Terima kasih. Keputusan atas kasus ${saved.caseId} (${c.groupName}) telah dibatalkan; ` +
      `kasus kembali di langkah ${saved.step}.`,
  });
  return shell.section;
}

/** The Kadis's forms for a pending letter (none when there is none). */
export function letterSignForms(ctx: FormContext): HTMLElement[] {
  const letter = ctx.detail.pendingLetter;
  if (!letter || !ctx.detail.actions.canSignLetter) return [];
  return [signForm(letter, ctx), annulForm(letter, ctx)];
}
