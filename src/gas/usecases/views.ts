/**
 * What the sidebars read: who I am, what waits for my role ("Pekerjaan saya", from the work
 * queue index, overdue first), a case search, one case with its members, eligibility report
 * and history, the live check of a member at intake, and the area lists. Reads only the rows it
 * needs (TextFinder + row reads); a pendamping sees only her kecamatan; NIKs are masked.
 */
import { memberCheckSchema } from '../../app/api/forms';
import type {
  ActorView,
  CaseDetail,
  GateView,
  PendingLetterView,
  PendampingSurveyView,
  IntakeOptions,
  MemberCheck,
  RuleResultView,
  WorkItem,
} from '../../app/api/views';
import { RegisterError } from '../../app/register/errors';
import { AREAS } from '../../app/register/tabs';
import {
  ageOn,
  allowedActions,
  buildDtsenIndex,
  bareDigits,
  buildParticipationIndex,
  checkEligibility,
  formatRupiahTerbilang,
  overrideCovers,
  maskNik,
  parseNik,
  sortWork,
  type EligibilityContext,
  type EligibilityReport,
  type GroupInput,
} from '../../domain';
import type { CaseRow, MemberRow, QueueRow, Register, StepRecordRow } from '../register';
import {
  canSee,
  caseState,
  dateLabel,
  instantLabel,
  kecamatanLabel,
  latestAt,
  loadCase,
  parseForm,
  reasonOf,
  slaOf,
  today,
  workflowActor,
} from './common';
import { revealRoles } from './revealNik';
import { gateOf, overrideRoles } from './gate';

const SEARCH_LIMIT = 20;

export function whoAmI(register: Register): ActorView {
  const { email, name, role, kecamatan } = register.actor;
  return { email, name, role, kecamatan };
}

function requireReader(register: Register): void {
  if (register.actor.role === null) {
    throw new RegisterError(
      register.actor.email
        ? `Maaf, ${register.actor.email} belum terdaftar sebagai pengguna aktif register ini. Hubungi admin register.`
        : 'Alamat e-mail Anda tidak terbaca oleh Google. Masuklah dengan akun kantor, lalu muat ulang.',
    );
  }
}

function stepName(register: Register, code: string): string {
  return register.steps().find((s) => s.code === code)?.name ?? code;
}

function workItem(
  register: Register,
  q: QueueRow | CaseRow,
  desaNames: Map<string, string>,
): WorkItem {
  const isQueue = 'caseId' in q;
  const caseId = String(isQueue ? (q as QueueRow).caseId : (q as CaseRow).id);
  const dueAt = String(q.dueAt ?? '');
  const status = String(q.status || 'Berjalan');
  return {
    caseId,
    version: Number(q.version),
    groupName: String(q.groupName),
    kecamatan: String(q.kecamatan),
    kecamatanName: kecamatanLabel(String(q.kecamatan)),
    desaName: desaNames.get(String(q.desa)) ?? String(q.desa),
    step: String(q.step),
    stepName: stepName(register, String(q.step)),
    status,
    waitingRole: String(q.waitingRole ?? ''),
    receivedOn: String(q.receivedOn),
    receivedOnLabel: dateLabel(String(q.receivedOn)),
    dueOn: dueAt ? new Date(new Date(dueAt).getTime() + 7 * 3600e3).toISOString().slice(0, 10) : '',
    dueLabel: instantLabel(dueAt),
    sla: slaOf(register, dueAt, status, String(q.receivedOn)),
  };
}

function sorted(items: WorkItem[], dueAts: Map<string, string>): WorkItem[] {
  const keyed = items.map((item) => ({
    item,
    dueAt: dueAts.get(item.caseId) ?? '',
    receivedOn: item.receivedOn,
    sla: item.sla === 'none' ? undefined : item.sla,
  }));
  return sortWork(keyed).map((k) => k.item);
}

/** The area names (small reference tab). */
function areaNames(register: Register): Map<string, string> {
  return new Map(
    register
      .table(AREAS)
      .all()
      .map((r) => [String(r.row.code), String(r.row.name)]),
  );
}

