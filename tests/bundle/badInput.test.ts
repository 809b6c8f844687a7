/**
 * Bad input in a form gets a clear Indonesian message that names the field, and nothing is
 * written — checked through the shipped bundle, field by field.
 */
import type { ApiResult, Saved } from '../../src/app/api/views';
import type { IntakeForm } from '../../src/app/api/forms';
import { api, requestId } from '../support/api';
import { USERS_BY_ROLE as U, intakeForm, seedPeople } from '../support/people';
import { ADMIN, newRegister } from '../support/register';
import { NOW, caseAt, dataState } from '../support/flow';

const register = newRegister();
register.run('menuSetupRegister', ADMIN);
seedPeople(register);
const atS06 = caseAt(register, 'S06', 100);

type Case = [string, (f: IntakeForm) => IntakeForm, string, RegExp];

const INTAKE_CASES: Case[] = [
  [
    'a NIK with a wrong birth date',
    (f) => ({
      ...f,
      members: [{ ...f.members[0], nik: '3520059913750001' }, ...f.members.slice(1)],
    }),
    'members.0.nik',
    /Anggota baris 1 › NIK/,
  ],
  [
    'a NIK of 15 digits',
    (f) => ({
      ...f,
      members: [{ ...f.members[0], nik: '352005471075000' }, ...f.members.slice(1)],
    }),
    'members.0.nik',
    /NIK: formatnya tidak sesuai/,
  ],
  [
    'the same NIK twice in the group',
    (f) => ({
      ...f,
      members: [f.members[0], { ...f.members[1], nik: f.members[0].nik }, ...f.members.slice(2)],
    }),
    'members.1.nik',
    /sama dengan anggota baris 1/,
  ],
  [
    'a receipt date in the future',
    (f) => ({ ...f, receivedOn: '2026-12-31' }),
    'receivedOn',
    /Tanggal proposal diterima: tidak boleh setelah hari ini/,
  ],
  [
    'a negative RAB',
    (f) => ({ ...f, rabTotal: -5000000 }),
    'rabTotal',
    /Total RAB: harus lebih dari 0/,
  ],
  [
    'a 5,000-character group name',
    (f) => ({ ...f, groupName: 'A'.repeat(5000) }),
    'groupName',
    /Nama kelompok: paling banyak 200 karakter/,
  ],
  [
    'a group name starting with =',
    (f) => ({ ...f, groupName: '=IMPORTXML("http://contoh.invalid")' }),
    'groupName',
    /Nama kelompok: tidak boleh diawali tanda =/,
  ],
  [
    'a member name with <script>',
    (f) => ({
      ...f,
      members: [{ ...f.members[0], name: '<script>alert(1)</script>' }, ...f.members.slice(1)],
    }),
    'members.0.name',
    /Anggota › baris 1 › Nama: tidak boleh/,
  ],
  [
    'a desa outside the kecamatan',
    (f) => ({ ...f, desa: '35.20.01.2001' }),
    'desa',
    /Desa\/kelurahan: pilih desa di kecamatan yang dipilih/,
  ],
  ['no members', (f) => ({ ...f, members: [] }), 'members', /Anggota: paling sedikit 1 isian/],
  ['an empty leader', (f) => ({ ...f, leader: '   ' }), 'leader', /Ketua kelompok: wajib diisi/],
];

describe('intake refuses bad input, naming the field, writing nothing', () => {
  it.each(INTAKE_CASES)('%s', (_name, change, field, message) => {
    const before = dataState(register);
    const { result } = api<Saved>(
      register,
      U.Staf,
      'apiIntake',
      [change(intakeForm(requestId(), 6, 0))],
      NOW,
    );
    expect(result.ok).toBe(false);
    const error = (result as Extract<ApiResult<Saved>, { ok: false }>).error;
    expect(error.fields?.map((f) => f.field)).toContain(field);
    expect(error.message).toMatch(message);
    expect(dataState(register)).toBe(before);
  });

  it('a form that is not an object at all', () => {
    const before = dataState(register);
    const { result } = api<Saved>(register, U.Staf, 'apiIntake', ['bukan formulir'], NOW);
    expect(result.ok).toBe(false);
    expect(dataState(register)).toBe(before);
  });
});

describe('step forms refuse bad input the same way', () => {
  const submit = (form: Record<string, unknown>) =>
    api<Saved>(
      register,
      U.Kabid,
      'apiCompleteStep',
      [{ requestId: requestId(), caseId: atS06.caseId, version: atS06.version, step: 'S06', form }],
      NOW,
    ).result;

  it.each([
    [
      'a survey date in the future',
      { surveyDate: '2027-01-01', result: 'Layak', note: '' },
      'form.surveyDate',
      /tidak boleh setelah hari ini/,
    ],
    [
      'a result that is not an option',
      { surveyDate: '2026-03-16', result: 'Mungkin', note: '' },
      'form.result',
      /Hasil survei: pilih salah satu/,
    ],
    [
      'a note of 5,000 characters',
      { surveyDate: '2026-03-16', result: 'Layak', note: 'x'.repeat(5000) },
      'form.note',
      /Catatan: paling banyak 2000 karakter/,
    ],
  ] as const)('%s', (_name, form, field, message) => {
    const before = dataState(register);
    const result = submit(form as unknown as Record<string, unknown>);
    expect(result.ok).toBe(false);
    const error = (result as Extract<ApiResult<Saved>, { ok: false }>).error;
    expect(error.fields?.map((f) => f.field)).toContain(field);
    expect(error.message).toMatch(message);
    expect(dataState(register)).toBe(before);
  });

  it('a note with a formula and markup is kept as plain text, never a formula', () => {
    const note = '=HYPERLINK("http://contoh.invalid") <b>tebal</b>';
    const result = submit({ surveyDate: '2026-03-16', result: 'Layak', note });
    expect(result.ok).toBe(true);
    const formulas = register.withSheets((ss) =>
      ss.getSheetByName('Langkah Kasus')!.getDataRange().getFormulas(),
    );
    expect(formulas.flat().every((f) => f === '')).toBe(true);
    const data = register.values('Langkah Kasus').flat().join(' ');
    expect(data).toContain(note.replace(/"/g, '\\"'));
  });
});
