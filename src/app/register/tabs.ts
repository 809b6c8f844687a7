/**
 * The register's tabs, defined once: name, key column, columns (header, kind, schema). The
 * setup ("Siapkan register"), the data layer and the sidebars all read these definitions, so a
 * tab's shape lives in exactly one place. Row types are inferred from them (`RowOf`).
 */
import * as z from 'zod/mini';
import { col, type Column } from './columns';

export interface TabDef<C extends Record<string, Column> = Record<string, Column>> {
  /** The tab name staff see. */
  readonly name: string;
  /** The key of the write-once ID column. */
  readonly idKey: keyof C & string;
  /** Whether rows carry a version and change stamps (data tabs), or are reference data. */
  readonly versioned: boolean;
  readonly columns: C;
  /** The zod schema of a whole row, derived from the columns. */
  readonly schema: z.ZodMiniObject<{ [K in keyof C]: C[K]['schema'] }>;
}

export type RowOf<T extends { schema: z.ZodMiniType }> = z.infer<T['schema']>;

/** Any tab, for code that works on every tab by its column definitions (setup, data layer). */
export interface AnyTab {
  readonly name: string;
  readonly idKey: string;
  readonly versioned: boolean;
  readonly columns: Readonly<Record<string, Column>>;
  readonly schema: z.ZodMiniType;
}

/** Columns every versioned (data) tab carries: version and change stamps. */
const stamps = {
  version: col.int('Versi', 60),
  createdBy: col.email('Dibuat Oleh'),
  createdAt: col.datetime('Dibuat Pada'),
  updatedBy: col.email('Diubah Oleh'),
  updatedAt: col.datetime('Diubah Pada'),
};

function defineTab<C extends Record<string, Column>>(def: {
  name: string;
  idKey: keyof C & string;
  versioned: boolean;
  columns: C;
}): TabDef<C> {
  const shape = {} as { [K in keyof C]: C[K]['schema'] };
  for (const key of Object.keys(def.columns) as Array<keyof C>) {
    shape[key] = def.columns[key].schema as C[typeof key]['schema'];
  }
  return { ...def, schema: z.object(shape) };
}

export const ROLES = ['Staf', 'Peksos', 'Kabid', 'Kadis', 'Pendamping', 'Admin'] as const;
export type Role = (typeof ROLES)[number];

export const CASE_STATUSES = ['Berjalan', 'Dikembalikan', 'Ditolak', 'Selesai'] as const;
export const MARITAL_STATUSES = ['Belum Kawin', 'Kawin', 'Cerai Hidup', 'Cerai Mati'] as const;
export const VALIDATION_RESULTS = ['Belum', 'Valid', 'Tidak Valid', 'Perlu Perbaikan'] as const;
export const LETTER_TYPES = [
  'Lembar Disposisi',
  'Surat Rekomendasi',
  'Surat Keterangan Terdaftar',
  'Berita Acara Serah Terima',
  'Surat Pengembalian',
  'Surat Penolakan',
  'Surat Lain',
] as const;
export const LETTER_STATUSES = ['Terbit', 'Batal', 'Dicadangkan', 'Diganti'] as const;
export const COMPLAINT_CHANNELS = [
  'Website',
  'Instagram',
  'E-mail',
  'Telepon',
  'WhatsApp',
  'SP4N LAPOR!',
  'Langsung',
] as const;
export const COMPLAINT_STATUSES = ['Baru', 'Diproses', 'Selesai'] as const;
export const COMPLAINT_KINDS = ['Pengaduan', 'Saran', 'Masukan'] as const;
export const HOLIDAY_KINDS = ['libur_nasional', 'cuti_bersama'] as const;
export const TIME_UNITS = ['menit', 'hari kerja'] as const;