/** What waits for my role (a pendamping: in her kecamatan), overdue first. */
export function myWork(register: Register): { items: WorkItem[] } {
  requireReader(register);
  const role = register.actor.role;
  const queue = register.queue
    .all()
    .map((r) => r.row)
    .filter(
      (q) => (role === 'Admin' || q.waitingRole === role) && canSee(register, String(q.kecamatan)),
    );
  const names = areaNames(register);
  const items = queue.map((q) => workItem(register, q, names));
  return { items: sorted(items, new Map(queue.map((q) => [String(q.caseId), String(q.dueAt)]))) };
}

/** Cases by case ID, NIK (16 digits), group name or desa name; at most 20. */
export function searchCases(register: Register, query: unknown): { items: WorkItem[] } {
  requireReader(register);
  const q = String(query ?? '').trim();
  if (q.length < 3 || q.length > 100) {
    throw new RegisterError('Kata kunci: isi 3 sampai 100 karakter.', 'query');
  }
  const names = areaNames(register);
  const digits = q.replace(/[\s.]/g, '');
  let rows: CaseRow[];
  if (/^\d{16}$/.test(digits)) {
    const caseIds = [
      ...new Set(register.members.findBy('nik', [digits]).map((m) => String(m.row.caseId))),
    ];
    rows = register.cases.findBy('id', caseIds).map((r) => r.row);
  } else if (/^WRSE-\d{4}-\d+$/i.test(q)) {
    rows = register.cases.findBy('id', [q.toUpperCase()]).map((r) => r.row);
  } else {
    const desaCodes = [...names]
      .filter(([code, name]) => code.length > 8 && name.toLowerCase().includes(q.toLowerCase()))
      .map(([code]) => code);
    rows = [
      ...register.cases.search('groupName', q, SEARCH_LIMIT),
      ...(desaCodes.length
        ? register.cases.findBy('desa', desaCodes.slice(0, 50)).map((r) => r.row)
        : []),
    ];
  }
  const unique = new Map(
    rows.filter((r) => canSee(register, String(r.kecamatan))).map((r) => [String(r.id), r]),
  );
  const list = [...unique.values()].slice(0, SEARCH_LIMIT);
  const items = list.map((r) => workItem(register, r, names));
  return { items: sorted(items, new Map(list.map((r) => [String(r.id), String(r.dueAt)]))) };
}

export function groupInput(c: CaseRow, members: MemberRow[]): GroupInput {
  return {
    id: String(c.id),
    name: String(c.groupName),
    kecamatan: String(c.kecamatan),
    receiptDate: String(c.receivedOn),
    requirements: {
      rab: c.reqRab === true,
      proposal: c.reqProposal === true,
      ktpKkCopies: c.reqKtpKk === true,
      coverLetter: c.reqCoverLetter === true,
    },
    members: members.map((m) => ({
      nik: String(m.nik),
      kk: String(m.kk),
      name: String(m.name),
      maritalStatus: String(m.maritalStatus),
      breadwinner: m.breadwinner === true,
      hasKtp: m.hasKtp === true,
      hasKk: m.hasKk === true,
      hasCertificate: m.hasCertificate === true,
      desa: String(m.desa),
    })),
  };
}

/**
 * Another case named in a reason (a member already in another group): its ID when the actor may
 * open it, otherwise only that it is in another kecamatan (a pendamping never learns the IDs of
 * other kecamatan's cases).
 */
function visibleCaseId(register: Register, other: CaseRow): string {
  return canSee(register, String(other.kecamatan)) ? String(other.id) : '(di kecamatan lain)';
}

/** What a group is checked against: the DTSEN data recorded with its members and the other
 * groups its members' NIK/KK appear in. */
