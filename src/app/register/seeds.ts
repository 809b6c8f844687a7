/**
 * The rows "Siapkan register" puts into reference tabs when they lack them: the SOP's step table
 * (source: the SOP "Pelaksanaan Penerima Bantuan WRSE", see shared/docs/sop-wrse.md; the actor of
 * each row is the documented reading), and the office's default settings. The office changes
 * these rows in the register; the code never overrides a row that exists.
 */
import type { RowOf } from './tabs';
import { AREAS, HOLIDAYS, SETTINGS, SOP_STEPS } from './tabs';
import { DESA_MAGETAN, KABUPATEN_MAGETAN, KECAMATAN_MAGETAN } from '../../domain/data/wilayah';
import { HARI_LIBUR } from '../../domain/data/holidays';

type StepSeed = Omit<
  RowOf<typeof SOP_STEPS>,
  'version' | 'createdBy' | 'createdAt' | 'updatedBy' | 'updatedAt'
>;
type SettingSeed = Omit<
  RowOf<typeof SETTINGS>,
  'version' | 'createdBy' | 'createdAt' | 'updatedBy' | 'updatedAt'
>;

export const SOP_STEP_SEEDS: readonly StepSeed[] = [
  {
    code: 'S01',
    order: 1,
    name: 'Fasilitasi bantuan pengembangan ekonomi dimulai (proposal masuk)',
    role: 'Staf',
    time: 0,
    unit: 'menit',
    input: '',
    output: '',
    returnable: false,
    rejectable: false,
  },
  {
    code: 'S02',
    order: 2,
    name: 'Data dari Desa/Kelurahan',
    role: 'Pendamping',
    time: 5,
    unit: 'menit',
    input: 'Berkas',
    output: 'Lembar Disposisi',
    returnable: false,
    rejectable: false,
  },
  {
    code: 'S03',
    order: 3,
    name: 'Pendamping/TKSK melakukan validasi kelayakan data KPM WRSE',
    role: 'Staf',
    time: 15,
    unit: 'hari kerja',
    input: 'Persyaratan dan kelengkapan proposal',
    output: 'Disposisi Kadis',
    returnable: true,
    rejectable: true,
  },
  {
    code: 'S04',
    order: 4,
    name: 'Data hasil validasi dikirim ke Dinas Sosial',
    role: 'Staf',
    time: 1,
    unit: 'hari kerja',
    input: 'Proposal',
    output: 'Disposisi Kadis diteruskan',
    returnable: false,
    rejectable: false,
  },
  {
    code: 'S05',
    order: 5,
    name: 'Dinsos menerima data dan menurunkan ke pendamping tiap kecamatan',
    role: 'Peksos',
    time: 15,
    unit: 'hari kerja',
    input: 'Proposal',
    output: 'Konsep Surat Rekomendasi',
    returnable: true,
    rejectable: false,
  },
  {
    code: 'S06',
    order: 6,
    name: 'Pendamping mendampingi Dinsos monitoring lapangan: layak atau tidak',
    role: 'Kabid',
    time: 3,
    unit: 'hari kerja',
    input: 'Proposal',
    output: 'Surat Rekomendasi',
    returnable: true,
    rejectable: true,
  },
  {
    code: 'S07',
    order: 7,
    name: 'Penetapan penerima (rapat): WRSE, terdaftar DTKS, janda/tulang punggung, usia ≤ 58',
    role: 'Kabid',
    time: 1,
    unit: 'hari kerja',
    input: 'Rapat',
    output: 'Surat Rekomendasi diparaf',
    returnable: true,
    rejectable: true,
  },
  {
    code: 'S08',
    order: 8,
    name: 'Jika layak, Dinsos menerbitkan Surat Keterangan Terdaftar (ditandatangani Kepala Dinas)',
    role: 'Kadis',
    time: 1,
    unit: 'hari kerja',
    input: 'SKT diperiksa dan diparaf',
    output: 'Rekomendasi diperiksa dan diparaf',
    returnable: true,
    rejectable: true,
  },
  {
    code: 'S09',
    order: 9,
    name: 'Pemberian nomor surat',
    role: 'Staf',
    time: 15,
    unit: 'menit',
    input: 'SKT yang ditandatangani',
    output: 'Surat Rekomendasi ditandatangani',
    returnable: false,
    rejectable: false,
  },
  {
    code: 'S10',
    order: 10,
    name: 'Penyerahan SKT kepada WRSE (melalui pendamping)',
    role: 'Staf',
    time: 5,
    unit: 'menit',
    input: 'Surat',
    output: 'Surat Rekomendasi bernomor agenda',
    returnable: false,
    rejectable: false,
  },
  {
    code: 'S11',
    order: 11,
    name: 'Pemberian bantuan berupa uang atau barang kepada WRSE',
    role: 'Staf',
    time: 5,
    unit: 'menit',
    input: 'Surat',
    output: 'Lembar Disposisi',
    returnable: false,
    rejectable: false,
  },
];

