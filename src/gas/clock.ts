/**
 * The time of this execution. Apps Script evaluates the project's global code afresh at the
 * start of every execution (menu click, trigger, `google.script.run` call), so the instant read
 * here is when the execution started; a batch measures its time budget from it, not from when
 * its loop began (the work before the loop counts against Google's 6-minute limit too).
 */
const EXECUTION_STARTED_AT = Date.now();

/** When this execution started (epoch milliseconds). */
export function executionStartedAt(): number {
  return EXECUTION_STARTED_AT;
}

/**
 * How long a batch may run before it stops and continues by trigger: 4.5 minutes, leaving the
 * last item and the bookkeeping 1.5 minutes before Google ends the execution at 6 minutes.
 */
export const BATCH_BUDGET_MS = 4.5 * 60 * 1000;

/** True when the batch that started at `startedAt` has spent its budget. */
export function budgetSpent(startedAt: number, budgetMs = BATCH_BUDGET_MS): boolean {
  return Date.now() - startedAt > budgetMs;
}
