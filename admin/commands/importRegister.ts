/**
 * `import-register <file.xlsx|csv> [--dry-run]`: migrates an old register — one row per
 * member, the group's columns repeated on each row — into cases and members written exactly as
 * the add-on's intake writes them: a case ID from the yearly counter (`WRSE-2026-0001`), member
 * IDs `<case>-A01…`, version 1 and change stamps, the S01 step record, the work-queue row, and
 * one audit row per case in the Riwayat hash chain (the same content and SHA-256 as
 * `src/gas/audit.ts`, so "Periksa integritas riwayat" finds the trail whole). Each case starts
 * where a new proposal starts (the step after S01), with its due date from the SOP table and
 * the holiday calendar.
 *
 * Column mapping (headers without case, spaces or punctuation; first name listed is canonical):
 *   group:  Nama Kelompok*, Jenis Usaha, Kecamatan* (name or code 35.20.xx), Desa* (name or
 *           code), Alamat Kelompok, Ketua Kelompok, Telepon, Tanggal Terima*, Total RAB
 *   member: NIK*, No. KK, Nama*, Tanggal Lahir, Status Perkawinan, Tulang Punggung, Alamat
 * Rows of one group share Nama Kelompok and Desa. A row is refused with its reason (NIK/KK by
 * the domain's rules, unknown kecamatan/desa, a NIK already in the register or twice in the
 * file); a group left with fewer or more members than the eligibility settings allow is
 * refused whole. `--dry-run` lists all of it and writes nothing.
 *
 * Writing is one `values.batchUpdate` (all tabs, atomic) after the grids are sized; each case's
 * request ID (`migrasi-<file sha>-<n>`) makes a second run skip what is already in.
 * Run it when nobody is working in the register (it cannot take the add-on's script lock).
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import type { sheets_v4 } from 'googleapis';
import { auditContent } from '../../src/app/audit/content';
import {
  AUDIT,
  CASES,
  HOLIDAYS,
  MARITAL_STATUSES,
  MEMBERS,
  QUEUE,
  SETTINGS,
  SOP_STEPS,
  STEP_RECORDS,
  type AnyTab,
} from '../../src/app/register/tabs';
import {
  DESA_MAGETAN,
  findStep,
  intakeState,
  KECAMATAN_MAGETAN,
  normalizeMaritalStatus,
  parseKk,
  parseNik,
  parseStepTable,
  waitingRoleOf,
} from '../../src/domain';
import { stepDueOn } from '../../src/domain/workflow/sla';
import { cellOf } from '../encode';
import { call, type AdminContext } from '../google';
import { thousands } from '../progress';
import { positions } from '../register';
import { matchHeaders, readTable, type FieldSpec } from '../table';
import { a1, isExcelMangled, isoOfSerial, parseInputDate, quoteTab } from '../values';

export const REGISTER_FIELDS: readonly FieldSpec[] = [
  {
    key: 'groupName',
    label: 'Nama Kelompok',
    aliases: ['Nama Kelompok', 'Kelompok'],
    required: true,
  },
  { key: 'business', label: 'Jenis Usaha', aliases: ['Jenis Usaha', 'Usaha'], required: false },
  {
    key: 'kecamatan',
    label: 'Kecamatan',
    aliases: ['Kecamatan', 'Kode Kecamatan'],
    required: true,
  },
  {
    key: 'desa',
    label: 'Desa',
    aliases: ['Desa', 'Desa/Kelurahan', 'Kode Desa', 'Kelurahan'],
    required: true,
  },
  { key: 'groupAddress', label: 'Alamat Kelompok', aliases: ['Alamat Kelompok'], required: false },
  { key: 'leader', label: 'Ketua Kelompok', aliases: ['Ketua Kelompok', 'Ketua'], required: false },
  {
    key: 'phone',
    label: 'Telepon',
    aliases: ['Telepon', 'No. HP', 'HP', 'No Telepon'],
    required: false,
  },
  {
    key: 'receivedOn',
    label: 'Tanggal Terima',
    aliases: ['Tanggal Terima', 'Tanggal Proposal'],
    required: true,
  },
  {
    key: 'rabTotal',
    label: 'Total RAB',
    aliases: ['Total RAB', 'RAB', 'Total RAB (Rp)'],
    required: false,
  },
  { key: 'nik', label: 'NIK', aliases: ['NIK'], required: true },
  { key: 'kk', label: 'No. KK', aliases: ['No. KK', 'KK', 'Nomor KK'], required: false },
  { key: 'name', label: 'Nama', aliases: ['Nama', 'Nama Anggota', 'Nama Lengkap'], required: true },
  {
    key: 'birthDate',
    label: 'Tanggal Lahir',
    aliases: ['Tanggal Lahir', 'Tgl Lahir'],
    required: false,
  },
  {
    key: 'maritalStatus',
    label: 'Status Perkawinan',
    aliases: ['Status Perkawinan', 'Status Kawin'],
    required: false,
  },
  { key: 'breadwinner', label: 'Tulang Punggung', aliases: ['Tulang Punggung'], required: false },
  { key: 'address', label: 'Alamat', aliases: ['Alamat', 'Alamat Anggota'], required: false },
];

/** The domain's marital status codes → the register's values. */
const MARITAL_LABELS: Record<string, (typeof MARITAL_STATUSES)[number]> = {
  belum_kawin: 'Belum Kawin',
  kawin: 'Kawin',
  cerai_hidup: 'Cerai Hidup',
  cerai_mati: 'Cerai Mati',
};

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

