/**
 * The intake form's state (what the inputs hold, as typed) and its conversion to the form
 * object `apiIntake` takes: NIK and KK as bare digits, the RAB total as a number read from
 * Indonesian typing, strings trimmed by the schema. Plus the checks the schema cannot make in
 * the browser (receipt date after today, the same NIK twice). Pure (no DOM), unit-tested.
 */
import {
  FIELD_LABELS,
  memberCheckSchema,
  validateForm,
  type FieldError,
  type MemberCheckInput,
  type MemberForm,
  type Requirements,
} from '../../src/app/api/forms';
import { normalizeIdDigits } from '../shared/digits';
import { parseAmount } from '../shared/format';

export interface MemberState {
  nik: string;
  kk: string;
  name: string;
  maritalStatus: string;
  breadwinner: boolean;
  hasKtp: boolean;
  hasKk: boolean;
  hasCertificate: boolean;
  desa: string;
  address: string;
}

export interface IntakeState {
  groupName: string;
  business: string;
  kecamatan: string;
  desa: string;
  address: string;
  leader: string;
  phone: string;
  receivedOn: string;
  rabTotal: string;
  requirements: Requirements;
  members: MemberState[];
  note: string;
}

export function emptyMember(): MemberState {
  return {
    nik: '',
    kk: '',
    name: '',
    maritalStatus: '',
    breadwinner: false,
    hasKtp: true,
    hasKk: true,
    hasCertificate: false,
    desa: '',
    address: '',
  };
}

export function emptyIntake(): IntakeState {
  return {
    groupName: '',
    business: '',
    kecamatan: '',
    desa: '',
    address: '',
    leader: '',
    phone: '',
    receivedOn: '',
    rabTotal: '',
    requirements: { rab: false, proposal: false, ktpKkCopies: false, coverLetter: false },
    members: [emptyMember()],
    note: '',
  };
}

/** A member row → the member form object (the shape of `memberFormSchema`). */
export function memberForm(m: MemberState): MemberForm {
  return {
    nik: normalizeIdDigits(m.nik),
    kk: normalizeIdDigits(m.kk),
    name: m.name.trim(),
    maritalStatus: m.maritalStatus as MemberForm['maritalStatus'],
    breadwinner: m.breadwinner,
    hasKtp: m.hasKtp,
    hasKk: m.hasKk,
    hasCertificate: m.hasCertificate,
    desa: m.desa,
    address: m.address.trim(),
  };
}

/**
 * The state → the object `apiIntake` takes (checked by `intakeFormSchema` before sending).
 * An RAB total that is empty is left out (the schema says it is required); one that cannot be
 * read is NaN (the schema says its type is wrong); neither is ever sent.
 */
export function intakeForm(state: IntakeState, requestId: string): Record<string, unknown> {
  return {
    requestId,
    groupName: state.groupName.trim(),
    business: state.business.trim(),
    kecamatan: state.kecamatan,
    desa: state.desa,
    address: state.address.trim(),
    leader: state.leader.trim(),
    phone: state.phone.trim(),
    receivedOn: state.receivedOn,
    rabTotal: parseAmount(state.rabTotal),
    requirements: { ...state.requirements },
    members: state.members.map(memberForm),
    note: state.note.trim(),
  };
}

/** Checks beyond the schema: no receipt date after today, no NIK twice in the group. */
export function intakeExtraErrors(form: Record<string, unknown>, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const receivedOn = String(form.receivedOn ?? '');
  if (today && /^\d{4}-\d{2}-\d{2}$/.test(receivedOn) && receivedOn > today) {
    errors.push({
      field: 'receivedOn',
      message: `${FIELD_LABELS.receivedOn}: tidak boleh setelah hari ini.`,
    });
  }
  const seen = new Map<string, number>();
  const members = Array.isArray(form.members) ? (form.members as Array<{ nik?: unknown }>) : [];
  members.forEach((m, i) => {
    const nik = String(m.nik ?? '');
    if (!/^\d{16}$/.test(nik)) return;
    const first = seen.get(nik);
    if (first === undefined) seen.set(nik, i);
    else {
      errors.push({
        field: `members.${i}.nik`,
        message: `${FIELD_LABELS.nik}: sama dengan NIK anggota baris ${first + 1}.`,
      });
    }
  });
  return errors;
}

/**
 * The input of the live member check (`apiCheckMember`), or the labels of what must be filled
 * in first: the server checks it with `memberCheckSchema` (a complete member row, a receipt
 * date, a kecamatan). Without a receipt date yet, the check uses `today`.
 */
export function memberCheckInput(
  member: MemberState,
  receivedOn: string,
  kecamatan: string,
  today: string,
): { ok: true; input: MemberCheckInput } | { ok: false; missing: string[] } {
  const checked = validateForm(memberCheckSchema, {
    member: memberForm(member),
    receivedOn: receivedOn || today,
    kecamatan,
  });
  if (checked.ok) return { ok: true, input: checked.value };
  const missing: string[] = [];
  for (const e of checked.errors) {
    const key = e.field.split('.').pop() ?? '';
    const label = FIELD_LABELS[key] ?? key;
    if (!missing.includes(label)) missing.push(label);
  }
  return { ok: false, missing };
}
