/**
 * The audit file of one group (Berkas Audit Kelompok), for inspectors (Inspektorat, BPK): one
 * document with an index and, in order, the proposal and its checklist, the members with the
 * eligibility report, validation, survey, selection meeting, approval, every letter, the
 * handover record and the group's audit trail. NIKs are masked unless the office's setting says
 * the full NIK may be printed (then they are printed in full). Pure: a view model for
 * `templates/berkas.hbs`.
 */
import type { EligibilityReport } from '../domain';
import { formatRupiah, formatTanggal, maskNik } from '../domain';
import { scrubNik } from './format';
import type { KopView, OfficeInput } from './types';
import { kopView } from './views';

export interface AuditSection {
  no: number;
  title: string;
  fields: Array<{ label: string; value: string }>;
  table: { header: string[]; rows: string[][] } | null;
  empty: string;
}

export interface AuditFileView {
  kop: KopView;
  title: string;
  groupName: string;
  caseId: string;
  generatedLabel: string;
  nikNote: string;
  index: Array<{ no: number; title: string }>;
  sections: AuditSection[];
}

export interface AuditFileInput {
  office: OfficeInput;
  fullNik: boolean;
  generatedLabel: string;
  case: {
    id: string;
    groupName: string;
    business: string;
    kecamatanName: string;
    desaName: string;
    address: string;
    leader: string;
    phone: string;
    receivedOn: string;
    rabTotal: number | null;
    requirements: Array<{ label: string; met: boolean }>;
    step: string;
    status: string;
  };
  members: Array<{
    nik: string;
    kk: string;
    name: string;
    birthDate: string;
    maritalStatus: string;
    validation: string;
    dtsenDecile: string;
  }>;
  report: EligibilityReport | null;
  /** Step records, oldest first, with their form (parsed). */
  records: Array<{
    step: string;
    stepName: string;
    action: string;
    by: string;
    role: string;
    at: string;
    atLabel: string;
    onTime: boolean;
    summary: string;
    data: Record<string, unknown>;
  }>;
  letters: Array<{
    number: string;
    type: string;
    date: string;
    status: string;
    reason: string;
    pdfUrl: string;
  }>;
  audit: Array<{
    atLabel: string;
    user: string;
    role: string;
    action: string;
    from: string;
    to: string;
  }>;
}

const VERDICT: Record<string, string> = {
  eligible: 'Layak',
  review: 'Perlu ditinjau',
  ineligible: 'Tidak layak',
};
const STATUS: Record<string, string> = {
  pass: 'Terpenuhi',
  fail: 'Tidak terpenuhi',
  warn: 'Perlu diperhatikan',
};

function date(iso: string): string {
  return iso ? formatTanggal(iso.slice(0, 10)) : '-';
}

function text(v: unknown): string {
  if (v === null || v === undefined || v === '') return '-';
  if (typeof v === 'boolean') return v ? 'Ya' : 'Tidak';
  return String(v);
}

/** The step records of `step`, with their forms as fields. */
function stepSection(
  input: AuditFileInput,
  steps: string[],
  title: string,
  fieldsOf: (data: Record<string, unknown>) => Array<{ label: string; value: string }>,
): Omit<AuditSection, 'no'> {
  const records = input.records.filter((r) => steps.includes(r.step));
  return {
    title,
    fields: records.flatMap((r) => [
      {
        label: `${r.step} ${r.action}`,
        value: `${r.atLabel} oleh ${r.by} (${r.role})${r.onTime ? '' : ', melewati tenggat'}`,
      },
      ...fieldsOf(r.data),
      { label: 'Ringkasan', value: text(r.summary) },
    ]),
    table: null,
    empty: 'Langkah ini belum dilakukan.',
  };
}

