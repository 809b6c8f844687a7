/**
 * The recap for the Kadis (Rekapitulasi Pelaksanaan Penerima Bantuan WRSE), monthly or yearly,
 * in the office's letter style: kop, title and period, the key figures, the tables of the
 * dashboard for the period, and the signature block. Pure: a view model for `templates/rekap.hbs`.
 */
import type { Dashboard, ReportTable } from '../app/reports/dashboard';
import { formatRupiah, formatTanggal, NAMA_BULAN } from '../domain';
import type { KopView, OfficeInput, SignatureView, SignerInput } from './types';
import { kopView, signatureView } from './views';

export interface RecapTableView {
  title: string;
  header: string[];
  rows: string[][];
  note: string;
  empty: boolean;
}

export interface RecapView {
  kop: KopView;
  title: string;
  periodLabel: string;
  placeDate: string;
  generatedLabel: string;
  figures: Array<{ label: string; value: string }>;
  tables: RecapTableView[];
  signature: SignatureView;
}

/** "Juni 2026" for `2026-06`, "Tahun 2026" for `2026`; null when not a period. */
export function periodLabel(period: string): string | null {
  if (/^\d{4}$/.test(period)) return `Tahun ${period}`;
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
  return `${NAMA_BULAN[Number(m[2])]} ${m[1]}`;
}

function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function cell(v: string | number, moneyColumn: boolean): string {
  if (typeof v === 'number')
    return moneyColumn ? formatRupiah(v) : count(v).replace(/\.(\d)$/, ',$1');
  return v;
}

function tableView(t: ReportTable): RecapTableView {
  const money = t.header.map((h) => /\(Rp\)/.test(h));
  return {
    title: t.title,
    header: t.header,
    rows: t.rows.map((r) => r.map((v, i) => cell(v, money[i]))),
    note: t.note,
    empty: t.rows.length === 0,
  };
}

export function buildRecapView(
  d: Dashboard,
  period: string,
  office: OfficeInput,
  signer: SignerInput,
  today: string,
  generatedLabel: string,
): RecapView {
  const label = periodLabel(period);
  if (!label) throw new Error(`Periode rekap tidak sah: ${period}`);
  const t = d.totals;
  const onTime = t.stepsDone
    ? `${String(Math.round((1000 * t.stepsOnTime) / t.stepsDone) / 10).replace('.', ',')}%`
    : '-';
  return {
    kop: kopView(office),
    title: 'REKAPITULASI PELAKSANAAN PENERIMA BANTUAN WRSE',
    periodLabel: label,
    placeDate: `${office.place}, ${formatTanggal(today)}`,
    generatedLabel,
    figures: [
      { label: 'Proposal diterima', value: count(t.received) },
      { label: 'Ditetapkan layak (rapat seleksi)', value: count(t.eligible) },
      { label: 'Ditolak', value: count(t.rejected) },
      { label: 'Dikembalikan untuk dilengkapi', value: count(t.returned) },
      { label: 'Bantuan diserahkan', value: `${count(t.aidCases)} kelompok` },
      { label: 'Nilai bantuan uang', value: formatRupiah(t.aidCash) },
      { label: 'Nilai bantuan barang', value: formatRupiah(t.aidGoods) },
      { label: 'Anggota terjangkau', value: `${count(t.membersReached)} orang` },
      { label: 'Langkah SOP selesai tepat waktu', value: onTime },
      { label: 'Surat terbit', value: count(t.lettersIssued) },
      { label: 'Kasus dalam proses (saat ini)', value: count(t.inProgress) },
      { label: 'Kasus melewati tenggat (saat ini)', value: count(t.overdue) },
    ],
    tables: [d.byKecamatan, d.bySteps, d.byMonth, d.rejections, d.complaints].map(tableView),
    signature: signatureView(signer, true),
  };
}
