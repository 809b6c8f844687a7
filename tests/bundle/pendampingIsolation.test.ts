/**
 * Acceptance (issue 7): over EVERY function of the shipped bundle that a client can call
 * (google.script.run reaches every top-level function of Code.js), a pendamping of one
 * kecamatan never receives a row, name, case ID, group name, letter number or NIK (full, or
 * masked prefix + suffix) of another kecamatan — in the return value, in what the call shows
 * (alerts, sidebars, toasts) or in mail sent to her. And no full NIK/KK of anyone reaches her
 * unless she typed it herself.
 *
 * Every function must be classified in CALLS below: a new export without an entry fails the
 * first test. To add one: give the argument lists to try as the pendamping (use the other
 * kecamatan's IDs, names and NIKs — see `B`), and whether it is pure (reads no service).
 */
import type { Saved } from '../../src/app/api/views';
import { AUDIT, DTSEN } from '../../src/app/register/tabs';
import { SheetTable } from '../../src/gas/sheetTable';
import { callFromClient } from '../../emulator/runtime';
import type { MailBackend } from '../../emulator/backend/mail';
import type { UiBackend } from '../../emulator/backend/ui';
import { api, ok, requestId } from '../support/api';
import { USERS_BY_ROLE as U, intakeForm, member, seedPeople } from '../support/people';
import { ADMIN, bundle, newRegister } from '../support/register';
import { NOW, STEP_USER, stepForm } from '../support/flow';

const register = newRegister();
register.run('menuSetupRegister', ADMIN);
seedPeople(register);

const PENDAMPING_A = U.PendampingKawedanan; // 35.20.05
const PENDAMPING_B = U.PendampingPoncol; // 35.20.01

/** Drives a case until it waits at `target` (or closes), the right user at each step. */
function drive(form: ReturnType<typeof intakeForm>, target: string, pendamping: string): Saved {
  let saved = ok(api<Saved>(register, U.Staf, 'apiIntake', [form], NOW));
  while (saved.step !== target && saved.status === 'Berjalan') {
    const user = saved.step === 'S02' ? pendamping : STEP_USER[saved.step];
    saved = ok(
      api<Saved>(
        register,
        user,
        'apiCompleteStep',
        [
          {
            requestId: requestId(),
            caseId: saved.caseId,
            version: saved.version,
            step: saved.step,
            form: stepForm(register, saved.caseId, saved.step, NOW),
          },
        ],
        NOW,
      ),
    );
  }
  return saved;
}

// Kecamatan B (Poncol): three groups of women with NIKs issued in Poncol.
const bMembers = (base: number) => Array.from({ length: 6 }, (_, i) => member(i, base, '352001'));
const bForm = (base: number, name: string) =>
  intakeForm(requestId(), 6, base, {
    groupName: name,
    kecamatan: '35.20.01',
    desa: '35.20.01.2001',
    leader: `Ketua ${name}`,
    address: `Dusun Rahasia ${base} RT 01`,
    members: bMembers(base),
  });
// B's members are in the DTSEN extract too, so that B's groups pass the SOP gate (S07/S08).
register.withSheets((ss) =>
  SheetTable.open(ss, DTSEN).insert(
    [700, 800, 900]
      .flatMap(bMembers)
      .map((m) => ({ nik: m.nik, kk: m.kk, name: m.name, decile: 2, dataDate: '2026-01-31' })),
    { by: ADMIN, at: NOW },
  ),
);
const B_CASES = [
  drive(bForm(700, 'Kelompok Anggrek Poncol'), 'S10', PENDAMPING_B), // letters numbered
  drive(bForm(800, 'Kelompok Teratai Poncol'), 'S02', PENDAMPING_B), // waits for B's pendamping
  drive(bForm(900, 'Kelompok Kenanga Poncol'), 'END', PENDAMPING_B), // closed
];
// Kecamatan A (Kawedanan): her own groups; one member is also in B's first group (the same
// woman registered twice): A's case must say so without naming B's case.
const shared = bMembers(700)[0];
const A_CASES = [
  drive(
    intakeForm(requestId(), 6, 0, {
      members: [shared, ...Array.from({ length: 5 }, (_, i) => member(i + 1, 0))],
    }),
    'S03',
    PENDAMPING_A,
  ),
  drive(intakeForm(requestId(), 6, 100), 'S02', PENDAMPING_A),
];

