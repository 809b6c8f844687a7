/**
 * The forms of the register, as zod schemas shared by the sidebar (checks as the user types)
 * and the server (checks again, never trusting the sidebar). Each field's Indonesian label is
 * declared with it, so a message can always name the field at fault. Dates are ISO strings
 * (`Date` cannot cross google.script.run).
 */
import * as z from 'zod/mini';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Indonesian labels of form fields, by path key (used in messages). */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  requestId: 'ID permintaan',
  caseId: 'ID kasus',
  version: 'versi data',
  step: 'langkah',
  groupName: 'Nama kelompok',
  business: 'Jenis usaha',
  kecamatan: 'Kecamatan',
  desa: 'Desa/kelurahan',
  address: 'Alamat',
  leader: 'Ketua kelompok',
  phone: 'Telepon',
  receivedOn: 'Tanggal proposal diterima',
  rabTotal: 'Total RAB',
  requirements: 'Persyaratan',
  rab: 'RAB',
  proposal: 'Proposal (Kades & Camat)',
  ktpKkCopies: 'Salinan KTP & KK anggota',
  coverLetter: 'Surat pengantar Camat',
  members: 'Anggota',
  nik: 'NIK',
  kk: 'Nomor KK',
  name: 'Nama',
  maritalStatus: 'Status perkawinan',
  breadwinner: 'Tulang punggung keluarga',
  hasKtp: 'Punya KTP',
  hasKk: 'Punya KK',
  hasCertificate: 'Surat keterangan',
  memberId: 'ID anggota',
  validation: 'Hasil validasi',
  note: 'Catatan',
  reason: 'Alasan',
  recommendationDraft: 'Konsep surat rekomendasi',
  surveyDate: 'Tanggal survei',
  result: 'Hasil survei',
  meetingDate: 'Tanggal rapat',
  decision: 'Keputusan rapat',
  overrides: 'Pengecualian aturan',
  rule: 'Aturan',
  letterDate: 'Tanggal surat',
  handedOn: 'Tanggal penyerahan',
  receivedBy: 'Diterima oleh',
  kind: 'Bentuk bantuan',
  amount: 'Jumlah bantuan',
  items: 'Rincian barang',
  qty: 'Banyaknya',
  unit: 'Satuan',
  price: 'Harga satuan',
  query: 'Kata kunci',
  complaintId: 'ID pengaduan',
  complaintDate: 'Tanggal pengaduan',
  channel: 'Saluran',
  reporter: 'Nama pelapor',
  contact: 'Kontak pelapor',
  subject: 'Perihal',
  handler: 'Petugas penanganan',
  status: 'Status',
  response: 'Tanggapan',
};

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max));
const required = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
/**
 * A name (of a group, a person, a business): letters, digits and ordinary punctuation; never
 * starting like a formula (= + - @) and never holding markup (< >). Free notes accept any text
 * (stored neutralised, shown escaped); names are printed on letters, so they are held stricter.
 */
const NAME = /^(?![=+\-@])[^<>]*$/;
const name = (max: number) => required(max).check(z.regex(NAME, 'name'));
const isoDate = z.string().check(z.regex(ISO_DATE));
const areaCode = z.string().check(z.regex(/^35\.20\.\d{2}(\.\d{4})?$/));
const digits16 = z.string().check(z.regex(/^\d{16}$/));

export const requestIdSchema = z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/));

export const MARITAL_OPTIONS = ['Belum Kawin', 'Kawin', 'Cerai Hidup', 'Cerai Mati'] as const;

export const memberFormSchema = z.object({
  nik: digits16,
  kk: z.union([z.literal(''), digits16]),
  name: name(200),
  maritalStatus: z.enum(MARITAL_OPTIONS),
  breadwinner: z.boolean(),
  hasKtp: z.boolean(),
  hasKk: z.boolean(),
  hasCertificate: z.boolean(),
  desa: z.union([z.literal(''), areaCode]),
  address: text(500),
});
export type MemberForm = z.infer<typeof memberFormSchema>;

export const requirementsSchema = z.object({
  rab: z.boolean(),
  proposal: z.boolean(),
  ktpKkCopies: z.boolean(),
  coverLetter: z.boolean(),
});
export type Requirements = z.infer<typeof requirementsSchema>;

export const intakeFormSchema = z.object({
  requestId: requestIdSchema,
  groupName: name(200),
  business: name(200),
  kecamatan: areaCode,
  desa: areaCode,
  address: text(500),
  leader: name(200),
  phone: z.string().check(z.regex(/^[0-9+\-() ]{0,30}$/)),
  receivedOn: isoDate,
  rabTotal: z.number().check(z.gt(0), z.lte(10_000_000_000)),
  requirements: requirementsSchema,
  members: z.array(memberFormSchema).check(z.minLength(1), z.maxLength(50)),
  note: text(2000),
});
export type IntakeForm = z.infer<typeof intakeFormSchema>;

export const VALIDATION_OPTIONS = ['Valid', 'Tidak Valid', 'Perlu Perbaikan'] as const;
export const SURVEY_RESULTS = ['Layak', 'Tidak Layak'] as const;
export const MEETING_DECISIONS = ['Ditetapkan', 'Tidak Ditetapkan'] as const;
export const AID_KINDS = ['Uang', 'Barang'] as const;

/** The shortest reason for setting an eligibility rule aside. */
export const OVERRIDE_REASON_MIN = 10;

/**
 * A failed eligibility rule set aside (S07 meeting, S08 approval): the rule's code, the member's
 * NIK ('' for a group rule) and the reason, required.
 */
