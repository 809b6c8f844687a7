/**
 * The playground's synthetic demo people, plainly marked as examples: staff at
 * `dinsos.contoh.go.id`, and a DTSEN extract of invented women (and a few men) with NIKs of a
 * valid structure (kecamatan 35.20.xx + birth date DDMMYY, day + 40 for women, + serial) whose
 * names all end in "(contoh)". Deterministic (a fixed pseudo-random sequence), so every fresh
 * playground holds the same people. None of them is a real person.
 */
import { parseKk, parseNik } from '../src/domain';

export const DEMO_DOMAIN = 'dinsos.contoh.go.id';
export const DEMO_ADMIN = `admin@${DEMO_DOMAIN}`;

export interface DemoUser {
  email: string;
  name: string;
  nip: string;
  rank: string;
  position: string;
  role: 'Admin' | 'Staf' | 'Peksos' | 'Kabid' | 'Kadis' | 'Pendamping';
  kecamatan: string;
}

/** Kecamatan with a pendamping (and most demo cases), then others with a few cases. */
export const PENDAMPING_KECAMATAN = ['35.20.06', '35.20.11', '35.20.07'] as const;
export const OTHER_KECAMATAN = ['35.20.10', '35.20.02'] as const;

const user = (
  local: string,
  name: string,
  role: DemoUser['role'],
  position: string,
  kecamatan = '',
  nip = '',
): DemoUser => ({
  email: `${local}@${DEMO_DOMAIN}`,
  name: `${name} (contoh)`,
  nip,
  rank: nip ? 'Penata / III-c' : '',
  position,
  role,
  kecamatan,
});

/** Every role; the demo Admin itself is added by "Siapkan register". */
export const DEMO_USERS: readonly DemoUser[] = [
  user('staf1', 'Rina Staf', 'Staf', 'Pengadministrasi Umum', '', '199001012015032001'),
  user('staf2', 'Dewi Staf', 'Staf', 'Pengelola Data', '', '199203042016042002'),
  user('peksos', 'Ayu Peksos', 'Peksos', 'Pekerja Sosial Ahli Muda', '', '198505062010012003'),
  user(
    'kabid',
    'Bambang Kabid',
    'Kabid',
    'Kepala Bidang Rehabilitasi Sosial',
    '',
    '197807082005011004',
  ),
  user('kadis', 'Sutrisno Kadis', 'Kadis', 'Kepala Dinas Sosial', '', '197009102000031005'),
  user('pendamping.magetan', 'Lestari Pendamping', 'Pendamping', 'TKSK Kec. Magetan', '35.20.06'),
  user('pendamping.maospati', 'Wulan Pendamping', 'Pendamping', 'TKSK Kec. Maospati', '35.20.11'),
  user('pendamping.plaosan', 'Sari Pendamping', 'Pendamping', 'TKSK Kec. Plaosan', '35.20.07'),
];

export const demoUser = (role: DemoUser['role'], kecamatan = ''): DemoUser => {
  const found = DEMO_USERS.find(
    (u) => u.role === role && (!kecamatan || u.kecamatan === kecamatan),
  );
  if (!found) throw new Error(`no demo user ${role} ${kecamatan}`);
  return found;
};

const FIRST = [
  'Sri',
  'Siti',
  'Tri',
  'Dwi',
  'Eka',
  'Endang',
  'Sulastri',
  'Wahyuni',
  'Yuli',
  'Ninik',
];
const LAST = [
  'Rahayu',
  'Lestari',
  'Wulandari',
  'Handayani',
  'Suryani',
  'Astuti',
  'Purwanti',
  'Mulyani',
];
const MEN = ['Sutarno', 'Slamet', 'Parno', 'Karyadi'];

export interface DemoPerson {
  nik: string;
  kk: string;
  name: string;
  birthDate: string;
  sex: 'P' | 'L';
  decile: number;
  kecamatan: string;
}

/** The date of the demo DTSEN extract (ISO), some months before today. */
export function dtsenDate(now = new Date()): string {
  return new Date(now.getTime() - 120 * 86_400_000).toISOString().slice(0, 10);
}

/** A small linear congruential generator: the same demo data on every machine. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `count` people of one kecamatan (about one man in eight), each with a valid NIK and KK. */
function peopleOf(kecamatan: string, count: number, next: () => number, asOf: string) {
  const area = kecamatan.replace(/\./g, '');
  const out: DemoPerson[] = [];
  for (let serial = 1; out.length < count; serial++) {
    const sex: 'P' | 'L' = serial % 8 === 0 ? 'L' : 'P';
    const year = 1966 + Math.floor(next() * 38); // some are older than 58: the age rule shows
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const nik = `${area}${pad(sex === 'P' ? day + 40 : day)}${pad(month)}${pad(year % 100)}${pad(serial, 4)}`;
    const kk = `${area}${pad(1 + Math.floor(next() * 28))}${pad(1 + Math.floor(next() * 12))}${pad(10 + Math.floor(next() * 14))}${pad(serial, 4)}`;
    const parsed = parseNik(nik, asOf);
    if (!parsed.valid || !parseKk(kk, asOf).valid) continue;
    const name =
      sex === 'P'
        ? `${FIRST[Math.floor(next() * FIRST.length)]} ${LAST[Math.floor(next() * LAST.length)]} (contoh)`
        : `${MEN[Math.floor(next() * MEN.length)]} (contoh)`;
    const decile = 1 + Math.floor(next() * (next() < 0.85 ? 4 : 10));
    out.push({ nik, kk, name, birthDate: parsed.birthDate, sex, decile, kecamatan });
  }
  return out;
}

/** The DTSEN extract: 60 people in each of the five demo kecamatan (300 rows). */
export function demoDtsen(asOf: string): DemoPerson[] {
  const next = random(20250611);
  return [...PENDAMPING_KECAMATAN, ...OTHER_KECAMATAN].flatMap((k) => peopleOf(k, 60, next, asOf));
}
