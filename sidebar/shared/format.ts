/**
 * Small text helpers of the sidebars, free of the DOM so they are unit-tested: the SLA badge,
 * amounts as typed (Indonesian style: dots for thousands, comma for decimals) and their Rupiah
 * label, verdict and rule-status words. Dates are never formatted here: the server sends labels.
 */
import type { Sla } from '../../src/app/api/views';
import { formatRupiahTerbilang } from '../../src/domain/rupiah';

export interface Badge {
  text: string;
  className: string;
}

/** The SLA badge of a case: Terlambat / Segera / Tepat waktu; null when no clock runs. */
export function slaBadge(sla: Sla | string): Badge | null {
  switch (sla) {
    case 'overdue':
      return { text: 'Terlambat', className: 'badge sla-overdue' };
    case 'near':
      return { text: 'Segera', className: 'badge sla-near' };
    case 'ok':
      return { text: 'Tepat waktu', className: 'badge sla-ok' };
    default:
      return null;
  }
}

/**
 * Reads an amount as typed: "5000000", "5.000.000", "Rp 5.000.000", "1.250,50", "2,5".
 * Returns undefined for an empty input and NaN for anything that is not an amount.
 */
export function parseAmount(raw: string): number | undefined {
  const s = String(raw ?? '')
    .replace(/^\s*rp\.?/i, '')
    .replace(/[\s\u00a0]/g, '');
  if (s === '') return undefined;
  const m = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(s);
  if (!m) return NaN;
  const whole = m[2].replace(/\./g, '');
  return Number(`${m[1]}${whole}${m[3] ? `.${m[3]}` : ''}`);
}

/** The Rupiah label shown beside an amount field while typing ('' when empty). */
export function rupiahLabel(raw: string): string {
  const n = parseAmount(raw);
  if (n === undefined) return '';
  if (!Number.isFinite(n)) return 'Bukan jumlah yang sah. Tulis angka saja, misalnya 5000000.';
  if (n < 0) return 'Jumlah tidak boleh negatif.';
  return formatRupiahTerbilang(n);
}

/** Words of an eligibility verdict. */
export function verdictText(verdict: string): string {
  switch (verdict) {
    case 'eligible':
      return 'Layak';
    case 'review':
      return 'Perlu ditinjau';
    case 'ineligible':
      return 'Tidak layak';
    default:
      return verdict || '—';
  }
}

/** Icon and words of a rule result (the words are read by screen readers). */
export function ruleStatus(status: string): { icon: string; text: string; className: string } {
  switch (status) {
    case 'pass':
      return { icon: '✓', text: 'Terpenuhi', className: 'ok' };
    case 'fail':
      return { icon: '✗', text: 'Tidak terpenuhi', className: 'error' };
    default:
      return { icon: '!', text: 'Perlu diperhatikan', className: 'warn' };
  }
}
