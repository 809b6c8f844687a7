/**
 * What every facade service gets: the execution's identity, its ledger, a typed way to call the
 * backend over the wire, and end-of-execution hooks. The facade (the objects the bundle sees as
 * `SpreadsheetApp`, `LockService`…) is built per execution from this context.
 *
 * The facade may run in the Node realm (unit tests), in a `vm` sandbox realm (the shipped bundle
 * under test) or in a worker thread (concurrent executions); it never holds backend objects.
 */
import { Ledger, type FaultSpec } from '../core/ledger';
import type { CostCategory } from '../core/costs';
import { checkScopes } from '../core/scopes';
import { decode, encode } from '../core/wire';
import type { AuthModeName } from './authMode';

/** The raw port to the backend: op name + JSON args → JSON answer (see `World.handle`). */
export type RawPort = (
  op: string,
  argsJson: string,
) => { ok: true; value: string } | { ok: false; error: string };

export interface ExecutionOptions {
  /** A unique id of the execution (locks are held per execution). */
  readonly execId: string;
  /** `Session.getActiveUser().getEmail()`; '' models a consumer account outside the domain. */
  readonly user: string;
  /** `Session.getEffectiveUser()`: the script owner for triggers; defaults to `user`. */
  readonly effectiveUser?: string;
  /**
   * The execution answers a request to the web app's `/exec` URL (Apps Script ran `doGet` or
   * `doPost` for it). `ScriptApp.getService().getUrl()` answers `/exec` only then.
   */
  readonly webAppRequest?: boolean;
  /** The spreadsheet the script is bound to (`SpreadsheetApp.getActive()`); none for a web app. */
  readonly activeSpreadsheetId?: string;
  /** Injected faults. */
  readonly faults?: readonly FaultSpec[];
  /** Real waiting for locks and `Utilities.sleep` (worker executions); otherwise waits are
   *  modeled only (a single-threaded run cannot be released by anyone else). */
  readonly realTime?: boolean;
  /** FULL (default); LIMITED for a simple trigger; CUSTOM_FUNCTION for a custom function. */
  readonly authMode?: AuthModeName;
  /** The script's time zone (`Session.getScriptTimeZone()`). */
  readonly timeZone?: string;
  /** The project's HTML files by name without `.html` (the shipped `dist/*.html`), read by
   *  `HtmlService.createHtmlOutputFromFile`. */
  readonly files?: Readonly<Record<string, string>>;
  /** The scopes the execution holds (`oauthScopes` of the bundle's manifest); undefined = every
   *  scope (no explicit list, or an in-process test helper). See `core/scopes.ts`. */
  readonly scopes?: readonly string[];
  /** The advanced services' symbols the manifest enables; undefined = all emulated ones. */
  readonly advancedServices?: readonly string[];
  /** The execution's time limit in modeled milliseconds (default 6 minutes; 30 s for a custom
   *  function), see `core/ledger.ts`. */
  readonly limitMs?: number;
}

/**
 * Spreadsheet members a custom function may call: it reads ("Spreadsheet: Read only (can use
 * most get*() methods, but not set*())", Custom functions › Using Apps Script services,
 * https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services).
 * Anything that is not a read (set…, insert…, clear…, a TextFinder's replace…) is refused with
 * the message live projects report, "You do not have permission to call setValue".
 */
const CUSTOM_FUNCTION_READS =
  /^(get|is|has|find|offset|createTextFinder|matchCase|matchEntireCell|matchFormulaText|useRegularExpression|ignoreDiacritics|startFrom|toString|new|flush$)/;

function readOnlyInCustomFunction(method: string): void {
  const member = method.slice(method.lastIndexOf('.') + 1);
  if (!CUSTOM_FUNCTION_READS.test(member)) {
    throw new Error(`You do not have permission to call ${member}`);
  }
}

export class FacadeContext {
  readonly ledger: Ledger;
  private readonly endHooks: Array<() => void> = [];

  constructor(
    private readonly port: RawPort,
    readonly options: ExecutionOptions,
  ) {
    this.ledger = new Ledger(options.faults ?? [], options.limitMs);
  }

  /** Counts and prices a call, throwing an injected fault if this is the one chosen. A call
   *  outside the execution's scopes throws first, uncharged: Google refuses it before running. */
  charge(service: string, method: string, category: CostCategory, cells = 0): void {
    checkScopes(this.grantedScopes(), method);
    if (this.options.authMode === 'CUSTOM_FUNCTION' && service === 'SpreadsheetApp') {
      readOnlyInCustomFunction(method);
    }
    this.ledger.call(service, method, category, cells);
  }

  private granted?: readonly string[];

  /**
   * The scopes this execution holds: the manifest's, minus those its effective user left
   * unticked on Google's granular consent screen (`backend/consent.ts`); asked once per
   * execution. undefined = every scope (no explicit list).
   */
  grantedScopes(): readonly string[] | undefined {
    const manifest = this.options.scopes;
    if (manifest === undefined) return undefined;
    if (this.granted === undefined) {
      const who = this.options.effectiveUser ?? this.options.user;
      const declined = this.backend<string[]>('consent.declined', who);
      this.granted = manifest.filter((s) => !declined.includes(s));
    }
    return this.granted;
  }

  /** Sends `op` to the backend and returns its decoded answer, or throws its error here. */
  backend<T = unknown>(op: string, ...args: unknown[]): T {
    const answer = this.port(op, encode(args));
    if (!answer.ok) throw new Error(answer.error);
    return decode<T>(answer.value);
  }

  /** Registers work to do when the execution ends (commit pending writes, release locks). */
  onEnd(hook: () => void): void {
    this.endHooks.push(hook);
  }

  /** Ends the execution: runs the hooks (each once, even if one fails). */
  end(): void {
    const hooks = this.endHooks.splice(0);
    let first: unknown;
    for (const h of hooks) {
      try {
        h();
      } catch (e) {
        first ??= e;
      }
    }
    if (first) throw first;
  }
}
