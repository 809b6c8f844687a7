/**
 * `import-dtsen <file.csv|xlsx>`: loads a DTSEN extract into the DTSEN tab.
 *
 * 1. The whole file is read and checked first (columns by header; NIK and KK with the domain's
 *    rules; an Excel-mangled `3.52005E+15` refused with its reason; names; deciles 1–10; the
 *    data date). Every refused row goes to `<file>.ditolak.csv` (row number, NIK, reason). A
 *    file without the needed columns or without one good row changes nothing.
 * 2. The import replaces the tab: Pengaturan `dtsen.tanggalData` is emptied and the marker
 *    `dtsen.impor` says an import is running (with the file's SHA-256), the old rows are
 *    cleared and the grid sized to the new extract.
 * 3. Rows go in chunks (5,000 rows per `values.update`, `RAW`, so a NIK stays text), each at
 *    its fixed place: writing a chunk twice puts the same rows in the same cells. After each
 *    chunk the checkpoint `<file>.impor.json` records how many rows are in. Run again after an
 *    interruption, it carries on from there (same file, same register, marker unchanged);
 *    `--ulang` starts over. No row is doubled or lost either way.
 * 4. At the end `dtsen.tanggalData` gets the extract's date and the marker says it is done.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import { parseKk, parseNik } from '../../src/domain';
import { DTSEN } from '../../src/app/register/tabs';
import { toCsv } from '../csv';
import { call, type AdminContext } from '../google';
import { Progress, thousands } from '../progress';
import { fitRows, headerOf, readSettings, rowFor, tabsOf, writeSettings } from '../register';
import { matchHeaders, readTable, type FieldSpec, type InputTable } from '../table';
import { a1, columnLetter, dateSerial, isExcelMangled, parseInputDate, quoteTab } from '../values';

export const DTSEN_FIELDS: readonly FieldSpec[] = [
  { key: 'nik', label: 'NIK', aliases: ['NIK', 'No NIK', 'Nomor NIK'], required: true },
  {
    key: 'kk',
    label: 'No. KK',
    aliases: ['No. KK', 'KK', 'NO_KK', 'Nomor KK', 'NKK', 'No KK'],
    required: true,
  },
  {
    key: 'name',
    label: 'Nama',
    aliases: ['Nama', 'Nama Lengkap', 'NAMA_LENGKAP', 'Name'],
    required: true,
  },
  {
    key: 'decile',
    label: 'Desil',
    aliases: ['Desil', 'Desil Nasional', 'DESIL_NASIONAL', 'Decile'],
    required: true,
  },
  {
    key: 'dataDate',
    label: 'Tanggal Data',
    aliases: ['Tanggal Data', 'TGL_DATA', 'Tanggal', 'Data Date'],
    required: false,
  },
];

export interface DtsenRow {
  line: number;
  nik: string;
  kk: string;
  name: string;
  decile: number;
  dataDate: string;
}

export interface Rejected {
  line: number;
  nik: string;
  reason: string;
}

export interface CheckedExtract {
  valid: DtsenRow[];
  rejected: Rejected[];
  /** Problems with the file as a whole (columns): nothing can be imported. */
  problems: string[];
  /** The extract's date: the latest data date of its rows. */
  dataDate: string;
}

function numberReason(label: string, text: string): string {
  return (
    `${label} tertulis sebagai angka Excel (${text}): digit terakhirnya sudah hilang. ` +
    `Ekspor ulang dengan kolom ${label} berformat Teks.`
  );
}

