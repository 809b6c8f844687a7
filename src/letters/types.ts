/**
 * The data of a letter: what the callers pass in (plain rows of the register, shaped like the
 * tabs Kasus, Anggota and Pengguna and the `kantor.*` settings) and the view models the templates
 * receive (every label already formatted: dates, Rupiah, terbilang, masked NIK, NIP).
 */
import type { EligibilityReport } from '../domain';

/** The letters the register produces; `rekomendasi` has a draft (konsep) and a final form. */
export type LetterKind =
  'disposisi' | 'rekomendasi' | 'skt' | 'bast' | 'pengembalian' | 'penolakan';

export const LETTER_KINDS: readonly LetterKind[] = [
  'disposisi',
  'rekomendasi',
  'skt',
  'bast',
  'pengembalian',
  'penolakan',
];

/** The letterhead (kop surat) and the place letters are written in, from the settings. */
export interface OfficeInput {
  /** First line of the kop, e.g. "Pemerintah Kabupaten Magetan" (printed in capitals). */
  government: string;
  /** The office, e.g. "Dinas Sosial" (printed in capitals). */
  unit: string;
  /** Full name used in the text, e.g. "Dinas Sosial Kabupaten Magetan". */
  fullName: string;
  address: string;
  phone: string;
  email: string;
  /** Web site, '' when none. */
  website: string;
  /** Place written before the date ("Magetan, 5 Juni 2023"). */
  place: string;
  /** Logo as `data:image/png|jpeg|gif;base64,...`; anything else leaves the slot empty. */
  logoDataUri: string;
}

/** A case (row of Kasus), only the fields letters use. */
export interface LetterCaseInput {
  id: string;
  groupName: string;
  business: string;
  /** Kecamatan code, '35.20.05'. */
  kecamatan: string;
  /** Desa code, '35.20.05.2001'. */
  desa: string;
  address: string;
  leader: string;
  phone: string;
  /** ISO date the proposal was received. */
  receivedOn: string;
  /** Total of the approved RAB; null when unknown. */
  rabTotal: number | null;
}

/** A member (row of Anggota), only the fields letters use. */
export interface LetterMemberInput {
  nik: string;
  name: string;
  /** 'Belum Kawin' | 'Kawin' | 'Cerai Hidup' | 'Cerai Mati' | ''. */
  maritalStatus: string;
  breadwinner: boolean;
  address: string;
  /** Desa code of domicile, '' when not entered. */
  desa: string;
}

/** The signer (row of Pengguna). */
export interface SignerInput {
  name: string;
  /** NIP, 18 digits (printed "19700101 199503 2 001"); '' when the signer has none. */
  nip: string;
  /** Pangkat/golongan, e.g. "Pembina Utama Muda (IV/c)". */
  rank: string;
  /** Jabatan, e.g. "Kepala Dinas Sosial Kabupaten Magetan". */
  position: string;
}

/** Verification of an issued letter: its short code and the public page it points to. */
export interface VerificationInput {
  code: string;
  /** Full URL encoded in the QR code (the code is part of it). */
  url: string;
}

/** The letter's own data: number, date, copies. Number and date only after Kadis approval. */
export interface LetterMetaInput {
  /** Agenda number; '' for a draft. */
  number: string;
  /** ISO date of the letter; '' for a draft. */
  date: string;
  /** Sifat surat, e.g. "Biasa". */
  nature?: string;
  /** Tembusan (copies to), in order. */
  copies?: readonly string[];
  /** Null for drafts and for internal sheets. */
  verification: VerificationInput | null;
}

/** Lembar Disposisi: the incoming proposal and the Kadis/Kabid instructions. */
export interface DisposisiInput {
  /** Agenda number of the incoming letter in the office's register of incoming mail. */
  agendaNumber: string;
  /** Sender of the proposal, e.g. "Kepala Desa Poncol". */
  sender: string;
  /** Number of the cover letter of the proposal. */
  sourceNumber: string;
  /** ISO date of the cover letter. */
  sourceDate: string;
  /** Sifat: Biasa, Segera, Sangat Segera, Rahasia. */
  nature: string;
  /** Diteruskan kepada, in order (e.g. "Kepala Bidang Rehabilitasi Sosial"). */
  forwardTo: readonly string[];
  /** Instructions ticked (e.g. "Untuk ditindaklanjuti"). */
  instructions: readonly string[];
  /** Free note of the disposition. */
  note: string;
}

/** Surat Rekomendasi: the body drafted at step S05 and to whom it is addressed. */
export interface RekomendasiInput {
  /** The draft text of S05; blank lines separate paragraphs. */
  text: string;
  /** True until the Kadis approves: watermark KONSEP, no number, no verification. */
  draft: boolean;
  /** Addressee, e.g. "Bupati Magetan". */
  addressee: string;
  /** "di" line of the address, e.g. "Magetan". */
  addresseePlace: string;
}

/** One item of goods handed over, with the quantity of the approved RAB. */
export interface HandoverItemInput {
  name: string;
  qty: number;
  unit: string;
  price: number;
  /** Quantity in the approved RAB; null when the RAB lists no such item. */
  rabQty: number | null;
}