function kecamatanOf(text: string): string | null {
  const t = text.trim();
  const byCode = KECAMATAN_MAGETAN.find(([code]) => code === t || code.replace(/\./g, '') === t);
  if (byCode) return byCode[0];
  const byName = KECAMATAN_MAGETAN.filter(([, name]) => norm(name) === norm(t));
  return byName.length === 1 ? byName[0][0] : null;
}

function desaOf(text: string, kecamatan: string): string | null {
  const t = text.trim();
  const inKec = DESA_MAGETAN.filter(([code]) => code.startsWith(`${kecamatan}.`));
  const byCode = inKec.find(([code]) => code === t);
  if (byCode) return byCode[0];
  const byName = inKec.filter(([, name]) => norm(name) === norm(t));
  return byName.length === 1 ? byName[0][0] : null;
}

interface MemberPlan {
  line: number;
  nik: string;
  kk: string;
  name: string;
  birthDate: string;
  maritalStatus: string;
  breadwinner: boolean;
  address: string;
}

export interface GroupPlan {
  groupName: string;
  business: string;
  kecamatan: string;
  desa: string;
  address: string;
  leader: string;
  phone: string;
  receivedOn: string;
  rabTotal: number | null;
  lines: number[];
  members: MemberPlan[];
}

export interface RegisterCheck {
  groups: GroupPlan[];
  refused: Array<{ line: number; reason: string }>;
  problems: string[];
}

