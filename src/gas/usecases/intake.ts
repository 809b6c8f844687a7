/**
 * SOP step 1 — a proposal comes in: staff register the group, its business, area, RAB, the
 * requirement checklist and the members (each NIK and KK checked, the DTSEN extract looked up
 * and recorded with its date). The case starts at the next step with its due date, enters the
 * work queue, and the whole of it is one audited action.
 */
import { intakeFormSchema, type FieldError, type IntakeForm } from '../../app/api/forms';
import type { Saved } from '../../app/api/views';
import { RegisterError } from '../../app/register/errors';
import { intakeState, isMagetanKecamatan, parseKk, parseNik, waitingRoleOf } from '../../domain';
import { requireRole } from '../access';
import type { Register } from '../register';
import { runAction, type Plan, type Write } from '../transaction';
import { takeSerials } from '../counters';
import { dueOf, parseForm, today } from './common';
import { withDraft } from '../letters';
import { intakeEligibility } from './gate';

/** The checks of an intake form that need the domain, before anything is read or written. */
export function intakeFieldErrors(form: IntakeForm, todayIso: string): FieldError[] {
  const errors: FieldError[] = [];
  if (form.receivedOn > todayIso) {
    errors.push({
      field: 'receivedOn',
      message: 'Tanggal proposal diterima: tidak boleh setelah hari ini.',
    });
  }
  if (!isMagetanKecamatan(form.kecamatan)) {
    errors.push({
      field: 'kecamatan',
      message: 'Kecamatan: pilih salah satu kecamatan di Kabupaten Magetan.',
    });
  }
  if (!form.desa.startsWith(`${form.kecamatan}.`)) {
    errors.push({
      field: 'desa',
      message: 'Desa/kelurahan: pilih desa di kecamatan yang dipilih.',
    });
  }
  const seen = new Map<string, number>();
  form.members.forEach((member, i) => {
    const label = `Anggota baris ${i + 1}`;
    const nik = parseNik(member.nik, form.receivedOn);
    if (!nik.valid)
      errors.push({ field: `members.${i}.nik`, message: `${label} › NIK: ${nik.errors[0]}` });
    const previous = seen.get(member.nik);
    if (previous !== undefined) {
      errors.push({
        field: `members.${i}.nik`,
        message: `${label} › NIK: sama dengan anggota baris ${previous + 1}; satu orang hanya sekali dalam satu kelompok.`,
      });
    }
    seen.set(member.nik, i);
    if (member.kk) {
      const kk = parseKk(member.kk, form.receivedOn);
      if (!kk.valid)
        errors.push({ field: `members.${i}.kk`, message: `${label} › Nomor KK: ${kk.errors[0]}` });
    }
    if (member.desa && !member.desa.startsWith('35.20.')) {
      errors.push({
        field: `members.${i}.desa`,
        message: `${label} › Desa: pilih desa di Kabupaten Magetan.`,
      });
    }
  });
  return errors;
}

/** The next case ID of a year (WRSE-2026-0001…), from the register's counter (counters.ts). */
function nextCaseId(register: Register, year: string): { id: string; write: Write } {
  const { first, write } = takeSerials(register, 'kasus', year, 1);
  return { id: `WRSE-${year}-${String(first).padStart(4, '0')}`, write };
}

/** Registers a new proposal (Staf). */
export function intake(register: Register, input: unknown): Saved {
  const form = parseForm(intakeFormSchema, input);
  requireRole(register.actor, ['Staf'], 'mendaftarkan proposal');
  const errors = intakeFieldErrors(form, today(register));
  if (errors.length > 0) throw RegisterError.ofFields(errors);

  const request = { requestId: form.requestId, entry: 'intake', args: form };
  const saved = runAction(register, request, (): Plan => {
    const steps = register.steps();
    const state = intakeState(steps);
    const now = register.now();
    const year = now.slice(0, 4);
    const counter = nextCaseId(register, year);
    const caseId = counter.id;
    const dtsen = new Map(
      register.dtsen
        .findBy(
          'nik',
          form.members.map((m) => m.nik),
        )
        .map((r) => [String(r.row.nik), r.row]),
    );
    const dueAt = dueOf(register, state.step, now, form.receivedOn);
    const waitingRole = waitingRoleOf(state, steps);
    const caseRow = {
      id: caseId,
      groupName: form.groupName,
      business: form.business,
      kecamatan: form.kecamatan,
      desa: form.desa,
      address: form.address,
      leader: form.leader,
      phone: form.phone,
      receivedOn: form.receivedOn,
      rabTotal: form.rabTotal,
      reqRab: form.requirements.rab,
      reqProposal: form.requirements.proposal,
      reqKtpKk: form.requirements.ktpKkCopies,
      reqCoverLetter: form.requirements.coverLetter,
      step: state.step,
      status: state.status,
      waitingRole,
      stepStartedAt: now,
      dueAt,
      note: form.note,
    };
    const members = form.members.map((m, i) => {
      const found = dtsen.get(m.nik);
      return {
        id: `${caseId}-A${String(i + 1).padStart(2, '0')}`,
        caseId,
        nik: m.nik,
        kk: m.kk,
        name: m.name,
        birthDate: (() => {
          const nik = parseNik(m.nik, form.receivedOn);
          return nik.valid ? nik.birthDate : '';
        })(),
        maritalStatus: m.maritalStatus,
        breadwinner: m.breadwinner,
        hasKtp: m.hasKtp,
        hasKk: m.hasKk,
        hasCertificate: m.hasCertificate,
        dtsenDecile: found ? (found.decile ?? 0) : null,
        dtsenDate: found ? String(found.dataDate || register.setting('dtsen.tanggalData')) : '',
        desa: m.desa || form.desa,
        address: m.address,
        validation: 'Belum',
        note: '',
      };
    });
    return {
      action: 'Pendaftaran proposal',
      caseId,
      from: 'S01',
      to: `${state.step} (${state.status})`,
      changes: {
        kelompok: form.groupName,
        anggota: form.members.length,
        tanggalTerima: form.receivedOn,
      },
      writes: [
        counter.write,
        { table: 'cases', op: 'insert', id: caseId, row: caseRow },
        ...members.map((row) => ({
          table: 'members' as const,
          op: 'insert' as const,
          id: row.id,
          row,
        })),
        {
          table: 'stepRecords',
          op: 'insert',
          id: `${caseId}-S01-1`,
          row: {
            id: `${caseId}-S01-1`,
            caseId,
            step: 'S01',
            action: 'Pendaftaran',
            by: register.actor.email,
            role: register.actor.role ?? '',
            at: now,
            startedAt: now,
            dueAt: '',
            onTime: true,
            caseVersion: 1,
            summary: `Proposal ${form.groupName} didaftarkan dengan ${form.members.length} anggota.`,
            data: JSON.stringify({ requirements: form.requirements, rabTotal: form.rabTotal }),
            docUrl: '',
            pdfUrl: '',
          },
        },
        {
          table: 'queue',
          op: 'insert',
          id: caseId,
          row: {
            caseId,
            groupName: form.groupName,
            kecamatan: form.kecamatan,
            desa: form.desa,
            step: state.step,
            status: state.status,
            waitingRole,
            receivedOn: form.receivedOn,
            dueAt,
            version: 1,
          },
        },
      ],
      result: { caseId, version: 1, step: state.step, status: state.status },
    };
  });
  const made = withDraft(register, saved, `${saved.caseId}-S01-1`);
  // Recorded as it came in; the staff are told at once what fails (the gate is at S07/S08).
  const eligibility = intakeEligibility(register, saved.caseId);
  return eligibility ? { ...made, eligibility } : made;
}