export const CASES = defineTab({
  name: 'Kasus',
  idKey: 'id',
  versioned: true,
  columns: {
    id: col.id('ID Kasus'),
    groupName: col.text('Nama Kelompok', 200),
    business: col.text('Jenis Usaha'),
    kecamatan: col.text('Kode Kecamatan', 110),
    desa: col.text('Kode Desa', 120),
    address: col.longText('Alamat'),
    leader: col.text('Ketua Kelompok'),
    phone: col.text('Telepon', 120),
    receivedOn: col.date('Tanggal Terima'),
    rabTotal: col.money('Total RAB (Rp)'),
    reqRab: col.bool('Syarat: RAB'),
    reqProposal: col.bool('Syarat: Proposal Kades & Camat'),
    reqKtpKk: col.bool('Syarat: Salinan KTP & KK'),
    reqCoverLetter: col.bool('Syarat: Surat Pengantar Camat'),
    step: col.text('Langkah', 90),
    status: col.enumOf('Status', CASE_STATUSES),
    waitingRole: col.text('Menunggu Peran', 110),
    stepStartedAt: col.datetime('Mulai Langkah'),
    dueAt: col.datetime('Tenggat'),
    note: col.longText('Catatan'),
    ...stamps,
  },
});

export const MEMBERS = defineTab({
  name: 'Anggota',
  idKey: 'id',
  versioned: true,
  columns: {
    id: col.id('ID Anggota'),
    caseId: col.text('ID Kasus', 150),
    nik: col.nik('NIK'),
    kk: col.nik('No. KK'),
    name: col.text('Nama', 200),
    birthDate: col.date('Tanggal Lahir'),
    maritalStatus: col.enumOf('Status Perkawinan', MARITAL_STATUSES),
    breadwinner: col.bool('Tulang Punggung'),
    hasKtp: col.bool('Punya KTP'),
    hasKk: col.bool('Punya KK'),
    hasCertificate: col.bool('Punya Surat Keterangan'),
    dtsenDecile: col.int('Desil DTSEN'),
    dtsenDate: col.date('Tanggal Data DTSEN'),
    desa: col.text('Kode Desa', 120),
    address: col.longText('Alamat'),
    validation: col.enumOf('Hasil Validasi', VALIDATION_RESULTS),
    note: col.longText('Catatan'),
    ...stamps,
  },
});

export const AUDIT = defineTab({
  name: 'Riwayat',
  idKey: 'id',
  versioned: false,
  columns: {
    id: col.id('ID Riwayat'),
    at: col.datetime('Waktu'),
    user: col.email('Pengguna'),
    role: col.text('Peran', 100),
    caseId: col.text('ID Kasus', 150),
    action: col.text('Aksi'),
    from: col.text('Dari', 100),
    to: col.text('Ke', 100),
    changes: col.longText('Perubahan'),
    requestId: col.text('ID Permintaan', 150),
    result: col.record('Hasil'),
    previousHash: col.text('Hash Sebelumnya', 200),
    hash: col.text('Hash', 200),
  },
});

export const LETTER_AGENDA = defineTab({
  name: 'Agenda Surat',
  idKey: 'id',
  versioned: true,
  columns: {
    id: col.id('ID Surat'),
    year: col.int('Tahun'),
    serial: col.int('Urut'),
    number: col.text('Nomor Surat', 220),
    type: col.enumOf('Jenis Surat', LETTER_TYPES),
    caseId: col.text('ID Kasus', 150),
    date: col.date('Tanggal Surat'),
    subject: col.text('Perihal', 220),
    status: col.enumOf('Status', LETTER_STATUSES),
    reason: col.longText('Alasan'),
    verificationCode: col.text('Kode Verifikasi', 120),
    docUrl: col.text('Berkas Dokumen', 200),
    pdfUrl: col.text('Berkas PDF', 200),
    ...stamps,
  },
});

export const USERS = defineTab({
  name: 'Pengguna',
  idKey: 'email',
  versioned: true,
  columns: {
    email: col.email('Email'),
    name: col.text('Nama', 200),
    nip: col.text('NIP', 170),
    rank: col.text('Pangkat/Golongan', 170),
    position: col.text('Jabatan', 200),
    role: col.enumOf('Peran', ROLES),
    kecamatan: col.text('Kode Kecamatan', 110),
    active: col.bool('Aktif'),
    ...stamps,
  },
});

export const SETTINGS = defineTab({
  name: 'Pengaturan',
  idKey: 'key',
  versioned: true,
  columns: {
    key: col.id('Kunci'),
    value: col.longText('Nilai'),
    effectiveFrom: col.date('Berlaku Sejak'),
    description: col.longText('Keterangan', 320),
    ...stamps,
  },
});

