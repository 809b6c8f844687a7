/**
 * Checking the audit trail's hash chain: every row carries the hash of the row before it and a
 * hash of its own content, so a row changed by hand no longer matches its hash, a row deleted by
 * hand breaks the link of the row after it, and a row inserted by hand has no place in the
 * chain. The chain is followed by its links, not by row order, so sorting the tab is harmless.
 * Pure: the hash function is given.
 */

export interface ChainRow {
  /** Where the row stands in the sheet (for the report). */
  rowNumber: number;
  /** The text the row's hash covers (see `auditContent`). */
  content: string;
  previousHash: string;
  hash: string;
}

export type ChainReport =
  | { ok: true; rows: number }
  | { ok: false; rowNumber: number; problem: 'changed' | 'deleted' | 'inserted'; message: string };

/** Finds the first problem of the chain (by row number), or confirms it is whole. */
export function checkChain(rows: readonly ChainRow[], hash: (text: string) => string): ChainReport {
  const problems: Array<Extract<ChainReport, { ok: false }>> = [];
  const byHash = new Map<string, ChainRow>();
  for (const row of rows) {
    if (hash(row.previousHash + row.content) !== row.hash) {
      problems.push({
        ok: false,
        rowNumber: row.rowNumber,
        problem: 'changed',
        message: `Baris ${row.rowNumber} tab Riwayat telah diubah di luar register (isinya tidak cocok dengan hash-nya).`,
      });
    }
    byHash.set(row.hash, row);
  }
  const children = new Map<string, ChainRow[]>();
  for (const row of rows)
    children.set(row.previousHash, [...(children.get(row.previousHash) ?? []), row]);
  for (const row of rows) {
    if (row.previousHash !== '' && !byHash.has(row.previousHash)) {
      problems.push({
        ok: false,
        rowNumber: row.rowNumber,
        problem: 'deleted',
        message: `Baris sebelum baris ${row.rowNumber} tab Riwayat telah dihapus (rantai hash terputus).`,
      });
    }
  }
  for (const [, siblings] of children) {
    if (siblings.length > 1) {
      const sorted = [...siblings].sort((a, b) => a.rowNumber - b.rowNumber);
      for (const extra of sorted.slice(1)) {
        problems.push({
          ok: false,
          rowNumber: extra.rowNumber,
          problem: 'inserted',
          message: `Baris ${extra.rowNumber} tab Riwayat disisipkan di luar register (dua baris mengaku menyusul baris yang sama).`,
        });
      }
    }
  }
  if (problems.length > 0) return problems.sort((a, b) => a.rowNumber - b.rowNumber)[0];
  return { ok: true, rows: rows.length };
}