/** Default settings; `Berlaku Sejak` is the day the rules took effect for this register. */
export const SETTING_SEEDS: readonly SettingSeed[] = [
  {
    key: 'kantor.nama',
    value: 'Dinas Sosial Kabupaten Magetan',
    effectiveFrom: '2025-01-01',
    description: 'Nama kantor pada kop surat.',
  },
  {
    key: 'kantor.pemerintah',
    value: 'Pemerintah Kabupaten Magetan',
    effectiveFrom: '2025-01-01',
    description: 'Baris pertama kop surat.',
  },
  {
    key: 'kantor.unit',
    value: 'Dinas Sosial',
    effectiveFrom: '2025-01-01',
    description: 'Nama perangkat daerah pada kop surat.',
  },
  {
    key: 'kantor.tempat',
    value: 'Magetan',
    effectiveFrom: '2025-01-01',
    description: 'Tempat penulisan surat ("Magetan, 5 Juni 2023").',
  },
  {
    key: 'kantor.laman',
    value: 'dinsos.magetan.go.id',
    effectiveFrom: '2025-01-01',
    description: 'Laman kantor pada kop surat.',
  },
  {
    key: 'kantor.logo',
    value: '',
    effectiveFrom: '2025-01-01',
    description:
      'Logo kop surat sebagai data URI gambar PNG/JPEG (data:image/png;base64,...); kosong = tanpa logo.',
  },
  {
    key: 'kantor.alamat',
    value: 'Magetan, Jawa Timur',
    effectiveFrom: '2025-01-01',
    description: 'Alamat kantor pada kop surat.',
  },
  {
    key: 'kantor.telepon',
    value: '(0351) 895021',
    effectiveFrom: '2025-01-01',
    description: 'Telepon kantor.',
  },
  {
    key: 'kantor.email',
    value: 'dinsos@magetan.go.id',
    effectiveFrom: '2025-01-01',
    description: 'E-mail kantor.',
  },
  {
    key: 'kelayakan.usiaMaksimum',
    value: '58',
    effectiveFrom: '2025-01-01',
    description: 'Usia maksimum anggota (tahun penuh) pada tanggal proposal diterima.',
  },
  {
    key: 'kelayakan.usiaMinimum',
    value: '18',
    effectiveFrom: '2025-01-01',
    description: 'Usia minimum anggota (tahun penuh).',
  },
  {
    key: 'kelayakan.anggotaMinimum',
    value: '5',
    effectiveFrom: '2025-01-01',
    description: 'Jumlah anggota kelompok paling sedikit (Permensos 2/2019).',
  },
  {
    key: 'kelayakan.anggotaMaksimum',
    value: '20',
    effectiveFrom: '2025-01-01',
    description: 'Jumlah anggota kelompok paling banyak (Permensos 2/2019).',
  },
  {
    key: 'kelayakan.desilMaksimum',
    value: '',
    effectiveFrom: '2025-01-01',
    description: 'Batas desil DTSEN; kosong berarti tidak dibatasi.',
  },
  {
    key: 'kelayakan.versi',
    value: 'WRSE-2025.1',
    effectiveFrom: '2025-01-01',
    description:
      'Nama versi aturan kelayakan di pengaturan ini; dicatat pada setiap keputusan. Ganti nama dan tanggal berlaku bila ambang diubah.',
  },
  {
    key: 'kelayakan.umurDataDtsenMaksimum',
    value: '365',
    effectiveFrom: '2025-01-01',
    description:
      'Data DTSEN yang lebih tua dari sekian hari pada tanggal proposal diberi peringatan.',
  },
  {
    key: 'dtsen.tanggalData',
    value: '',
    effectiveFrom: '2025-01-01',
    description: 'Tanggal data ekstrak DTSEN yang dimuat di tab DTSEN (diisi saat impor).',
  },
  {
    key: 'kantor.jamBuka',
    value: '07:30',
    effectiveFrom: '2025-01-01',
    description: 'Jam buka layanan, untuk standar waktu dalam menit.',
  },
  {
    key: 'kantor.jamTutup',
    value: '16:00',
    effectiveFrom: '2025-01-01',
    description: 'Jam tutup layanan, untuk standar waktu dalam menit.',
  },
  {
    key: 'alur.ajukanKembaliKe',
    value: 'S03',
    effectiveFrom: '2025-01-01',
    description: 'Langkah tujuan ketika proposal yang dikembalikan diajukan kembali.',
  },
  {
    key: 'pengecualian.peran.S07',
    value: 'Kabid',
    effectiveFrom: '2025-01-01',
    description:
      'Peran yang boleh mengecualikan aturan kelayakan yang gagal dalam rapat (S07), dengan alasan yang dicatat.',
  },
  {
    key: 'pengecualian.peran.S08',
    value: 'Kadis',
    effectiveFrom: '2025-01-01',
    description:
      'Peran yang boleh mengecualikan aturan kelayakan yang gagal pada persetujuan (S08), dengan alasan yang dicatat.',
  },
  {
    key: 'kalender.cutiBersamaLibur',
    value: 'ya',
    effectiveFrom: '2025-01-01',
    description: 'Cuti bersama dihitung sebagai hari libur (ya/tidak).',
  },
  {
    key: 'kalender.tahunLengkap',
    value: HARI_LIBUR.completeYears.join(','),
    effectiveFrom: '2025-01-01',
    description:
      'Tahun yang daftar hari liburnya sudah lengkap (SKB terbit); tahun lain diberi peringatan.',
  },
  {
    key: 'surat.rekomendasiKepada',
    value: 'Bupati Magetan',
    effectiveFrom: '2025-01-01',
    description: 'Kepada siapa Surat Rekomendasi ditujukan.',
  },
  {
    key: 'surat.rekomendasiDi',
    value: 'Magetan',
    effectiveFrom: '2025-01-01',
    description: 'Tempat tujuan Surat Rekomendasi (baris "di").',
  },
  {
    key: 'surat.formatNomor',
    value: '400.9.12.2/{urut:3}/403.107/{tahun}',
    effectiveFrom: '2025-01-01',
    description: 'Format nomor surat; {urut:3} = nomor urut 3 digit, {tahun} = tahun.',
  },
  {
    key: 'verifikasi.url',
    value: '',
    effectiveFrom: '2025-01-01',
    description:
      'URL aplikasi web register yang berakhiran /exec (Terapkan › Kelola penerapan di editor Apps Script): halaman verifikasi pada kode QR surat. Wajib diisi sebelum surat diberi nomor.',
  },
  {
    key: 'pengaduan.targetHariKerja',
    value: '5',
    effectiveFrom: '2025-01-01',
    description: 'Batas waktu menanggapi pengaduan, dalam hari kerja sejak diterima.',
  },
  {
    key: 'nik.tampilkanLengkapPeran',
    value: 'Staf, Peksos, Kabid, Kadis',
    effectiveFrom: '2025-01-01',
    description:
      'Peran yang boleh menampilkan NIK dan nomor KK lengkap satu anggota (dicatat di Riwayat). Pendamping tidak pernah.',
  },
  {
    key: 'retensi.400.9.12.2',
    value: '2 aktif + 3 inaktif',
    effectiveFrom: '2025-01-01',
    description:
      'Jadwal retensi arsip kode 400.9.12.2: tahun aktif + tahun inaktif, dihitung sejak kasus selesai atau ditolak.',
  },
];

/** The Magetan area codes, as rows of the Wilayah tab (source: shared/data, Kepmendagri 2025). */
export const AREA_SEEDS: ReadonlyArray<RowOf<typeof AREAS>> = [
  { code: KABUPATEN_MAGETAN, name: 'Kabupaten Magetan', level: 'kabupaten' },
  ...KECAMATAN_MAGETAN.map(([code, name]) => ({ code, name, level: 'kecamatan' })),
  ...DESA_MAGETAN.map(([code, name, level]) => ({ code, name, level })),
];

/** The default holiday calendar, as rows of the Hari Libur tab (source: SKB 3 Menteri). */
export const HOLIDAY_SEEDS: ReadonlyArray<RowOf<typeof HOLIDAYS>> = HARI_LIBUR.entries.map((h) => ({
  date: h.date,
  kind: h.kind,
  description: h.name,
}));
