/**
 * The step forms as data, and form state → the form object each step sends: what each step
 * asks (labels, kinds, options), and the conversions (bare digits for NIK, amounts from
 * Indonesian typing, every row shown kept in its place). Pure (no DOM), unit-tested; the schemas of
 * `stepFormSchemas` then check the result exactly as the server will.
 */
import {
  FIELD_LABELS,
  MEETING_DECISIONS,
  SURVEY_RESULTS,
  type FieldError,
  type Requirements,
  type StepCode,
} from '../../../src/app/api/forms';
import { normalizeIdDigits } from '../../shared/digits';
import { parseAmount } from '../../shared/format';

/** The heading of each step's form. */
export const STEP_TITLES: Record<StepCode, string> = {
  S02: 'Disposisi berkas dari desa/kelurahan',
  S03: 'Validasi data dan persyaratan',
  S04: 'Penerusan ke Dinas Sosial',
  S05: 'Telaah dan konsep surat rekomendasi',
  S06: 'Hasil survei lapangan',
  S07: 'Keputusan rapat penetapan',
  S08: 'Persetujuan Kepala Dinas',
  S09: 'Penomoran surat',
  S10: 'Penyerahan SKT',
  S11: 'Penyaluran bantuan',
};

/** The label of the button that submits each step. */
export function submitLabel(step: StepCode): string {
  return step === 'S08' ? 'Setujui' : 'Simpan dan teruskan';
}

export interface SimpleField {
  key: string;
  label: string;
  kind: 'date' | 'text' | 'textarea' | 'select';
  options?: readonly string[];
  required?: boolean;
  hint?: string;
  rows?: number;
  maxLength?: number;
}

const note = (label: string, hint = 'Tidak wajib diisi.'): SimpleField => ({
  key: 'note',
  label,
  kind: 'textarea',
  hint,
  maxLength: 2000,
});

/** The steps whose form is a plain list of fields, and those fields. */
export const SIMPLE_STEPS: Partial<Record<StepCode, readonly SimpleField[]>> = {
  S02: [note('Catatan disposisi')],
  S04: [note('Catatan penerusan')],
  S05: [
    {
      key: 'recommendationDraft',
      label: FIELD_LABELS.recommendationDraft,
      kind: 'textarea',
      required: true,
      rows: 8,
      maxLength: 5000,
    },
    note('Catatan telaah'),
  ],
  S06: [
    { key: 'surveyDate', label: FIELD_LABELS.surveyDate, kind: 'date', required: true },
    {
      key: 'result',
      label: FIELD_LABELS.result,
      kind: 'select',
      options: SURVEY_RESULTS,
      required: true,
    },
    note(
      'Catatan survei',
      'Wajib bila hasilnya Tidak Layak: alasan penolakan (paling sedikit 10 karakter), dimuat dalam surat penolakan.',
    ),
  ],
  S09: [
    {
      key: 'letterDate',
      label: FIELD_LABELS.letterDate,
      kind: 'date',
      required: true,
      hint: 'Nomor surat diberikan oleh register ketika data disimpan.',
    },
    note('Catatan'),
  ],
  S10: [
    { key: 'handedOn', label: 'Tanggal penyerahan SKT', kind: 'date', required: true },
    {
      key: 'receivedBy',
      label: FIELD_LABELS.receivedBy,
      kind: 'text',
      required: true,
      hint: 'Nama pendamping atau wakil kelompok yang menerima SKT.',
      maxLength: 200,
    },
    note('Catatan'),
  ],
};

/** A plain step form: every field of the spec, as typed ('' when missing). */
export function simpleForm(
  fields: readonly SimpleField[],
  values: Readonly<Record<string, string>>,
): Record<string, string> {
  const form: Record<string, string> = {};
  for (const f of fields) form[f.key] = values[f.key] ?? '';
  return form;
}

export interface S03State {
  members: Array<{ memberId: string; validation: string; note: string }>;
  requirements: Requirements;
  note: string;
}

/** S03: the validation of each member and the requirement checklist. */
export function s03Form(state: S03State): Record<string, unknown> {
  return {
    members: state.members.map((m) => ({
      memberId: m.memberId,
      validation: m.validation,
      note: m.note,
    })),
    requirements: { ...state.requirements },
    note: state.note,
  };
}

export interface OverrideState {
  rule: string;
  nik: string;
  reason: string;
}

export interface S07State {
  meetingDate: string;
  decision: string;
  overrides: OverrideState[];
  note: string;
}

export const S07_DECISIONS = MEETING_DECISIONS;

const blank = (values: readonly string[]) => values.every((v) => v.trim() === '');

/**
 * S07: the meeting's decision and its overrides. Every row shown is sent (a blank row is an
 * error shown on that row: dropping it would shift the row numbers of the other errors).
 */
export function s07Form(state: S07State): Record<string, unknown> {
  return {
    meetingDate: state.meetingDate,
    decision: state.decision,
    overrides: state.overrides.map((o) => ({
      rule: o.rule,
      nik: normalizeIdDigits(o.nik),
      reason: o.reason,
    })),
    note: state.note,
  };
}

export interface S08State {
  overrides: OverrideState[];
  note: string;
}

/** S08: the Kadis's approval, with her own overrides of a rule still failing (if any). */
export function s08Form(state: S08State): Record<string, unknown> {
  return {
    overrides: state.overrides.map((o) => ({
      rule: o.rule,
      nik: normalizeIdDigits(o.nik),
      reason: o.reason,
    })),
    note: state.note,
  };
}

export interface ItemState {
  name: string;
  qty: string;
  unit: string;
  price: string;
}

export interface S11State {
  handedOn: string;
  kind: string;
  amount: string;
  items: ItemState[];
  note: string;
}

function isItemBlank(i: ItemState): boolean {
  return blank([i.name, i.qty, i.unit, i.price]);
}

/** The total of the goods (qty × price), or null while a row is not a number yet. */
export function itemsTotal(items: readonly ItemState[]): number | null {
  let total = 0;
  for (const item of items) {
    if (isItemBlank(item)) continue;
    const qty = parseAmount(item.qty);
    const price = parseAmount(item.price);
    if (qty === undefined || price === undefined || !Number.isFinite(qty * price)) return null;
    total += qty * price;
  }
  return Math.round(total * 100) / 100;
}

/**
 * S11: cash (amount only) or goods (rows of goods; the amount, when left empty, is their
 * total). Every row shown is sent, so that errors keep their row numbers; a number that cannot
 * be read stays NaN (or undefined when empty), which the schema reports next to its field.
 */
export function s11Form(state: S11State): Record<string, unknown> {
  const goods = state.kind === 'Barang';
  const rows = goods ? state.items : [];
  let amount = parseAmount(state.amount);
  if (amount === undefined && goods) amount = itemsTotal(rows) ?? undefined;
  return {
    handedOn: state.handedOn,
    kind: state.kind,
    amount,
    items: rows.map((i) => ({
      name: i.name,
      qty: parseAmount(i.qty),
      unit: i.unit,
      price: parseAmount(i.price),
    })),
    note: state.note,
  };
}

/** Checks of S11 beyond the schema: aid in goods lists at least one good. */
export function s11Extra(form: Record<string, unknown>): FieldError[] {
  if (form.kind === 'Barang' && Array.isArray(form.items) && form.items.length === 0) {
    return [{ field: 'items', message: `${FIELD_LABELS.items}: isi paling sedikit satu barang.` }];
  }
  return [];
}