export function eligibilityContext(
  register: Register,
  c: CaseRow,
  members: MemberRow[],
): EligibilityContext {
  const caseId = String(c.id);
  const niks = members.map((m) => String(m.nik));
  const kks = [...new Set(members.map((m) => String(m.kk)).filter(Boolean))];
  // A member found by both NIK and KK is one membership, not two.
  const others = [
    ...new Map(
      [...register.members.findBy('nik', niks), ...register.members.findBy('kk', kks)]
        .map((r) => r.row)
        .filter((m) => m.caseId !== caseId)
        .map((m) => [String(m.id), m]),
    ).values(),
  ];
  const otherCases = new Map(
    register.cases
      .findBy('id', [...new Set(others.map((m) => String(m.caseId)))])
      .map((r) => [String(r.row.id), r.row]),
  );
  const participation = buildParticipationIndex(
    others.flatMap((m) => {
      const other = otherCases.get(String(m.caseId));
      if (!other || other.status === 'Ditolak') return [];
      return [
        {
          nik: String(m.nik),
          kk: String(m.kk),
          groupId: visibleCaseId(register, other),
          status: other.status === 'Selesai' ? ('aided' as const) : ('active' as const),
        },
      ];
    }),
  );
  const extractDate =
    members
      .map((m) => String(m.dtsenDate || ''))
      .sort()
      .pop() || register.setting('dtsen.tanggalData');
  const dtsen = buildDtsenIndex(
    members
      .filter((m) => m.dtsenDecile !== null && m.dtsenDecile !== undefined)
      .map((m) => ({
        nik: String(m.nik),
        kk: String(m.kk),
        decile: Number(m.dtsenDecile) || undefined,
      })),
    extractDate,
  );
  return { dtsen, participation, ruleSets: register.ruleSets() };
}

/** The eligibility report of a group (every member, as entered). */
export function eligibilityOf(
  register: Register,
  c: CaseRow,
  members: MemberRow[],
): EligibilityReport {
  return checkEligibility(groupInput(c, members), eligibilityContext(register, c, members));
}

/** A failed rule set aside at the meeting (S07) or the approval (S08), with its reason. */
interface Override {
  rule: string;
  nik: string;
  reason: string;
  by: string;
  step: string;
}

/** The overrides of the case's latest meeting (S07) and approval (S08), from their records. */
function overridesOf(
  history: ReadonlyArray<{ step: unknown; data: unknown; by: unknown; at: unknown }>,
): Override[] {
  return ['S07', 'S08'].flatMap((step) => {
    const at = history.filter((h) => h.step === step);
    const last = at[at.length - 1];
    if (!last) return [];
    try {
      const data = JSON.parse(String(last.data)) as { overrides?: Array<Omit<Override, 'by'>> };
      return (Array.isArray(data.overrides) ? data.overrides : []).map((o) => ({
        rule: String(o.rule),
        nik: String(o.nik ?? ''),
        reason: String(o.reason),
        by: String(last.by),
        step,
      }));
    } catch {
      return [];
    }
  });
}

/**
 * The report as rule views: a failed rule set aside (at the meeting or the approval) reads as a
 * warning saying who set it aside and why (the rule's own reason is kept).
 */
function resultViews(report: EligibilityReport, overrides: readonly Override[]): RuleResultView[] {
  const view = (
    rule: string,
    status: RuleResultView['status'],
    reason: string,
    nik: string,
    subject: string,
  ) => {
    const o = overrides.find((x) => overrideCovers(x, rule, nik));
    return status === 'fail' && o
      ? {
          rule,
          status: 'warning' as const,
          reason: `${reason} Dikecualikan ${o.step === 'S08' ? 'pada persetujuan' : 'dalam rapat'} oleh ${o.by}: ${o.reason}`,
          subject,
        }
      : { rule, status, reason, subject };
  };
  return [
    ...report.group.map((r) => view(r.rule, r.status, r.reason, '', 'Kelompok')),
    ...report.members.flatMap((m) =>
      m.results.map((r) => view(r.rule, r.status, r.reason, m.nik, m.name)),
    ),
  ];
}

/** The verdict after overrides: no failure left means a person decided ('review'). */
function verdictAfter(
  report: EligibilityReport,
  results: readonly RuleResultView[],
): EligibilityReport['verdict'] {
  if (report.verdict !== 'ineligible') return report.verdict;
  return results.some((r) => r.status === 'fail') ? 'ineligible' : 'review';
}

