/**
 * The conflicts sidebar's server side: the open conflicts of the kecamatan pull-backs and a
 * summary of the last pull-back of each kecamatan; resolving a conflict by keeping the master's
 * value or taking the pendamping's (checked again with the same schema and step rule as the
 * pull-back, refused when the finding or the master changed since the page was loaded).
 */
import * as z from 'zod/mini';
import { requestIdSchema, stepFormSchemas } from '../../app/api/forms';
import type { Saved } from '../../app/api/views';
import { RegisterError, StaleDataError } from '../../app/register/errors';
import { KECAMATAN_REGISTERS } from '../../app/register/tabs';
import { MEMBER_STEPS, SURVEY_STEPS } from '../../app/kecamatan/pullBack';
import { kecamatanName, maskNik } from '../../domain';
import { requireRole } from '../access';
import type { FindingView, FindingsPage } from '../../app/api/findings';
import type { FindingRow, Register } from '../register';
import { runAction, type Plan, type Write } from '../transaction';
import { instantLabel, parseForm } from '../usecases/common';
import type { KecamatanRegisterRow } from './masterData';

const RESOLVERS = ['Staf', 'Kabid', 'Kadis', 'Admin'] as const;

export type { FindingView, FindingsPage } from '../../app/api/findings';

/** Any 16-digit number in a text shown in the sidebar is masked. */
function scrub(text: string): string {
  return text.replace(/\d{16}/g, (n) => maskNik(n));
}

function view(row: FindingRow): FindingView {
  return {
    id: String(row.id),
    version: Number(row.version),
    kecamatan: kecamatanName(String(row.kecamatan)) || String(row.kecamatan),
    target: String(row.target),
    recordId: String(row.recordId),
    caseId: String(row.caseId),
    field: String(row.field),
    masterValue: scrub(String(row.masterValue)),
    pendampingValue: scrub(String(row.pendampingValue)),
    message: String(row.message),
    pendamping: String(row.pendamping),
    detectedLabel: instantLabel(String(row.detectedAt)),
  };
}

/** The open conflicts (found on Google's side by status) and the last pull-back per kecamatan. */
export function listFindings(register: Register): FindingsPage {
  requireRole(register.actor, RESOLVERS, 'melihat konflik register kecamatan');
  const conflicts = register.findings
    .findBy('status', ['Terbuka'])
    .map((r) => r.row)
    .filter((r) => r.kind === 'Konflik')
    .slice(0, 200)
    .map(view);
  const pulls = register
    .table<KecamatanRegisterRow>(KECAMATAN_REGISTERS)
    .all()
    .map((r) => r.row)
    .map((r) => ({
      kecamatan: String(r.name),
      pulledLabel: r.pulledAt ? instantLabel(String(r.pulledAt)) : 'belum pernah',
      summary: String(r.summary ?? ''),
      status: String(r.status ?? ''),
    }));
  return { conflicts, pulls };
}

export const resolveSchema = z.object({
  requestId: requestIdSchema,
  findingId: z.string().check(z.minLength(1), z.maxLength(64)),
  version: z.int().check(z.gte(1)),
  choice: z.enum(['master', 'pendamping']),
});

const FIELD_KEYS: Record<string, 'validation' | 'note'> = {
  'Hasil Validasi': 'validation',
  'Catatan Validasi': 'note',
};

function normalise(key: string, v: string): string {
  return key === 'validation' && v.trim() === '' ? 'Belum' : v.trim();
}

/** Writes that take the pendamping's value for a member field, after the same checks. */
function memberWrites(register: Register, f: FindingRow): { writes: Write[]; step: string } {
  const key = FIELD_KEYS[String(f.field)];
  const member = register.members.get(String(f.recordId));
  const c = register.cases.get(String(f.caseId));
  if (!key || !member || !c) throw new RegisterError('Data anggota konflik ini tidak ditemukan.');
  if (normalise(key, String(member.row[key] ?? '')) !== String(f.masterValue)) {
    throw new StaleDataError(
      'Data master anggota ini berubah lagi sejak konflik dicatat; muat ulang, lalu periksa kembali.',
    );
  }
  if (c.row.status !== 'Berjalan' || !MEMBER_STEPS.includes(String(c.row.step))) {
    throw new RegisterError(
      `Kasus ${c.row.id} berada di langkah ${c.row.step} (${c.row.status}); hasil validasi hanya dapat dipakai pada langkah S02–S03. Pilih "Pakai data master".`,
    );
  }
  const entry = {
    memberId: String(member.row.id),
    validation: key === 'validation' ? String(f.pendampingValue) : String(member.row.validation),
    note: key === 'note' ? String(f.pendampingValue) : String(member.row.note ?? ''),
  };
  const parsed = stepFormSchemas.S03.safeParse({
    members: [entry],
    requirements: { rab: true, proposal: true, ktpKkCopies: true, coverLetter: true },
    note: '',
  });
  // Only the field in conflict is taken, so only its own problems count.
  if (!parsed.success && parsed.error.issues.some((i) => i.path[2] === key)) {
    throw new RegisterError(
      `Isian pendamping untuk ${f.field} tidak sah; pilih "Pakai data master".`,
    );
  }
  return {
    step: String(c.row.step),
    writes: [
      {
        table: 'members',
        op: 'update',
        id: entry.memberId,
        fromVersion: Number(member.row.version),
        changes: { [key]: String(f.pendampingValue) },
      },
    ],
  };
}

