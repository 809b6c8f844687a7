/**
 * The recap for the Kadis (monthly or yearly), as a Google Doc and PDF in the office's letter
 * style, in `WRSE/Laporan/`: the dashboard's figures for the period (one getValues per source
 * tab), rendered from `templates/rekap.hbs`, saved by the letters' Drive path. From the menu
 * WRSE › Laporan › Rekap untuk Kepala Dinas (a prompt asks the month or the year).
 */
import { computeDashboard } from '../app/reports/dashboard';
import { RegisterError } from '../app/register/errors';
import { officeFromSettings } from '../letters';
import { buildRecapView, periodLabel } from '../letters/recap';
import { renderReport } from '../letters/render';
import { requireRole } from './access';
import { serve } from './api';
import { dashboardInput } from './dashboard';
import { officeSettings, saveReportDocument, stampOf, signer } from './letters';
import { Register } from './register';
import { instantLabel, today } from './usecases/common';

export interface RecapMade {
  name: string;
  docUrl: string;
  pdfUrl: string;
}

/** Makes the recap of `period` (`YYYY-MM` or `YYYY`). Kadis, Kabid, Admin, Staf. */
export function makeRecap(register: Register, period: unknown): RecapMade {
  requireRole(register.actor, ['Kadis', 'Kabid', 'Admin', 'Staf'], 'membuat rekap');
  const p = String(period ?? '').trim();
  const label = periodLabel(p);
  if (!label) {
    throw new RegisterError(
      'Periode: tulis bulan sebagai TTTT-BB (mis. 2026-06) atau tahun sebagai TTTT (mis. 2026).',
      'period',
    );
  }
  const day = today(register);
  if (p > day.slice(0, p.length)) {
    throw new RegisterError(`Periode: ${label} belum dimulai.`, 'period');
  }
  const dashboard = computeDashboard({ ...dashboardInput(register), period: p });
  const view = buildRecapView(
    dashboard,
    p,
    officeFromSettings(officeSettings(register)),
    signer(register),
    day,
    `Disusun dari Register WRSE pada ${instantLabel(register.now())} oleh ${register.actor.name || register.actor.email}.`,
  );
  const name = `Rekap WRSE ${label} (dibuat ${stampOf(register.now())})`;
  return { name, ...saveReportDocument(register, name, renderReport('rekap', view)) };
}

/** Menu: asks the period, makes the recap, tells where it is. */
export function menuMakeRecap(): void {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(
    'Rekap untuk Kepala Dinas',
    'Periode rekap: bulan (mis. 2026-06) atau tahun (mis. 2026).',
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const result = serve(() => makeRecap(Register.open(), answer.getResponseText()));
  ui.alert(
    'Rekap untuk Kepala Dinas',
    result.ok
      ? `${result.data.name} sudah dibuat di folder WRSE › Laporan.\nPDF: ${result.data.pdfUrl}\nDokumen: ${result.data.docUrl}`
      : result.error.message,
    ui.ButtonSet.OK,
  );
}
