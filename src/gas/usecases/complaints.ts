/**
 * Complaints, suggestions and inputs (pengaduan) from the channels of the Standar Pelayanan:
 * logged by office staff with the handler who answers them; answered (Diproses / Selesai) by the
 * handler or the heads; measured against the response target of the settings in working days.
 * Every read is by TextFinder (a complaint by ID, open complaints by status, a handler's by
 * e-mail): the cost follows the open complaints, never the register's history.
 */
import {
  MIN_CLOSING_RESPONSE,
  complaintFormSchema,
  complaintResponseSchema,
  type ComplaintItem,
  type ComplaintOptions,
} from '../../app/api/complaints';
import type { Saved } from '../../app/api/views';
import { RegisterError, StaleDataError } from '../../app/register/errors';
import { COMPLAINT_CHANNELS, COMPLAINT_KINDS, USERS, type Role } from '../../app/register/tabs';
import { addWorkingDays, holidayDates } from '../../domain';
import { requireRole } from '../access';
import { complaintTarget } from '../dashboard';
import type { ComplaintRow, Register } from '../register';
import { runAction, type Plan } from '../transaction';
import { takeSerials } from '../counters';
import { dateLabel, parseForm, today } from './common';

/** Roles that log complaints and see the open ones (the office; not the field companions). */
export const COMPLAINT_ROLES: readonly Role[] = ['Staf', 'Peksos', 'Kabid', 'Kadis', 'Admin'];
/** Roles that may answer any complaint (besides its handler). */
const HEADS: readonly Role[] = ['Kabid', 'Kadis', 'Admin'];
const OPEN = ['Baru', 'Diproses'];

function holidays(register: Register): string[] {
  const rules = register.ruleSets()[register.ruleSets().length - 1];
  return holidayDates(register.calendar(), { countCutiBersama: rules.countCutiBersama });
}

/** The last day to respond to a complaint received on `receivedOn`. */
export function complaintDueOn(register: Register, receivedOn: string): string {
  return addWorkingDays(receivedOn, complaintTarget(register), holidays(register));
}

function activeUser(register: Register, email: string): { email: string; name: string } | null {
  const found = register.table(USERS).get(email);
  if (!found || found.row.active !== true || found.row.role === 'Pendamping') return null;
  return { email: String(found.row.email), name: String(found.row.name) };
}

function item(register: Register, c: ComplaintRow, names: Map<string, string>): ComplaintItem {
  const receivedOn = String(c.receivedOn);
  const dueOn = receivedOn ? complaintDueOn(register, receivedOn) : '';
  const open = OPEN.includes(String(c.status));
  return {
    id: String(c.id),
    version: Number(c.version),
    receivedOn,
    receivedOnLabel: dateLabel(receivedOn),
    channel: String(c.channel),
    kind: String(c.kind || 'Pengaduan'),
    reporter: String(c.reporter),
    subject: String(c.subject),
    caseId: String(c.caseId),
    handler: String(c.handler),
    handlerName: names.get(String(c.handler)) ?? String(c.handler),
    status: String(c.status),
    response: String(c.response),
    dueOn,
    dueLabel: dateLabel(dueOn),
    overdue: open && dueOn !== '' && today(register) > dueOn,
  };
}

function sortedItems(items: ComplaintItem[]): ComplaintItem[] {
  return items.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0) ||
      (a.id < b.id ? -1 : 1),
  );
}

function handlerNames(register: Register, emails: string[]): Map<string, string> {
  const unique = [...new Set(emails.filter(Boolean))];
  return new Map(
    register
      .table(USERS)
      .findBy('email', unique)
      .map((r) => [String(r.row.email), String(r.row.name)]),
  );
}

/** The form's choices: channels, kinds, the office's active users as handlers, the target. */
export function complaintOptions(register: Register): ComplaintOptions {
  requireRole(register.actor, COMPLAINT_ROLES, 'membuka pengaduan');
  const handlers = register
    .table(USERS)
    .all()
    .map((r) => r.row)
    .filter((u) => u.active === true && u.role !== 'Pendamping' && u.email)
    .map((u) => ({ email: String(u.email), name: String(u.name), role: String(u.role) }));
  return {
    channels: [...COMPLAINT_CHANNELS],
    kinds: [...COMPLAINT_KINDS],
    handlers,
    targetDays: complaintTarget(register),
    today: today(register),
  };
}

/** Open complaints (Baru, Diproses), overdue first: one TextFinder on the status column. */
export function listComplaints(register: Register): { items: ComplaintItem[] } {
  requireRole(register.actor, COMPLAINT_ROLES, 'membuka pengaduan');
  const rows = register.complaints.findBy('status', OPEN).map((r) => r.row);
  const names = handlerNames(
    register,
    rows.map((r) => String(r.handler)),
  );
  return { items: sortedItems(rows.map((r) => item(register, r, names))) };
}

/** The actor's own open complaints past their target (for "Pekerjaan saya"). */
export function myOverdueComplaints(register: Register): { items: ComplaintItem[] } {
  const email = register.actor.email;
  if (!email || register.actor.role === null) return { items: [] };
  const rows = register.complaints
    .findBy('handler', [email], { matchCase: false })
    .map((r) => r.row)
    .filter((r) => OPEN.includes(String(r.status)));
  const names = new Map([[email, register.actor.name]]);
  return {
    items: sortedItems(rows.map((r) => item(register, r, names)).filter((i) => i.overdue)),
  };
}

