/**
 * The letter agenda kept by hand where the SOP needs it: reserving the next number for a letter
 * typed outside the register (it keeps its place in the yearly sequence, status Dicadangkan),
 * and voiding a number with its reason (status Batal; the verification page then says the
 * letter is void). A number is never reused and never disappears: voiding keeps the row.
 */
import * as z from 'zod/mini';
import { LETTER_TYPES } from '../../app/register/tabs';
import { RegisterError } from '../../app/register/errors';
import { requireRole } from '../access';
import type { Register } from '../register';
import { runAction, type Plan } from '../transaction';
import { parseForm, today } from './common';
import { takeNumber } from './numbering';
import { makesDocuments, withLetterDocuments } from '../letters';
import type { Saved } from '../../app/api/views';

const reason = z.string().check(z.trim(), z.minLength(10), z.maxLength(1000));

export const reserveSchema = z.object({
  requestId: z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/)),
  type: z.enum(LETTER_TYPES),
  subject: z.string().check(z.trim(), z.minLength(3), z.maxLength(220)),
});

export const voidSchema = z.object({
  requestId: z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/)),
  number: z.string().check(z.trim(), z.minLength(3), z.maxLength(220)),
  reason,
});

/** Reserves the next number of this year for a letter typed outside the register (Staf). */
export function reserveNumber(register: Register, input: unknown): { number: string } {
  const form = parseForm(reserveSchema, input);
  requireRole(register.actor, ['Staf'], 'mencadangkan nomor surat');
  const request = { requestId: form.requestId, entry: 'reserveNumber', args: form };
  const saved = runAction(register, request, (): Plan => {
    const date = today(register);
    const taken = takeNumber(register, date, {
      type: form.type,
      caseId: '',
      subject: form.subject,
      status: 'Dicadangkan',
      reason: 'Dicadangkan untuk surat yang dibuat di luar register.',
    });
    return {
      action: 'Pencadangan nomor surat',
      caseId: '',
      from: '',
      to: taken.number,
      changes: { jenis: form.type, perihal: form.subject },
      writes: taken.writes,
      result: {
        caseId: '',
        version: 0,
        step: '',
        status: 'Dicadangkan',
        letterId: taken.id,
        letterNumber: taken.number,
      },
    };
  });
  return { number: String(saved.letterNumber) };
}

/** Voids an issued or reserved number with its reason (Kabid, Kadis). */
export function voidNumber(register: Register, input: unknown): { number: string } {
  const form = parseForm(voidSchema, input);
  requireRole(register.actor, ['Kabid', 'Kadis'], 'membatalkan nomor surat');
  const request = { requestId: form.requestId, entry: 'voidNumber', args: form };
  runAction(register, request, (): Plan => {
    const found = register.agenda.findBy('number', [form.number])[0];
    if (!found) {
      throw new RegisterError(`Nomor surat "${form.number}" tidak ada di Agenda Surat.`, 'number');
    }
    const letter = found.row;
    if (letter.status === 'Batal') {
      throw new RegisterError(
        `Nomor surat ${form.number} sudah dibatalkan sebelumnya: ${letter.reason}`,
        'number',
      );
    }
    return {
      action: 'Pembatalan nomor surat',
      caseId: String(letter.caseId),
      from: String(letter.status),
      to: 'Batal',
      changes: { nomor: form.number, alasan: form.reason },
      writes: [
        {
          table: 'agenda',
          op: 'update',
          id: String(letter.id),
          fromVersion: Number(letter.version),
          changes: { status: 'Batal', reason: form.reason },
        },
      ],
      result: {
        caseId: String(letter.caseId),
        version: Number(letter.version) + 1,
        step: '',
        status: 'Batal',
      },
    };
  });
  return { number: form.number };
}

/**
 * Replaces an issued letter (e.g. a correction after printing): the old number is marked Diganti
 * with the reason and stays in the agenda; the same letter for the same case takes the next
 * number and is made again from the register's current data (Kabid, Kadis). The verification
 * page then says the old letter was replaced.
 */
export function replaceNumber(register: Register, input: unknown): Saved {
  const form = parseForm(voidSchema, input);
  requireRole(register.actor, ['Kabid', 'Kadis'], 'mengganti surat');
  const request = { requestId: form.requestId, entry: 'replaceNumber', args: form };
  const saved = runAction(register, request, (): Plan => {
    const found = register.agenda.findBy('number', [form.number])[0];
    if (!found || found.row.status !== 'Terbit' || !makesDocuments(String(found.row.type))) {
      throw new RegisterError(
        `Nomor surat "${form.number}" tidak dapat diganti: hanya surat terbit yang dibuat register yang dapat diganti.`,
        'number',
      );
    }
    const old = found.row;
    const taken = takeNumber(register, today(register), {
      type: String(old.type),
      caseId: String(old.caseId),
      subject: String(old.subject),
      status: 'Terbit',
      reason: `Pengganti surat nomor ${old.number}.`,
    });
    return {
      action: 'Penggantian surat',
      caseId: String(old.caseId),
      from: String(old.number),
      to: taken.number,
      changes: { nomorLama: old.number, nomorBaru: taken.number, alasan: form.reason },
      writes: [
        {
          table: 'agenda',
          op: 'update',
          id: String(old.id),
          fromVersion: Number(old.version),
          changes: {
            status: 'Diganti',
            reason: `${form.reason} Diganti dengan nomor ${taken.number}.`,
          },
        },
        ...taken.writes,
      ],
      result: {
        caseId: String(old.caseId),
        version: 0,
        step: '',
        status: 'Terbit',
        letterId: taken.id,
        letterNumber: taken.number,
      },
    };
  });
  return withLetterDocuments(register, saved);
}