const agenda = register.values('Agenda Surat');
const letterNumbersOf = (caseId: string) =>
  agenda.filter((r) => r[5] === caseId).map((r) => String(r[3]));
const codesOf = (caseId: string) => agenda.filter((r) => r[5] === caseId).map((r) => String(r[10]));

/** Everything of kecamatan B that A's pendamping must never receive. */
const B = {
  caseIds: B_CASES.map((c) => c.caseId),
  groupNames: ['Kelompok Anggrek Poncol', 'Kelompok Teratai Poncol', 'Kelompok Kenanga Poncol'],
  members: [700, 800, 900].flatMap(bMembers).filter((m) => m.nik !== shared.nik),
  letters: B_CASES.flatMap((c) => letterNumbersOf(c.caseId)),
  codes: B_CASES.flatMap((c) => codesOf(c.caseId)).filter(Boolean),
};
const masked = (nik: string) => `${nik.slice(0, 6)}******${nik.slice(12)}`;
const FORBIDDEN_B: string[] = [
  ...B.caseIds,
  ...B.groupNames,
  ...B.groupNames.map((g) => `Ketua ${g}`),
  ...B.members.flatMap((m) => [m.name, masked(m.nik)]),
  ...B.letters,
];
/** Every full NIK and KK in the register. */
const ALL_NUMBERS: string[] = [
  ...[700, 800, 900].flatMap(bMembers),
  ...Array.from({ length: 6 }, (_, i) => member(i, 0)),
  ...Array.from({ length: 6 }, (_, i) => member(i, 100)),
].flatMap((m) => [m.nik, m.kk]);

const B0 = B_CASES[0].caseId;
// A complaint about B's first group, handled by the Staf (its subject names the group; a
// complaint's ID comes back as `caseId` of the saved result).
const B_COMPLAINT = ok(
  api<Saved>(
    register,
    U.Staf,
    'apiLogComplaint',
    [
      {
        requestId: requestId(),
        complaintDate: '2026-03-12',
        channel: 'Telepon',
        kind: 'Pengaduan',
        reporter: 'Ketua Kelompok Anggrek Poncol',
        contact: '0812-0000-0000',
        subject: 'Kelompok Anggrek Poncol menanyakan jadwal penyerahan bantuan.',
        caseId: B_CASES[0].caseId,
        handler: U.Staf,
      },
    ],
    NOW,
  ),
).caseId;
const B1 = B_CASES[1].caseId;
const A0 = A_CASES[0].caseId;
const bMember = `${B0}-A02`;
const bNik = bMembers(700)[1].nik;
const decision = (caseId: string, version = 1) => ({
  requestId: requestId(),
  caseId,
  version,
  reason: 'Alasan yang cukup panjang untuk dicatat.',
});

type Spec = { args: unknown[][]; pure?: true };
const NONE: Spec = { args: [[]] };
const pure = (...args: unknown[][]): Spec => ({ args, pure: true });

/**
 * Every function of Code.js, with what to try as A's pendamping. Functions being added in
 * parallel (issue 7a kecamatan registers, pull-back, conflicts, access review; issue 8
 * dashboard, recap PDF, audit-file PDF, complaints; issue 9 admin CLI) must be added here.
 */