/** Groups the rows and checks them (pure). */
export function checkRegisterRows(
  table: ReturnType<typeof readTable>,
  o: {
    today: string;
    knownNiks: ReadonlyMap<string, string>;
    minMembers: number;
    maxMembers: number;
  },
): RegisterCheck {
  const { columns, problems } = matchHeaders(table.headers, REGISTER_FIELDS);
  const refused: RegisterCheck['refused'] = [];
  if (problems.length > 0) return { groups: [], refused, problems };
  const cell = (cells: string[], key: string) =>
    columns[key] === undefined ? '' : String(cells[columns[key]] ?? '').trim();
  const groups = new Map<string, GroupPlan>();
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const c = (k: string) => cell(row.cells, k);
    if (row.cells.every((x) => x.trim() === '')) continue;
    const reasons: string[] = [];
    const groupName = c('groupName');
    if (!groupName) reasons.push('Nama Kelompok kosong.');
    const kecamatan = kecamatanOf(c('kecamatan'));
    if (!kecamatan) reasons.push(`Kecamatan "${c('kecamatan')}" tidak ada di Kabupaten Magetan.`);
    const desa = kecamatan ? desaOf(c('desa'), kecamatan) : null;
    if (kecamatan && !desa) reasons.push(`Desa "${c('desa')}" tidak ada di kecamatan itu.`);
    const receivedOn = parseInputDate(c('receivedOn'));
    if (!receivedOn) reasons.push(`Tanggal Terima "${c('receivedOn')}" bukan tanggal.`);
    else if (receivedOn > o.today) reasons.push(`Tanggal Terima ${receivedOn} setelah hari ini.`);
    const asOf = receivedOn && receivedOn <= o.today ? receivedOn : o.today;
    const nikText = c('nik');
    let nik = '';
    let birthDate = '';
    if (!nikText) reasons.push('NIK kosong.');
    else if (isExcelMangled(nikText))
      reasons.push(
        `NIK tertulis sebagai angka Excel (${nikText}): digit terakhirnya sudah hilang.`,
      );
    else {
      const parsed = parseNik(nikText, asOf);
      if (!parsed.valid) reasons.push(`NIK: ${parsed.errors[0]}`);
      else {
        nik = nikText.replace(/[\s.-]/g, '');
        birthDate = parsed.birthDate;
      }
    }
    const kkText = c('kk');
    let kk = '';
    if (kkText && isExcelMangled(kkText))
      reasons.push(`Nomor KK tertulis sebagai angka Excel (${kkText}).`);
    else if (kkText) {
      const parsed = parseKk(kkText, asOf);
      if (!parsed.valid) reasons.push(`Nomor KK: ${parsed.errors[0]}`);
      else kk = kkText.replace(/[\s.-]/g, '');
    }
    const name = c('name');
    if (!name) reasons.push('Nama anggota kosong.');
    const statusText = c('maritalStatus');
    const code = statusText ? normalizeMaritalStatus(statusText) : '';
    const marital = MARITAL_LABELS[code] ?? '';
    if (statusText && !marital)
      reasons.push(
        code === 'janda'
          ? `Status Perkawinan "${statusText}": sebutkan Cerai Hidup atau Cerai Mati.`
          : `Status Perkawinan "${statusText}" tidak dikenal (${MARITAL_STATUSES.join(', ')}).`,
      );
    const rabText = c('rabTotal')
      .replace(/^Rp\s?/i, '')
      .replace(/\./g, '')
      .replace(',', '.');
    const rabTotal = rabText === '' ? null : Number(rabText);
    if (rabTotal !== null && !(Number.isFinite(rabTotal) && rabTotal >= 0))
      reasons.push(`Total RAB "${c('rabTotal')}" bukan angka rupiah.`);
    if (nik && o.knownNiks.has(nik))
      reasons.push(`NIK sudah terdaftar di register (anggota ${o.knownNiks.get(nik)}).`);
    else if (nik && seen.has(nik)) reasons.push(`NIK sama dengan baris ${seen.get(nik)}.`);
    if (reasons.length > 0) {
      refused.push({ line: row.line, reason: reasons.join(' ') });
      continue;
    }
    seen.set(nik, row.line);
    const key = `${norm(groupName)}|${desa}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        groupName,
        business: c('business'),
        kecamatan: kecamatan as string,
        desa: desa as string,
        address: c('groupAddress'),
        leader: c('leader'),
        phone: c('phone'),
        receivedOn: receivedOn as string,
        rabTotal,
        lines: [],
        members: [],
      };
      groups.set(key, g);
    }
    g.lines.push(row.line);
    g.members.push({
      line: row.line,
      nik,
      kk,
      name,
      birthDate,
      maritalStatus: marital,
      breadwinner: /^(ya|y|true|1|v|✓)$/i.test(c('breadwinner')),
      address: c('address'),
    });
  }
  const kept: GroupPlan[] = [];
  for (const g of groups.values()) {
    const n = g.members.length;
    if (n < o.minMembers || n > o.maxMembers) {
      const reason =
        `Kelompok "${g.groupName}" punya ${n} anggota yang sah; ` +
        `jumlah anggota harus ${o.minMembers} sampai ${o.maxMembers} (pengaturan kelayakan).`;
      for (const line of g.lines) refused.push({ line, reason });
    } else kept.push(g);
  }
  refused.sort((a, b) => a.line - b.line);
  return { groups: kept, refused, problems };
}

const READ_TABS: readonly AnyTab[] = [
  CASES,
  MEMBERS,
  STEP_RECORDS,
  QUEUE,
  AUDIT,
  SOP_STEPS,
  SETTINGS,
  HOLIDAYS,
];

interface TabData {
  tab: AnyTab;
  sheetId: number;
  rowCount: number;
  header: string[];
  pos: Record<string, number>;
  rows: Array<Record<string, unknown>>;
}

/** Decodes UNFORMATTED_VALUE cells by column kind (date serials → ISO). */
function decode(
  tab: AnyTab,
  pos: Record<string, number>,
  cells: unknown[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, c] of Object.entries(tab.columns)) {
    const v = cells[pos[key] - 1];
    if (v === undefined || v === '') out[key] = c.kind === 'bool' ? false : '';
    else if (c.kind === 'date' && typeof v === 'number') out[key] = isoOfSerial(v);
    else if (c.kind === 'datetime' && typeof v === 'number')
      out[key] = new Date(Math.round((v - 25569) * 86_400_000) - 7 * 3_600_000).toISOString();
    else out[key] = v;
  }
  return out;
}

async function readRegister(ctx: AdminContext): Promise<Map<string, TabData>> {
  const meta = await call(ctx, 'spreadsheets.get', () =>
    ctx.sheets.spreadsheets.get({ spreadsheetId: ctx.spreadsheetId }),
  );
  const got = await call(ctx, 'values.batchGet', () =>
    ctx.sheets.spreadsheets.values.batchGet({
      spreadsheetId: ctx.spreadsheetId,
      ranges: READ_TABS.map((t) => quoteTab(t.name)),
      valueRenderOption: 'UNFORMATTED_VALUE',
    }),
  );
  const out = new Map<string, TabData>();
  READ_TABS.forEach((tab, i) => {
    const sheet = (meta.sheets ?? []).find((s) => s.properties?.title === tab.name);
    if (!sheet) throw new Error(`Tab "${tab.name}" tidak ada; jalankan "Siapkan register" dahulu.`);
    const values = (got.valueRanges?.[i]?.values ?? []) as unknown[][];
    const header = (values[0] ?? []).map(String);
    const pos = positions(tab, header);
    out.set(tab.name, {
      tab,
      sheetId: Number(sheet.properties?.sheetId ?? 0),
      rowCount: Number(sheet.properties?.gridProperties?.rowCount ?? 0),
      header,
      pos,
      rows: values.slice(1).map((r) => decode(tab, pos, r)),
    });
  });
  return out;
}

export interface ImportRegisterOptions {
  file: string;
  dryRun?: boolean;
}

export interface ImportRegisterResult {
  cases: string[];
  members: number;
  refused: RegisterCheck['refused'];
  skipped: number;
}

export async function importRegister(
  ctx: AdminContext,
  o: ImportRegisterOptions,
): Promise<ImportRegisterResult> {
  const sha = crypto
    .createHash('sha256')
    .update(fs.readFileSync(o.file))
    .digest('hex')
    .slice(0, 16);
  const table = readTable(o.file);
  const data = await readRegister(ctx);
  const tab = (t: AnyTab) => data.get(t.name) as TabData;
  const settings = new Map(tab(SETTINGS).rows.map((r) => [String(r.key), String(r.value)]));
  const nowMs = ctx.clock.now();
  const now = new Date(nowMs).toISOString();
  const today = new Date(nowMs + 7 * 3_600_000).toISOString().slice(0, 10);
  // Members of cases this same file made on an earlier run are not "already registered":
  // their groups are recognised by request ID below and skipped.
  const ownCases = new Set(
    tab(AUDIT)
      .rows.filter((r) => String(r.requestId).startsWith(`migrasi-${sha}-`))
      .map((r) => String(r.caseId)),
  );
  const knownNiks = new Map(
    tab(MEMBERS)
      .rows.filter((r) => !ownCases.has(String(r.caseId)))
      .map((r) => [String(r.nik), String(r.id)]),
  );
  const check = checkRegisterRows(table, {
    today,
    knownNiks,
    minMembers: Number(settings.get('kelayakan.anggotaMinimum') || 5),
    maxMembers: Number(settings.get('kelayakan.anggotaMaksimum') || 20),
  });
  if (check.problems.length > 0)
    throw new Error(
      `Berkas ${o.file} tidak dapat dibaca sebagai register; tidak ada yang diubah.\n${check.problems.join('\n')}`,
    );
  const steps = parseStepTable(tab(SOP_STEPS).rows);
  if (!steps.ok)
    throw new Error(`Tab "${SOP_STEPS.name}" perlu diperbaiki: ${steps.errors.join(' ')}`);
  const state = intakeState(steps.steps);
  const waitingRole = waitingRoleOf(state, steps.steps);
  const step = findStep(steps.steps, state.step);
  const entries = tab(HOLIDAYS).rows.map((r) => ({
    date: String(r.date),
    kind: r.kind === 'cuti_bersama' ? ('cuti_bersama' as const) : ('libur_nasional' as const),
    name: String(r.description ?? ''),
  }));
  const completeYears = String(settings.get('kalender.tahunLengkap') ?? '')
    .split(/[,;\s]+/)
    .map(Number)
    .filter((y) => Number.isInteger(y) && y > 1900);
  const due =
    step && step.time
      ? stepDueOn(
          step,
          now,
          { entries, completeYears },
          {
            officeOpen: settings.get('kantor.jamBuka') || undefined,
            officeClose: settings.get('kantor.jamTutup') || undefined,
          },
        )
      : null;
  const dueAt = due && due.ok ? due.dueAt : '';

  const doneRequests = new Set(tab(AUDIT).rows.map((r) => String(r.requestId)));
  const year = now.slice(0, 4);
  const counterKey = `nomor.kasus.${year}`;
  let counter = Number(settings.get(counterKey) || '0');
  const existingCases = new Set(tab(CASES).rows.map((r) => String(r.id)));
  for (const id of existingCases) {
    const m = new RegExp(`^WRSE-${year}-(\\d+)$`).exec(id);
    if (m) counter = Math.max(counter, Number(m[1]));
  }
  const role = 'Admin';
  let previousHash = String(tab(AUDIT).rows[tab(AUDIT).rows.length - 1]?.hash ?? '');
  const stamp = {
    version: 1,
    createdBy: ctx.user,
    createdAt: now,
    updatedBy: ctx.user,
    updatedAt: now,
  };
  const out = {
    cases: [] as unknown[],
    members: [] as unknown[],
    steps: [] as unknown[],
    queue: [] as unknown[],
    audit: [] as unknown[],
  };
  const created: string[] = [];
  let members = 0;
  let skipped = 0;
  check.groups.forEach((g, gi) => {
    const requestId = `migrasi-${sha}-${gi + 1}`;
    if (doneRequests.has(requestId)) {
      skipped += 1;
      return;
    }
    counter += 1;
    const caseId = `WRSE-${year}-${String(counter).padStart(4, '0')}`;
    const caseRow = {
      id: caseId,
      groupName: g.groupName,
      business: g.business,
      kecamatan: g.kecamatan,
      desa: g.desa,
      address: g.address,
      leader: g.leader,
      phone: g.phone,
      receivedOn: g.receivedOn,
      rabTotal: g.rabTotal,
      reqRab: false,
      reqProposal: false,
      reqKtpKk: false,
      reqCoverLetter: false,
      step: state.step,
      status: state.status,
      waitingRole,
      stepStartedAt: now,
      dueAt,
      note: `Dipindahkan dari register lama (${o.file.split(/[\\/]/).pop()}, baris ${g.lines.join(', ')}).`,
    };
    const memberRows = g.members.map((m, i) => ({
      id: `${caseId}-A${String(i + 1).padStart(2, '0')}`,
      caseId,
      nik: m.nik,
      kk: m.kk,
      name: m.name,
      birthDate: m.birthDate,
      maritalStatus: m.maritalStatus,
      breadwinner: m.breadwinner,
      hasKtp: false,
      hasKk: false,
      hasCertificate: false,
      dtsenDecile: null,
      dtsenDate: '',
      desa: g.desa,
      address: m.address,
      validation: 'Belum',
      note: '',
    }));
    const stepRow = {
      id: `${caseId}-S01-1`,
      caseId,
      step: 'S01',
      action: 'Pendaftaran (migrasi)',
      by: ctx.user,
      role,
      at: now,
      startedAt: now,
      dueAt: '',
      onTime: true,
      caseVersion: 1,
      summary: `Proposal ${g.groupName} dipindahkan dari register lama dengan ${g.members.length} anggota.`,
      data: JSON.stringify({ migratedFrom: o.file.split(/[\\/]/).pop(), lines: g.lines }),
      docUrl: '',
      pdfUrl: '',
    };
    const queueRow = {
      caseId,
      groupName: g.groupName,
      kecamatan: g.kecamatan,
      desa: g.desa,
      step: state.step,
      status: state.status,
      waitingRole,
      receivedOn: g.receivedOn,
      dueAt,
      version: 1,
    };
    const plan = {
      action: 'Migrasi register lama',
      caseId,
      from: 'S01',
      to: `${state.step} (${state.status})`,
      changes: { kelompok: g.groupName, anggota: g.members.length, tanggalTerima: g.receivedOn },
      writes: [
        { table: 'cases', op: 'insert', id: caseId, row: caseRow },
        ...memberRows.map((row) => ({ table: 'members', op: 'insert', id: row.id, row })),
        { table: 'stepRecords', op: 'insert', id: stepRow.id, row: stepRow },
        { table: 'queue', op: 'insert', id: caseId, row: queueRow },
      ],
      result: { caseId, version: 1, step: state.step, status: state.status },
    };
    const withoutHash = {
      id: `RWY-${crypto.randomUUID()}`,
      at: now,
      user: ctx.user,
      role,
      caseId,
      action: plan.action,
      from: plan.from,
      to: plan.to,
      changes: JSON.stringify(plan.changes),
      requestId,
      result: JSON.stringify(plan),
      previousHash,
    };
    const hash = crypto
      .createHash('sha256')
      .update(previousHash + auditContent(withoutHash), 'utf8')
      .digest('hex');
    previousHash = hash;
    out.audit.push({ ...withoutHash, hash });
    out.cases.push({ ...caseRow, ...stamp });
    for (const m of memberRows) out.members.push({ ...m, ...stamp });
    out.steps.push(stepRow);
    out.queue.push(queueRow);
    created.push(caseId);
    members += memberRows.length;
  });

  for (const r of check.refused) ctx.out(`Baris ${r.line} tidak diambil: ${r.reason}`);
  if (o.dryRun) {
    ctx.out('Uji coba (--dry-run): tidak ada yang ditulis. Yang akan dibuat:');
    check.groups.forEach((g, gi) => {
      if (doneRequests.has(`migrasi-${sha}-${gi + 1}`)) return;
      ctx.out(
        `  Kasus "${g.groupName}" (${g.desa}), diterima ${g.receivedOn}: ${g.members.length} anggota (baris ${g.lines.join(', ')}).`,
      );
    });
    ctx.out(
      `Ringkasan: ${created.length} kasus, ${thousands(members)} anggota akan dibuat; ` +
        `${check.refused.length} baris tidak dapat diambil${skipped ? `; ${skipped} kasus sudah dipindahkan sebelumnya` : ''}.`,
    );
    return { cases: created, members, refused: check.refused, skipped };
  }
  if (created.length === 0) {
    ctx.out(
      `Tidak ada kasus baru untuk dibuat${skipped ? ` (${skipped} sudah dipindahkan sebelumnya)` : ''}.`,
    );
    return { cases: created, members, refused: check.refused, skipped };
  }

  // Place every new row after the tab's last row, growing the grid first (one request).
  const placed: Array<{ t: TabData; rows: unknown[] }> = [
    { t: tab(AUDIT), rows: out.audit },
    { t: tab(CASES), rows: out.cases },
    { t: tab(MEMBERS), rows: out.members },
    { t: tab(STEP_RECORDS), rows: out.steps },
    { t: tab(QUEUE), rows: out.queue },
  ];
  const grow: sheets_v4.Schema$Request[] = [];
  const data2: Array<{ range: string; values: unknown[][] }> = [];
  for (const { t, rows } of placed) {
    const first = t.rows.length + 2;
    const last = first + rows.length - 1;
    if (last > t.rowCount)
      grow.push({
        insertDimension: {
          range: { sheetId: t.sheetId, dimension: 'ROWS', startIndex: t.rowCount, endIndex: last },
          inheritFromBefore: true,
        },
      });
    const width = t.header.length;
    data2.push({
      range: a1(t.tab.name, first, 1, last, width),
      values: (rows as Array<Record<string, unknown>>).map((row) => {
        const cells: unknown[] = new Array(width).fill('');
        for (const [key, c] of Object.entries(t.tab.columns))
          cells[t.pos[key] - 1] = cellOf(c, row[key]);
        return cells;
      }),
    });
  }
  const settingsTab = tab(SETTINGS);
  const counterRow = settingsTab.rows.findIndex((r) => r.key === counterKey);
  const sPos = settingsTab.pos;
  if (counterRow >= 0) {
    const r = counterRow + 2;
    const version = Number(settingsTab.rows[counterRow].version || 0) + 1;
    for (const [key, value] of [
      ['value', String(counter)],
      ['version', version],
      ['updatedBy', ctx.user],
      ['updatedAt', cellOf(SETTINGS.columns.updatedAt, now)],
    ] as const)
      data2.push({ range: a1(SETTINGS.name, r, sPos[key], r, sPos[key]), values: [[value]] });
  } else {
    const r = settingsTab.rows.length + 2;
    if (r > settingsTab.rowCount)
      grow.push({
        insertDimension: {
          range: {
            sheetId: settingsTab.sheetId,
            dimension: 'ROWS',
            startIndex: settingsTab.rowCount,
            endIndex: r,
          },
          inheritFromBefore: true,
        },
      });
    const width = settingsTab.header.length;
    const cells: unknown[] = new Array(width).fill('');
    const row: Record<string, unknown> = {
      key: counterKey,
      value: String(counter),
      effectiveFrom: `${year}-01-01`,
      description: `Nomor urut kasus terakhir tahun ${year} (diisi oleh register).`,
      ...stamp,
    };
    for (const [key, c] of Object.entries(SETTINGS.columns))
      cells[sPos[key] - 1] = cellOf(c, row[key]);
    data2.push({ range: a1(SETTINGS.name, r, 1, r, width), values: [cells] });
  }
  if (grow.length > 0)
    await call(ctx, 'spreadsheets.batchUpdate', () =>
      ctx.sheets.spreadsheets.batchUpdate({
        spreadsheetId: ctx.spreadsheetId,
        requestBody: { requests: grow },
      }),
    );
  await call(ctx, 'values.batchUpdate', () =>
    ctx.sheets.spreadsheets.values.batchUpdate({
      spreadsheetId: ctx.spreadsheetId,
      requestBody: { valueInputOption: 'RAW', data: data2 },
    }),
  );
  ctx.out(
    `Selesai: ${created.length} kasus (${created[0]} … ${created[created.length - 1]}), ` +
      `${thousands(members)} anggota dibuat; ${check.refused.length} baris tidak diambil.`,
  );
  return { cases: created, members, refused: check.refused, skipped };
}
