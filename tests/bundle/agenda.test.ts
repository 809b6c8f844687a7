/**
 * The letter agenda: numbers taken at the same time by 50 executions are 50 distinct
 * consecutive numbers; a number reserved for a letter typed outside the register keeps its place
 * in the sequence; a voided number keeps its row and its reason, and the public page says so.
 */
import type { UiBackend } from '../../emulator/backend/ui';
import type { DriveBackend, TreeNode } from '../../emulator/backend/drive';
import { runConcurrent } from '../../emulator/runtime';
import type { ApiResult, Saved } from '../../src/app/api/views';
import { requestId } from '../support/api';
import { USERS_BY_ROLE as U, seedPeople } from '../support/people';
import { setSetting } from '../support/admin';
import { ADMIN, bundle, newRegister, type TestRegister } from '../support/register';
import { NOW, caseAt } from '../support/flow';

jest.setTimeout(300000);

function agenda(r: TestRegister): Record<string, unknown>[] {
  const [head, ...rows] = r.values('Agenda Surat');
  return rows.map((row) => Object.fromEntries((head as string[]).map((h, i) => [h, row[i]])));
}

function lastAlert(r: TestRegister): string {
  const alerts = r.world.module<UiBackend>('ui').ofKind('alert');
  return String(alerts[alerts.length - 1].message);
}

const s09 = (c: Saved) => ({
  requestId: requestId(),
  caseId: c.caseId,
  version: c.version,
  step: 'S09',
  form: { letterDate: NOW.slice(0, 10), note: '' },
});

describe('the letter agenda', () => {
  it('50 executions asking for numbers at once get distinct consecutive numbers, each with its letter', async () => {
    const register = newRegister();
    register.run('menuSetupRegister', ADMIN);
    seedPeople(register, 50);
    const cases = Array.from({ length: 50 }, (_, i) => caseAt(register, 'S09', i * 100));
    const calls = cases.map((c) => ({
      entry: 'apiCompleteStep',
      args: [s09(c)],
      options: { user: U.Staf, activeSpreadsheetId: register.id, now: new Date(NOW) },
    }));
    const results = await runConcurrent(register.world, bundle(), calls);
    // The lock is waited for in real time (20 s, as the add-on asks Google): on a loaded machine
    // some of the 50 may be told the register is busy, as a user at a busy office would be. She
    // presses Kirim again (the same request); nothing else may go wrong.
    const BUSY = 'Register sedang dipakai oleh pengguna lain';
    const refused = results.flatMap((r, i) => {
      const v = r.value as ApiResult<Saved>;
      if (v.ok) return [];
      expect(v.error.message).toMatch(BUSY);
      return [calls[i]];
    });
    const retried = [];
    for (const call of refused)
      retried.push(...(await runConcurrent(register.world, bundle(), [call])));
    expect(
      [...results, ...retried]
        .map((r) => r.value as ApiResult<Saved>)
        .filter((v) => v.ok)
        .every((v) => v.ok && !v.data.notice),
    ).toBe(true);
    expect(retried.every((r) => (r.value as ApiResult<Saved>).ok)).toBe(true);
    const numbers = agenda(register)
      .map((l) => String(l['Nomor Surat']))
      .sort();
    // Each execution numbers a case's SKT and Surat Rekomendasi: 100 numbers, none skipped.
    expect(numbers).toEqual(
      Array.from(
        { length: 100 },
        (_, i) => `400.9.12.2/${String(i + 1).padStart(3, '0')}/403.107/2026`,
      ),
    );
    const tree = register.world.module<DriveBackend>('drive').tree();
    const years = (nodes: TreeNode[]): TreeNode[] =>
      nodes.flatMap((n) => [...(n.name === '2026' ? [n] : []), ...years(n.children ?? [])]);
    expect(years(tree)).toHaveLength(1); // one year folder, though 50 letters were made at once
    expect(years(tree)[0].children).toHaveLength(50);
  });

  it('a number reserved by hand keeps its place; the next letter takes the following one', () => {
    const register = newRegister();
    register.run('menuSetupRegister', ADMIN);
    seedPeople(register, 1);
    const c = caseAt(register, 'S09', 0);
    register.world
      .module<UiBackend>('ui')
      .answer({ button: 'OK', text: 'Undangan rapat koordinasi TKSK' });
    expect(register.run('menuReserveNumber', U.Staf, [], { now: new Date(NOW) }).error).toBeNull();
    expect(lastAlert(register)).toBe(
      'Nomor 400.9.12.2/001/403.107/2026 dicadangkan dan tercatat di Agenda Surat.',
    );
    register.run('apiCompleteStep', U.Staf, [s09(c)], { now: new Date(NOW) });
    expect(agenda(register).map((l) => [l['Nomor Surat'], l['Status'], l['Jenis Surat']])).toEqual([
      ['400.9.12.2/001/403.107/2026', 'Dicadangkan', 'Surat Lain'],
      ['400.9.12.2/002/403.107/2026', 'Terbit', 'Surat Keterangan Terdaftar'],
      ['400.9.12.2/003/403.107/2026', 'Terbit', 'Surat Rekomendasi'],
    ]);
  });

  it('a voided number keeps its row and reason; the public page says the letter is void', () => {
    const register = newRegister();
    register.run('menuSetupRegister', ADMIN);
    seedPeople(register, 1);
    const c = caseAt(register, 'S09', 0);
    register.run('apiCompleteStep', U.Staf, [s09(c)], { now: new Date(NOW) });
    const code = String(agenda(register)[0]['Kode Verifikasi']);
    const ui = register.world.module<UiBackend>('ui');
    ui.answer(
      { button: 'OK', text: '400.9.12.2/001/403.107/2026' },
      { button: 'OK', text: 'Salah ketik nama ketua kelompok' },
    );
    register.run('menuVoidNumber', U.Staf, [], { now: new Date(NOW) });
    expect(lastAlert(register)).toMatch(/tidak berwenang/);
    ui.answer(
      { button: 'OK', text: '400.9.12.2/001/403.107/2026' },
      { button: 'OK', text: 'Salah ketik nama ketua kelompok' },
    );
    register.run('menuVoidNumber', U.Kadis, [], { now: new Date(NOW) });
    expect(lastAlert(register)).toBe(
      'Nomor 400.9.12.2/001/403.107/2026 dibatalkan; alasannya tercatat di Agenda Surat dan Riwayat.',
    );
    expect(agenda(register)[0]).toMatchObject({
      Status: 'Batal',
      Alasan: 'Salah ketik nama ketua kelompok',
    });
    const page = register.run('doGet', '', [{ parameter: { kode: code } }], {
      effectiveUser: ADMIN,
      now: new Date(NOW),
    });
    expect(String((page.value as { content: string }).content)).toContain('DIBATALKAN');
    ui.answer(
      { button: 'OK', text: '400.9.12.2/001/403.107/2026' },
      { button: 'OK', text: 'Sekali lagi dibatalkan' },
    );
    register.run('menuVoidNumber', U.Kadis, [], { now: new Date(NOW) });
    expect(lastAlert(register)).toMatch(/sudah dibatalkan sebelumnya: Salah ketik/);
  });
});

