/**
 * SOP step 9 — a letter gets its number: the next serial of the year from the agenda's counter
 * (`nomor.surat.<year>`, advanced by compare-and-set under the script lock, see counters.ts, so
 * a number is never repeated, never skipped silently and never rewound), formatted by the
 * office's number format (`400.9.12.2/{urut:3}/403.107/{tahun}` by default).
 */
import type { CaseRow, Register } from '../register';
import type { Write } from '../transaction';
import { requireVerificationUrl, verificationCode } from '../verification';
import { takeSerials } from '../counters';

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

/**
 * SOP step 9: the numbers of a case's Surat Keterangan Terdaftar and its signed Surat
 * Rekomendasi, dated `letterDate`, consecutive.
 */
export function numberLetters(
  register: Register,
  c: CaseRow,
  letterDate: string,
): { letters: Array<{ id: string; number: string }>; writes: Write[] } {
  return takeNumbers(register, letterDate, [
    {
      type: 'Surat Keterangan Terdaftar',
      caseId: String(c.id),
      subject: `Surat Keterangan Terdaftar kelompok ${c.groupName}`,
      status: 'Terbit',
      reason: '',
    },
    {
      type: 'Surat Rekomendasi',
      caseId: String(c.id),
      subject: `Rekomendasi bantuan usaha ekonomi produktif kelompok ${c.groupName}`,
      status: 'Terbit',
      reason: '',
    },
  ]);
}

/** The next number of the year of `letterDate`, as the writes of its agenda row and counter. */
export function takeNumber(
  register: Register,
  letterDate: string,
  entry: AgendaEntry,
): { id: string; number: string; writes: Write[] } {
  const taken = takeNumbers(register, letterDate, [entry]);
  return { ...taken.letters[0], writes: taken.writes };
}

/**
 * The next numbers of the year of `letterDate`, one per entry and consecutive, as the writes of
 * their agenda rows and of the counter (written once, in the same batch).
 */
export function takeNumbers(
  register: Register,
  letterDate: string,
  entries: readonly AgendaEntry[],
): { letters: Array<{ id: string; number: string }>; writes: Write[] } {
  // A letter that carries a verification code prints the public page's URL: none is numbered
  // while that URL is missing (refused here, in the plan, before anything is written).
  if (entries.some((e) => e.status === 'Terbit')) requireVerificationUrl(register);
  const year = letterDate.slice(0, 4);
  // A format per letter type (`surat.formatNomor.<Jenis Surat>`), else the office's format; the
  // serial is one yearly sequence for all outgoing letters, as in the office's agenda book.
  const formatOf = (type: string) =>
    register.setting(`surat.formatNomor.${type}`) ||
    register.setting('surat.formatNomor') ||
    '400.9.12.2/{urut:3}/403.107/{tahun}';
  const { first, write: counter } = takeSerials(register, 'surat', year, entries.length);
  const letters = entries.map((entry, i) => {
    const serial = first + i;
    const id = `SRT-${year}-${String(serial).padStart(4, '0')}`;
    const number = formatLetterNumber(formatOf(entry.type), serial, year);
    const write: Write = {
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
    };
    return { id, number, write };
  });
  return {
    letters: letters.map(({ id, number }) => ({ id, number })),
    writes: [counter, ...letters.map((l) => l.write)],
  };
}
