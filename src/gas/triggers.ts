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
}

/** Schedules `handler` to run once in a minute, replacing a continuation still pending. */
export function scheduleOnce(handler: string): void {
  deleteTriggers(handler);
  ScriptApp.newTrigger(handler)
    .timeBased()
    .after(60 * 1000)
    .create();
}
