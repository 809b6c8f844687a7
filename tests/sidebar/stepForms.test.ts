/** Step form state → the form object of each step, checked with `stepFormSchemas`. */
import { STEP_CODES, stepFormSchemas, validateForm } from '../../src/app/api/forms';
import {
  itemsTotal,
  s03Form,
  s07Form,
  s08Form,
  s11Extra,
  s11Form,
  SIMPLE_STEPS,
  simpleForm,
  STEP_TITLES,
  submitLabel,
} from '../../sidebar/kerja/forms/collect';

describe('step titles and buttons', () => {
  it('has a title for every step form of the contract', () => {
    for (const step of STEP_CODES) expect(STEP_TITLES[step]).toBeTruthy();
  });
  it('asks the Kepala Dinas to "Setujui"', () => {
    expect(submitLabel('S08')).toBe('Setujui');
    expect(submitLabel('S06')).toBe('Simpan dan teruskan');
  });
});

describe('plain steps', () => {
  it('asks each plain step exactly the fields of its schema', () => {
    for (const [step, fields] of Object.entries(SIMPLE_STEPS)) {
      const schema = stepFormSchemas[step as keyof typeof stepFormSchemas];
      const keys = Object.keys((schema as unknown as { shape: object }).shape).sort();
      expect([step, fields!.map((f) => f.key).sort()]).toEqual([step, keys]);
    }
  });

  it('S06: a complete form passes, a missing result is placed at `result`', () => {
    const fields = SIMPLE_STEPS.S06!;
    const ok = simpleForm(fields, { surveyDate: '2024-04-01', result: 'Layak' });
    expect(ok).toEqual({ surveyDate: '2024-04-01', result: 'Layak', note: '' });
    expect(validateForm(stepFormSchemas.S06, ok).ok).toBe(true);
    const bad = validateForm(stepFormSchemas.S06, simpleForm(fields, { surveyDate: '2024-04-01' }));
    expect(bad.ok ? [] : bad.errors.map((e) => e.field)).toEqual(['result']);
  });

  it('S08: the approval needs no more than an optional note; an override needs its reason', () => {
    expect(validateForm(stepFormSchemas.S08, s08Form({ overrides: [], note: '' })).ok).toBe(true);
    const short = validateForm(
      stepFormSchemas.S08,
      s08Form({
        overrides: [{ rule: 'member.age', nik: '3520 0547 0868 0001', reason: 'ok' }],
        note: '',
      }),
    );
    expect(short.ok ? [] : short.errors).toEqual([
      {
        field: 'overrides.0.reason',
        message: 'Pengecualian aturan › baris 1 › Alasan: paling sedikit 10 karakter.',
      },
    ]);
  });
});

describe('S03', () => {
  it('sends one validation per member and the checklist', () => {
    const form = s03Form({
      members: [
        { memberId: 'M1', validation: 'Valid', note: '' },
        { memberId: 'M2', validation: '', note: 'KK buram' },
      ],
      requirements: { rab: true, proposal: true, ktpKkCopies: false, coverLetter: true },
      note: '',
    });
    const checked = validateForm(stepFormSchemas.S03, form);
    expect(checked.ok ? [] : checked.errors.map((e) => e.field)).toEqual(['members.1.validation']);
  });
});

describe('S07', () => {
  it('sends overrides with a bare NIK, keeping every row in its place', () => {
    const form = s07Form({
      meetingDate: '2024-05-02',
      decision: 'Ditetapkan',
      overrides: [
        { rule: 'member.age', nik: '3520 0547 0868 0001', reason: 'Keputusan rapat.' },
        { rule: '', nik: '', reason: '' },
      ],
      note: '',
    });
    expect(form.overrides).toEqual([
      { rule: 'member.age', nik: '3520054708680001', reason: 'Keputusan rapat.' },
      { rule: '', nik: '', reason: '' },
    ]);
    const checked = validateForm(stepFormSchemas.S07, form);
    expect(checked.ok ? [] : checked.errors.map((e) => e.field)).toEqual([
      'overrides.1.rule',
      'overrides.1.reason',
    ]);
  });
  it('accepts a decision without overrides', () => {
    const form = s07Form({
      meetingDate: '2024-05-02',
      decision: 'Ditetapkan',
      overrides: [],
      note: '',
    });
    expect(validateForm(stepFormSchemas.S07, form).ok).toBe(true);
  });
});

describe('S11', () => {
  const goods = [
    { name: 'Etalase', qty: '1', unit: 'unit', price: '1.500.000' },
    { name: 'Beras', qty: '2,5', unit: 'kg', price: '12000' },
  ];

  it('cash: the amount, no goods', () => {
    const form = s11Form({
      handedOn: '2024-06-03',
      kind: 'Uang',
      amount: '5.000.000',
      items: goods,
      note: '',
    });
    expect(form).toMatchObject({ kind: 'Uang', amount: 5000000, items: [] });
    expect(validateForm(stepFormSchemas.S11, form).ok).toBe(true);
    expect(s11Extra(form)).toEqual([]);
  });

  it('goods: rows as numbers, amount from their total when left empty', () => {
    const form = s11Form({
      handedOn: '2024-06-03',
      kind: 'Barang',
      amount: '',
      items: goods,
      note: '',
    });
    expect(form.amount).toBe(1530000);
    expect(form.items).toEqual([
      { name: 'Etalase', qty: 1, unit: 'unit', price: 1500000 },
      { name: 'Beras', qty: 2.5, unit: 'kg', price: 12000 },
    ]);
    expect(validateForm(stepFormSchemas.S11, form).ok).toBe(true);
  });

  it('goods without rows are refused; a wrong number is placed at its row', () => {
    const none = s11Form({
      handedOn: '2024-06-03',
      kind: 'Barang',
      amount: '100',
      items: [],
      note: '',
    });
    expect(s11Extra(none)).toEqual([
      { field: 'items', message: 'Rincian barang: isi paling sedikit satu barang.' },
    ]);
    const bad = s11Form({
      handedOn: '2024-06-03',
      kind: 'Barang',
      amount: '100',
      items: [{ name: 'Etalase', qty: 'satu', unit: 'unit', price: '' }],
      note: '',
    });
    const checked = validateForm(stepFormSchemas.S11, bad);
    expect(checked.ok ? [] : checked.errors.map((e) => e.field)).toEqual([
      'items.0.qty',
      'items.0.price',
    ]);
  });

  it('totals the goods, or null while a number is unreadable', () => {
    expect(itemsTotal(goods)).toBe(1530000);
    expect(itemsTotal([{ name: 'x', qty: 'dua', unit: 'kg', price: '1' }])).toBeNull();
    expect(itemsTotal([{ name: '', qty: '', unit: '', price: '' }])).toBe(0);
  });
});