/** The next complaint ID of a year (PGD-2026-0001…), from the register's counter (counters.ts). */
function nextComplaintId(register: Register, year: string) {
  const { first, write } = takeSerials(register, 'pengaduan', year, 1);
  return { id: `PGD-${year}-${String(first).padStart(4, '0')}`, write };
}

/** Logs a complaint, suggestion or input (office staff). */
export function logComplaint(register: Register, input: unknown): Saved {
  const form = parseForm(complaintFormSchema, input);
  requireRole(register.actor, COMPLAINT_ROLES, 'mencatat pengaduan');
  const day = today(register);
  if (form.complaintDate > day) {
    throw new RegisterError('Tanggal pengaduan: tidak boleh sesudah hari ini.', 'complaintDate');
  }
  const caseId = form.caseId.toUpperCase();
  const request = { requestId: form.requestId, entry: 'logComplaint', args: form };
  return runAction(register, request, (): Plan => {
    if (caseId && !register.cases.get(caseId)) {
      throw new RegisterError(`ID kasus: kasus "${caseId}" tidak ada di register.`, 'caseId');
    }
    const handler = activeUser(register, form.handler);
    if (!handler) {
      throw new RegisterError(
        'Petugas penanganan: pilih pengguna aktif kantor dari daftar.',
        'handler',
      );
    }
    const year = register.now().slice(0, 4);
    const counter = nextComplaintId(register, year);
    return {
      action: `${form.kind} dicatat`,
      caseId,
      from: '',
      to: `${counter.id} (Baru)`,
      changes: {
        pengaduan: counter.id,
        saluran: form.channel,
        jenis: form.kind,
        perihal: form.subject,
        petugas: handler.email,
      },
      writes: [
        counter.write,
        {
          table: 'complaints',
          op: 'insert',
          id: counter.id,
          row: {
            id: counter.id,
            receivedOn: form.complaintDate,
            channel: form.channel,
            kind: form.kind,
            reporter: form.reporter,
            contact: form.contact,
            subject: form.subject,
            caseId,
            handler: handler.email,
            status: 'Baru',
            response: '',
            respondedOn: '',
          },
        },
      ],
      result: { caseId: counter.id, version: 1, step: '', status: 'Baru' },
    };
  });
}

/** Answers a complaint: in progress, or done with the response (its handler or the heads). */
export function respondComplaint(register: Register, input: unknown): Saved {
  const form = parseForm(complaintResponseSchema, input);
  requireRole(register.actor, COMPLAINT_ROLES, 'menanggapi pengaduan');
  if (form.status === 'Selesai' && form.response.length < MIN_CLOSING_RESPONSE) {
    throw new RegisterError(
      `Tanggapan: tuliskan tanggapan paling sedikit ${MIN_CLOSING_RESPONSE} karakter sebelum pengaduan diselesaikan.`,
      'response',
    );
  }
  const request = { requestId: form.requestId, entry: 'respondComplaint', args: form };
  return runAction(register, request, (): Plan => {
    const found = register.complaints.get(form.complaintId);
    if (!found) {
      throw new RegisterError(
        `Pengaduan "${form.complaintId}" tidak ditemukan. Muat ulang daftar.`,
        'complaintId',
      );
    }
    const c = found.row;
    const actor = register.actor;
    const isHandler = String(c.handler).toLowerCase() === actor.email.toLowerCase();
    if (!isHandler && !HEADS.includes(actor.role as Role)) {
      throw new RegisterError(
        'Pengaduan ini ditangani petugas lain; hanya petugasnya, Kabid, Kepala Dinas atau Admin yang dapat menanggapinya.',
      );
    }
    if (c.version !== form.version) {
      throw new StaleDataError(
        `Pengaduan ini telah diubah oleh ${c.updatedBy || 'pengguna lain'}; muat ulang, lalu ulangi.`,
      );
    }
    if (c.status === 'Selesai') {
      throw new RegisterError('Pengaduan ini sudah selesai ditanggapi.', 'status');
    }
    const handler =
      form.handler.toLowerCase() === String(c.handler).toLowerCase()
        ? { email: String(c.handler) }
        : activeUser(register, form.handler);
    if (!handler) {
      throw new RegisterError(
        'Petugas penanganan: pilih pengguna aktif kantor dari daftar.',
        'handler',
      );
    }
    const day = today(register);
    const changes = {
      status: form.status,
      response: form.response,
      handler: handler.email,
      respondedOn: form.status === 'Selesai' ? day : '',
    };
    return {
      action: form.status === 'Selesai' ? 'Pengaduan selesai ditanggapi' : 'Pengaduan diproses',
      caseId: String(c.caseId),
      from: `${c.id} (${c.status})`,
      to: `${c.id} (${form.status})`,
      changes: { tanggapan: form.response, petugas: handler.email },
      writes: [
        {
          table: 'complaints',
          op: 'update',
          id: String(c.id),
          fromVersion: Number(c.version),
          changes,
        },
      ],
      result: {
        caseId: String(c.id),
        version: Number(c.version) + 1,
        step: '',
        status: form.status,
      },
    };
  });
}
