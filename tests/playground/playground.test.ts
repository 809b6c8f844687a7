/**
 * The playground without a browser: the seed (users of every role, a DTSEN extract of valid
 * synthetic NIKs, cases at every step through the real bundle API, including overdue,
 * returned, rejected and done), the paged grid (never a whole tab), cell edits with Sheets'
 * validation, a prompt answered by replay, and state kept only in the folder it is given.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseNik } from '../../src/domain';
import { demoDtsen, dtsenDate, DEMO_USERS } from '../../playground/demoData';
import {
  editCell,
  listSheets,
  listSpreadsheets,
  listUsers,
  PAGE_SIZE,
  readPage,
} from '../../playground/grid';
import { runEntry } from '../../emulator/runtime';
import { openPlayground, type Playground } from '../../playground/state';

jest.setTimeout(300_000); // a bound for a hang on a loaded machine, not a speed check

const ADMIN = 'admin@dinsos.contoh.go.id';
let dir: string;
let pg: Playground;
const logs: string[] = [];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wrse-pg-unit-'));
  pg = openPlayground({ stateDir: dir, log: (m) => logs.push(m) });
});
afterAll(() => {
  pg.flush();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('state lives only in the folder given', () => {
  expect(fs.existsSync(path.join(dir, 'state.json'))).toBe(true);
  expect(pg.stateDir).toBe(path.resolve(dir));
});

test('users of every role, plainly examples', () => {
  const users = listUsers(pg);
  const roles = new Set(users.map((u) => u.role));
  for (const role of ['Admin', 'Staf', 'Peksos', 'Kabid', 'Kadis', 'Pendamping'])
    expect(roles).toContain(role);
  expect(users.filter((u) => u.role === 'Staf')).toHaveLength(2);
  expect(new Set(users.filter((u) => u.role === 'Pendamping').map((u) => u.kecamatan)).size).toBe(
    3,
  );
  for (const u of DEMO_USERS) {
    expect(u.email).toMatch(/@dinsos\.contoh\.go\.id$/);
    expect(u.name).toMatch(/\(contoh\)$/);
  }
});

test('the DTSEN extract: a few hundred valid synthetic NIKs, women marked by day + 40', () => {
  const people = demoDtsen(dtsenDate());
  expect(people.length).toBe(300);
  expect(new Set(people.map((p) => p.nik)).size).toBe(300);
  for (const p of people) {
    const parsed = parseNik(p.nik, dtsenDate());
    expect(parsed.valid).toBe(true);
    if (parsed.valid) expect(parsed.sex).toBe(p.sex);
    expect(p.nik.slice(0, 4)).toBe('3520');
    expect(p.name).toMatch(/\(contoh\)$/);
  }
  const tab = readPage(pg, ADMIN, 'DTSEN', 1);
  expect(tab.lastRow).toBe(301);
  expect(tab.rows[1][0]).toMatch(/^\d{16}$/); // stays text, never a number
});

test('cases at every step, overdue, returned, rejected and done, through the real API', () => {
  const kasus = readPage(pg, ADMIN, 'Kasus', 1);
  if (!pg.bundle().functions.includes('apiIntake')) {
    expect(logs.join('\n')).toMatch(/kasus contoh DILEWATI/);
    return;
  }
  const head = kasus.rows[0];
  const rows = kasus.rows.slice(1).map((r) => ({
    step: r[head.indexOf('Langkah')],
    status: r[head.indexOf('Status')],
    kecamatan: r[head.indexOf('Kode Kecamatan')],
    due: r[head.indexOf('Tenggat')],
  }));
  const waiting = new Set(rows.filter((r) => r.status === 'Berjalan').map((r) => r.step));
  for (let s = 2; s <= 11; s++) expect(waiting).toContain(`S${String(s).padStart(2, '0')}`);
  for (const status of ['Dikembalikan', 'Ditolak', 'Selesai'])
    expect(rows.map((r) => r.status)).toContain(status);
  expect(new Set(rows.map((r) => r.kecamatan)).size).toBeGreaterThanOrEqual(5);
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const overdue = rows.filter((r) => {
    const m = /^(\d{2})\/(\d{2})\/(\d{4})/.exec(r.due);
    return r.status === 'Berjalan' && m && `${m[3]}-${m[2]}-${m[1]}` < today;
  });
  expect(overdue.length).toBeGreaterThan(0);
  expect(logs.join('\n')).toMatch(/21 dari 21 kasus contoh/);
});

test('the grid is paged: a page reads the header and at most one page of rows', () => {
  const first = readPage(pg, ADMIN, 'DTSEN', 1);
  expect(first.pages).toBe(2);
  expect(first.rows).toHaveLength(PAGE_SIZE + 1);
  expect(first.rowNumbers.slice(0, 3)).toEqual([1, 2, 3]);
  const second = readPage(pg, ADMIN, 'DTSEN', 2);
  expect(second.rowNumbers[1]).toBe(PAGE_SIZE + 2);
  expect(second.rows).toHaveLength(301 - PAGE_SIZE);
  const users = readPage(pg, ADMIN, 'Pengguna', 1);
  const role = users.rows[0].indexOf('Peran');
  expect(users.rules[1][role]?.kind).toBe('list');
  expect(users.rules[1][users.rows[0].indexOf('Aktif')]?.kind).toBe('checkbox');
});

test('a cell edit is one execution: validation refuses a wrong value and writes nothing', () => {
  const users = readPage(pg, ADMIN, 'Pengguna', 1);
  const role = users.rows[0].indexOf('Peran') + 1;
  const refused = editCell(pg, ADMIN, { sheet: 'Pengguna', row: 3, column: role, input: 'Raja' });
  expect(refused.error).toMatch(/violates the data validation rules/);
  expect(refused.helpText).toMatch(/Pilih salah satu/);
  expect(readPage(pg, ADMIN, 'Pengguna', 1).rows[2][role - 1]).toBe('Staf');
});

test('the grid opens a kecamatan register, for those who may open it', () => {
  const run = runEntry(pg.world, pg.bundle(), 'menuRefreshKecamatanRegisters', [], {
    user: ADMIN,
    activeSpreadsheetId: pg.registerId,
  });
  expect(run.error).toBeNull();
  const pendamping = 'pendamping.magetan@dinsos.contoh.go.id';
  const hers = listSpreadsheets(pg, pendamping);
  expect(hers.map((s) => s.name)).toEqual(['Register induk', 'Register Kecamatan Magetan']);
  expect(listSpreadsheets(pg, ADMIN)).toHaveLength(19);
  const ss = hers[1].id;
  expect(listSheets(pg, pendamping, ss).map((s) => s.name)).toEqual([
    'Petunjuk',
    'Kasus',
    'Anggota',
    'Daftar Ekspor',
  ]);
  const page = readPage(pg, pendamping, 'Anggota', 1, ss);
  const nik = page.rows[0].indexOf('NIK (disamarkan)');
  expect(page.rows.length).toBeGreaterThan(1);
  for (const row of page.rows.slice(1)) expect(row[nik]).toMatch(/^3520\d{2}\*{6}\d{4}$/);
  expect(() => readPage(pg, 'pendamping.maospati@dinsos.contoh.go.id', 'Anggota', 1, ss)).toThrow();
  const edit = editCell(
    pg,
    pendamping,
    { sheet: 'Anggota', row: 2, column: nik + 1, input: 'x' },
    ss,
  );
  expect(edit.error).toMatch(/protected/);
});