/** One case, as the case view shows it. */
export function getCase(register: Register, caseId: unknown): CaseDetail {
  requireReader(register);
  const { row: c } = loadCase(register, String(caseId ?? ''));
  const id = String(c.id);
  const members = register.caseMembers(id);
  const history = register.stepRecords
    .findBy('caseId', [id])
    .map((r) => r.row)
    .sort((a, b) => (String(a.at) < String(b.at) ? -1 : 1));
  const report = eligibilityOf(register, c, members);
  const overrides = overridesOf(history);
  const results = resultViews(report, overrides);
  const verdicts = new Map(report.members.map((m) => [m.nik, m.verdict]));
  const names = areaNames(register);
  const dueAt = String(c.dueAt ?? '');
  const actions = allowedActions(
    caseState(c),
    workflowActor(register),
    String(c.kecamatan),
    register.steps(),
    {
      resubmitTo: register.setting('alur.ajukanKembaliKe') || undefined,
    },
  );
  return {
    case: {
      id,
      version: Number(c.version),
      groupName: String(c.groupName),
      business: String(c.business),
      kecamatan: String(c.kecamatan),
      kecamatanName: kecamatanLabel(String(c.kecamatan)),
      desa: String(c.desa),
      desaName: names.get(String(c.desa)) ?? String(c.desa),
      address: String(c.address),
      leader: String(c.leader),
      phone: String(c.phone),
      receivedOn: String(c.receivedOn),
      receivedOnLabel: dateLabel(String(c.receivedOn)),
      rabTotal: Number(c.rabTotal ?? 0),
      rabLabel: formatRupiahTerbilang(Number(c.rabTotal ?? 0)),
      step: String(c.step),
      stepName: stepName(register, String(c.step)),
      status: String(c.status),
      dueOn: dueAt ? dateLabel(new Date(new Date(dueAt).getTime() + 7 * 3600e3).toISOString()) : '',
      dueLabel: instantLabel(dueAt),
      sla: slaOf(register, dueAt, String(c.status), String(c.receivedOn)),
      note: String(c.note),
      requirements: {
        rab: c.reqRab === true,
        proposal: c.reqProposal === true,
        ktpKkCopies: c.reqKtpKk === true,
        coverLetter: c.reqCoverLetter === true,
      },
      updatedBy: String(c.updatedBy),
      updatedAtLabel: instantLabel(String(c.updatedAt)),
    },
    members: members.map((m) => {
      const nik = parseNik(String(m.nik), String(c.receivedOn));
      return {
        id: String(m.id),
        nikMasked: maskNik(String(m.nik)),
        name: String(m.name),
        birthDate: String(m.birthDate),
        age: m.birthDate ? ageOn(String(m.birthDate), String(c.receivedOn)) : null,
        sex: nik.valid ? nik.sex : '',
        maritalStatus: String(m.maritalStatus),
        breadwinner: m.breadwinner === true,
        validation: String(m.validation),
        note: String(m.note),
        verdict: verdicts.get(String(m.nik)) ?? 'review',
      };
    }),
    eligibility: {
      verdict: verdictAfter(report, results),
      ruleSetVersion: report.ruleSetVersion,
      dtsenExtractDate: report.dtsenExtractDate,
      results,
    },
    history: history.map((h) => ({
      step: String(h.step),
      stepName: stepName(register, String(h.step)),
      action: String(h.action),
      by: String(h.by),
      at: String(h.at),
      atLabel: instantLabel(String(h.at)),
      summary: String(h.summary),
    })),
    actions: {
      complete: actions.complete as CaseDetail['actions']['complete'],
      canReturn: actions.canReturn,
      canReject: actions.canReject,
      canResubmit: actions.canResubmit,
      canSignLetter: actions.canSignLetter,
    },
    canRevealNik:
      register.actor.role !== null && revealRoles(register).includes(register.actor.role),
    gate: gateViewOf(register, c, members, overrides),
    pendingLetter: pendingLetterOf(c, history),
    pendampingSurvey: pendampingSurveyOf(register, id),
  };
}