/** Checks every row of an extract (pure: no API, no file). */
export function checkExtract(
  table: InputTable,
  o: { dataDate?: string; today: string },
): CheckedExtract {
  const { columns, problems } = matchHeaders(table.headers, DTSEN_FIELDS);
  if (columns.dataDate === undefined && !o.dataDate) {
    problems.push(
      'Kolom "Tanggal Data" tidak ada; sebutkan tanggal data ekstrak dengan --tanggal-data YYYY-MM-DD.',
    );
  }
  const valid: DtsenRow[] = [];
  const rejected: Rejected[] = [];
  if (problems.length > 0) return { valid, rejected, problems, dataDate: '' };
  const seen = new Map<string, number>();
  let latest = '';
  const cell = (cells: string[], key: string) =>
    columns[key] === undefined ? '' : String(cells[columns[key]] ?? '').trim();
  for (const row of table.rows) {
    if (row.cells.every((c) => c.trim() === '')) {
      rejected.push({ line: row.line, nik: '', reason: 'Baris kosong; dilewati.' });
      continue;
    }
    const nikText = cell(row.cells, 'nik');
    const kkText = cell(row.cells, 'kk');
    const reasons: string[] = [];
    const dateText = cell(row.cells, 'dataDate');
    const dataDate = dateText ? parseInputDate(dateText) : (o.dataDate ?? null);
    if (!dataDate)
      reasons.push(`Tanggal Data "${dateText}" bukan tanggal (pakai YYYY-MM-DD atau DD/MM/YYYY).`);
    else if (dataDate > o.today) reasons.push(`Tanggal Data ${dataDate} setelah hari ini.`);
    const asOf = dataDate && dataDate <= o.today ? dataDate : o.today;
    let nik = '';
    if (nikText === '') reasons.push('NIK kosong.');
    else if (isExcelMangled(nikText)) reasons.push(numberReason('NIK', nikText));
    else {
      const parsed = parseNik(nikText, asOf);
      if (!parsed.valid) reasons.push(`NIK: ${parsed.errors[0]}`);
      else nik = nikText.replace(/[\s.-]/g, '');
    }
    let kk = '';
    if (kkText === '') reasons.push('Nomor KK kosong.');
    else if (isExcelMangled(kkText)) reasons.push(numberReason('Nomor KK', kkText));
    else {
      const parsed = parseKk(kkText, asOf);
      if (!parsed.valid) reasons.push(`Nomor KK: ${parsed.errors[0]}`);
      else kk = kkText.replace(/[\s.-]/g, '');
    }
    const name = cell(row.cells, 'name');
    if (name === '') reasons.push('Nama kosong.');
    else if (name.length > 1000) reasons.push('Nama lebih dari 1.000 karakter.');
    const decileText = cell(row.cells, 'decile');
    const decile = Number(decileText);
    if (!/^\d{1,2}$/.test(decileText) || decile < 1 || decile > 10)
      reasons.push(`Desil "${decileText}" harus bilangan bulat 1 sampai 10.`);
    if (nik) {
      const first = seen.get(nik);
      if (first !== undefined)
        reasons.push(`NIK sama dengan baris ${first}; hanya baris pertama yang dimuat.`);
      else if (reasons.length === 0) seen.set(nik, row.line);
    }
    if (reasons.length > 0) {
      rejected.push({ line: row.line, nik: nikText, reason: reasons.join(' ') });
      continue;
    }
    if ((dataDate as string) > latest) latest = dataDate as string;
    valid.push({ line: row.line, nik, kk, name, decile, dataDate: dataDate as string });
  }
  return { valid, rejected, problems, dataDate: latest };
}

export interface Checkpoint {
  version: 1;
  file: string;
  sha256: string;
  spreadsheetId: string;
  total: number;
  written: number;
  dataDate: string;
  startedAt: string;
  finishedAt?: string;
}

export interface ImportDtsenOptions {
  file: string;
  /** Rows per values request (default 5,000). */
  chunkRows?: number;
  /** The extract's date when the file has no Tanggal Data column. */
  dataDate?: string;
  /** Start over even if a checkpoint says the import can carry on. */
  restart?: boolean;
  /** Tests: called after each chunk is written, before the checkpoint is saved. */
  afterChunkWrite?: (written: number, total: number) => void | Promise<void>;
}

export interface ImportDtsenResult {
  imported: number;
  rejected: number;
  resumedFrom: number;
  dataDate: string;
  reportFile: string | null;
  checkpointFile: string;
}

export const checkpointFileOf = (file: string) => `${file}.impor.json`;
export const reportFileOf = (file: string) => `${file}.ditolak.csv`;

const MARKER = 'dtsen.impor';

function markerText(state: 'berjalan' | 'selesai', cp: Checkpoint, at: string): string {
  const name = cp.file.split(/[\\/]/).pop();
  return state === 'berjalan'
    ? `berjalan: ${name} (sha256 ${cp.sha256.slice(0, 16)}), ${cp.total} baris, mulai ${at}`
    : `selesai: ${name} (sha256 ${cp.sha256.slice(0, 16)}), ${cp.total} baris, ${at}`;
}

function saveCheckpoint(file: string, cp: Checkpoint): void {
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(cp, null, 2));
  fs.renameSync(tmp, file);
}