const CALLS: Record<string, Spec> = {
  // Triggers and menu items (google.script.run can reach them too).
  onOpen: NONE,
  onInstall: NONE,
  doGet: {
    // Public verification: it answers only to the 10-character code printed on a letter.
    args: [[{ parameter: { kode: 'AAAAA-AAAAA' } }], [{ parameter: { kode: B0 } }], [{}]],
  },
  showHome: NONE,
  menuSetupRegister: NONE,
  showMyWork: NONE,
  showApprovals: NONE,
  showIntake: NONE,
  menuInstallDailyReminder: NONE,
  menuIssueMissingLetters: NONE,
  continueIssuingLetters: NONE,
  menuReserveNumber: NONE,
  menuVoidNumber: NONE,
  menuReplaceNumber: NONE,
  menuCheckAuditIntegrity: NONE,
  dailyOverdueDigest: NONE,
  menuInstallEditWatch: NONE,
  watchManualEdits: { args: [[{}], [{ oldValue: B0 }]] },
  dailyApprovalCheck: NONE,
  menuRetentionReport: NONE,
  // The sidebars' server functions.
  apiWhoAmI: NONE,
  apiMyWork: NONE,
  apiSearchCases: {
    args: [
      ['Anggrek'],
      ['Poncol'],
      ['Kelompok'],
      [B0],
      [B0.toLowerCase()],
      [bNik],
      ['352001'],
      [bMembers(700)[1].name],
      ['WRSE-2026'],
      [shared.nik],
    ],
  },
  apiGetCase: { args: [...B.caseIds.map((id) => [id]), [A0], [A_CASES[1].caseId]] },
  apiIntakeOptions: NONE,
  apiCheckMember: {
    args: [
      [{ member: bMembers(700)[1], receivedOn: '2026-03-12', kecamatan: '35.20.05' }],
      [{ member: bMembers(800)[0], receivedOn: '2026-03-12', kecamatan: '35.20.01' }],
      [{ member: shared, receivedOn: '2026-03-12', kecamatan: '35.20.05' }],
    ],
  },
  apiIntake: { args: [[bForm(950, 'Kelompok Baru Poncol')]] },
  apiCompleteStep: {
    args: [
      [
        {
          requestId: requestId(),
          caseId: B1,
          version: 1,
          step: 'S02',
          form: { note: 'Dicoba oleh pendamping lain.' },
        },
      ],
      [
        {
          requestId: requestId(),
          caseId: B0,
          version: B_CASES[0].version,
          step: 'S10',
          form: { handedOn: '2026-03-16', receivedBy: 'Siapa Saja', note: '' },
        },
      ],
    ],
  },
  apiReturnCase: { args: [[decision(B1)], [decision(B0, B_CASES[0].version)]] },
  apiRejectCase: { args: [[decision(B1)]] },
  apiResubmitCase: { args: [[decision(B1)]] },
  getHomeStatus: NONE,
  apiRevealNik: {
    args: [
      [{ requestId: requestId(), caseId: B0, memberId: bMember, reason: 'Ingin tahu saja' }],
      [{ requestId: requestId(), caseId: A0, memberId: `${A0}-A01`, reason: 'Cocokkan KTP' }],
      [{ requestId: requestId(), caseId: A0, memberId: bMember, reason: 'Anggota kasus lain' }],
    ],
  },
  // The Kadis's signature of a return/rejection letter left as a draft (issue 6).
  apiSignDecisionLetter: {
    args: [[{ requestId: requestId(), caseId: B1, version: 1, note: '' }]],
  },
  apiAnnulDecision: { args: [[decision(B1)]] },
  // Kecamatan registers, pull-back, conflicts, access review (issue 7).
  menuRefreshKecamatanRegisters: NONE,
  menuInstallDailyKecamatanRefresh: NONE,
  dailyKecamatanRefresh: NONE,
  continueKecamatanRefresh: NONE,
  showConflicts: NONE,
  apiListConflicts: NONE,
  apiResolveConflict: {
    args: [[{ requestId: requestId(), findingId: `${B0}-A02`, version: 1, choice: 'pendamping' }]],
  },
  menuAccessReview: NONE,
  menuCheckInstallation: NONE,
  // Dashboard, recap, audit file, complaints (issue 8). A complaint about B's group exists.
  showDashboard: NONE,
  showRecap: NONE,
  dailyDashboardRefresh: NONE,
  showComplaints: NONE,
  apiComplaintOptions: NONE,
  apiListComplaints: NONE,
  apiMyOverdueComplaints: NONE,
  apiLogComplaint: {
    args: [
      [
        {
          requestId: requestId(),
          complaintDate: '2026-03-12',
          channel: 'WhatsApp',
          kind: 'Pengaduan',
          reporter: 'Warga',
          contact: '',
          subject: 'Menanyakan kelompok tetangga di kecamatan lain.',
          caseId: B0,
          handler: PENDAMPING_A,
        },
      ],
    ],
  },
  apiRespondComplaint: {
    args: [
      [
        {
          requestId: requestId(),
          complaintId: B_COMPLAINT,
          version: 1,
          status: 'Selesai',
          response: 'Dijawab oleh pendamping lain.',
          handler: PENDAMPING_A,
        },
      ],
    ],
  },
  apiMakeAuditFile: { args: [[B0], [B1]] },
  // The Admin form (issue 13): users, SOP steps, rule settings; Admin only.
  showAdmin: NONE,
  apiAdminOverview: NONE,
  apiSaveUser: {
    args: [
      [
        {
          requestId: requestId(),
          version: 1,
          email: PENDAMPING_A,
          name: 'Pendamping',
          nip: '',
          rank: '',
          position: '',
          role: 'Pendamping',
          kecamatan: '35.20.01',
          active: true,
        },
      ],
    ],
  },
  apiConfirmUser: { args: [[{ requestId: requestId(), email: PENDAMPING_A, version: 1 }]] },
  apiSaveStep: {
    args: [
      [
        {
          requestId: requestId(),
          version: 1,
          code: 'S08',
          role: 'Pendamping',
          time: 1,
          unit: 'hari kerja',
          returnable: true,
          rejectable: true,
        },
      ],
    ],
  },
  apiSaveSetting: {
    args: [
      [
        {
          requestId: requestId(),
          version: 1,
          key: 'kelayakan.usiaMaksimum',
          value: '99',
          effectiveFrom: '2025-01-01',
          description: '',
        },
      ],
    ],
  },
  // Custom functions for cells: pure (no service call), so they can reveal nothing stored.
  NIK_VALID: pure([member(0, 0).nik]),
  NIK_KETERANGAN: pure([member(0, 0).nik]),
  USIA_NIK: pure([member(0, 0).nik]),
  TGL_LAHIR_NIK: pure([member(0, 0).nik]),
  JK_NIK: pure([member(0, 0).nik]),
  KEC_NIK: pure([member(0, 0).nik]),
  MASK_NIK: pure([member(0, 0).nik]),
  TERBILANG: pure([5000000]),
  RUPIAH: pure([5000000]),
  TANGGAL_ID: pure(['2026-03-16']),
  HARI_KERJA: pure(['2026-03-16', 3]),
  JUMLAH_HARI_KERJA: pure(['2026-03-16', '2026-03-20']),
};

