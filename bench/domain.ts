/**
 * Benchmark of the domain's eligibility check at register scale: 300,000 synthetic DTSEN
 * NIKs, 100,000 members in 10,000 groups, 20,000 past-aid records. Reports wall time and heap
 * growth of building the indexes and of checking every group. Data is synthetic and seeded.
 */
import {
  buildDtsenIndex,
  buildParticipationIndex,
  checkEligibility,
  DEFAULT_RULE_SETTINGS,
  type GroupInput,
  type MemberInput,
} from '../src/domain';

const DTSEN_ROWS = 300_000;
const GROUPS = 10_000;
const MEMBERS_PER_GROUP = 10;
const AIDED_ROWS = 20_000;

/** Deterministic PRNG (mulberry32), so that every run checks the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** A synthetic person: NIK (mostly women aged 18-70 in 2026), KK, kecamatan. */
function person(rand: () => number, i: number): { nik: string; kk: string; kec: number } {
  const kec = 1 + Math.floor(rand() * 18);
  const year = 1960 + Math.floor(rand() * 48);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const woman = rand() < 0.95;
  const area = `3520${pad(kec, 2)}`;
  const nik = `${area}${pad(day + (woman ? 40 : 0), 2)}${pad(month, 2)}${pad(year % 100, 2)}${pad((i % 9999) + 1, 4)}`;
  const kk = `${area}${pad(1 + Math.floor(rand() * 28), 2)}${pad(month, 2)}${pad(10 + Math.floor(rand() * 15), 2)}${pad((i % 9999) + 1, 4)}`;
  return { nik, kk, kec };
}

function heapMb(): number {
  return process.memoryUsage().heapUsed / 1048576;
}

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) g();
}

/** The synthetic register: DTSEN rows, groups, past aid. Strings are flat, as a Sheets read gives them. */
function syntheticData(): {
  rows: Array<{ nik: string; kk: string; decile: number }>;
  groups: GroupInput[];
  history: Array<{ nik: string; kk: string; groupId: string; status: 'aided' }>;
} {
  const rand = prng(20260313);
  const built: Array<{ nik: string; kk: string; decile: number }> = [];
  const kecOf = new Uint8Array(DTSEN_ROWS);
  for (let i = 0; i < DTSEN_ROWS; i++) {
    const p = person(rand, i);
    kecOf[i] = p.kec;
    built.push({ nik: p.nik, kk: p.kk, decile: 1 + Math.floor(rand() * 10) });
  }
  // JSON round trip: flat strings, as from a spreadsheet read (template strings are ropes).
  const rows = JSON.parse(JSON.stringify(built)) as typeof built;
  built.length = 0;
  const byKec: number[][] = Array.from({ length: 19 }, () => []);
  for (let i = 0; i < DTSEN_ROWS; i++) byKec[kecOf[i]].push(i);
  const statuses = [
    'cerai_mati',
    'cerai_mati',
    'cerai_hidup',
    'cerai_hidup',
    'kawin',
    'belum_kawin',
  ];
  const groups: GroupInput[] = [];
  for (let g = 0; g < GROUPS; g++) {
    const members: MemberInput[] = [];
    const kec = 1 + (g % 18);
    for (let j = 0; j < MEMBERS_PER_GROUP; j++) {
      // 97% of members are in the extract (same kecamatan); the others are new people.
      const local = byKec[kec];
      const p =
        rand() < 0.97
          ? rows[local[Math.floor(rand() * local.length)]]
          : person(rand, DTSEN_ROWS + g * 10 + j);
      members.push({
        nik: p.nik,
        kk: p.kk,
        name: `Anggota ${g + 1}-${j + 1}`,
        maritalStatus: statuses[Math.floor(rand() * statuses.length)],
        breadwinner: rand() < 0.5,
        hasKtp: rand() < 0.99,
        hasKk: true,
        hasCertificate: rand() < 0.5,
        desa: `35.20.${pad(kec, 2)}.2001`,
      });
    }
    groups.push({
      id: `K-${pad(g + 1, 5)}`,
      kecamatan: `35.20.${pad(kec, 2)}`,
      receiptDate: '2026-03-13',
      members,
      requirements: { rab: true, proposal: true, ktpKkCopies: true, coverLetter: rand() < 0.95 },
    });
  }
  const history = Array.from({ length: AIDED_ROWS }, (_, i) => {
    const p = rows[Math.floor(rand() * DTSEN_ROWS)];
    return { nik: p.nik, kk: p.kk, groupId: `K-2025-${pad(i % 500, 3)}`, status: 'aided' as const };
  });
  return { rows, groups, history };
}

/** Runs the benchmark and returns one table row per measured step. */
export function benchDomain(): Array<Record<string, string | number>> {
  const { rows, groups, history } = syntheticData();
  const out: Array<Record<string, string | number>> = [];
  const measure = <T>(step: string, items: number, fn: () => T): T => {
    gc();
    const heap0 = heapMb();
    const t0 = performance.now();
    const result = fn();
    const ms = performance.now() - t0;
    out.push({
      step,
      items,
      'wall ms': Math.round(ms),
      'heap Δ MB': Math.round((heapMb() - heap0) * 10) / 10,
    });
    return result;
  };

  const dtsen = measure('build DTSEN index (NIK + KK)', DTSEN_ROWS, () =>
    buildDtsenIndex(rows, '2026-01-31'),
  );
  const participation = measure('build participation index', AIDED_ROWS, () =>
    buildParticipationIndex(history),
  );
  const context = { dtsen, participation, ruleSets: [DEFAULT_RULE_SETTINGS] };
  let verdicts = { eligible: 0, review: 0, ineligible: 0 };
  measure(`check eligibility of ${GROUPS} groups`, GROUPS * MEMBERS_PER_GROUP, () => {
    verdicts = { eligible: 0, review: 0, ineligible: 0 };
    for (const g of groups) verdicts[checkEligibility(g, context).verdict]++;
  });
  const total = out.reduce((sum, r) => sum + Number(r['wall ms']), 0);
  out.push({
    step: 'total (indexes + checks)',
    items: GROUPS * MEMBERS_PER_GROUP,
    'wall ms': total,
    'heap Δ MB': '',
  });
  out.push({
    step: `group verdicts: ${verdicts.eligible} eligible, ${verdicts.review} review, ${verdicts.ineligible} ineligible`,
    items: GROUPS,
    'wall ms': '',
    'heap Δ MB': '',
  });
  return out;
}

if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  console.table(benchDomain());
}
