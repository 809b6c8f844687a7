/**
 * Benchmark of the letters (issue 6): the modeled cost of numbering a case at S09 with its SKT
 * and Surat Rekomendasi made as Docs and PDFs, and of a batch making the documents of 20
 * numbered letters; from it,
 * how many letters fit in one 6-minute execution. Through the shipped bundle; costs from the
 * emulation's cost table (documents: 1.5 s to create or convert, 1.5 s to export a PDF).
 */
import * as path from 'path';
import { createWorld } from '../emulator/backend';
import { callFromClient, loadBundle, runEntry, runInProcess } from '../emulator/runtime';
import type { ApiResult, CaseDetail, Saved } from '../src/app/api/views';
import { SheetTable } from '../src/gas/sheetTable';
import { DTSEN } from '../src/app/register/tabs';
import { deployVerificationPage } from '../playground/verificationPage';

const ADMIN = 'admin@dinsos.contoh.go.id';
const STAF = 'staf@dinsos.contoh.go.id';
const ROLES: Record<string, string> = {
  Staf: STAF,
  Pendamping: 'tksk@dinsos.contoh.go.id',
  Peksos: 'peksos@dinsos.contoh.go.id',
  Kabid: 'kabid@dinsos.contoh.go.id',
  Kadis: 'kadis@dinsos.contoh.go.id',
};
const NOW = new Date('2026-03-16T03:00:00.000Z');
const EXECUTION_MS = 6 * 60 * 1000;

export interface LetterBenchRow {
  measure: string;
  calls: number;
  cells: number;
  modeledMs: number;
}

let seq = 0;
const rid = () => `bench-letter-${++seq}`;

function nik(n: number): string {
  return `352005${41 + (n % 28)}${String(1 + (n % 12)).padStart(2, '0')}75${String((n % 9999) + 1).padStart(4, '0')}`;
}

