/**
 * SOP step 9 — a letter gets its number: the next serial of the year from the agenda's counter
 * (a row of the settings tab, written in the same batch as the agenda row and the case, under
 * the script lock, so a number is never repeated and never skipped silently), formatted by the
 * office's number format (`400.9.12.2/{urut:3}/403.107/{tahun}` by default).
 */
import type { CaseRow, Register } from '../register';
import type { Write } from '../transaction';
import { verificationCode } from '../verification';

/** Applies the office's number format: `{urut:3}` (zero-padded serial), `{urut}`, `{tahun}`. */
export function formatLetterNumber(format: string, serial: number, year: string): string {
  return format
    .replace(/\{urut(?::(\d+))?\}/g, (_m, width: string | undefined) =>
      String(serial).padStart(Number(width || 0), '0'),
    )
    .replace(/\{tahun\}/g, year);
}

/** What a new agenda row says besides its number. */
export interface AgendaEntry {
  type: string;
  caseId: string;
  subject: string;
  status: 'Terbit' | 'Dicadangkan';
  reason: string;
}

/** The number and agenda writes of the SKT of a case, dated `letterDate`. */
export function numberLetter(
  register: Register,
  c: CaseRow,
  letterDate: string,
): { id: string; number: string; writes: Write[] } {
  return takeNumber(register, letterDate, {
    type: 'Surat Keterangan Terdaftar',
    caseId: String(c.id),
    subject: `Surat Keterangan Terdaftar kelompok ${c.groupName}`,
    status: 'Terbit',
    reason: '',
  });
}

/** The next number of the year of `letterDate`, as the writes of its agenda row and counter. */
export function takeNumber(
  register: Register,
  letterDate: string,
  entry: AgendaEntry,
): { id: string; number: string; writes: Write[] } {
  const year = letterDate.slice(0, 4);
  const counterKey = `nomor.surat.${year}`;
  const current = register.setting(counterKey);
  const serial = Number(current || '0') + 1;
  const number = formatLetterNumber(
    register.setting('surat.formatNomor') || '400.9.12.2/{urut:3}/403.107/{tahun}',
    serial,
    year,
  );
  const id = `SRT-${year}-${String(serial).padStart(4, '0')}`;
  const counter: Write = current
    ? {
        table: 'settings',
        op: 'update',
        id: counterKey,
        fromVersion: null,
        changes: { value: String(serial) },
      }
    : {
        table: 'settings',
        op: 'insert',
        id: counterKey,
        row: {
          key: counterKey,
          value: String(serial),
          effectiveFrom: `${year}-01-01`,
          description: `Nomor urut surat terakhir tahun ${year} (diisi oleh register; jangan diubah).`,
        },
      };
  return {
    id,
    number,
    writes: [
      counter,
      {
        table: 'agenda',
        op: 'insert',
        id,
        row: {
          id,
          year: Number(year),
          serial,
          number,
          type: entry.type,
          caseId: entry.caseId,
          date: letterDate,
          subject: entry.subject,
          status: entry.status,
          reason: entry.reason,
          verificationCode: entry.status === 'Terbit' ? verificationCode(id) : '',
          docUrl: '',
          pdfUrl: '',
        },
      },
    ],
  };
}