describe('a replaced letter', () => {
  it('keeps its row as Diganti with the reason; the new number is made and verifies; the old one says replaced', () => {
    const register = newRegister();
    register.run('menuSetupRegister', ADMIN);
    seedPeople(register, 1);
    const c = caseAt(register, 'S09', 0);
    register.run('apiCompleteStep', U.Staf, [s09(c)], { now: new Date(NOW) });
    const oldCode = String(agenda(register)[0]['Kode Verifikasi']);
    register.world
      .module<UiBackend>('ui')
      .answer(
        { button: 'OK', text: '400.9.12.2/001/403.107/2026' },
        { button: 'OK', text: 'Nama ketua kelompok salah ketik di surat.' },
      );
    expect(register.run('menuReplaceNumber', U.Kadis, [], { now: new Date(NOW) }).error).toBeNull();
    expect(lastAlert(register)).toBe(
      'Surat nomor 400.9.12.2/001/403.107/2026 diganti dengan nomor 400.9.12.2/003/403.107/2026. Berkas surat pengganti sudah dibuat.',
    );
    const rows = agenda(register);
    expect(rows[0]).toMatchObject({
      Status: 'Diganti',
      'Jenis Surat': 'Surat Keterangan Terdaftar',
    });
    expect(String(rows[0]['Alasan'])).toContain('Diganti dengan nomor 400.9.12.2/003/403.107/2026');
    expect(rows[2]).toMatchObject({
      'Nomor Surat': '400.9.12.2/003/403.107/2026',
      Status: 'Terbit',
      'Jenis Surat': 'Surat Keterangan Terdaftar',
    });
    expect(String(rows[2]['Berkas Dokumen'])).toMatch(/^https:\/\//);
    const page = register.run('doGet', '', [{ parameter: { kode: oldCode } }], {
      effectiveUser: ADMIN,
      now: new Date(NOW),
    });
    expect(String((page.value as { content: string }).content)).toContain('DIGANTI');
  });
});

describe('number formats', () => {
  it('a letter type may have its own format; the serial stays one sequence', () => {
    const register = newRegister();
    register.run('menuSetupRegister', ADMIN);
    seedPeople(register, 1);
    setSetting(register, 'surat.formatNomor.Surat Rekomendasi', '460/{urut:4}/403.107/{tahun}', {
      effectiveFrom: '2025-01-01',
      description: 'Format nomor Surat Rekomendasi (uji).',
    });
    const c = caseAt(register, 'S09', 0);
    register.run('apiCompleteStep', U.Staf, [s09(c)], { now: new Date(NOW) });
    expect(agenda(register).map((l) => [l['Jenis Surat'], l['Nomor Surat']])).toEqual([
      ['Surat Keterangan Terdaftar', '400.9.12.2/001/403.107/2026'],
      ['Surat Rekomendasi', '460/0002/403.107/2026'],
    ]);
  });
});

describe('a new year', () => {
  it('restarts the serial at 1; the old year keeps its numbers', () => {
    const register = newRegister();
    register.run('menuSetupRegister', ADMIN);
    seedPeople(register, 2);
    const december = '2026-12-30T03:00:00.000Z';
    const january = '2027-01-05T03:00:00.000Z';
    const a = caseAt(register, 'S09', 0, december);
    const b = caseAt(register, 'S09', 100, december);
    const number = (c: Saved, now: string) =>
      register.run(
        'apiCompleteStep',
        U.Staf,
        [{ ...s09(c), form: { letterDate: now.slice(0, 10), note: '' } }],
        { now: new Date(now) },
      );
    number(a, december);
    number(b, january);
    expect(agenda(register).map((l) => l['Nomor Surat'])).toEqual([
      '400.9.12.2/001/403.107/2026',
      '400.9.12.2/002/403.107/2026',
      '400.9.12.2/001/403.107/2027',
      '400.9.12.2/002/403.107/2027',
    ]);
  });
});