/** Berita Acara Serah Terima: the S11 form plus the receiving party. */
export interface BastInput {
  /** ISO date of the handover. */
  handedOn: string;
  /** Where it happened, e.g. "Kantor Dinas Sosial Kabupaten Magetan". */
  venue: string;
  kind: 'Uang' | 'Barang';
  /** Cash amount (kind Uang); for goods, the sum of the items is used. */
  amount: number;
  items: readonly HandoverItemInput[];
  /** The group's representative who receives (PIHAK KEDUA). */
  receiverName: string;
  receiverNik: string;
  /** E.g. "Ketua Kelompok". */
  receiverRole: string;
  /** Optional acknowledging official (Mengetahui); null for none. */
  acknowledgedBy: SignerInput | null;
  note: string;
}

/** Surat Pengembalian / Penolakan: the reasons, from the eligibility report and typed ones. */
export interface ReturnInput {
  /** ISO date of the proposal's cover letter ('' when unknown). */
  proposalDate: string;
  /** Number of the proposal's cover letter ('' when unknown). */
  proposalNumber: string;
  report: EligibilityReport | null;
  /** Reasons written by staff (e.g. the Kadis note), printed after the report's. */
  reasons: readonly string[];
  note: string;
  /** A draft (konsep) waiting for the Kadis's signature: no number, date or verification. */
  draft?: boolean;
}

// ---------------------------------------------------------------- view models (template data)

export interface KopView {
  government: string;
  unit: string;
  address: string;
  contact: string;
  website: string;
  logo: string;
}

export interface SignatureView {
  /** Lines above the title, e.g. ["Ditetapkan di Magetan", "pada tanggal 5 Juni 2023"]. */
  placeLines: string[];
  /** Lines above the signature space, e.g. ["KEPALA DINAS SOSIAL", "KABUPATEN MAGETAN,"]. */
  titleLines: string[];
  name: string;
  rank: string;
  /** "NIP 19700101 199503 2 001", or '' when there is none. */
  nipLine: string;
  /** True for a draft (space left empty, "belum ditandatangani"). */
  unsigned: boolean;
}

export interface VerificationView {
  code: string;
  url: string;
  qr: string;
}

export interface MemberRowView {
  no: number;
  name: string;
  nik: string;
  address: string;
  status: string;
  note: string;
}

export interface MembersView {
  caption: string;
  rows: MemberRowView[];
  /** "20 (dua puluh) orang". */
  countLabel: string;
  /** A column for each member's signature (list of recipients of a handover). */
  signColumn: boolean;
}

/** What every letter has. */
export interface LetterViewBase {
  title: string;
  /** The office's full name for the text, e.g. "Dinas Sosial Kabupaten Magetan". */
  officeName: string;
  kop: KopView;
  /** "400.9.12.2/001/403.107/2023", or a placeholder for drafts. */
  number: string;
  /** "Magetan, 5 Juni 2023" (or the placeholder of a draft). */
  placeDate: string;
  dateLabel: string;
  perihal: string;
  group: GroupView;
  members: MembersView;
  signature: SignatureView;
  verification: VerificationView | null;
  copies: string[];
  draft: boolean;
}

export interface GroupView {
  name: string;
  business: string;
  leader: string;
  address: string;
  /** "Desa Poncol, Kecamatan Poncol" (from the codes). */
  area: string;
  caseId: string;
  receivedLabel: string;
}

export interface DisposisiView extends LetterViewBase {
  agendaNumber: string;
  sender: string;
  sourceNumber: string;
  sourceDateLabel: string;
  natureOptions: Array<{ label: string; checked: boolean }>;
  forwardTo: string[];
  instructions: Array<{ label: string; checked: boolean }>;
  note: string;
}

export interface RekomendasiView extends LetterViewBase {
  nature: string;
  attachment: string;
  addressee: string;
  addresseePlace: string;
  paragraphs: string[];
  rabLabel: string;
}

export interface SktView extends LetterViewBase {
  signerName: string;
  signerNip: string;
  signerRank: string;
  signerPosition: string;
}

export interface BastItemView {
  name: string;
  qty: number;
  qtyLabel: string;
  unit: string;
  price: number;
  total: number;
  rabLabel: string;
}

export interface BastView extends LetterViewBase {
  /** "Senin tanggal lima bulan Juni tahun dua ribu dua puluh tiga". */
  dayText: string;
  /** "(05-06-2023)". */
  dayNumeric: string;
  venue: string;
  cash: boolean;
  items: BastItemView[];
  totalLabel: string;
  totalWords: string;
  rabLabel: string;
  rabComparison: string;
  firstParty: { name: string; nipLine: string; rank: string; position: string };
  secondParty: { name: string; nik: string; role: string };
  secondSignature: SignatureView;
  acknowledged: SignatureView | null;
  note: string;
}

export interface ReturnView extends LetterViewBase {
  rejection: boolean;
  nature: string;
  attachment: string;
  addressee: string;
  addresseePlace: string;
  opening: string;
  decision: string;
  reasons: string[];
  closing: string;
  note: string;
}

/** The view of each letter kind. */
export interface LetterViews {
  disposisi: DisposisiView;
  rekomendasi: RekomendasiView;
  skt: SktView;
  bast: BastView;
  pengembalian: ReturnView;
  penolakan: ReturnView;
}
