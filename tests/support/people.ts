/**
 * Synthetic people for tests: NIKs with a valid structure (kecamatan code, birth date with 40
 * added to the day for women, serial), invented names, the office's users for every role, and a
 * DTSEN extract — never real people. Seeding also deploys the verification page (letters need it).
 */
import { SheetTable } from '../../src/gas/sheetTable';
import { DTSEN } from '../../src/app/register/tabs';
import type { IntakeForm, MemberForm } from '../../src/app/api/forms';
import { ADMIN, type TestRegister } from './register';
import type { DeploymentsBackend } from '../../emulator/backend/deployments';
import { api, ok, requestId } from './api';
import { setSetting } from './admin';

export const USERS_BY_ROLE = {
  Staf: 'staf@dinsos.example.go.id',
  Peksos: 'peksos@dinsos.example.go.id',
  Kabid: 'kabid@dinsos.example.go.id',
  Kadis: 'kadis@dinsos.example.go.id',
  PendampingKawedanan: 'tksk.kawedanan@dinsos.example.go.id',
  PendampingPoncol: 'tksk.poncol@dinsos.example.go.id',
} as const;

/** A woman's NIK issued in `kecamatan` (6 digits), born on `birth` (ISO), with a serial. */
export function womanNik(kecamatan: string, birth: string, serial: number): string {
  const [y, m, d] = birth.split('-');
  return `${kecamatan}${String(Number(d) + 40)}${m}${y.slice(2)}${String(serial).padStart(4, '0')}`;
}

export function kkNumber(kecamatan: string, serial: number): string {
  return `${kecamatan}0101150${String(serial).padStart(3, '0')}`.slice(0, 16);
}

const FIRST = [
  'Sri',
  'Siti',
  'Tutik',
  'Endang',
  'Wahyuni',
  'Sumarni',
  'Lestari',
  'Suyati',
  'Marni',
  'Rukmini',
];

/** Member `i` of a test group: a widow born in 1975, registered in DTSEN when `serial` is even. */
export function member(i: number, base = 0, kecamatan = '352005'): MemberForm {
  const serial = base + i + 1;
  return {
    nik: womanNik(kecamatan, `1975-0${(i % 9) + 1}-1${i % 9}`, serial),
    kk: kkNumber(kecamatan, serial),
    name: `${FIRST[i % FIRST.length]} Contoh ${serial}`,
    maritalStatus: 'Cerai Mati',
    breadwinner: true,
    hasKtp: true,
    hasKk: true,
    hasCertificate: false,
    desa: '',
    address: `Dusun Contoh RT 0${(i % 5) + 1}`,
  };
}

/** An intake form of a group of `size` members in Kawedanan (35.20.05). */
export function intakeForm(
  requestId: string,
  size = 6,
  base = 0,
  overrides: Partial<IntakeForm> = {},
): IntakeForm {
  return {
    requestId,
    groupName: `Kelompok Melati ${base} (contoh)`,
    business: 'Warung kelontong',
    kecamatan: '35.20.05',
    desa: '35.20.05.2001',
    address: 'Dusun Contoh RT 01 RW 02',
    leader: 'Sri Contoh',
    phone: '081200000000',
    receivedOn: '2026-03-12',
    rabTotal: 5000000,
    requirements: { rab: true, proposal: true, ktpKkCopies: true, coverLetter: true },
    members: Array.from({ length: size }, (_, i) => member(i, base)),
    note: '',
    ...overrides,
  };
}

/** The office's users of every role, as the Admin adds them in WRSE › Admin › Pengguna & aturan. */
export const OFFICE_USERS = [
  ['Staf', USERS_BY_ROLE.Staf, ''],
  ['Peksos', USERS_BY_ROLE.Peksos, ''],
  ['Kabid', USERS_BY_ROLE.Kabid, ''],
  ['Kadis', USERS_BY_ROLE.Kadis, ''],
  ['Pendamping', USERS_BY_ROLE.PendampingKawedanan, '35.20.05'],
  ['Pendamping', USERS_BY_ROLE.PendampingPoncol, '35.20.01'],
].map(([role, email, kecamatan]) => ({
  email,
  name: `${role} Contoh`,
  nip: '198001012006042001',
  rank: 'Penata, III/c',
  position: role,
  role,
  kecamatan,
  active: true,
}));

/**
 * Adds the office's users (every role) through the Admin form (audited: a role typed into the
 * Pengguna tab by hand gives no power), and a DTSEN extract holding the members of `groups`.
 */
export function seedPeople(
  register: TestRegister,
  groups = 3,
  size = 6,
  options: { verificationPage?: boolean } = {},
): void {
  const stamp = { by: ADMIN, at: '2026-01-05T02:00:00.000Z' };
  for (const user of OFFICE_USERS) {
    ok(api(register, ADMIN, 'apiSaveUser', [{ requestId: requestId(), version: null, ...user }]));
  }
  register.withSheets((ss) => {
    const rows = [];
    for (let g = 0; g < groups; g++) {
      for (let i = 0; i < size; i++) {
        const m = member(i, g * 100);
        rows.push({ nik: m.nik, kk: m.kk, name: m.name, decile: 2, dataDate: '2026-01-31' });
      }
    }
    SheetTable.open(ss, DTSEN).insert(rows, stamp);
  });
  // As the Admin would after adding users: Siapkan register shares the letters' Drive folder.
  const again = register.run('menuSetupRegister', ADMIN);
  if (again.error) throw again.error;
  if (options.verificationPage !== false) deployVerificationPage(register);
}

/**
 * Deploys the script as a web app and saves its `/exec` URL as the public verification page
 * (`verifikasi.url`, through the Admin form): letters are numbered only once it is set.
 */
export function deployVerificationPage(register: TestRegister): string {
  const url = register.world.module<DeploymentsBackend>('deployments').deployWebApp();
  setSetting(register, 'verifikasi.url', url);
  return url;
}
