/**
 * The Dasbor tab: a report tab (not a data tab: not in ALL_TABS, never read by the data layer),
 * rebuilt whole from the register by the menu (WRSE › Dasbor › Perbarui dasbor) and by a daily
 * trigger. Reading: one `getValues` per source tab (only the columns needed); writing: one
 * `setValues` per table (every string written with a leading apostrophe, so user text such as a
 * rejection reason stays text, never a formula); four Sheets charts rebuilt over the tables.
 * Service calls are the same at any register size; only the cells read grow with the rows.
 */
import {
  computeDashboard,
  type Cell,
  type Dashboard,
  type DashboardInput,
  type ReportTable,
} from '../app/reports/dashboard';
import { CASES, COMPLAINTS, LETTER_AGENDA, MEMBERS, STEP_RECORDS } from '../app/register/tabs';
import { KECAMATAN_MAGETAN } from '../domain';
import { requireRole } from './access';
import { serve } from './api';
import { scriptLock } from './adapters';
import { Register } from './register';
import { readColumns } from './reportSource';
import { instantLabel } from './usecases/common';
import { installDailyTrigger } from './triggers';

export const DASHBOARD_TAB = 'Dasbor';
export const DASHBOARD_HANDLER = 'dailyDashboardRefresh';
/** Default complaint response target (working days) when the setting is empty. */
export const DEFAULT_COMPLAINT_TARGET = 5;
/** Reasons listed one by one; the rest are summed as "Lainnya". */
const MAX_REASONS = 12;
/** Column where the charts start (right of the widest table, 11 columns). */
const CHART_COLUMN = 13;

/** The complaint response target in working days (setting `pengaduan.targetHariKerja`). */
export function complaintTarget(register: Register): number {
  const n = Number(register.setting('pengaduan.targetHariKerja'));
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_COMPLAINT_TARGET;
}

/** Reads the register (one getValues per source tab) into the dashboard's input. */
export function dashboardInput(register: Register): DashboardInput {
  const ss = register.spreadsheet;
  const rules = register.ruleSets()[register.ruleSets().length - 1];
  const s = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  return {
    cases: readColumns(ss, CASES, ['id', 'kecamatan', 'receivedOn', 'step', 'status', 'dueAt']).map(
      (r) => ({
        id: s(r.id),
        kecamatan: s(r.kecamatan),
        receivedOn: s(r.receivedOn),
        step: s(r.step),
        status: s(r.status),
        dueAt: s(r.dueAt),
      }),
    ),
    members: readColumns(ss, MEMBERS, ['caseId']).map((r) => ({ caseId: s(r.caseId) })),
    records: readColumns(ss, STEP_RECORDS, [
      'caseId',
      'step',
      'action',
      'at',
      'startedAt',
      'onTime',
      'data',
    ]).map((r) => ({
      caseId: s(r.caseId),
      step: s(r.step),
      action: s(r.action),
      at: s(r.at),
      startedAt: s(r.startedAt),
      onTime: r.onTime === true,
      data: s(r.data),
    })),
    letters: readColumns(ss, LETTER_AGENDA, ['date', 'status']).map((r) => ({
      date: s(r.date),
      status: s(r.status),
    })),
    complaints: readColumns(ss, COMPLAINTS, ['receivedOn', 'channel', 'status', 'respondedOn']).map(
      (r) => ({
        receivedOn: s(r.receivedOn),
        channel: s(r.channel),
        status: s(r.status),
        respondedOn: s(r.respondedOn),
      }),
    ),
    steps: register.steps(),
    calendar: register.calendar(),
    countCutiBersama: rules.countCutiBersama,
    kecamatanNames: new Map(KECAMATAN_MAGETAN.map(([code, name]) => [code, name])),
    complaintTargetDays: complaintTarget(register),
    now: register.now(),
  };
}

/** A string cell written so that Sheets keeps it as text (never a formula, number or date). */
function asText(v: Cell): Cell {
  return typeof v === 'string' && v !== '' ? `'${v}` : v;
}

function pad(row: Cell[], width: number): Cell[] {
  return [...row, ...Array(Math.max(0, width - row.length)).fill('')].map(asText);
}

