/**
 * The entry file: the functions Apps Script calls (triggers, menu items, the sidebars' server
 * functions, custom functions). It only wires and exposes; the build turns every export into a
 * top-level function of dist/Code.js, so exporting here IS publishing to every client.
 */
import { serve, type ApiResult } from './api';
import { buildMenu, homeStatus, menuSetup, openHome, type HomeStatus } from './menu';

/** Simple trigger: adds the WRSE menu. */
export function onOpen(): void {
  buildMenu(SpreadsheetApp.getUi());
}

/** Runs when the add-on is installed: same as opening. */
export function onInstall(): void {
  onOpen();
}

/** Menu: WRSE › Beranda. */
export function showHome(): void {
  openHome();
}

/** Menu: WRSE › Siapkan register. */
export function menuSetupRegister(): void {
  menuSetup();
}

/** Sidebar (home): who I am and the state of the register's tabs. */
export function getHomeStatus(): ApiResult<HomeStatus> {
  return serve(homeStatus);
}

// Custom functions for cells (Sheets reads their JSDoc from Code.js; pure, no service used).
export {
  NIK_VALID,
  NIK_KETERANGAN,
  USIA_NIK,
  TGL_LAHIR_NIK,
  JK_NIK,
  KEC_NIK,
  MASK_NIK,
  TERBILANG,
  RUPIAH,
  TANGGAL_ID,
  HARI_KERJA,
  JUMLAH_HARI_KERJA,
} from '../app/cellFunctions';
