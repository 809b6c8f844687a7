/**
 * The SOP gate in the S07 and S08 forms: a panel saying what still blocks the case, who is left
 * out ("Tidak Valid" at validation) and which rules were set aside, by whom and why; and the
 * editor of overrides (a failed rule, the member's NIK, the reason). The server decides again
 * (src/gas/usecases/gate.ts); the sidebar only mirrors it.
 */
import { FIELD_LABELS, OVERRIDE_REASON_MIN } from '../../../src/app/api/forms';
import type { CaseDetail } from '../../../src/app/api/views';
import { el, field, group } from '../../shared/dom';
import type { OverrideState } from './collect';

/** What the gate says, for the Kabid at S07 and the Kadis at S08. */
export function gatePanel(detail: CaseDetail, step: 'S07' | 'S08'): HTMLElement | null {
  const gate = detail.gate;
  if (!gate) return null;
  const what = step === 'S07' ? 'ditetapkan' : 'disetujui';
  const items: HTMLElement[] = [
    el('p', {
      id: `${step}-gate-status`,
      class: gate.passes ? 'muted' : 'field-error',
      text: gate.passes
        ? `Semua aturan kelayakan terpenuhi atau telah dikecualikan; ${gate.includedCount} anggota tercantum pada surat.`
        : `Kelompok belum dapat ${what}: ${gate.blocking.length} aturan tidak terpenuhi dan belum dikecualikan.`,
    }),
  ];
  if (gate.blocking.length) {
    items.push(
      el(
        'ul',
        { id: `${step}-gate-blocking` },
        gate.blocking.map((f) =>
          el('li', {
            text: `${f.subject}: ${f.reason}${f.overridable ? '' : ' (tidak dapat dikecualikan)'}`,
          }),
        ),
      ),
    );
  }
  if (gate.excluded.length) {
    items.push(
      el('p', {
        id: `${step}-gate-excluded`,
        text: `Tidak tercantum pada SKT, Rekomendasi dan BAST (Tidak Valid): ${gate.excluded.join(', ')}.`,
      }),
    );
  }
  if (gate.overrides.length) {
    items.push(
      el('p', { text: 'Aturan yang dikecualikan dalam rapat:' }),
      el(
        'ul',
        { id: `${step}-gate-overrides` },
        gate.overrides.map((o) =>
          el('li', { text: `${o.subject} — ${o.rule}: ${o.reason} (oleh ${o.by})` }),
        ),
      ),
    );
  }
  return el('div', { id: `${step}-gate`, class: 'row-block' }, items);
}

/**
 * The editor of overrides: rows of (rule, NIK, reason), added and removed by the user. Shown
 * only to the roles the gate names; rules offered are those failing or not yet passed.
 */
export function overridesEditor(
  prefix: 'S07' | 'S08',
  detail: CaseDetail,
  overrides: OverrideState[],
): HTMLFieldSetElement {
  const rules = detail.eligibility.results
    .filter((r) => r.status !== 'pass')
    .map((r) => ({ value: r.rule, label: `${r.subject}: ${r.reason}` }));
  const allowed = detail.gate ? detail.gate.canOverride : true;
  const roles = detail.gate?.overrideRoles.join(' atau ') || 'Kabid atau Kadis';
  const list = el('div');
  const add = el('button', {
    type: 'button',
    id: `${prefix}-add-override`,
    class: 'secondary',
    text: 'Tambah pengecualian aturan',
  });
  const hint = !allowed
    ? `Pengecualian aturan di langkah ini hanya oleh peran ${roles}.`
    : rules.length
      ? 'Isi untuk setiap aturan yang gagal yang diputuskan untuk dikecualikan: aturan anggota ' +
        `dengan NIK anggotanya, aturan kelompok tanpa NIK; alasan paling sedikit ${OVERRIDE_REASON_MIN} ` +
        'karakter, dicatat di Riwayat dan diperlihatkan kepada Kepala Dinas.'
      : 'Semua aturan kelayakan terpenuhi; tidak ada yang perlu dikecualikan.';
  const fieldset = group(`${prefix}-overrides`, FIELD_LABELS.overrides, [
    el('p', { class: 'hint', text: hint }),
    list,
    allowed && rules.length ? add : null,
  ]);

  function render(focusIndex?: number): void {
    list.textContent = '';
    overrides.forEach((o, i) => {
      const rule = field<HTMLSelectElement>({
        id: `${prefix}-overrides-${i}-rule`,
        label: `Aturan yang dikecualikan (${i + 1})`,
        kind: 'select',
        required: true,
        emptyOption: '— pilih aturan —',
        options: rules,
        value: o.rule,
      });
      const nik = field<HTMLInputElement>({
        id: `${prefix}-overrides-${i}-nik`,
        label: 'NIK anggota',
        kind: 'digits',
        value: o.nik,
        hint: 'Untuk aturan anggota: NIK lengkap dari berkas. Kosongkan untuk aturan kelompok.',
      });
      const reason = field<HTMLTextAreaElement>({
        id: `${prefix}-overrides-${i}-reason`,
        label: 'Alasan pengecualian',
        kind: 'textarea',
        required: true,
        value: o.reason,
        hint: `Paling sedikit ${OVERRIDE_REASON_MIN} karakter.`,
        attrs: { maxlength: 1000, rows: 2 },
      });
      rule.control.addEventListener('change', () => (o.rule = rule.control.value));
      nik.control.addEventListener('input', () => (o.nik = nik.control.value));
      reason.control.addEventListener('input', () => (o.reason = reason.control.value));
      const remove = el('button', {
        type: 'button',
        id: `${prefix}-overrides-${i}-remove`,
        class: 'secondary',
        text: `Hapus pengecualian ${i + 1}`,
      });
      remove.addEventListener('click', () => {
        overrides.splice(i, 1);
        render();
        add.focus();
      });
      list.append(el('div', { class: 'row-block' }, [rule.row, nik.row, reason.row, remove]));
      if (i === focusIndex) rule.control.focus();
    });
  }
  add.addEventListener('click', () => {
    overrides.push({ rule: '', nik: '', reason: '' });
    render(overrides.length - 1);
  });
  return fieldset;
}