export function benchLetters(batch = 10): LetterBenchRow[] {
  const bundle = loadBundle(path.resolve('dist'));
  const world = createWorld();
  const id = runInProcess(world, { user: ADMIN }, (g) =>
    (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .create('Register bench')
      .getId(),
  ).value as string;
  const as = (user: string) => ({ user, activeSpreadsheetId: id, now: NOW });
  runEntry(world, bundle, 'menuSetupRegister', [], as(ADMIN));
  runInProcess(world, as(ADMIN), (g) => {
    const ss = (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(id);
    const stamp = { by: ADMIN, at: '2026-01-05T02:00:00.000Z' };
    SheetTable.open(ss, DTSEN).insert(
      Array.from({ length: (batch + 1) * 10 }, (_, n) => ({
        nik: nik(n),
        kk: '',
        name: `Warga Contoh ${n}`,
        decile: 2,
        dataDate: '2026-01-31',
      })),
      stamp,
    );
  });
  // Users through the Admin form: a Pengguna row it did not write gives no role.
  Object.entries(ROLES).forEach(([role, email], n) => {
    const added = runEntry<{ ok: boolean }>(
      world,
      bundle,
      'apiSaveUser',
      [
        {
          requestId: `bench-user-${n + 1}`,
          version: null,
          email,
          name: `${role} Contoh`,
          nip: '198001012006042001',
          rank: 'Penata (III/c)',
          position: role,
          role,
          kecamatan: role === 'Pendamping' ? '35.20.05' : '',
          active: true,
        },
      ],
      as(ADMIN),
    );
    if (added.error || !added.value?.ok) throw added.error ?? new Error(`apiSaveUser ${email}`);
  });
  runEntry(world, bundle, 'menuSetupRegister', [], as(ADMIN)); // shares the letters folder
  deployVerificationPage(world, bundle, { user: ADMIN, activeSpreadsheetId: id });
  const call = (
    user: string,
    name: string,
    args: unknown[],
    faults?: Array<{ target: string; at: number }>,
  ) => {
    const r = callFromClient<ApiResult<unknown>>(world, bundle, name, args, {
      ...as(user),
      ...(faults ? { faults } : {}),
    });
    if (r.error || !r.value?.ok)
      throw new Error(`bench ${name}: ${r.error?.message ?? JSON.stringify(r.value)}`);
    return r;
  };
  /** A case driven to S09 through the API. */
  const toS09 = (g: number): Saved => {
    let saved = call(STAF, 'apiIntake', [
      {
        requestId: rid(),
        groupName: `Kelompok Contoh ${g}`,
        business: 'Warung',
        kecamatan: '35.20.05',
        desa: '35.20.05.2001',
        address: '',
        leader: `Ketua Contoh ${g}`,
        phone: '',
        receivedOn: '2026-03-02',
        rabTotal: 5000000,
        requirements: { rab: true, proposal: true, ktpKkCopies: true, coverLetter: true },
        members: Array.from({ length: 10 }, (_, i) => ({
          nik: nik(g * 10 + i),
          kk: '',
          name: `Anggota Contoh ${g}-${i}`,
          maritalStatus: 'Cerai Mati',
          breadwinner: true,
          hasKtp: true,
          hasKk: true,
          hasCertificate: false,
          desa: '',
          address: '',
        })),
        note: '',
      },
    ]).value as { data: Saved };
    const forms: Record<string, [string, () => Record<string, unknown>]> = {
      S02: [ROLES.Pendamping, () => ({ note: '' })],
      S03: [
        STAF,
        () => {
          const d = call(STAF, 'apiGetCase', [saved.data.caseId]).value as { data: CaseDetail };
          return {
            members: d.data.members.map((m) => ({ memberId: m.id, validation: 'Valid', note: '' })),
            requirements: { rab: true, proposal: true, ktpKkCopies: true, coverLetter: true },
            note: '',
          };
        },
      ],
      S04: [STAF, () => ({ note: '' })],
      S05: [ROLES.Peksos, () => ({ recommendationDraft: 'Layak.', note: '' })],
      S06: [ROLES.Kabid, () => ({ surveyDate: '2026-03-16', result: 'Layak', note: '' })],
      S07: [
        ROLES.Kabid,
        () => ({ meetingDate: '2026-03-16', decision: 'Ditetapkan', overrides: [], note: '' }),
      ],
      S08: [ROLES.Kadis, () => ({ note: '' })],
    };
    while (saved.data.step !== 'S09') {
      const [user, form] = forms[saved.data.step];
      saved = call(user, 'apiCompleteStep', [
        {
          requestId: rid(),
          caseId: saved.data.caseId,
          version: saved.data.version,
          step: saved.data.step,
          form: form(),
        },
      ]).value as { data: Saved };
    }
    return saved.data;
  };
  const s09 = (c: Saved) => [
    {
      requestId: rid(),
      caseId: c.caseId,
      version: c.version,
      step: 'S09',
      form: { letterDate: '2026-03-16', note: '' },
    },
  ];
  const rows: LetterBenchRow[] = [];
  const one = call(STAF, 'apiCompleteStep', s09(toS09(0)));
  rows.push({
    measure: 'Penomoran S09 + SKT dan Surat Rekomendasi (Dokumen dan PDF)',
    calls: one.ledger.calls,
    cells: one.ledger.cells,
    modeledMs: Math.round(one.ledger.ms),
  });
  // Number `batch` letters with Drive failing, then make them all in one batch.
  for (let g = 1; g <= batch; g++)
    call(STAF, 'apiCompleteStep', s09(toS09(g)), [{ target: 'DriveApp', at: 1 }]);
  const run = runEntry(world, bundle, 'menuIssueMissingLetters', [], as(STAF));
  if (run.error) throw run.error;
  // S09 numbers two letters per case (the SKT and the Surat Rekomendasi).
  const letters = batch * 2;
  rows.push({
    measure: `Batch: berkas ${letters} surat`,
    calls: run.ledger.calls,
    cells: run.ledger.cells,
    modeledMs: Math.round(run.ledger.ms),
  });
  const perLetter = (run.ledger.ms - 500) / letters;
  rows.push({
    measure: 'Per surat dalam batch',
    calls: Math.round(run.ledger.calls / letters),
    cells: Math.round(run.ledger.cells / letters),
    modeledMs: Math.round(perLetter),
  });
  rows.push({
    measure: 'Surat per eksekusi 6 menit',
    calls: 0,
    cells: 0,
    modeledMs: Math.floor((EXECUTION_MS - 500) / perLetter),
  });
  return rows;
}
