/**
 * The SOP's step table as data: the rows of the "Langkah SOP" tab (code, order, activity, role,
 * time standard and unit, input, output) plus whether a case may be returned for completion
 * (dikembalikan) or rejected (ditolak) at the step. The office edits the tab; the engine reads
 * the parsed table, never a constant. Errors are Indonesian and name the step and the column.
 */

/** The roles of the register (the same list as the "Pengguna" tab's "Peran" column). */
export const WORKFLOW_ROLES = ['Staf', 'Peksos', 'Kabid', 'Kadis', 'Pendamping', 'Admin'] as const;
/** A role of the register. */
export type Role = (typeof WORKFLOW_ROLES)[number];

/** Units of a time standard, as in the tab ("hari" of the SOP = hari kerja). */
export const STEP_UNITS = ['menit', 'hari kerja'] as const;
export type StepUnit = (typeof STEP_UNITS)[number];

/** The entry step: intake of the proposal (its form is the intake form). */
export const ENTRY_STEP = 'S01';

/** Steps where a case may be returned for completion when the row does not say (SOP reading). */
export const DEFAULT_RETURNABLE_STEPS: readonly string[] = ['S03', 'S05', 'S06', 'S07', 'S08'];
/** Steps where a case may be rejected when the row does not say (SOP reading). */
export const DEFAULT_REJECTABLE_STEPS: readonly string[] = ['S03', 'S06', 'S07', 'S08'];

/** Column headers of the "Langkah SOP" tab, for error messages. */
export const STEP_COLUMNS = {
  code: 'Kode',
  order: 'Urutan',
  name: 'Kegiatan',
  role: 'Pelaksana',
  time: 'Waktu',
  unit: 'Satuan',
  input: 'Kelengkapan',
  output: 'Keluaran',
  returnable: 'Dapat Dikembalikan',
  rejectable: 'Dapat Ditolak',
} as const;

/** One step of the SOP. */
export interface StepDef {
  code: string;
  order: number;
  name: string;
  /** Who does the step (completes its form). */
  role: Role;
  /** Time standard: an integer ≥ 0 in `unit`. */
  time: number;
  unit: StepUnit;
  /** Required inputs (kelengkapan). */
  input: string;
  /** Output document (keluaran). */
  output: string;
  /** A case may be returned for completion at this step. */
  returnable: boolean;
  /** A case may be rejected at this step. */
  rejectable: boolean;
}

/** The parsed table (sorted by order) or every error found. */
export type StepTableResult = { ok: true; steps: StepDef[] } | { ok: false; errors: string[] };

const CODE = /^[A-Za-z0-9._-]{1,20}$/;
const MAX_TIME = 100000;
const MAX_TEXT = 5000;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (v === null || v === undefined) return '(kosong)';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return `(${typeof v})`;
}

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/**
 * Parses the rows of the "Langkah SOP" tab (as the data layer decodes them: keys code, order,
 * name, role, time, unit, input, output, optional returnable/rejectable booleans; other keys
 * such as version stamps are ignored). Returns the steps sorted by order, or the errors of
 * every row and column. The table must contain the entry step S01, first by order; role
 * Admin does no casework and is refused.
 * @example parseStepTable(SOP_STEP_SEEDS).ok // true
 */