interface Received {
  fn: string;
  args: unknown[];
  text: string;
  services: string[];
}

/** Calls `fn(...args)` as `user` through google.script.run; what reached the user, as text. */
function receive(user: string, fn: string, args: unknown[], now: string): Received {
  const ui = register.world.module<UiBackend>('ui');
  const mail = register.world.module<MailBackend>('mail');
  const mailsBefore = mail.sent.length;
  const run = callFromClient(register.world, bundle(), fn, args, {
    user,
    activeSpreadsheetId: register.id,
    now: new Date(now),
  });
  const shown = ui.events.filter((e) => e.execId === run.execId && e.kind !== 'menu');
  const mails = mail.sent.slice(mailsBefore).filter((m) => m.to === user);
  return {
    fn,
    args,
    text: JSON.stringify([run.value ?? null, run.error?.message ?? '', shown, mails]),
    services: Object.keys(run.ledger.byMethod).filter((k) => k !== 'execution.start'),
  };
}

/** The forbidden strings found in what a call returned (minus the echo of what was sent). */
function leaks(r: Received, forbidden = [...FORBIDDEN_B, ...ALL_NUMBERS]): string[] {
  const sent = JSON.stringify(r.args);
  const sentNiks = (sent.match(/\d{16}/g) ?? []).map(masked);
  return forbidden.filter((s) => r.text.includes(s) && !sent.includes(s) && !sentNiks.includes(s));
}