export function buildAuditFileView(input: AuditFileInput): AuditFileView {
  const c = input.case;
  const nik = (v: string) => (input.fullNik ? v : maskNik(v));
  const parts: Array<Omit<AuditSection, 'no'>> = [
    {
      title: 'Data proposal dan kelengkapan persyaratan',
      fields: [
        { label: 'Nomor register', value: c.id },
        { label: 'Nama kelompok', value: c.groupName },
        { label: 'Jenis usaha', value: text(c.business) },
        { label: 'Ketua kelompok', value: text(c.leader) },
        { label: 'Telepon', value: text(c.phone) },
        {
          label: 'Alamat',
          value: [c.address, c.desaName, `Kec. ${c.kecamatanName}`].filter(Boolean).join(', '),
        },
        { label: 'Tanggal proposal diterima', value: date(c.receivedOn) },
        { label: 'Total RAB', value: c.rabTotal === null ? '-' : formatRupiah(c.rabTotal) },
        ...c.requirements.map((r) => ({
          label: `Syarat: ${r.label}`,
          value: r.met ? 'Ada' : 'Belum ada',
        })),
        { label: 'Posisi saat berkas dibuat', value: `${c.step} (${c.status})` },
      ],
      table: null,
      empty: '',
    },
    {
      title: 'Anggota dan laporan kelayakan',
      fields: input.report
        ? [
            {
              label: 'Hasil kelompok',
              value: VERDICT[input.report.verdict] ?? input.report.verdict,
            },
            { label: 'Aturan kelayakan', value: text(input.report.ruleSetVersion) },
            { label: 'Tanggal data DTSEN', value: date(input.report.dtsenExtractDate) },
            ...input.report.group.map((g) => ({
              label: `Aturan ${g.rule}`,
              value: `${STATUS[g.status] ?? g.status}: ${g.reason}`,
            })),
          ]
        : [],
      table: {
        header: [
          'No',
          'NIK',
          'Nama',
          'Tanggal lahir',
          'Status perkawinan',
          'Desil',
          'Validasi',
          'Kelayakan',
        ],
        rows: input.members.map((m, i) => {
          const report = input.report?.members.find((r) => r.nik === m.nik);
          const problems = (report?.results ?? [])
            .filter((r) => r.status !== 'pass')
            .map((r) => r.reason);
          return [
            String(i + 1),
            nik(m.nik),
            m.name,
            date(m.birthDate),
            text(m.maritalStatus),
            text(m.dtsenDecile),
            text(m.validation),
            report
              ? `${VERDICT[report.verdict] ?? report.verdict}${problems.length ? `: ${problems.join('; ')}` : ''}`
              : '-',
          ];
        }),
      },
      empty: 'Belum ada anggota.',
    },
    stepSection(input, ['S03'], 'Verifikasi dan validasi', (d) => [
      ...(Array.isArray(d.members) ? (d.members as Array<Record<string, unknown>>) : []).map(
        (m) => ({
          label: `Anggota ${text(m.memberId)}`,
          value: `${text(m.validation)}${m.note ? ` (${text(m.note)})` : ''}`,
        }),
      ),
      { label: 'Catatan', value: text(d.note) },
    ]),
    stepSection(input, ['S06'], 'Survei lapangan', (d) => [
      { label: 'Tanggal survei', value: date(String(d.surveyDate ?? '')) },
      { label: 'Hasil survei', value: text(d.result) },
      { label: 'Catatan', value: text(d.note) },
    ]),
    stepSection(input, ['S07'], 'Keputusan rapat seleksi', (d) => [
      { label: 'Tanggal rapat', value: date(String(d.meetingDate ?? '')) },
      { label: 'Keputusan', value: text(d.decision) },
      ...(Array.isArray(d.overrides) ? (d.overrides as Array<Record<string, unknown>>) : []).map(
        (o) => ({
          label: `Pengecualian ${text(o.rule)}`,
          value: `${o.nik ? `${nik(String(o.nik))}: ` : ''}${text(o.reason)}`,
        }),
      ),
      { label: 'Catatan', value: text(d.note) },
    ]),
    stepSection(input, ['S08'], 'Persetujuan Kepala Dinas', (d) => [
      ...(Array.isArray(d.overrides) ? (d.overrides as Array<Record<string, unknown>>) : []).map(
        (o) => ({
          label: `Pengecualian ${text(o.rule)}`,
          value: `${o.nik ? `${nik(String(o.nik))}: ` : ''}${text(o.reason)}`,
        }),
      ),
      ...(Array.isArray(d.members)
        ? [{ label: 'Anggota disetujui', value: `${d.members.length} orang` }]
        : []),
      { label: 'Catatan', value: text(d.note) },
    ]),
    {
      title: 'Surat-surat',
      fields: [],
      table: input.letters.length
        ? {
            header: ['Nomor', 'Jenis', 'Tanggal', 'Status', 'Berkas PDF'],
            rows: input.letters.map((l) => [
              l.number,
              l.type,
              date(l.date),
              `${l.status}${l.reason ? ` (${l.reason})` : ''}`,
              l.pdfUrl || '-',
            ]),
          }
        : null,
      empty: 'Belum ada surat.',
    },
    stepSection(input, ['S10', 'S11'], 'Serah terima bantuan', (d) => [
      ...(d.handedOn ? [{ label: 'Tanggal serah terima', value: date(String(d.handedOn)) }] : []),
      ...(d.receivedBy ? [{ label: 'Diterima oleh', value: text(d.receivedBy) }] : []),
      ...(d.kind ? [{ label: 'Bentuk bantuan', value: text(d.kind) }] : []),
      ...(d.amount !== undefined
        ? [{ label: 'Nilai bantuan', value: formatRupiah(Number(d.amount) || 0) }]
        : []),
      ...(Array.isArray(d.items) ? (d.items as Array<Record<string, unknown>>) : []).map((it) => ({
        label: `Barang: ${text(it.name)}`,
        value: `${text(it.qty)} ${text(it.unit)} × ${formatRupiah(Number(it.price) || 0)}`,
      })),
      { label: 'Catatan', value: text(d.note) },
    ]),
    {
      title: 'Catatan langkah SOP',
      fields: [],
      table: input.records.length
        ? {
            header: ['Langkah', 'Tindakan', 'Oleh', 'Waktu', 'Tepat waktu'],
            rows: input.records.map((r) => [
              `${r.step} ${r.stepName}`,
              r.action,
              `${r.by} (${r.role})`,
              r.atLabel,
              r.onTime ? 'Ya' : 'Tidak',
            ]),
          }
        : null,
      empty: 'Belum ada catatan langkah.',
    },
    {
      title: 'Riwayat (jejak audit)',
      fields: [],
      table: input.audit.length
        ? {
            header: ['Waktu', 'Pengguna', 'Peran', 'Aksi', 'Dari → Ke'],
            rows: input.audit.map((a) => [
              a.atLabel,
              a.user,
              a.role,
              a.action,
              `${a.from} → ${a.to}`,
            ]),
          }
        : null,
      empty: 'Belum ada riwayat.',
    },
  ];
  const scrub = (s: string) => (input.fullNik ? s : scrubNik(s));
  const sections: AuditSection[] = parts.map((p, i) => ({
    ...p,
    no: i + 1,
    fields: p.fields.map((f) => ({ label: f.label, value: scrub(f.value) })),
    table: p.table && { header: p.table.header, rows: p.table.rows.map((r) => r.map(scrub)) },
  }));
  return {
    kop: kopView(input.office),
    title: 'BERKAS AUDIT KELOMPOK PENERIMA BANTUAN WRSE',
    groupName: c.groupName,
    caseId: c.id,
    generatedLabel: input.generatedLabel,
    nikNote: input.fullNik
      ? 'NIK dicetak lengkap sesuai pengaturan kantor; jaga kerahasiaan berkas ini.'
      : 'NIK disamarkan (hanya kode wilayah dan 4 digit terakhir).',
    index: sections.map((s) => ({ no: s.no, title: s.title })),
    sections,
  };
}