/** Writes that take the pendamping's survey, after the same checks. */
function surveyWrites(register: Register, f: FindingRow): { writes: Write[]; step: string } {
  const c = register.cases.get(String(f.caseId));
  if (!c) throw new RegisterError('Kasus konflik ini tidak ditemukan.');
  const current = register.surveys.get(String(f.caseId));
  const now = current
    ? {
        surveyDate: String(current.row.surveyDate),
        result: String(current.row.result),
        note: String(current.row.note),
      }
    : { surveyDate: '', result: '', note: '' };
  if (JSON.stringify(now) !== String(f.masterValue)) {
    throw new StaleDataError(
      'Survei di register induk berubah lagi sejak konflik dicatat; muat ulang, lalu periksa kembali.',
    );
  }
  if (c.row.status !== 'Berjalan' || !SURVEY_STEPS.includes(String(c.row.step))) {
    throw new RegisterError(
      `Kasus ${c.row.id} berada di langkah ${c.row.step} (${c.row.status}); hasil survei hanya dapat dipakai pada langkah S05–S06. Pilih "Pakai data master".`,
    );
  }
  const parsed = stepFormSchemas.S06.safeParse(JSON.parse(String(f.pendampingValue)));
  if (!parsed.success) {
    throw new RegisterError('Isian survei pendamping tidak sah; pilih "Pakai data master".');
  }
  const row = { ...parsed.data, reportedBy: String(f.pendamping) };
  return {
    step: String(c.row.step),
    writes: [
      current
        ? {
            table: 'surveys',
            op: 'update',
            id: String(f.caseId),
            fromVersion: Number(current.row.version),
            changes: row,
          }
        : {
            table: 'surveys',
            op: 'insert',
            id: String(f.caseId),
            row: { caseId: String(f.caseId), kecamatan: String(f.kecamatan), ...row },
          },
    ],
  };
}

/** Resolves one conflict (Staf, Kabid, Kadis, Admin). */
export function resolveFinding(register: Register, input: unknown): Saved {
  requireRole(register.actor, RESOLVERS, 'menyelesaikan konflik register kecamatan');
  const form = parseForm(resolveSchema, input);
  const request = { requestId: form.requestId, entry: 'resolveFinding', args: form };
  return runAction(register, request, (): Plan => {
    const found = register.findings.get(form.findingId);
    if (!found || found.row.kind !== 'Konflik') {
      throw new RegisterError('Konflik ini tidak ditemukan; muat ulang daftar.');
    }
    const f = found.row;
    if (Number(f.version) !== form.version || f.status !== 'Terbuka') {
      throw new StaleDataError(
        `Konflik ini sudah diubah oleh ${f.updatedBy || 'pengguna lain'} pada ` +
          `${instantLabel(String(f.updatedAt))}; muat ulang daftar.`,
      );
    }
    const taken =
      form.choice === 'master'
        ? { writes: [] as Write[], step: '' }
        : f.target === 'Kasus'
          ? surveyWrites(register, f)
          : memberWrites(register, f);
    const status = form.choice === 'master' ? 'Pakai Data Master' : 'Pakai Isian Pendamping';
    return {
      action: `Konflik register kecamatan: ${status.toLowerCase()}`,
      caseId: String(f.caseId),
      from: taken.step,
      to: taken.step,
      changes: {
        temuan: String(f.id),
        kolom: String(f.field),
        dipakai: form.choice === 'master' ? String(f.masterValue) : String(f.pendampingValue),
        pendamping: String(f.pendamping),
      },
      writes: [
        ...taken.writes,
        {
          table: 'findings',
          op: 'update',
          id: String(f.id),
          fromVersion: Number(f.version),
          changes: { status },
        },
      ],
      result: { caseId: String(f.caseId), version: Number(f.version) + 1, step: '', status },
    };
  });
}
