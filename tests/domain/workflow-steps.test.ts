/**
 * The "Langkah SOP" tab as the workflow reads it: the seeded rows parse, defaults of return and
 * rejection follow the SOP reading, and each bad cell is named by step code and column.
 */
import {
  DEFAULT_REJECTABLE_STEPS,
  DEFAULT_RETURNABLE_STEPS,
  parseStepTable,
  STEP_UNITS,
  WORKFLOW_ROLES,
} from '../../src/domain';
import { SOP_STEP_SEEDS } from '../../src/app/register/seeds';
import { ROLES, TIME_UNITS } from '../../src/app/register/tabs';

const seeds = (): Record<string, unknown>[] => SOP_STEP_SEEDS.map((r) => ({ ...r }));

function errorsOf(rows: unknown[]): string[] {
  const r = parseStepTable(rows);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

function withRow(code: string, patch: Record<string, unknown>): Record<string, unknown>[] {
  return seeds().map((r) => (r.code === code ? { ...r, ...patch } : r));
}

describe('the seeded step table', () => {
  it('parses into S01…S11 in order with the roles of the SOP reading', () => {
    const r = parseStepTable(seeds());
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.steps.map((s) => `${s.code}:${s.role}:${s.time} ${s.unit}`)).toEqual([
      'S01:Staf:0 menit',
      'S02:Pendamping:5 menit',
      'S03:Staf:15 hari kerja',
      'S04:Staf:1 hari kerja',
      'S05:Peksos:15 hari kerja',
      'S06:Kabid:3 hari kerja',
      'S07:Kabid:1 hari kerja',
      'S08:Kadis:1 hari kerja',
      'S09:Staf:15 menit',
      'S10:Staf:5 menit',
      'S11:Staf:5 menit',
    ]);
  });

  it('returnable at S03, S05, S06, S07, S08 and rejectable at S03, S06, S07, S08 by default', () => {
    // Rows of a tab without the two columns: the defaults apply.
    const rows = seeds().map((row) => {
      const copy = { ...row };
      delete copy.returnable;
      delete copy.rejectable;
      return copy;
    });
    const r = parseStepTable(rows);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.steps.filter((s) => s.returnable).map((s) => s.code)).toEqual([
      'S03',
      'S05',
      'S06',
      'S07',
      'S08',
    ]);
    expect(r.steps.filter((s) => s.rejectable).map((s) => s.code)).toEqual([
      'S03',
      'S06',
      'S07',
      'S08',
    ]);
    expect(DEFAULT_RETURNABLE_STEPS).toEqual(['S03', 'S05', 'S06', 'S07', 'S08']);
    expect(DEFAULT_REJECTABLE_STEPS).toEqual(['S03', 'S06', 'S07', 'S08']);
  });

  it('the seeded rows say the same as the defaults', () => {
    const r = parseStepTable(seeds());
    if (!r.ok) throw new Error(r.errors.join('\n'));
    for (const st of r.steps) {
      expect([st.code, st.returnable, st.rejectable]).toEqual([
        st.code,
        DEFAULT_RETURNABLE_STEPS.includes(st.code),
        DEFAULT_REJECTABLE_STEPS.includes(st.code),
      ]);
    }
  });

  it('an empty cell (null or blank) takes the default', () => {
    const r = parseStepTable(withRow('S06', { returnable: null, rejectable: '' }));
    const s06 = r.ok ? r.steps.find((x) => x.code === 'S06') : undefined;
    expect([s06?.returnable, s06?.rejectable]).toEqual([true, true]);
  });

  it('a row that says so overrides the default', () => {
    const rows = withRow('S09', { returnable: true });
    rows[3] = { ...rows[3], rejectable: false }; // S04 is not rejectable anyway
    rows[7] = { ...rows[7], returnable: false, rejectable: false }; // S08
    const r = parseStepTable(rows);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const s09 = r.steps.find((s) => s.code === 'S09');
    const s08 = r.steps.find((s) => s.code === 'S08');
    expect([s09?.returnable, s08?.returnable, s08?.rejectable]).toEqual([true, false, false]);
  });

  it('is sorted by order whatever the order of the rows; stamps and extra columns ignored', () => {
    const rows = seeds()
      .reverse()
      .map((r) => ({ ...r, version: 3, updatedBy: 'staf@example.go.id' }));
    const r = parseStepTable(rows);
    expect(r.ok && r.steps.map((s) => s.code).join(' ')).toBe(
      'S01 S02 S03 S04 S05 S06 S07 S08 S09 S10 S11',
    );
  });

  it('uses the same roles and units as the register tabs', () => {
    expect([...WORKFLOW_ROLES]).toEqual([...ROLES]);
    expect([...STEP_UNITS]).toEqual([...TIME_UNITS]);
  });
});

