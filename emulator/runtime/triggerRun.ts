/**
 * Runs of the shipped bundle that no person starts by clicking, with the identity Google gives
 * them:
 *
 * - `fireTrigger`: an installable clock trigger (or a one-off `after`/`at`) fires. It runs as
 *   its creator: `Session.getEffectiveUser()` is the creator; `Session.getActiveUser()` is ''
 *   (Google promises nothing else: "may be blank", and no user is at the keyboard). There is
 *   no active spreadsheet (nobody has the file open): a script must open its file by id.
 * - `runSimpleTrigger`: the simple `onOpen(e)` when someone opens the spreadsheet, in
 *   `AuthMode.LIMITED` (`gas/authMode.ts`): no other files, no Drive, no mail, no triggers, no
 *   dialogs; the active user and the effective user are '' ("not available in any context that
 *   allows a script to run without that user's authorization, like a simple onOpen(e)").
 * - `runCustomFunction`: a custom function computed by Sheets, in `AuthMode.CUSTOM_FUNCTION`,
 *   with '' for both users (same page: "a custom function in Google Sheets").
 *
 * Pages followed: https://developers.google.com/apps-script/reference/base/session
 * (getActiveUser, getEffectiveUser: "If the script is running under an installable trigger,
 * this returns the account of the user who created the trigger"),
 * https://developers.google.com/apps-script/guides/triggers/installable and
 * https://developers.google.com/apps-script/guides/triggers#restrictions.
 */
import type { World } from '../backend/world';
import type { TriggersBackend, TriggerRecord } from '../backend/triggers';
import type { Bundle } from './bundle';
import type { RunOptions, RunResult } from './options';
import { runEntry } from './runEntry';

/** The time-driven event object (`e`), as plain fields (authMode is not passed yet). */
function clockEvent(trigger: TriggerRecord, now: Date): Record<string, unknown> {
  return {
    triggerUid: trigger.id,
    year: now.getUTCFullYear(),
    month: now.getUTCMonth() + 1,
    'day-of-month': now.getUTCDate(),
    'day-of-week': now.getUTCDay() === 0 ? 7 : now.getUTCDay(),
    hour: now.getUTCHours(),
    minute: now.getUTCMinutes(),
    second: now.getUTCSeconds(),
    timezone: 'UTC',
  };
}

/**
 * Fires the installed clock trigger `triggerId` now (the test decides when "now" is). A one-off
 * trigger stays installed: deleting it after its run is the script's job, as on Google.
 */
export function fireTrigger(
  world: World,
  bundle: Bundle,
  triggerId: string,
  options: { now?: Date } = {},
): RunResult & { trigger: TriggerRecord } {
  const trigger = world
    .module<TriggersBackend>('triggers')
    .all()
    .find((t) => t.id === triggerId);
  if (!trigger) throw new Error(`Apps Script emulation: no trigger ${triggerId}.`);
  if (trigger.eventType !== 'CLOCK') {
    throw new Error(
      `Apps Script emulation: trigger ${triggerId} is ${trigger.eventType}; fireTrigger runs clock triggers (an edit is editAsUser).`,
    );
  }
  const now = options.now ?? new Date();
  const run: RunOptions = { user: '', effectiveUser: trigger.owner, now };
  return {
    ...runEntry(world, bundle, trigger.handler, [clockEvent(trigger, now)], run),
    trigger,
  };
}

/** Every installed clock trigger of `handler` (of every user), oldest first. */
export function clockTriggersOf(world: World, handler: string): TriggerRecord[] {
  return world
    .module<TriggersBackend>('triggers')
    .all()
    .filter((t) => t.eventType === 'CLOCK' && t.handler === handler);
}

/** The simple `onOpen` when `spreadsheetId` is opened (LIMITED; no identity). */
export function runSimpleTrigger(
  world: World,
  bundle: Bundle,
  handler: 'onOpen' | 'onEdit',
  spreadsheetId: string,
  options: { now?: Date } = {},
): RunResult {
  return runEntry(world, bundle, handler, [], {
    user: '',
    effectiveUser: '',
    activeSpreadsheetId: spreadsheetId,
    authMode: 'LIMITED',
    ...(options.now ? { now: options.now } : {}),
  });
}

/** A custom function `name(args…)` computed in a cell of `spreadsheetId`. */
export function runCustomFunction<T = unknown>(
  world: World,
  bundle: Bundle,
  name: string,
  args: readonly unknown[],
  spreadsheetId: string,
  options: { now?: Date } = {},
): RunResult<T> {
  return runEntry<T>(world, bundle, name, args, {
    user: '',
    effectiveUser: '',
    activeSpreadsheetId: spreadsheetId,
    authMode: 'CUSTOM_FUNCTION',
    ...(options.now ? { now: options.now } : {}),
  });
}
