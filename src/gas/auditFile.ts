/**
 * The audit file of one group (Berkas Audit Kelompok) as a Google Doc and PDF in
 * `WRSE/Laporan/`: the case read by ID, its members, step records, letters and audit rows each
 * found by case ID with a TextFinder (never a whole tab), the eligibility report as the case
 * view computes it, NIKs masked unless the setting `berkasAudit.nikLengkap` is "ya". From the
 * case view of "Pekerjaan saya" (button) — `apiMakeAuditFile(caseId)`.
 */
import { AUDIT, AREAS } from '../app/register/tabs';
import { RegisterError } from '../app/register/errors';
import { officeFromSettings } from '../letters';
import { buildAuditFileView } from '../letters/auditFile';
import { renderReport } from '../letters/render';
import { requireRole } from './access';
import { officeSettings, saveReportDocument, stampOf } from './letters';
import type { AuditRow, Register } from './register';
import { instantLabel, kecamatanLabel, loadCase } from './usecases/common';
import { eligibilityOf } from './usecases/views';

export interface AuditFileMade {
  name: string;
  docUrl: string;
  pdfUrl: string;
}

function parse(data: unknown): Record<string, unknown> {
  try {
    const v = JSON.parse(String(data || '{}')) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Makes the audit file of a case (Kabid, Kadis, Admin, Staf). */
export function makeAuditFile(register: Register, caseIdInput: unknown): AuditFileMade {
  requireRole(register.actor, ['Kabid', 'Kadis', 'Admin', 'Staf'], 'membuat berkas audit');
  const caseId = String(caseIdInput ?? '').trim();
  if (!/^WRSE-\d{4}-\d+$/i.test(caseId)) {
    throw new RegisterError('ID kasus: tulis nomor kasus seperti WRSE-2026-0001.', 'caseId');
  }
  const { row: c } = loadCase(register, caseId.toUpperCase());
  const id = String(c.id);
  const members = register.caseMembers(id);
  const steps = new Map(register.steps().map((s) => [s.code, s.name]));
  const records = register.stepRecords
    .findBy('caseId', [id])
    .map((r) => r.row)
    .sort((a, b) => (String(a.at) < String(b.at) ? -1 : 1));
  const letters = register.agenda
    .findBy('caseId', [id])
    .map((r) => r.row)
    .sort((a, b) => Number(a.serial) - Number(b.serial));
  const audit = register
    .table<AuditRow>(AUDIT)
    .findBy('caseId', [id])
    .map((r) => r.row);
  const desaName =
    register
      .table(AREAS)
      .findBy('code', [String(c.desa)])
      .map((r) => String(r.row.name))[0] ?? '';
  const view = buildAuditFileView({
    office: officeFromSettings(officeSettings(register)),
    fullNik: /^(ya|yes|true|1)$/i.test(register.setting('berkasAudit.nikLengkap').trim()),
    generatedLabel: `Disusun dari Register WRSE pada ${instantLabel(register.now())} oleh ${register.actor.name || register.actor.email}.`,
    case: {
      id,
      groupName: String(c.groupName),
      business: String(c.business),
      kecamatanName: kecamatanLabel(String(c.kecamatan)),
      desaName,
      address: String(c.address),
      leader: String(c.leader),
      phone: String(c.phone),
      receivedOn: String(c.receivedOn),
      rabTotal: c.rabTotal === null || c.rabTotal === undefined ? null : Number(c.rabTotal),
      requirements: [
        { label: 'RAB', met: c.reqRab === true },
        { label: 'Proposal diketahui Kades dan Camat', met: c.reqProposal === true },
        { label: 'Salinan KTP dan KK anggota', met: c.reqKtpKk === true },
        { label: 'Surat pengantar Camat', met: c.reqCoverLetter === true },
      ],
      step: String(c.step),
      status: String(c.status),
    },
    members: members.map((m) => ({
      nik: String(m.nik),
      kk: String(m.kk),
      name: String(m.name),
      birthDate: String(m.birthDate),
      maritalStatus: String(m.maritalStatus),
      validation: String(m.validation),
      dtsenDecile: m.dtsenDecile === null ? '' : String(m.dtsenDecile),
    })),
    report: members.length ? eligibilityOf(register, c, members) : null,
    records: records.map((r) => ({
      step: String(r.step),
      stepName: steps.get(String(r.step)) ?? '',
      action: String(r.action),
      by: String(r.by),
      role: String(r.role),
      at: String(r.at),
      atLabel: instantLabel(String(r.at)),
      onTime: r.onTime === true,
      summary: String(r.summary),
      data: parse(r.data),
    })),
    letters: letters.map((l) => ({
      number: String(l.number),
      type: String(l.type),
      date: String(l.date),
      status: String(l.status),
      reason: String(l.reason),
      pdfUrl: String(l.pdfUrl),
    })),
    audit: audit.map((a) => ({
      atLabel: instantLabel(String(a.at)),
      user: String(a.user),
      role: String(a.role),
      action: String(a.action),
      from: String(a.from),
      to: String(a.to),
    })),
  });
  const name = `Berkas Audit ${id} – ${String(c.groupName)} (dibuat ${stampOf(register.now())})`;
  return { name, ...saveReportDocument(register, name, renderReport('berkas', view)) };
}