export const SOP_STEPS = defineTab({
  name: 'Langkah SOP',
  idKey: 'code',
  versioned: true,
  columns: {
    code: col.id('Kode'),
    order: col.int('Urutan'),
    name: col.longText('Kegiatan', 320),
    role: col.enumOf('Pelaksana', ROLES),
    time: col.int('Waktu'),
    unit: col.enumOf('Satuan', TIME_UNITS),
    input: col.text('Kelengkapan', 220),
    output: col.text('Keluaran', 220),
    returnable: col.bool('Boleh Dikembalikan'),
    rejectable: col.bool('Boleh Ditolak'),
    ...stamps,
  },
});

/** One row per step a case went through: who did it, when, against which due date, the form. */
export const STEP_RECORDS = defineTab({
  name: 'Langkah Kasus',
  idKey: 'id',
  versioned: false,
  columns: {
    id: col.id('ID Catatan'),
    caseId: col.text('ID Kasus', 150),
    step: col.text('Langkah', 90),
    action: col.text('Tindakan', 120),
    by: col.email('Oleh'),
    role: col.text('Peran', 100),
    at: col.datetime('Waktu'),
    startedAt: col.datetime('Mulai Langkah'),
    dueAt: col.datetime('Tenggat'),
    onTime: col.bool('Tepat Waktu'),
    caseVersion: col.int('Versi Kasus'),
    summary: col.longText('Ringkasan', 280),
    data: col.record('Isian', 280),
    docUrl: col.text('Berkas Dokumen', 200),
    pdfUrl: col.text('Berkas PDF', 200),
  },
});

/** The work queue: one row per open case (an index of Kasus, rebuilt from it when needed). */
export const QUEUE = defineTab({
  name: 'Antrian',
  idKey: 'caseId',
  versioned: false,
  columns: {
    caseId: col.id('ID Kasus'),
    groupName: col.text('Nama Kelompok', 200),
    kecamatan: col.text('Kode Kecamatan', 110),
    desa: col.text('Kode Desa', 120),
    step: col.text('Langkah', 90),
    status: col.enumOf('Status', CASE_STATUSES),
    waitingRole: col.text('Menunggu Peran', 110),
    receivedOn: col.date('Tanggal Terima'),
    dueAt: col.datetime('Tenggat'),
    version: col.int('Versi Kasus'),
  },
});

export const HOLIDAYS = defineTab({
  name: 'Hari Libur',
  idKey: 'date',
  versioned: false,
  columns: {
    date: col.id('Tanggal'),
    kind: col.enumOf('Jenis', HOLIDAY_KINDS),
    description: col.text('Keterangan', 300),
  },
});

export const AREAS = defineTab({
  name: 'Wilayah',
  idKey: 'code',
  versioned: false,
  columns: {
    code: col.id('Kode'),
    name: col.text('Nama', 200),
    level: col.text('Tingkat', 120),
  },
});

export const DTSEN = defineTab({
  name: 'DTSEN',
  idKey: 'nik',
  versioned: false,
  columns: {
    nik: col.nik('NIK'),
    kk: col.nik('No. KK'),
    name: col.text('Nama', 200),
    decile: col.int('Desil'),
    dataDate: col.date('Tanggal Data'),
  },
});

export const COMPLAINTS = defineTab({
  name: 'Pengaduan',
  idKey: 'id',
  versioned: true,
  columns: {
    id: col.id('ID Pengaduan'),
    receivedOn: col.date('Tanggal'),
    channel: col.enumOf('Saluran', COMPLAINT_CHANNELS),
    reporter: col.text('Pelapor'),
    contact: col.text('Kontak'),
    subject: col.longText('Perihal'),
    caseId: col.text('ID Kasus', 150),
    handler: col.email('Petugas'),
    status: col.enumOf('Status', COMPLAINT_STATUSES),
    response: col.longText('Tanggapan'),
    respondedOn: col.date('Tanggal Tanggapan'),
    kind: col.enumOf('Jenis', COMPLAINT_KINDS),
    ...stamps,
  },
});

/** Outcome of the last export of a kecamatan register. */
export const KECAMATAN_REGISTER_STATUSES = ['Siap', 'Gagal', 'Tanpa Pendamping'] as const;