/**
 * The SOP gate as the S07/S08 forms show it (while the case waits there): what blocks, who is
 * left out, the overrides recorded. At S07 the meeting's earlier overrides are not carried.
 */
function gateViewOf(
  register: Register,
  c: CaseRow,
  members: MemberRow[],
  overrides: readonly Override[],
): GateView | null {
  const step = String(c.step);
  if ((step !== 'S07' && step !== 'S08') || caseState(c).status !== 'Berjalan') return null;
  const carried = overrides.filter((o) => o.step === 'S07' && step === 'S08');
  const gate = gateOf(register, c, members, [], carried);
  const subjectOf = (nik: string) => {
    if (!nik) return 'Kelompok';
    const m = members.find((x) => bareDigits(String(x.nik)) === bareDigits(nik));
    return `${m ? String(m.name) : 'Anggota'} (NIK ${maskNik(nik)})`;
  };
  const roles = overrideRoles(register, step);
  return {
    passes: gate.passes,
    includedCount: gate.included.length,
    excluded: gate.excluded.map((m) => `${m.name} (NIK ${maskNik(m.nik)})`),
    blocking: gate.blocking.map((f) => ({
      rule: f.rule,
      nik: f.nik ? maskNik(f.nik) : '',
      subject: f.subject,
      reason: f.reason,
      overridable: f.overridable,
    })),
    overrides: carried.map((o) => ({
      rule: o.rule,
      subject: subjectOf(o.nik),
      reason: o.reason,
      by: o.by,
      step: o.step,
    })),
    canOverride: register.actor.role !== null && roles.includes(register.actor.role),
    overrideRoles: roles,
  };
}

/** The survey the pendamping reported from her kecamatan register (one TextFinder), if any. */
function pendampingSurveyOf(register: Register, caseId: string): PendampingSurveyView | null {
  let found;
  try {
    found = register.surveys.get(caseId)?.row;
  } catch (e) {
    // A register not yet upgraded by "Siapkan register" has no Survei Pendamping tab.
    if (e instanceof RegisterError) return null;
    throw e;
  }
  if (!found) return null;
  return {
    surveyDate: String(found.surveyDate ?? ''),
    surveyDateLabel: dateLabel(String(found.surveyDate ?? '')),
    result: String(found.result ?? ''),
    note: String(found.note ?? ''),
    reportedBy: String(found.reportedBy ?? ''),
  };
}

/** The return/rejection letter a decision left as a draft for the Kadis, if any. */
function pendingLetterOf(c: CaseRow, history: readonly StepRecordRow[]): PendingLetterView | null {
  if (!caseState(c).letterPending) return null;
  const decision = latestAt(history, String(c.step));
  if (!decision) return null;
  return {
    type: c.status === 'Ditolak' ? 'Surat Penolakan' : 'Surat Pengembalian',
    reason: reasonOf(decision),
    decidedBy: String(decision.by),
    decidedAtLabel: instantLabel(String(decision.at)),
    docUrl: String(decision.docUrl ?? ''),
    pdfUrl: String(decision.pdfUrl ?? ''),
  };
}

/**
 * A pendamping checks members of her kecamatan only: the form's kecamatan must be hers and the
 * NIK issued there (its first six digits), so that she cannot ask whether any NIK of the
 * kabupaten is in DTSEN or was aided before. The office's roles check any member.
 */
function requireMemberInScope(register: Register, kecamatan: string, nik: string): void {
  const { role, kecamatan: own } = register.actor;
  if (role !== 'Pendamping') return;
  const code = own.replace(/\./g, '');
  const label = kecamatanLabel(own);
  if (!own || kecamatan.replace(/\./g, '') !== code) {
    throw new RegisterError(
      `Maaf, pendamping hanya dapat memeriksa anggota kelompok di kecamatan sendiri (${label}).`,
      'kecamatan',
    );
  }
  if (nik.slice(0, 6) !== code) {
    throw new RegisterError(
      `Maaf, pendamping hanya dapat memeriksa NIK yang diterbitkan di Kecamatan ${label}. ` +
        'NIK ini akan diperiksa oleh staf dinas saat proposal didaftarkan.',
      'member.nik',
    );
  }
}