describe('errors name the step and the column', () => {
  it.each`
    column                  | code     | patch                        | message
    ${'Pelaksana'}          | ${'S06'} | ${{ role: 'Kepala' }}        | ${'Langkah S06, kolom Pelaksana: peran "Kepala" tidak dikenal'}
    ${'Pelaksana'}          | ${'S06'} | ${{ role: '' }}              | ${'Langkah S06, kolom Pelaksana: peran pelaksana wajib diisi'}
    ${'Pelaksana'}          | ${'S04'} | ${{ role: 'Admin' }}         | ${'Langkah S04, kolom Pelaksana: peran Admin'}
    ${'Waktu'}              | ${'S03'} | ${{ time: -15 }}             | ${'Langkah S03, kolom Waktu: waktu -15 tidak boleh negatif'}
    ${'Waktu'}              | ${'S03'} | ${{ time: 1.5 }}             | ${'Langkah S03, kolom Waktu: waktu 1.5 harus bilangan bulat'}
    ${'Waktu'}              | ${'S03'} | ${{ time: null }}            | ${'Langkah S03, kolom Waktu: waktu (kosong) wajib berupa angka'}
    ${'Satuan'}             | ${'S05'} | ${{ unit: 'hari' }}          | ${'Langkah S05, kolom Satuan: satuan "hari" harus "menit" atau "hari kerja"'}
    ${'Urutan'}             | ${'S05'} | ${{ order: 0 }}              | ${'Langkah S05, kolom Urutan: urutan 0 harus bilangan bulat 1-1000'}
    ${'Urutan'}             | ${'S05'} | ${{ order: null }}           | ${'Langkah S05, kolom Urutan: urutan (kosong)'}
    ${'Urutan (ganda)'}     | ${'S05'} | ${{ order: 4 }}              | ${'Langkah S05, kolom Urutan: urutan 4 sudah dipakai langkah S04'}
    ${'Kegiatan'}           | ${'S07'} | ${{ name: '  ' }}            | ${'Langkah S07, kolom Kegiatan: nama kegiatan wajib diisi'}
    ${'Kelengkapan'}        | ${'S07'} | ${{ input: 12 }}             | ${'Langkah S07, kolom Kelengkapan: isian 12 harus teks'}
    ${'Keluaran'}           | ${'S07'} | ${{ output: true }}          | ${'Langkah S07, kolom Keluaran: isian true harus teks'}
    ${'Dapat Dikembalikan'} | ${'S08'} | ${{ returnable: 'mungkin' }} | ${'Langkah S08, kolom Dapat Dikembalikan: isian "mungkin"'}
    ${'Dapat Ditolak'}      | ${'S08'} | ${{ rejectable: 1 }}         | ${'Langkah S08, kolom Dapat Ditolak: isian 1'}
    ${'Kode'}               | ${'S09'} | ${{ code: 'S 09' }}          | ${'Langkah S 09, kolom Kode: kode "S 09" hanya boleh'}
  `('$column: $message', ({ code, patch, message }) => {
    const errors = errorsOf(withRow(code, patch));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it('Kode: a duplicate code names the first row', () => {
    const rows = withRow('S10', { code: 'S09' });
    expect(errorsOf(rows)).toEqual(['Langkah S09, kolom Kode: kode ganda (juga di baris ke-9).']);
  });

  it('Kode: a row without a code is named by its row number', () => {
    const errors = errorsOf(withRow('S11', { code: '' }));
    expect(errors).toEqual([
      'Baris ke-11 tabel Langkah SOP, kolom Kode: kode langkah wajib diisi.',
    ]);
  });

  it('every error of a row and of every row is reported, not only the first', () => {
    const rows = withRow('S03', { role: 'Lurah', time: -1, unit: 'jam' });
    rows[5] = { ...rows[5], order: 'enam' };
    const errors = errorsOf(rows);
    expect(errors.map((e) => e.slice(0, e.indexOf(':')))).toEqual([
      'Langkah S03, kolom Pelaksana',
      'Langkah S03, kolom Waktu',
      'Langkah S03, kolom Satuan',
      'Langkah S06, kolom Urutan',
    ]);
  });

  it('the table must have the entry step S01, first by order', () => {
    expect(errorsOf(seeds().filter((r) => r.code !== 'S01'))).toEqual([
      'Tabel Langkah SOP tidak memuat langkah S01 (penerimaan proposal).',
    ]);
    expect(errorsOf(withRow('S01', { order: 12 }))[0]).toContain(
      'Langkah S01, kolom Urutan: langkah penerimaan proposal harus berurutan paling awal',
    );
  });

  it('an empty table, or a row that is not a record, is refused', () => {
    expect(errorsOf([])[0]).toContain('kosong');
    expect(errorsOf([...seeds(), 'S12'])).toEqual(['Baris ke-12 tabel Langkah SOP tidak terbaca.']);
    expect(errorsOf(null as unknown as unknown[])[0]).toContain('kosong');
  });
});