/**
 * The kecamatan registers made from this master (issue 7): one spreadsheet per kecamatan, who
 * may edit it, and the last export and pull-back.
 */
export const KECAMATAN_REGISTERS = defineTab({
  name: 'Register Kecamatan',
  idKey: 'code',
  versioned: true,
  columns: {
    code: col.id('Kode Kecamatan'),
    name: col.text('Nama Kecamatan', 160),
    spreadsheetId: col.text('ID Spreadsheet', 200),
    url: col.text('Tautan', 260),
    exportVersion: col.int('Versi Ekspor'),
    exportedAt: col.datetime('Ekspor Terakhir'),
    pulledAt: col.datetime('Tarik Terakhir'),
    cases: col.int('Kasus'),
    members: col.int('Anggota'),
    editors: col.longText('Editor'),
    status: col.enumOf('Status', KECAMATAN_REGISTER_STATUSES),
    summary: col.longText('Ringkasan Tarik', 320),
    ...stamps,
  },
});

/** The field survey as the pendamping reported it from her kecamatan register (one per case). */
export const SURVEY_REPORTS = defineTab({
  name: 'Survei Pendamping',
  idKey: 'caseId',
  versioned: true,
  columns: {
    caseId: col.id('ID Kasus'),
    kecamatan: col.text('Kode Kecamatan', 110),
    surveyDate: col.date('Tanggal Survei'),
    result: col.text('Hasil Survei', 110),
    note: col.longText('Catatan Survei'),
    reportedBy: col.email('Pendamping'),
    ...stamps,
  },
});

export const FINDING_KINDS = [
  'Konflik',
  'Tidak Sah',
  'Langkah Tidak Sesuai',
  'Baris Diabaikan',
] as const;
export const FINDING_STATUSES = [
  'Terbuka',
  'Pakai Data Master',
  'Pakai Isian Pendamping',
  'Dicatat',
] as const;

/**
 * What a pull-back did not apply: conflicts (the master changed the same field since the
 * export), invalid entries, entries the case's step does not allow, rows added, deleted or
 * moved by hand. Every value is kept here, so nothing the pendamping typed is lost.
 */
export const REGISTER_FINDINGS = defineTab({
  name: 'Temuan Register Kecamatan',
  idKey: 'id',
  versioned: true,
  columns: {
    id: col.id('ID Temuan'),
    kecamatan: col.text('Kode Kecamatan', 110),
    kind: col.enumOf('Jenis', FINDING_KINDS),
    target: col.text('Data', 110),
    recordId: col.text('ID Data', 150),
    caseId: col.text('ID Kasus', 150),
    field: col.text('Kolom', 140),
    baseValue: col.longText('Nilai Saat Ekspor'),
    masterValue: col.longText('Nilai Master'),
    pendampingValue: col.longText('Isian Pendamping'),
    message: col.longText('Keterangan', 320),
    pendamping: col.email('Pendamping'),
    detectedAt: col.datetime('Ditemukan'),
    status: col.enumOf('Status', FINDING_STATUSES),
    ...stamps,
  },
});

/** The access review: who can open the master and each kecamatan register, with what role. */
export const ACCESS_REVIEW = defineTab({
  name: 'Tinjauan Akses',
  idKey: 'id',
  versioned: false,
  columns: {
    id: col.id('No'),
    spreadsheet: col.text('Spreadsheet', 220),
    kecamatan: col.text('Kode Kecamatan', 110),
    email: col.email('Email'),
    access: col.text('Akses', 110),
    role: col.text('Peran di Pengguna', 160),
    userKecamatan: col.text('Kecamatan Pengguna', 130),
    remark: col.longText('Catatan', 320),
    reviewedAt: col.datetime('Ditinjau'),
  },
});

/** Every tab of the register, in the order they appear. */
export const ALL_TABS: readonly AnyTab[] = [
  CASES,
  MEMBERS,
  STEP_RECORDS,
  QUEUE,
  LETTER_AGENDA,
  COMPLAINTS,
  AUDIT,
  USERS,
  SOP_STEPS,
  SETTINGS,
  HOLIDAYS,
  AREAS,
  DTSEN,
  KECAMATAN_REGISTERS,
  SURVEY_REPORTS,
  REGISTER_FINDINGS,
  ACCESS_REVIEW,
];