/** The live check of a member on the intake form (reads DTSEN and other groups; writes nothing). */
export function checkMember(register: Register, input: unknown): MemberCheck {
  requireReader(register);
  const { member, receivedOn, kecamatan } = parseForm(memberCheckSchema, input);
  requireMemberInScope(register, kecamatan, member.nik);
  const nik = parseNik(member.nik, receivedOn);
  const inDtsen = register.dtsen.findBy('nik', [member.nik]).map((r) => r.row)[0];
  // Other groups holding this NIK, or a family member on the same KK (one membership each).
  const kk = String(member.kk ?? '').trim();
  const found = new Map(
    register.members
      .findBy('nik', [member.nik])
      .concat(kk ? register.members.findBy('kk', [kk]) : [])
      .map((r) => [String(r.row.id), r.row]),
  );
  const others = [...found.values()];
  const otherCases = new Map(
    register.cases
      .findBy('id', [...new Set(others.map((m) => String(m.caseId)))])
      .map((r) => [String(r.row.id), r.row]),
  );
  const active = others.filter((m) => {
    const c = otherCases.get(String(m.caseId));
    return c && c.status !== 'Ditolak';
  });
  const report = checkEligibility(
    {
      id: 'BARU',
      kecamatan,
      receiptDate: receivedOn,
      requirements: {},
      members: [{ ...member, name: member.name || 'Anggota' }],
    },
    {
      dtsen: buildDtsenIndex(
        inDtsen
          ? [
              {
                nik: String(inDtsen.nik),
                kk: String(inDtsen.kk),
                decile: Number(inDtsen.decile) || undefined,
              },
            ]
          : [],
        String(inDtsen?.dataDate || register.setting('dtsen.tanggalData')),
      ),
      participation: buildParticipationIndex(
        active.map((m) => ({
          nik: String(m.nik),
          kk: String(m.kk),
          groupId: visibleCaseId(register, otherCases.get(String(m.caseId))!),
          status:
            otherCases.get(String(m.caseId))?.status === 'Selesai'
              ? ('aided' as const)
              : ('active' as const),
        })),
      ),
      ruleSets: register.ruleSets(),
    },
  );
  return {
    nik: member.nik,
    valid: nik.valid,
    sex: nik.valid ? nik.sex : '',
    birthDate: nik.valid ? nik.birthDate : '',
    age: nik.valid ? ageOn(nik.birthDate, receivedOn) : null,
    inDtsen: !!inDtsen,
    duplicates: [
      ...new Set(
        active
          .filter((m) => String(m.nik) === member.nik)
          .map((m) => visibleCaseId(register, otherCases.get(String(m.caseId))!)),
      ),
    ],
    results: (report.members[0]?.results ?? []).map((r) => ({
      rule: r.rule,
      status: r.status,
      reason: r.reason,
      subject: member.name || 'Anggota',
    })),
  };
}

/** The kecamatan and desa lists of the intake form (from the Wilayah tab) and today's date. */
export function intakeOptions(register: Register): IntakeOptions {
  requireReader(register);
  const areas = register
    .table(AREAS)
    .all()
    .map((r) => r.row);
  const kecamatan = areas
    .filter((a) => a.level === 'kecamatan')
    .map((a) => ({ code: String(a.code), name: String(a.name) }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const desa: Record<string, Array<{ code: string; name: string }>> = {};
  for (const a of areas) {
    const code = String(a.code);
    if (a.level !== 'desa' && a.level !== 'kelurahan') continue;
    const k = code.slice(0, 8);
    (desa[k] ??= []).push({ code, name: `${a.name}${a.level === 'kelurahan' ? ' (kel.)' : ''}` });
  }
  for (const list of Object.values(desa)) list.sort((a, b) => (a.name < b.name ? -1 : 1));
  return { kecamatan, desa, today: today(register) };
}