export function parseStepTable(rows: unknown[]): StepTableResult {
  const errors: string[] = [];
  if (!Array.isArray(rows) || rows.length === 0) {
    return { ok: false, errors: ['Tabel Langkah SOP kosong; isi langkah S01 sampai S11.'] };
  }
  const steps: StepDef[] = [];
  const byCode = new Map<string, number>();
  const byOrder = new Map<number, string>();
  rows.forEach((raw, i) => {
    const rowNo = i + 1;
    if (!isRecord(raw)) {
      errors.push(`Baris ke-${rowNo} tabel Langkah SOP tidak terbaca.`);
      return;
    }
    const rowErrors: string[] = [];
    const codeRaw = typeof raw.code === 'string' ? raw.code.trim() : raw.code;
    const where =
      typeof codeRaw === 'string' && codeRaw !== ''
        ? `Langkah ${codeRaw}`
        : `Baris ke-${rowNo} tabel Langkah SOP`;
    const err = (col: keyof typeof STEP_COLUMNS, msg: string) =>
      rowErrors.push(`${where}, kolom ${STEP_COLUMNS[col]}: ${msg}`);

    let code = '';
    if (typeof codeRaw !== 'string' || codeRaw === '') err('code', 'kode langkah wajib diisi.');
    else if (!CODE.test(codeRaw)) {
      err('code', `kode ${show(codeRaw)} hanya boleh huruf, angka, titik, garis (maks. 20).`);
    } else if (byCode.has(codeRaw)) {
      err('code', `kode ganda (juga di baris ke-${byCode.get(codeRaw)}).`);
    } else {
      code = codeRaw;
      byCode.set(code, rowNo);
    }

    const order = raw.order;
    if (typeof order !== 'number' || !Number.isInteger(order) || order < 1 || order > 1000) {
      err('order', `urutan ${show(order)} harus bilangan bulat 1-1000.`);
    } else if (byOrder.has(order)) {
      err(
        'order',
        `urutan ${order} sudah dipakai langkah ${byOrder.get(order) || '(tanpa kode)'}.`,
      );
    } else byOrder.set(order, code);

    const name = typeof raw.name === 'string' ? raw.name.trim() : '';
    if (name === '') err('name', 'nama kegiatan wajib diisi.');
    else if (name.length > MAX_TEXT) err('name', `paling banyak ${MAX_TEXT} karakter.`);

    const role = raw.role;
    if (isBlank(role)) err('role', 'peran pelaksana wajib diisi.');
    else if (role === 'Admin') {
      err(
        'role',
        'peran Admin mengelola pengaturan dan tidak mengerjakan kasus; pilih peran lain.',
      );
    } else if (typeof role !== 'string' || !(WORKFLOW_ROLES as readonly string[]).includes(role)) {
      err(
        'role',
        `peran ${show(role)} tidak dikenal (pilih ${WORKFLOW_ROLES.filter((r) => r !== 'Admin').join(', ')}).`,
      );
    }

    const time = raw.time;
    if (typeof time !== 'number' || Number.isNaN(time)) {
      err('time', `waktu ${show(time)} wajib berupa angka.`);
    } else if (time < 0) err('time', `waktu ${time} tidak boleh negatif.`);
    else if (!Number.isInteger(time) || time > MAX_TIME) {
      err('time', `waktu ${time} harus bilangan bulat 0-${MAX_TIME}.`);
    }

    const unit = raw.unit;
    if (typeof unit !== 'string' || !(STEP_UNITS as readonly string[]).includes(unit)) {
      err('unit', `satuan ${show(unit)} harus "menit" atau "hari kerja".`);
    }

    const text = (col: 'input' | 'output'): string => {
      const v = raw[col];
      if (isBlank(v)) return '';
      if (typeof v !== 'string') {
        err(col, `isian ${show(v)} harus teks.`);
        return '';
      }
      if (v.length > MAX_TEXT) err(col, `paling banyak ${MAX_TEXT} karakter.`);
      return v.trim();
    };
    const input = text('input');
    const output = text('output');

    const flag = (col: 'returnable' | 'rejectable', defaults: readonly string[]): boolean => {
      const v = raw[col];
      if (isBlank(v)) return defaults.includes(code);
      if (typeof v !== 'boolean') {
        err(col, `isian ${show(v)} harus dicentang atau dikosongkan (ya/tidak).`);
        return false;
      }
      return v;
    };
    const returnable = flag('returnable', DEFAULT_RETURNABLE_STEPS);
    const rejectable = flag('rejectable', DEFAULT_REJECTABLE_STEPS);

    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      return;
    }
    steps.push({
      code,
      order: order as number,
      name,
      role: role as Role,
      time: time as number,
      unit: unit as StepUnit,
      input,
      output,
      returnable,
      rejectable,
    });
  });

  if (!byCode.has(ENTRY_STEP)) {
    errors.push(`Tabel Langkah SOP tidak memuat langkah ${ENTRY_STEP} (penerimaan proposal).`);
  }
  if (errors.length > 0) return { ok: false, errors };
  steps.sort((a, b) => a.order - b.order);
  if (steps[0].code !== ENTRY_STEP) {
    return {
      ok: false,
      errors: [
        `Langkah ${ENTRY_STEP}, kolom ${STEP_COLUMNS.order}: langkah penerimaan proposal harus ` +
          `berurutan paling awal (sekarang langkah ${steps[0].code} lebih dulu).`,
      ],
    };
  }
  return { ok: true, steps };
}

/**
 * The step with a code, or null.
 * @example findStep(steps, 'S08')?.role // 'Kadis'
 */
export function findStep(steps: readonly StepDef[], code: string): StepDef | null {
  if (!Array.isArray(steps)) return null;
  for (const s of steps) if (s && s.code === code) return s;
  return null;
}

/**
 * The step after `code` by order (the table sorted by `parseStepTable`), or null at the last.
 * @example nextStep(steps, 'S07')?.code // 'S08'
 */
export function nextStep(steps: readonly StepDef[], code: string): StepDef | null {
  const current = findStep(steps, code);
  if (!current) return null;
  let best: StepDef | null = null;
  for (const s of steps) {
    if (s.order > current.order && (!best || s.order < best.order)) best = s;
  }
  return best;
}
