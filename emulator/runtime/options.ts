/**
 * What a caller says about one execution (who runs it, in which spreadsheet, faults, a fixed
 * clock), and how it becomes the facade's `ExecutionOptions` with a fresh execution id.
 */
import type { ClockBackend } from '../backend/clock';
import type { World } from '../backend/world';
import { CUSTOM_FUNCTION_LIMIT_MS, type FaultSpec, type LedgerSummary } from '../core/ledger';
import type { ManifestGrant } from '../core/scopes';
import type { ExecutionOptions } from '../gas/context';
import type { AuthModeName } from '../gas/authMode';

export interface RunOptions {
  /** `Session.getActiveUser().getEmail()`; '' is allowed. Default `user@example.com`. */
  readonly user?: string;
  readonly effectiveUser?: string;
  /** The container spreadsheet (`SpreadsheetApp.getActive()`, document lock/properties). */
  readonly activeSpreadsheetId?: string;
  readonly faults?: readonly FaultSpec[];
  readonly timeZone?: string;
  /** FULL (default); LIMITED (simple trigger) and CUSTOM_FUNCTION refuse what needs consent. */
  readonly authMode?: AuthModeName;
  /**
   * Sandbox only: the instant the execution starts (default: the real time). Inside the
   * execution `new Date()` and `Date.now()` return it plus the modeled milliseconds spent since
   * (every service call advances the clock by its price, see `sandbox.ts`).
   */
  readonly now?: Date | number;
  /** In-process only: the scopes the execution holds (default: every scope). A bundle's run
   *  always holds its manifest's scopes (`Bundle.grant`), whatever is passed here. */
  readonly scopes?: readonly string[];
  /** A custom function computing a cell (`=USIA_NIK(…)`): limited to 30 s, not 6 minutes. */
  readonly customFunction?: boolean;
}

/** What every run returns: the value, the error it threw (or null) and its ledger. */
export interface RunResult<T = unknown> {
  value: T | undefined;
  error: Error | null;
  ledger: LedgerSummary;
  execId: string;
}

export const DEFAULT_USER = 'user@example.com';

let counter = 0;

/** A unique execution id (locks are held per execution). */
export function newExecId(): string {
  counter += 1;
  return `exec-${process.pid}-${Date.now().toString(36)}-${counter}`;
}

export function toExecutionOptions(
  run: RunOptions,
  execId: string,
  files: Readonly<Record<string, string>> | undefined,
  realTime: boolean,
  grant?: ManifestGrant,
): ExecutionOptions {
  const scopes = grant ? grant.scopes : run.scopes;
  return {
    ...(scopes ? { scopes: [...scopes] } : {}),
    ...(grant ? { advancedServices: [...grant.advancedServices] } : {}),
    execId,
    user: run.user ?? DEFAULT_USER,
    effectiveUser: run.effectiveUser,
    activeSpreadsheetId: run.activeSpreadsheetId,
    faults: run.faults,
    timeZone: run.timeZone,
    ...(run.authMode ? { authMode: run.authMode } : {}),
    files,
    realTime,
    ...(run.customFunction || run.authMode === 'CUSTOM_FUNCTION'
      ? { limitMs: CUSTOM_FUNCTION_LIMIT_MS }
      : {}),
  };
}

/**
 * The account the execution acts for on Google's side (sheets, triggers, mail, Drive, user
 * properties): the effective user. Google: an installable trigger runs "as the user who created
 * it" (installable-triggers guide), `getProjectTriggers()` lists the triggers of "the current
 * project and current user", and `Session.getEffectiveUser()` is "the user under whose authority
 * the script is running" — the trigger's creator even when `getActiveUser()` is ''. In a
 * sidebar or menu run both are the user at the keyboard.
 */
export function authorityOf(opts: { user: string; effectiveUser?: string }): string {
  return opts.effectiveUser ?? opts.user;
}

function nowMs(run: RunOptions): number | null {
  if (run.now === undefined) return null;
  return typeof run.now === 'number' ? run.now : run.now.getTime();
}

/** When an execution starts, and what it tells the world's clock when it ends. */
export interface ExecutionClock {
  /** The instant the execution starts (epoch milliseconds). */
  readonly start: number;
  /** Called when the execution ended, having spent `modeledMs` of modeled time. */
  ended(modeledMs: number): void;
}

/**
 * The clock of one execution (`runEntry`, the concurrent runs). With a fixed `now` the execution
 * starts then and leaves the world's clock alone. On the real clock it starts now, but never
 * before the previous execution ended (`ClockBackend.startAt`: an execution's clock runs ahead of
 * real time by its modeled milliseconds), and records its own end, its start plus its modeled
 * time.
 */
export function executionClock(world: World, run: RunOptions): ExecutionClock {
  const fixed = nowMs(run);
  if (fixed !== null) return { start: fixed, ended: () => undefined };
  const clock = world.module<ClockBackend>('clock');
  const start = clock.startAt();
  return { start, ended: (modeledMs) => clock.ended(start + modeledMs) };
}
