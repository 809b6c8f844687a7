/**
 * The kecamatan registers from the menu and triggers: "Perbarui register kecamatan" (Admin; a
 * toast after each kecamatan, an alert at the end), its continuation by a one-off trigger when a
 * run ran out of time, and the daily refresh trigger (installing again replaces it).
 */
import { requireRole } from '../access';
import { serve } from '../api';
import { Register } from '../register';
import { deleteTriggers, installDailyTrigger, scheduleOnce } from '../triggers';
import { refreshAll, type KecamatanOutcome } from './refresh';

export const DAILY_HANDLER = 'dailyKecamatanRefresh';
export const CONTINUE_HANDLER = 'continueKecamatanRefresh';

function line(o: KecamatanOutcome): string {
  if (o.error) return `${o.name}: gagal — ${o.error}`;
  const pulled = o.pulled
    ? `; ${o.pulled.applied} isian dipakai, ${o.pulled.findings} temuan (${o.pulled.conflicts} konflik)`
    : '';
  const who = o.editors.length ? o.editors.join(', ') : 'belum ada pendamping aktif';
  return `${o.name}: ${o.cases} kasus, ${o.members} anggota${pulled}; editor: ${who}.`;
}

/** One run (menu or trigger): refreshes what it can, continues by trigger if needed. */
function run(register: Register, toast: boolean): { outcomes: KecamatanOutcome[]; left: number } {
  requireRole(register.actor, ['Admin'], 'memperbarui register kecamatan');
  const result = refreshAll(register, (o, i, total) => {
    if (toast) {
      register.spreadsheet.toast(
        o.error ? `Gagal: ${o.error}` : `${o.cases} kasus, ${o.members} anggota.`,
        `Register kecamatan ${i}/${total}: ${o.name}`,
      );
    }
  });
  if (result.left > 0) scheduleOnce(CONTINUE_HANDLER);
  else deleteTriggers(CONTINUE_HANDLER);
  return result;
}

/** Menu: WRSE › Admin › Perbarui register kecamatan. */
export function menuRefreshKecamatan(): void {
  const ui = SpreadsheetApp.getUi();
  const result = serve(() => run(Register.open(), true));
  const message = !result.ok
    ? result.error.message
    : result.data.outcomes.map(line).join('\n') +
      (result.data.left > 0
        ? `\nMasih ${result.data.left} kecamatan; dilanjutkan otomatis dalam satu menit.`
        : '\nSemua register kecamatan sudah diperbarui.');
  ui.alert('Perbarui register kecamatan', message, ui.ButtonSet.OK);
}

/**
 * Trigger (daily, or the continuation of a run that ran out of time), on the register as the
 * trigger's creator (`runAsTrigger`): the active user of a trigger may be ''.
 */
export function triggeredRefresh(register: Register): void {
  run(register, false);
}

/** Menu (Admin): installs the daily refresh at 05:00 Asia/Jakarta (replacing any). */
export function installDailyRefresh(): void {
  const register = Register.open();
  requireRole(register.actor, ['Admin'], 'memasang pembaruan harian register kecamatan');
  installDailyTrigger(DAILY_HANDLER, 5);
  register.spreadsheet.toast(
    'Pembaruan register kecamatan terpasang (setiap hari pukul 05.00 WIB).',
    'Register WRSE',
  );
}
