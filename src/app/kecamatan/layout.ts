/**
 * The shape of a kecamatan register (issue 7): the spreadsheet a pendamping works in, holding
 * only her kecamatan's open cases and their members. Columns are chosen for data minimisation
 * (UU 27/2022): no address beyond the desa, no birth date, telephone, DTSEN decile or history;
 * NIK and KK masked (`352005******0001`). The pendamping fills the input columns (member
 * validation, field survey); everything else is protected. Each data row carries a hidden,
 * protected "Dasar Ekspor" cell: the export version, the row's place at export and the input
 * values at export (values she sees anyway), from which the pull-back makes its three-way check.
 */
import * as z from 'zod/mini';
import { col, type Column } from '../register/columns';
import { SURVEY_RESULTS } from '../api/forms';
import { VALIDATION_RESULTS, type AnyTab } from '../register/tabs';

function sheetTab<C extends Record<string, Column>>(
  name: string,
  idKey: keyof C & string,
  columns: C,
): AnyTab & { columns: C } {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const [key, column] of Object.entries(columns)) shape[key] = column.schema;
  return { name, idKey, versioned: false, columns, schema: z.object(shape) };
}

/** The survey result drop-down: the S06 form's options. */
export const SURVEY_OPTIONS = SURVEY_RESULTS;

/** Cases of the kecamatan: one row per open case; the pendamping reports the field survey. */
export const KEC_CASES = sheetTab('Kasus', 'caseId', {
  caseId: col.id('ID Kasus'),
  groupName: col.text('Nama Kelompok', 200),
  desa: col.text('Desa/Kelurahan', 150),
  leader: col.text('Ketua Kelompok', 160),
  business: col.text('Jenis Usaha', 160),
  step: col.text('Langkah Saat Ini', 220),
  receivedOn: col.date('Tanggal Terima'),
  surveyDate: col.date('Tanggal Survei'),
  surveyResult: col.enumOf('Hasil Survei', SURVEY_RESULTS),
  surveyNote: col.longText('Catatan Survei', 260),
  message: col.longText('Keterangan Sistem', 260),
  base: col.record('Dasar Ekspor', 80),
});

/** Members of those cases; the pendamping enters each member's validation result. */
export const KEC_MEMBERS = sheetTab('Anggota', 'memberId', {
  memberId: col.id('ID Anggota'),
  caseId: col.text('ID Kasus', 150),
  groupName: col.text('Nama Kelompok', 180),
  name: col.text('Nama', 180),
  nik: col.text('NIK (disamarkan)', 150),
  kk: col.text('No. KK (disamarkan)', 150),
  desa: col.text('Desa/Kelurahan', 150),
  maritalStatus: col.text('Status Perkawinan', 130),
  breadwinner: col.text('Tulang Punggung', 110),
  validation: col.enumOf('Hasil Validasi', VALIDATION_RESULTS),
  note: col.longText('Catatan Validasi', 260),
  message: col.longText('Keterangan Sistem', 260),
  base: col.record('Dasar Ekspor', 80),
});

/** The IDs of every exported row (hidden, protected): tells a row deleted by hand. */
export const KEC_EXPORTED = sheetTab('Daftar Ekspor', 'id', {
  id: col.id('ID'),
  tab: col.text('Tab', 100),
});

export const KEC_INSTRUCTIONS_TAB = 'Petunjuk';

/** The columns the pendamping fills, by tab. */
export const INPUT_KEYS = {
  cases: ['surveyDate', 'surveyResult', 'surveyNote'] as const,
  members: ['validation', 'note'] as const,
};

/** Columns holding technical data: hidden (and protected with the rest). */
export const HIDDEN_KEYS = ['base'] as const;

/** What the hidden "Dasar Ekspor" cell holds. */
export interface RowBase {
  /** Export version of the kecamatan register. */
  e: number;
  /** Row number at export. */
  r: number;
  /** Input values at export (the master's values then). */
  v: Record<string, string>;
}

export function encodeBase(base: RowBase): string {
  return JSON.stringify(base);
}

/** The base of a row, or null when the cell is missing or not one the register wrote. */
export function decodeBase(text: unknown): RowBase | null {
  if (typeof text !== 'string' || text === '') return null;
  try {
    const b = JSON.parse(text) as RowBase;
    if (typeof b.e !== 'number' || typeof b.r !== 'number' || typeof b.v !== 'object' || !b.v) {
      return null;
    }
    return b;
  } catch {
    return null;
  }
}

/** The instructions tab, one line per row (Indonesian). */
export function instructions(kecamatanName: string, exportedLabel: string): string[] {
  return [
    `Register Kecamatan ${kecamatanName} — Pelaksanaan Penerima Bantuan WRSE`,
    `Dibuat dari register induk Dinas Sosial Kabupaten Magetan pada ${exportedLabel}.`,
    '',
    'Cara mengisi:',
    '1. Tab "Anggota": isi kolom "Hasil Validasi" (pilih dari daftar) dan "Catatan Validasi" untuk setiap anggota yang sudah Anda periksa.',
    '2. Tab "Kasus": setelah survei lapangan, isi "Tanggal Survei", "Hasil Survei" (Layak/Tidak Layak) dan "Catatan Survei".',
    '3. Kolom lain dilindungi dan tidak dapat diubah. Jangan menambah, menghapus, atau mengurutkan baris: baris seperti itu tidak akan dipakai.',
    '4. Isian Anda ditarik ke register induk setiap hari. Hasil validasi hanya dipakai selama kasus berada di langkah validasi (S02–S03), hasil survei selama kasus berada di langkah S05–S06.',
    '5. Bila isian tidak dapat dipakai, alasannya tertulis di kolom "Keterangan Sistem" dan petugas Dinas Sosial akan menindaklanjutinya.',
    '',
    'Perlindungan data pribadi (UU 27/2022): NIK dan No. KK disamarkan. Jangan menyalin, mengunduh, atau membagikan spreadsheet ini kepada siapa pun.',
  ];
}
