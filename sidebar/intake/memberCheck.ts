/**
 * The live check of one member (`apiCheckMember`), shown under her row: sex, age on the
 * receipt date, DTSEN, duplicates in other groups, and each rule's result. Text only.
 */
import type { MemberCheck } from '../../src/app/api/views';
import { el } from '../shared/dom';
import { ruleStatus } from '../shared/format';

export type CheckState =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'waiting'; message: string }
  | { kind: 'done'; result: MemberCheck; onToday: boolean }
  | { kind: 'error'; message: string };

function sexText(sex: string): string {
  return sex === 'P' ? 'Perempuan' : sex === 'L' ? 'Laki-laki' : 'tidak terbaca';
}

function dtsenText(inDtsen: boolean | null): string {
  if (inDtsen === null) return 'belum dapat diperiksa';
  return inDtsen ? 'terdaftar' : 'tidak terdaftar';
}

/** Fills `box` with the check's result. */
export function renderCheck(box: HTMLElement, state: CheckState): void {
  box.textContent = '';
  box.className = 'member-check';
  if (state.kind === 'none') return;
  if (state.kind === 'loading') {
    box.append(el('p', { class: 'muted', text: 'Memeriksa NIK…' }));
    return;
  }
  if (state.kind === 'waiting') {
    box.append(el('p', { class: 'muted', text: state.message }));
    return;
  }
  if (state.kind === 'error') {
    box.append(el('p', { class: 'error', text: state.message }));
    return;
  }
  const r = state.result;
  const facts: string[] = [];
  if (!r.valid) facts.push('NIK tidak sah.');
  facts.push(`Jenis kelamin: ${sexText(r.sex)}.`);
  facts.push(
    r.age === null
      ? 'Usia: tidak terbaca.'
      : `Usia ${state.onToday ? 'per hari ini' : 'pada tanggal proposal diterima'}: ${r.age} tahun.`,
  );
  facts.push(`DTSEN: ${dtsenText(r.inDtsen)}.`);
  facts.push(
    r.duplicates.length
      ? `Sudah tercatat pada kasus lain: ${r.duplicates.join(', ')}.`
      : 'Tidak tercatat pada kelompok lain.',
  );
  box.append(
    el('p', { class: 'check-title', text: 'Hasil pemeriksaan NIK' }),
    el(
      'ul',
      { class: 'facts' },
      facts.map((f) => el('li', { text: f })),
    ),
  );
  if (r.results.length) {
    box.append(
      el(
        'ul',
        { class: 'rules' },
        r.results.map((rule) => {
          const s = ruleStatus(rule.status);
          return el('li', { class: `rule rule-${rule.status}`, 'data-rule': rule.rule }, [
            el('span', { class: `rule-icon ${s.className}`, 'aria-hidden': 'true', text: s.icon }),
            el('span', {}, [
              el('span', { class: 'visually-hidden', text: `${s.text}: ` }),
              rule.reason,
            ]),
          ]);
        }),
      ),
    );
  }
}
