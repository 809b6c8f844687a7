/** Intake form state → the object `apiIntake` takes, checked with the server's schema. */
import { intakeFormSchema, validateForm } from '../../src/app/api/forms';
import {
  emptyIntake,
  emptyMember,
  intakeExtraErrors,
  intakeForm,
  memberCheckInput,
  memberForm,
  type IntakeState,
} from '../../sidebar/intake/state';

const REQUEST = '0f8e2d4c-1a2b-4c3d-8e9f-001122334455';

function filled(): IntakeState {
  return {
    ...emptyIntake(),
    groupName: '  Kelompok Mawar ',
    business: 'Warung kelontong',
    kecamatan: '35.20.05',
    desa: '35.20.05.2001',
    address: 'Jl. Raya 1',
    leader: 'Sri Wahyuni',
    phone: '0812-3456-7890',
    receivedOn: '2024-03-04',
    rabTotal: '5.000.000',
    requirements: { rab: true, proposal: true, ktpKkCopies: true, coverLetter: false },
    members: [
      {
        ...emptyMember(),
        nik: '3520 0547 0868 0001',
        kk: '35.20.05.010203.0004',
        name: ' Siti ',
        maritalStatus: 'Cerai Mati',
      },
    ],
  };
}

describe('intakeForm', () => {
  it('makes a form the schema accepts: bare digits, a number, trimmed text', () => {
    const form = intakeForm(filled(), REQUEST);
    expect(form).toMatchObject({
      requestId: REQUEST,
      groupName: 'Kelompok Mawar',
      rabTotal: 5000000,
      members: [{ nik: '3520054708680001', kk: '3520050102030004', name: 'Siti' }],
    });
    const checked = validateForm(intakeFormSchema, form);
    expect(checked.ok).toBe(true);
    // Plain data only: it survives a JSON round trip unchanged (no Date, no undefined).
    expect(JSON.parse(JSON.stringify(form))).toEqual(form);
  });

  it('reports missing fields with paths the page can place', () => {
    const state = emptyIntake();
    const checked = validateForm(intakeFormSchema, intakeForm(state, REQUEST));
    expect(checked.ok).toBe(false);
    const fields = checked.ok ? [] : checked.errors.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'groupName',
        'kecamatan',
        'desa',
        'receivedOn',
        'rabTotal',
        'members.0.nik',
        'members.0.name',
        'members.0.maritalStatus',
      ]),
    );
    const rab = checked.ok ? undefined : checked.errors.find((e) => e.field === 'rabTotal');
    expect(rab?.message).toBe('Total RAB: wajib diisi.');
  });

  it('refuses an RAB total that is not a number, negative or zero', () => {
    for (const rabTotal of ['lima juta', '-5', '0']) {
      const checked = validateForm(
        intakeFormSchema,
        intakeForm({ ...filled(), rabTotal }, REQUEST),
      );
      expect(checked.ok).toBe(false);
    }
  });

  it('keeps a member without KK as an empty KK', () => {
    expect(memberForm({ ...emptyMember(), kk: '  ' }).kk).toBe('');
  });
});

describe('intakeExtraErrors', () => {
  it('refuses a receipt date after today', () => {
    const form = intakeForm({ ...filled(), receivedOn: '2024-03-05' }, REQUEST);
    expect(intakeExtraErrors(form, '2024-03-04')).toEqual([
      { field: 'receivedOn', message: 'Tanggal proposal diterima: tidak boleh setelah hari ini.' },
    ]);
    expect(intakeExtraErrors(form, '2024-03-05')).toEqual([]);
  });

  it('points at the second of two equal NIKs', () => {
    const state = filled();
    state.members.push({ ...state.members[0], nik: '3520054708680001' });
    const errors = intakeExtraErrors(intakeForm(state, REQUEST), '2024-12-31');
    expect(errors).toEqual([
      { field: 'members.1.nik', message: 'NIK: sama dengan NIK anggota baris 1.' },
    ]);
  });
});

describe('memberCheckInput', () => {
  const member = {
    ...emptyMember(),
    nik: '3520 0547 0868 0001',
    name: 'Siti',
    maritalStatus: 'Kawin',
  };

  it('is ready with a complete row and a kecamatan; uses today without a receipt date', () => {
    const ready = memberCheckInput(member, '', '35.20.05', '2024-03-04');
    expect(ready).toEqual({
      ok: true,
      input: {
        member: expect.objectContaining({ nik: '3520054708680001', name: 'Siti' }),
        receivedOn: '2024-03-04',
        kecamatan: '35.20.05',
      },
    });
  });

  it('names what must be filled in first', () => {
    const ready = memberCheckInput(
      { ...member, name: '', maritalStatus: '' },
      '2024-03-01',
      '',
      '',
    );
    expect(ready).toEqual({ ok: false, missing: ['Nama', 'Status perkawinan', 'Kecamatan'] });
  });
});