/** Where a table landed on the tab (1-based), for the charts. */
interface Placed {
  /** Row of the header. */
  headerRow: number;
  /** Data rows (excluding a trailing sum row when `sumRow`). */
  dataRows: number;
}

/** Keeps the top reasons and sums the rest as "Lainnya". */
function topReasons(table: ReportTable): ReportTable {
  if (table.rows.length <= MAX_REASONS) return table;
  const head = table.rows.slice(0, MAX_REASONS - 1);
  const rest = table.rows.slice(MAX_REASONS - 1).reduce((n, r) => n + Number(r[1]), 0);
  return { ...table, rows: [...head, ['Lainnya', rest]] };
}

/** Builds (or rebuilds) the Dasbor tab. Returns what was written, for the caller's message. */
export function refreshDashboard(register: Register): { dashboard: Dashboard; tab: string } {
  const input = dashboardInput(register);
  const dashboard = computeDashboard(input);
  scriptLock.withLock(() => writeDashboard(register, dashboard));
  return { dashboard, tab: DASHBOARD_TAB };
}

function writeDashboard(register: Register, d: Dashboard): void {
  const ss = register.spreadsheet;
  const sheet = ss.getSheetByName(DASHBOARD_TAB) ?? ss.insertSheet(DASHBOARD_TAB);
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.clear();

  const t = d.totals;
  const blocks: Array<{ cells: Cell[][]; table?: ReportTable }> = [
    {
      cells: [
        ['Dasbor Layanan Pelaksanaan Penerima Bantuan WRSE'],
        [`Diperbarui ${instantLabel(register.now())}. Dasbor ini dibuat ulang; jangan diisi.`],
      ],
    },
    {
      cells: [
        ['Ringkasan', 'Jumlah'],
        ['Proposal diterima', t.received],
        ['Dalam proses', t.inProgress],
        ['Layak (ditetapkan rapat seleksi)', t.eligible],
        ['Ditolak', t.rejected],
        ['Dikembalikan untuk dilengkapi', t.returned],
        ['Bantuan diserahkan (kelompok)', t.aidCases],
        ['Bantuan uang (Rp)', t.aidCash],
        ['Bantuan barang (Rp)', t.aidGoods],
        ['Anggota terjangkau', t.membersReached],
        ['Kasus terlambat', t.overdue],
        [
          'Langkah selesai tepat waktu (%)',
          t.stepsDone ? Math.round((1000 * t.stepsOnTime) / t.stepsDone) / 10 : '',
        ],
        ['Surat terbit (Agenda Surat)', t.lettersIssued],
      ],
    },
    ...[d.byMonth, d.byKecamatan, d.bySteps, topReasons(d.rejections), d.complaints].map(
      (table) => ({
        table,
        cells: [[table.title], table.header, ...table.rows, [table.note]] as Cell[][],
      }),
    ),
  ];

  const width = Math.max(...blocks.flatMap((b) => b.cells.map((r) => r.length)));
  let row = 1;
  const placed = new Map<ReportTable, Placed>();
  const headerRows: number[] = [];
  const titleRows: number[] = [];
  const needed = blocks.reduce((n, b) => n + b.cells.length + 1, 0);
  if (needed > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
  for (const block of blocks) {
    sheet
      .getRange(row, 1, block.cells.length, width)
      .setValues(block.cells.map((r) => pad(r, width)));
    if (block.table) {
      titleRows.push(row);
      headerRows.push(row + 1);
      placed.set(block.table, { headerRow: row + 1, dataRows: block.table.rows.length });
    } else if (row > 1) {
      headerRows.push(row);
    }
    row += block.cells.length + 1;
  }

  // Formats: constant calls (one per title/header row, one per money column of two tables).
  sheet.getRange(1, 1).setFontWeight('bold').setFontSize(14);
  for (const r of titleRows) sheet.getRange(r, 1).setFontWeight('bold').setFontSize(12);
  for (const r of headerRows)
    sheet.getRange(r, 1, 1, width).setFontWeight('bold').setBackground('#e8f0fe').setWrap(true);
  const byKec = placed.get(d.byKecamatan)!;
  sheet.getRange(byKec.headerRow + 1, 8, byKec.dataRows, 2).setNumberFormat('#,##0');
  const byMonth = placed.get(d.byMonth)!;
  if (byMonth.dataRows > 0)
    sheet.getRange(byMonth.headerRow + 1, 7, byMonth.dataRows, 1).setNumberFormat('#,##0');
  sheet.getRange(5, 2, 11, 1).setNumberFormat('#,##0.##');
  sheet.setColumnWidth(1, 260);
  sheet.setFrozenRows(2);

  const rejections = [...placed.entries()].find(([tb]) => tb.title === d.rejections.title)![1];
  const bySteps = placed.get(d.bySteps)!;
  const charts: Array<{
    type: 'LINE' | 'COLUMN' | 'BAR' | 'PIE';
    title: string;
    ranges: Array<[number, number, number, number]>;
    anchor: number;
    options?: Record<string, unknown>;
  }> = [
    {
      type: 'LINE',
      title: 'Proposal diterima dan bantuan diserahkan per bulan',
      ranges: [
        [byMonth.headerRow, 1, byMonth.dataRows + 1, 2],
        [byMonth.headerRow, 6, byMonth.dataRows + 1, 1],
      ],
      anchor: 1,
      options: { 'vAxis.title': 'Kelompok', 'hAxis.title': 'Bulan' },
    },
    {
      type: 'COLUMN',
      title: 'Proposal per kecamatan',
      ranges: [
        [byKec.headerRow, 1, byKec.dataRows, 2],
        [byKec.headerRow, 7, byKec.dataRows, 1],
      ],
      anchor: 17,
      options: { 'vAxis.title': 'Kelompok' },
    },
    {
      type: 'BAR',
      title: 'Langkah SOP selesai tepat waktu (%)',
      ranges: [
        [bySteps.headerRow, 1, bySteps.dataRows, 1],
        [bySteps.headerRow, 7, bySteps.dataRows, 1],
      ],
      anchor: 33,
      options: { 'hAxis.viewWindow.max': 100, legend: { position: 'none' } },
    },
    {
      type: 'PIE',
      title: 'Penolakan menurut alasan',
      ranges: [[rejections.headerRow, 1, rejections.dataRows + 1, 2]],
      anchor: 49,
    },
  ];
  for (const c of charts) {
    let builder = sheet.newChart();
    builder =
      c.type === 'LINE'
        ? builder.asLineChart()
        : c.type === 'COLUMN'
          ? builder.asColumnChart()
          : c.type === 'BAR'
            ? builder.asBarChart()
            : builder.asPieChart();
    for (const [r, col, n, w] of c.ranges)
      builder = builder.addRange(sheet.getRange(r, col, Math.max(n, 1), w));
    builder = builder
      .setNumHeaders(1)
      .setOption('title', c.title)
      .setPosition(c.anchor, CHART_COLUMN, 0, 0);
    for (const [k, v] of Object.entries(c.options ?? {})) builder = builder.setOption(k, v);
    sheet.insertChart(builder.build());
  }
}

/** Menu: rebuild the dashboard now (Admin, Kadis, Kabid, Staf) and open its tab. */
export function menuRefreshDashboard(): void {
  const result = serve(() => {
    const register = Register.open();
    requireRole(register.actor, ['Admin', 'Kadis', 'Kabid', 'Staf'], 'memperbarui dasbor');
    const { dashboard } = refreshDashboard(register);
    register.spreadsheet.getSheetByName(DASHBOARD_TAB)?.activate();
    return dashboard.totals;
  });
  const ui = SpreadsheetApp.getUi();
  if (!result.ok) {
    ui.alert('Perbarui dasbor', result.error.message, ui.ButtonSet.OK);
    return;
  }
  SpreadsheetApp.getActive().toast(
    `Dasbor diperbarui: ${result.data.received} proposal, ${result.data.overdue} kasus terlambat.`,
    'Register WRSE',
  );
}

/** Installs (or replaces: never doubles) the daily dashboard refresh at 06:00 WIB. Admin only. */
export function installDashboardTrigger(register: Register): void {
  requireRole(register.actor, ['Admin'], 'memasang pembaruan dasbor harian');
  installDailyTrigger(DASHBOARD_HANDLER, 6);
}
