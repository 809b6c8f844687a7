/**
 * Lookup indexes built once and shared by many eligibility checks: the DTSEN extract by NIK
 * and KK, and the participation of people in other active groups or past aid by NIK and KK.
 * Building them is linear; each check then costs a few map lookups per member.
 */
import { bareDigits } from '../digits';
import type { DtsenIndex, DtsenRow, Participation, ParticipationIndex } from './types';

/**
 * Indexes the rows of a DTSEN extract. Rows without a 16-digit NIK are skipped.
 * @example buildDtsenIndex([{ nik: '3520054708680001', kk: '3520051203150007', decile: 2 }], '2025-12-31')
 */
export function buildDtsenIndex(rows: ReadonlyArray<DtsenRow>, extractDate: string): DtsenIndex {
  const decileByNik = new Map<string, number>();
  const kks = new Set<string>();
  for (const row of Array.isArray(rows) ? rows : []) {
    if (!row || typeof row.nik !== 'string') continue;
    const nik = bareDigits(row.nik);
    if (nik.length !== 16) continue;
    const d = row.decile;
    decileByNik.set(nik, typeof d === 'number' && d >= 1 && d <= 10 ? d : 0);
    if (typeof row.kk === 'string') {
      const kk = bareDigits(row.kk);
      if (kk.length === 16) kks.add(kk);
    }
  }
  return { extractDate: String(extractDate ?? ''), decileByNik, kks };
}

/**
 * Indexes memberships of people in groups (active proposals, and groups already aided).
 * @example buildParticipationIndex([{ nik: '3520054708680001', kk: '3520051203150007', groupId: 'K-2025-014', status: 'aided' }])
 */
export function buildParticipationIndex(
  rows: ReadonlyArray<{ nik: string; kk?: string } & Participation>,
): ParticipationIndex {
  const byNik = new Map<string, Participation[]>();
  const byKk = new Map<string, Participation[]>();
  const add = (map: Map<string, Participation[]>, key: string, p: Participation) => {
    const list = map.get(key);
    if (list) list.push(p);
    else map.set(key, [p]);
  };
  for (const row of Array.isArray(rows) ? rows : []) {
    if (!row) continue;
    const p: Participation = {
      groupId: String(row.groupId),
      status: row.status === 'aided' ? 'aided' : 'active',
    };
    if (row.note !== undefined) p.note = row.note;
    const nik = bareDigits(row.nik);
    const kk = typeof row.kk === 'string' ? bareDigits(row.kk) : '';
    if (nik.length === 16) add(byNik, nik, p);
    if (kk.length === 16) add(byKk, kk, p);
  }
  return { byNik, byKk };
}

/** An empty participation index (no other groups, no past aid). */
export function emptyParticipationIndex(): ParticipationIndex {
  return { byNik: new Map(), byKk: new Map() };
}