/** Runs every classified call as `user`, twice: at NOW and months later (all overdue). */
function receiveAll(user: string): Received[] {
  const out: Received[] = [];
  for (const now of [NOW, '2026-07-01T01:00:00.000Z']) {
    for (const fn of bundle().functions) {
      for (const args of CALLS[fn]?.args ?? []) out.push(receive(user, fn, args, now));
    }
  }
  return out;
}

describe("a pendamping never receives another kecamatan's data, through any server function", () => {
  it('every function of Code.js is classified (a new export must be added to CALLS)', () => {
    const unclassified = bundle().functions.filter((f) => !(f in CALLS));
    expect(unclassified).toEqual([]);
    const stale = Object.keys(CALLS).filter((f) => !bundle().functions.includes(f));
    expect(stale).toEqual([]);
  });

  it('the scan sees B data when the caller may see it (Staf): the test can fail', () => {
    const seen = receive(U.Staf, 'apiGetCase', [B0], NOW);
    expect(leaks({ ...seen, args: [] }).length).toBeGreaterThan(0);
    const search = receive(U.Staf, 'apiSearchCases', ['Anggrek'], NOW);
    expect(search.text).toContain('Kelompok Anggrek Poncol');
  });

  it("A's pendamping: no row, name, case ID, group, letter or NIK of B in any answer", () => {
    const received = receiveAll(PENDAMPING_A);
    const found = received
      .map((r) => ({ fn: r.fn, args: JSON.stringify(r.args).slice(0, 80), leaks: leaks(r) }))
      .filter((r) => r.leaks.length > 0);
    expect(found).toEqual([]);
    // Pure functions touched no service.
    for (const r of received.filter((x) => CALLS[x.fn].pure)) {
      expect([r.fn, r.services]).toEqual([r.fn, []]);
    }
  });

  it('she still gets her own work: her cases, her search, the duplicate flagged without B’s case ID', () => {
    const mine = ok(api<{ items: Array<{ caseId: string }> }>(register, PENDAMPING_A, 'apiMyWork'));
    expect(mine.items.map((i) => i.caseId)).toEqual([A_CASES[1].caseId]);
    const found = ok(
      api<{ items: Array<{ caseId: string }> }>(register, PENDAMPING_A, 'apiSearchCases', [
        'Kelompok',
      ]),
    );
    expect(found.items.map((i) => i.caseId).sort()).toEqual(A_CASES.map((c) => c.caseId).sort());
    const text = receive(PENDAMPING_A, 'apiGetCase', [A0], NOW).text;
    expect(text).toContain('kelompok aktif (di kecamatan lain)');
    // Staff see which case it is.
    expect(receive(U.Staf, 'apiGetCase', [A0], NOW).text).toContain(`kelompok aktif ${B0}`);
  });

  it("and B's pendamping symmetrically receives nothing of A", () => {
    const forbiddenA = [
      ...A_CASES.map((c) => c.caseId),
      ...Array.from({ length: 5 }, (_, i) => member(i + 1, 0).name),
      ...Array.from({ length: 6 }, (_, i) => member(i, 100).name),
    ];
    const got = [
      receive(PENDAMPING_B, 'apiMyWork', [], NOW),
      receive(PENDAMPING_B, 'apiSearchCases', ['Melati'], NOW),
      receive(PENDAMPING_B, 'apiGetCase', [A0], NOW),
      receive(PENDAMPING_B, 'apiGetCase', [B0], NOW),
    ];
    for (const r of got) expect([r.args, leaks(r, forbiddenA)]).toEqual([r.args, []]);
    expect(got[3].text).toContain('Kelompok Anggrek Poncol');
  });

  it("the pendamping's refused attempts wrote nothing but audit rows of her own reveals (none)", () => {
    const audit = register.values(AUDIT.name).slice(1);
    expect(audit.filter((r) => r[2] === PENDAMPING_A && r[5] === 'Tampilkan NIK lengkap')).toEqual(
      [],
    );
  });
});
