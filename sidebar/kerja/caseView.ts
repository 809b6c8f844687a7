/**
 * The case as the server describes it (`apiGetCase`): summary, requirement checklist,
 * members, the eligibility report rule by rule, and the history. Read-only; the forms come
 * after it (see forms/). Every text goes in as text, never as HTML.
 */
import { FIELD_LABELS, type Requirements } from '../../src/app/api/forms';
import type { CaseDetail } from '../../src/app/api/views';
import { el } from '../shared/dom';
import { ruleStatus, slaBadge, verdictText } from '../shared/format';
import { revealNikSection } from './revealNik';

function dl(rows: Array<[string, string | Node]>): HTMLDListElement {
  return el(
    'dl',
    { class: 'summary' },
    rows.flatMap(([term, value]) => [el('dt', { text: term }), el('dd', {}, [value || '—'])]),
  );
}

function section(id: string, title: string, children: Array<Node | null>): HTMLElement {
  return el('section', { id, 'aria-labelledby': `${id}-title` }, [
    el('h3', { id: `${id}-title`, text: title }),
    ...children,
  ]);
}

function summary(d: CaseDetail): HTMLElement {
  const c = d.case;
  const badge = slaBadge(c.sla);
  return section('case-summary', 'Ringkasan', [
    dl([
      ['Kelompok', c.groupName],
      ['Jenis usaha', c.business],
      ['Kecamatan / desa', `${c.kecamatanName} / ${c.desaName}`],
      ['Alamat', c.address],
      ['Ketua', c.leader],
      ['Telepon', c.phone],
      ['Proposal diterima', c.receivedOnLabel],
      ['Total RAB', c.rabLabel],
      ['Langkah', `${c.step} · ${c.stepName}`],
      ['Status', c.status],
      [
        'Batas waktu',
        el('span', {}, [
          c.dueLabel || '—',
          badge ? ' ' : null,
          badge ? el('span', { class: badge.className, text: badge.text }) : null,
        ]),
      ],
      ['Catatan', c.note],
      [
        'Terakhir diubah',
        `${c.updatedAtLabel || '—'}${c.updatedBy ? ` oleh ${c.updatedBy}` : ''} (versi ${c.version})`,
      ],
    ]),
  ]);
}

const REQUIREMENT_KEYS: Array<keyof Requirements> = [
  'rab',
  'proposal',
  'ktpKkCopies',
  'coverLetter',
];

function checklist(d: CaseDetail): HTMLElement {
  return section('case-requirements', 'Persyaratan', [
    el(
      'ul',
      { class: 'checklist' },
      REQUIREMENT_KEYS.map((key) => {
        const done = d.case.requirements[key];
        return el('li', { class: done ? 'ok' : 'error' }, [
          el('span', { 'aria-hidden': 'true', text: done ? '✓ ' : '✗ ' }),
          `${FIELD_LABELS[key]}: ${done ? 'ada' : 'belum ada'}`,
        ]);
      }),
    ),
  ]);
}

function membersTable(d: CaseDetail): HTMLElement {
  if (!d.members.length) {
    return section('case-members', 'Anggota', [
      el('p', { class: 'muted', text: 'Belum ada anggota.' }),
    ]);
  }
  const head = ['NIK', 'Nama', 'Usia', 'Validasi', 'Hasil'].map((h) =>
    el('th', { scope: 'col', text: h }),
  );
  const rows = d.members.map((m) =>
    el('tr', {}, [
      el('td', { class: 'nik', text: m.nikMasked }),
      el('th', { scope: 'row', text: m.name }),
      el('td', { class: 'num', text: m.age === null ? '—' : String(m.age) }),
      el('td', { text: m.validation || '—' }),
      el('td', { class: `verdict-${m.verdict}`, text: verdictText(m.verdict) }),
    ]),
  );
  return section('case-members', `Anggota (${d.members.length})`, [
    el('div', { class: 'table-scroll' }, [
      el('table', { class: 'compact' }, [
        el('thead', {}, [el('tr', {}, head)]),
        el('tbody', {}, rows),
      ]),
    ]),
  ]);
}

function eligibility(d: CaseDetail): HTMLElement {
  const e = d.eligibility;
  return section('case-eligibility', 'Pemeriksaan kelayakan', [
    el('p', {}, [
      'Kesimpulan: ',
      el('strong', { class: `verdict-${e.verdict}`, text: verdictText(e.verdict) }),
    ]),
    el('p', {
      class: 'muted',
      text:
        `Aturan versi ${e.ruleSetVersion || '—'}` +
        (e.dtsenExtractDate ? `; data DTSEN per ${e.dtsenExtractDate}` : ''),
    }),
    e.results.length
      ? el(
          'ul',
          { class: 'rules' },
          e.results.map((r) => {
            const s = ruleStatus(r.status);
            return el('li', { class: `rule rule-${r.status}`, 'data-rule': r.rule }, [
              el('span', {
                class: `rule-icon ${s.className}`,
                'aria-hidden': 'true',
                text: s.icon,
              }),
              el('span', {}, [
                el('span', { class: 'visually-hidden', text: `${s.text}: ` }),
                el('strong', { text: r.subject }),
                ` — ${r.reason}`,
              ]),
            ]);
          }),
        )
      : el('p', { class: 'muted', text: 'Belum ada hasil pemeriksaan.' }),
  ]);
}

function history(d: CaseDetail): HTMLElement {
  return section('case-history', 'Riwayat', [
    d.history.length
      ? el(
          'ol',
          { class: 'history' },
          d.history.map((h) =>
            el('li', {}, [
              el('strong', { text: `${h.step} · ${h.action}` }),
              el('span', { class: 'muted', text: ` ${h.atLabel} oleh ${h.by}` }),
              h.stepName ? el('span', { class: 'block muted', text: h.stepName }) : null,
              h.summary ? el('span', { class: 'block', text: h.summary }) : null,
            ]),
          ),
        )
      : el('p', { class: 'muted', text: 'Belum ada riwayat.' }),
  ]);
}

/** The read-only part of the case view. */
export function caseSections(d: CaseDetail): HTMLElement[] {
  const reveal = revealNikSection(d);
  return [
    summary(d),
    checklist(d),
    membersTable(d),
    ...(reveal ? [reveal] : []),
    eligibility(d),
    history(d),
  ];
}
