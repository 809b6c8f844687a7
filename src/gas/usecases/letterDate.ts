/**
 * The date of a letter numbered from a step's form (S09: SKT and Rekomendasi; S11: BAST), checked
 * before anything is written (the rule: `letterDateProblem`, src/domain/letterDate.ts): a real
 * date, not after today, not before the Kadis's approval (the day of the case's latest S08
 * record), not before the last numbered letter of its year. The last letter is the agenda's last
 * row (only its year, number and date: one read of those cells); when that row is of another
 * year, the year's counter names the row, found by its ID (one TextFinder) — never a whole-tab
 * read.
 */
import { FIELD_LABELS } from '../../app/api/forms';
import { RegisterError } from '../../app/register/errors';
import { isoDateInJakarta, letterDateProblem } from '../../domain';
import type { AgendaRow, CaseRow, Register } from '../register';
import { latestRecord, today } from './common';

/** What the rule needs of a letter: its date and number (and year, to tell which year's). */
type LastLetter = Pick<AgendaRow, 'year' | 'number' | 'date'>;

/** The last numbered letter of `year` in the agenda, or null. */
export function lastLetterOf(register: Register, year: string): LastLetter | null {
  const last = register.agenda.lastRowCells(['year', 'number', 'date']);
  if (last && String(last.year) === year) return last;
  const serial = Number(register.setting(`nomor.surat.${year}`) || '0');
  if (!(serial > 0)) return null;
  return register.agenda.get(`SRT-${year}-${String(serial).padStart(4, '0')}`)?.row ?? null;
}

/** The day (Asia/Jakarta) the Kadis approved case `c`, or '' when there is no S08 record. */
export function approvedOn(register: Register, c: CaseRow): string {
  const record = latestRecord(register, String(c.id), 'S08');
  return record && record.at ? isoDateInJakarta(new Date(String(record.at))) : '';
}

/** Refuses a letter date of case `c` typed in form field `field` that breaks the rule. */
export function checkLetterDate(register: Register, c: CaseRow, date: string, field: string): void {
  const last = lastLetterOf(register, date.slice(0, 4));
  const problem = letterDateProblem(date, FIELD_LABELS[field] ?? field, {
    today: today(register),
    approvedOn: approvedOn(register, c),
    lastLetterOn: last ? agendaDate(last.date) : '',
    lastLetterNumber: last ? String(last.number) : '',
  });
  if (problem) throw new RegisterError(problem, [{ field: `form.${field}`, message: problem }]);
}

/** An agenda date cell (ISO text, or a Date when Sheets turned it into one) as ISO. */
function agendaDate(value: unknown): string {
  if (value instanceof Date) return isoDateInJakarta(value);
  return String(value ?? '').slice(0, 10);
}
