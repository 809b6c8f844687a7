/**
 * The project's installable triggers, as the register uses them: daily jobs installed from the
 * menu (installing again replaces, never doubles) and one-off continuations of batch work that
 * ran out of time. `getProjectTriggers` lists only the current user's triggers.
 */

/** Deletes the current user's triggers that run one of `handlers` (one listing). */
export function deleteTriggers(...handlers: string[]): void {
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (handlers.includes(trigger.getHandlerFunction())) ScriptApp.deleteTrigger(trigger);
  }
}

/** Creates a daily trigger of `handler` at `hour` o'clock Asia/Jakarta. */
export function createDailyTrigger(handler: string, hour: number): void {
  ScriptApp.newTrigger(handler)
    .timeBased()
    .everyDays(1)
    .atHour(hour)
    .inTimezone('Asia/Jakarta')
    .create();
}

/** Installs the daily trigger of `handler` at `hour` WIB, replacing any it had. */
export function installDailyTrigger(handler: string, hour: number): void {
  deleteTriggers(handler);
  createDailyTrigger(handler, hour);
  noteInstalledBy(handler);
}

/** Who installed a lasting trigger, and when (one entry per account; ISO instant). */
export interface TriggerInstall {
  email: string;
  at: string;
}

const OWNERS_KEY = 'wrse.triggerOwners';

/**
 * The accounts that installed each lasting trigger, as recorded when they did. Google lists a
 * project's triggers only to the account that owns them (`getProjectTriggers`: "the current
 * project and current user"), so this record is how "Periksa pemasangan" names the owner of a
 * trigger another Admin installed, and sees one installed twice from two accounts (it would run
 * twice).
 */
export function triggerInstalls(): Record<string, TriggerInstall[]> {
  const text = PropertiesService.getScriptProperties().getProperty(OWNERS_KEY);
  if (!text) return {};
  try {
    const parsed = JSON.parse(text) as Record<string, TriggerInstall[]>;
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    return {};
  }
}

/** Records that the account running the script installed (or replaced) its `handlers`. */
export function noteInstalledBy(...handlers: string[]): void {
  const email = String(Session.getEffectiveUser().getEmail() || '')
    .trim()
    .toLowerCase();
  if (!email) return;
  const all = triggerInstalls();
  const at = new Date().toISOString();
  for (const h of handlers) {
    all[h] = [...(all[h] ?? []).filter((o) => o.email !== email), { email, at }];
  }
  PropertiesService.getScriptProperties().setProperty(OWNERS_KEY, JSON.stringify(all));
}

/** Forgets that the running account installed `handler` (it has none of it any more). */
export function forgetInstalledBy(handler: string, email: string): void {
  const all = triggerInstalls();
  const left = (all[handler] ?? []).filter((o) => o.email !== email);
  if (left.length === (all[handler] ?? []).length) return;
  all[handler] = left;
  PropertiesService.getScriptProperties().setProperty(OWNERS_KEY, JSON.stringify(all));
}

/** Schedules `handler` to run once in a minute, replacing a continuation still pending. */
export function scheduleOnce(handler: string): void {
  deleteTriggers(handler);
  ScriptApp.newTrigger(handler)
    .timeBased()
    .after(60 * 1000)
    .create();
}