export async function importDtsen(
  ctx: AdminContext,
  o: ImportDtsenOptions,
): Promise<ImportDtsenResult> {
  const chunkRows = o.chunkRows ?? 5000;
  const content = fs.readFileSync(o.file);
  const sha256 = crypto.createHash('sha256').update(content).digest('hex');
  const today = new Date(ctx.clock.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const checked = checkExtract(readTable(o.file), { dataDate: o.dataDate, today });
  if (checked.problems.length > 0) {
    throw new Error(
      `Berkas ${o.file} tidak dapat dimuat; tidak ada yang diubah.\n${checked.problems.join('\n')}`,
    );
  }
  const reportFile = checked.rejected.length > 0 ? reportFileOf(o.file) : null;
  if (reportFile) {
    fs.writeFileSync(
      reportFile,
      toCsv([
        ['Baris', 'NIK', 'Alasan'],
        ...checked.rejected.map((r) => [r.line, r.nik, r.reason]),
      ]),
    );
    ctx.out(
      `${thousands(checked.rejected.length)} baris ditolak; alasannya per baris di ${reportFile}`,
    );
  }
  if (checked.valid.length === 0) {
    throw new Error(`Tidak ada baris yang sah di ${o.file}; tidak ada yang diubah.`);
  }
  const total = checked.valid.length;
  const cpFile = checkpointFileOf(o.file);
  const { pos, width } = await headerOf(ctx, DTSEN);
  const lastCol = Math.max(width, ...Object.values(pos));

  let cp: Checkpoint | null = null;
  if (!o.restart && fs.existsSync(cpFile)) {
    const old = JSON.parse(fs.readFileSync(cpFile, 'utf8')) as Checkpoint;
    const marker = old.finishedAt ? '' : (await readSettings(ctx)).get(MARKER);
    const why =
      old.finishedAt !== undefined
        ? 'impor sebelumnya sudah selesai; tab diganti lagi'
        : old.sha256 !== sha256
          ? 'isi berkas berbeda'
          : old.spreadsheetId !== ctx.spreadsheetId
            ? 'register berbeda'
            : old.total !== total
              ? 'jumlah baris sah berbeda'
              : marker !== markerText('berjalan', old, old.startedAt)
                ? `penanda ${MARKER} di Pengaturan berbeda ("${marker ?? ''}")`
                : null;
    if (why === null) {
      cp = old;
      ctx.out(
        `Melanjutkan impor dari baris ke-${thousands(cp.written + 1)} dari ${thousands(total)}.`,
      );
    } else ctx.out(`Titik lanjut ${cpFile} tidak dipakai (${why}); mulai dari awal.`);
  }
  const resumedFrom = cp ? cp.written : 0;
  if (!cp) {
    const startedAt = new Date(ctx.clock.now()).toISOString();
    cp = {
      version: 1,
      file: o.file,
      sha256,
      spreadsheetId: ctx.spreadsheetId,
      total,
      written: 0,
      dataDate: checked.dataDate,
      startedAt,
    };
    await writeSettings(ctx, [
      { key: 'dtsen.tanggalData', value: '', description: '' },
      {
        key: MARKER,
        value: markerText('berjalan', cp, startedAt),
        description: 'Impor ekstrak DTSEN terakhir dari alat admin (berjalan atau selesai).',
      },
    ]);
    await call(ctx, 'values.clear', () =>
      ctx.sheets.spreadsheets.values.clear({
        spreadsheetId: ctx.spreadsheetId,
        range: `${quoteTab(DTSEN.name)}!A2:${columnLetter(lastCol)}`,
      }),
    );
    const tab = (await tabsOf(ctx)).get(DTSEN.name);
    if (!tab) throw new Error('Tab DTSEN tidak ada; jalankan "Siapkan register" dahulu.');
    await fitRows(ctx, tab, total + 1);
    saveCheckpoint(cpFile, cp);
  }

  const progress = new Progress('Impor DTSEN', total, ctx.progress, ctx.clock, 'baris', cp.written);
  progress.update(cp.written);
  while (cp.written < total) {
    const from = cp.written;
    const chunk = checked.valid.slice(from, from + chunkRows);
    const values = chunk.map((r) =>
      rowFor(pos, lastCol, {
        nik: r.nik,
        kk: r.kk,
        name: r.name,
        decile: r.decile,
        dataDate: dateSerial(r.dataDate),
      }),
    );
    const range = a1(DTSEN.name, from + 2, 1, from + 1 + chunk.length, lastCol);
    await call(ctx, 'values.update', () =>
      ctx.sheets.spreadsheets.values.update({
        spreadsheetId: ctx.spreadsheetId,
        range,
        valueInputOption: 'RAW',
        requestBody: { values },
      }),
    );
    await o.afterChunkWrite?.(from + chunk.length, total);
    cp.written = from + chunk.length;
    saveCheckpoint(cpFile, cp);
    progress.update(cp.written);
  }
  progress.finish();
  const finishedAt = new Date(ctx.clock.now()).toISOString();
  await writeSettings(ctx, [
    { key: 'dtsen.tanggalData', value: cp.dataDate, description: '' },
    { key: MARKER, value: markerText('selesai', cp, finishedAt), description: '' },
  ]);
  cp.finishedAt = finishedAt;
  saveCheckpoint(cpFile, cp);
  ctx.out(
    `Selesai: ${thousands(total)} baris DTSEN dimuat (tanggal data ${cp.dataDate}), ` +
      `${thousands(checked.rejected.length)} baris ditolak.`,
  );
  return {
    imported: total,
    rejected: checked.rejected.length,
    resumedFrom,
    dataDate: cp.dataDate,
    reportFile,
    checkpointFile: cpFile,
  };
}