export const overrideSchema = z.object({
  rule: required(64),
  nik: z.union([z.literal(''), digits16]),
  reason: z.string().check(z.trim(), z.minLength(OVERRIDE_REASON_MIN), z.maxLength(1000)),
});
export type OverrideForm = z.infer<typeof overrideSchema>;

/** The form of each SOP step after intake (S01), by step code. */
export const stepFormSchemas = {
  S02: z.object({ note: text(2000) }),
  S03: z.object({
    members: z.array(
      z.object({ memberId: required(64), validation: z.enum(VALIDATION_OPTIONS), note: text(500) }),
    ),
    requirements: requirementsSchema,
    note: text(2000),
  }),
  S04: z.object({ note: text(2000) }),
  S05: z.object({ recommendationDraft: required(5000), note: text(2000) }),
  S06: z.object({ surveyDate: isoDate, result: z.enum(SURVEY_RESULTS), note: text(2000) }),
  S07: z.object({
    meetingDate: isoDate,
    decision: z.enum(MEETING_DECISIONS),
    overrides: z.array(overrideSchema),
    note: text(2000),
  }),
  /** The Kadis may set aside a rule still failing (her own overrides; the meeting's are kept). */
  S08: z.object({ overrides: z.optional(z.array(overrideSchema)), note: text(2000) }),
  S09: z.object({ letterDate: isoDate, note: text(2000) }),
  S10: z.object({ handedOn: isoDate, receivedBy: required(200), note: text(2000) }),
  S11: z.object({
    handedOn: isoDate,
    kind: z.enum(AID_KINDS),
    amount: z.number().check(z.gt(0), z.lte(10_000_000_000)),
    items: z
      .array(
        z.object({
          name: required(200),
          qty: z.number().check(z.gt(0), z.lte(1_000_000)),
          unit: required(30),
          price: z.number().check(z.gte(0), z.lte(10_000_000_000)),
        }),
      )
      .check(z.maxLength(100)),
    note: text(2000),
  }),
} as const;

export type StepCode = keyof typeof stepFormSchemas;
export type StepForm<S extends StepCode> = z.infer<(typeof stepFormSchemas)[S]>;

export const STEP_CODES = Object.keys(stepFormSchemas) as StepCode[];

export const stepSubmissionSchema = z.object({
  requestId: requestIdSchema,
  caseId: required(64),
  version: z.int().check(z.gte(1)),
  step: z.enum(STEP_CODES as [StepCode, ...StepCode[]]),
  form: z.record(z.string(), z.unknown()),
});
export type StepSubmission = z.infer<typeof stepSubmissionSchema>;

/** Return for completion, rejection, resubmission: a case, its version, and a reason. */
export const decisionSchema = z.object({
  requestId: requestIdSchema,
  caseId: required(64),
  version: z.int().check(z.gte(1)),
  reason: z.string().check(z.trim(), z.minLength(10), z.maxLength(2000)),
});
export type Decision = z.infer<typeof decisionSchema>;

/** The Kadis signs a return/rejection letter left as a draft: a case, its version, a note. */
export const letterSignSchema = z.object({
  requestId: requestIdSchema,
  caseId: required(64),
  version: z.int().check(z.gte(1)),
  note: text(2000),
});

export const searchSchema = z.object({
  query: z.string().check(z.trim(), z.minLength(3), z.maxLength(100)),
});

/** A field error, with the path of the field and its message in Indonesian. */
export interface FieldError {
  field: string;
  message: string;
}

function labelOf(path: ReadonlyArray<PropertyKey>): string {
  const parts: string[] = [];
  for (const p of path) {
    if (typeof p === 'number') parts.push(`baris ${p + 1}`);
    else parts.push(FIELD_LABELS[String(p)] ?? String(p));
  }
  return parts.join(' › ');
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string'
        ? Number(issue.minimum) <= 1
          ? 'wajib diisi'
          : `paling sedikit ${issue.minimum} karakter`
        : issue.origin === 'array'
          ? `paling sedikit ${issue.minimum} isian`
          : `harus lebih dari ${issue.inclusive ? 'atau sama dengan ' : ''}${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `paling banyak ${issue.maximum} karakter`
        : issue.origin === 'array'
          ? `paling banyak ${issue.maximum} isian`
          : `paling besar ${issue.maximum}`;
    case 'invalid_format':
      return issue.message === 'name'
        ? 'tidak boleh diawali tanda =, +, - atau @ dan tidak boleh memuat tanda < atau >'
        : 'formatnya tidak sesuai';
    case 'invalid_value':
      return 'pilih salah satu pilihan yang tersedia';
    case 'invalid_type':
      return issue.input === undefined ? 'wajib diisi' : 'jenis isian salah';
    default:
      return 'isian tidak sah';
  }
}

/**
 * Validates `input` against `schema`. Returns the parsed value, or every field error with its
 * path (e.g. `members.2.nik`) and an Indonesian message naming the field.
 */
export function validateForm<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
): { ok: true; value: T } | { ok: false; errors: FieldError[] } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({
      field: issue.path.map(String).join('.'),
      message: `${labelOf(issue.path)}: ${describe(issue)}.`,
    })),
  };
}

/** The live check of one member while the intake form is filled in. */
export const memberCheckSchema = z.object({
  member: memberFormSchema,
  receivedOn: isoDate,
  kecamatan: areaCode,
});
export type MemberCheckInput = z.infer<typeof memberCheckSchema>;
