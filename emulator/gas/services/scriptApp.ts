/**
 * `ScriptApp`: installable triggers (clock: `everyMinutes`/`everyHours`/`everyDays`/`atHour`/
 * `after`/`at`; spreadsheet: `onOpen`/`onEdit`/`onChange`/`onFormSubmit`), listed per user,
 * deleted by id, limited to 20 per user by the `triggers` backend; the `AuthMode`,
 * `TriggerSource`, `EventType` and `WeekDay` enums; the script id; the web app's URL by context
 * (`getService().getUrl()`: null, `/dev` or `/exec`).
 */
import type { TriggerRecord } from '../../backend/triggers';
import { guard } from '../../core/guard';
import type { FacadeContext } from '../context';
import { makeEnum } from './enums';

const S = 'ScriptApp';
/** The id `ScriptApp.getScriptId()` answers in the emulation. */
export const EMULATED_SCRIPT_ID = 'emulated-script-id';
/** The web-app deployment as the `deployments` backend answers it (types only: sandbox realm). */
interface WebApp {
  deploymentId: string;
  headDeploymentId: string;
  domain: string | null;
}

/**
 * `ScriptApp.getService().getUrl()`. Google's reference (Class Service,
 * https://developers.google.com/apps-script/reference/script/service#getUrl()): "Returns the URL
 * of the web app, if it has been deployed; otherwise returns null. If you are running the
 * development mode web app, this returns the development mode url." Outside a request to the
 * `/exec` URL — the editor, a menu, a sidebar's `google.script.run`, a trigger — live projects
 * get the head deployment's `/dev` URL, which only the script's editors can open (the "Web Apps"
 * guide: the test URL ends in `/dev`); the emulation takes that stricter answer, so `/exec`
 * comes back only inside a web-app request. A script owned by a Google Workspace account gets the
 * domain form `https://script.google.com/a/macros/<domain>/s/<id>/…`.
 */
function serviceUrl(ctx: FacadeContext): string | null {
  const d = ctx.backend<WebApp | null>('deployments.webApp');
  if (!d) return null;
  const exec = ctx.options.webAppRequest === true;
  const id = exec ? d.deploymentId : d.headDeploymentId;
  const prefix = d.domain
    ? `https://script.google.com/a/macros/${d.domain}/s/`
    : 'https://script.google.com/macros/s/';
  return `${prefix}${id}/${exec ? 'exec' : 'dev'}`;
}

const AuthMode = makeEnum('AuthMode', ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
const AuthorizationStatus = makeEnum('AuthorizationStatus', ['REQUIRED', 'NOT_REQUIRED']);

/**
 * `ScriptApp.getAuthorizationInfo(authMode, oAuthScopes?)` (Class AuthorizationInfo,
 * https://developers.google.com/apps-script/reference/script/authorization-info): whether the
 * user must still authorize, the URL to do it ("returns null" when no authorization is
 * required), and which scopes are authorized — "if authorization info is requested for a
 * specified list of scopes, returns the authorized scopes from the specified list". Granted means
 * in the manifest and not declined by the effective user (`backend/consent.ts`); a scope the
 * manifest does not ask for is never authorized. ⚠ The URL's form is not documented; the
 * emulation answers the script's `/authorize` address.
 */
function authorizationInfo(ctx: FacadeContext, authMode: unknown, asked?: unknown) {
  ctx.charge(S, 'ScriptApp.getAuthorizationInfo', 'runtime');
  check(
    Object.values(AuthMode).includes(authMode as never),
    'Invalid argument: authMode (use ScriptApp.AuthMode.FULL)',
  );
  const manifest = ctx.options.scopes;
  const granted = ctx.grantedScopes();
  const list = asked === undefined ? [...(manifest ?? [])] : (asked as unknown[]).map(String);
  const authorized = list.filter((s) => granted === undefined || granted.includes(s));
  const required = authorized.length < list.length;
  const local = <T>(m: string, v: T): T => (ctx.charge(S, `AuthorizationInfo.${m}`, 'local'), v);
  return guard(
    {
      getAuthorizationStatus: () =>
        local(
          'getAuthorizationStatus',
          required ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED,
        ),
      getAuthorizationUrl: () =>
        local(
          'getAuthorizationUrl',
          required ? `https://script.google.com/macros/d/${EMULATED_SCRIPT_ID}/authorize` : null,
        ),
      getAuthorizedScopes: () => local('getAuthorizedScopes', [...authorized]),
    },
    'AuthorizationInfo',
  );
}
const TriggerSource = makeEnum('TriggerSource', [
  'SPREADSHEETS',
  'CLOCK',
  'FORMS',
  'DOCUMENTS',
  'CALENDAR',
]);
const EventType = makeEnum('EventType', [
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
]);
const WeekDay = makeEnum('WeekDay', [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
]);

type Spec = Omit<TriggerRecord, 'id' | 'owner'>;

function createTrigger(ctx: FacadeContext, rec: TriggerRecord): GoogleAppsScript.Script.Trigger {
  const local = <T>(m: string, v: T): T => (ctx.charge(S, `Trigger.${m}`, 'local'), v);
  const trigger = {
    getHandlerFunction: () => local('getHandlerFunction', rec.handler),
    getUniqueId: () => local('getUniqueId', rec.id),
    getEventType: () => local('getEventType', EventType[rec.eventType as 'CLOCK']),
    getTriggerSource: () => local('getTriggerSource', TriggerSource[rec.source as 'CLOCK']),
    getTriggerSourceId: () => local('getTriggerSourceId', rec.sourceId),
  };
  return guard(trigger, 'Trigger') as unknown as GoogleAppsScript.Script.Trigger;
}

function create(ctx: FacadeContext, spec: Spec): GoogleAppsScript.Script.Trigger {
  ctx.charge(S, 'TriggerBuilder.create', 'triggers');
  return createTrigger(ctx, ctx.backend<TriggerRecord>('triggers.create', spec));
}

/** The builder steps, each charged as a local call (create() charges its own price). */
function charged<T extends Record<string, (...a: never[]) => unknown>>(
  ctx: FacadeContext,
  b: T,
  type: string,
): T {
  const out = {} as Record<string, unknown>;
  for (const [k, f] of Object.entries(b)) {
    out[k] =
      k === 'create'
        ? f
        : (...a: never[]) => {
            ctx.charge(S, `${type}.${k}`, 'local');
            return f(...a);
          };
  }
  return out as T;
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

function clockBuilder(ctx: FacadeContext, handler: string) {
  const sched: Record<string, unknown> = {};
  const b = {
    everyMinutes(n: number) {
      check([1, 5, 10, 15, 30].includes(n), 'Invalid argument: minutes. Use 1, 5, 10, 15 or 30.');
      sched.everyMinutes = n;
      return self;
    },
    everyHours(n: number) {
      check([1, 2, 4, 6, 8, 12].includes(n), 'Invalid argument: hours. Use 1, 2, 4, 6, 8 or 12.');
      sched.everyHours = n;
      return self;
    },
    everyDays(n: number) {
      check(Number.isInteger(n) && n >= 1, 'Invalid argument: days');
      sched.everyDays = n;
      return self;
    },
    everyWeeks(n: number) {
      check(Number.isInteger(n) && n >= 1, 'Invalid argument: weeks');
      sched.everyWeeks = n;
      return self;
    },
    onWeekDay(day: unknown) {
      sched.weekDay = String(day);
      return self;
    },
    atHour(hour: number) {
      check(Number.isInteger(hour) && hour >= 0 && hour <= 23, 'Invalid argument: hour');
      sched.atHour = hour;
      return self;
    },
    nearMinute(minute: number) {
      sched.nearMinute = minute;
      return self;
    },
    inTimezone(timezone: string) {
      sched.timeZone = String(timezone);
      return self;
    },
    after(ms: number) {
      sched.afterMs = Number(ms);
      sched.at = ctx.backend<number>('clock.now') + Number(ms);
      return self;
    },
    at(date: Date) {
      sched.at = date.getTime();
      return self;
    },
    create() {
      check(
        ['everyMinutes', 'everyHours', 'everyDays', 'everyWeeks', 'at'].some((k) => k in sched),
        'Apps Script emulation: a clock trigger needs an interval (everyMinutes, everyDays…) or a time (after, at).',
      );
      return create(ctx, {
        handler,
        eventType: 'CLOCK',
        source: 'CLOCK',
        sourceId: null,
        schedule: sched,
      });
    },
  };
  const self = guard(charged(ctx, b, 'ClockTriggerBuilder'), 'ClockTriggerBuilder');
  return self;
}

function spreadsheetBuilder(ctx: FacadeContext, handler: string, sourceId: string) {
  let eventType: string | null = null;
  const set = (t: string) => {
    eventType = t;
    return self;
  };
  const b = {
    onOpen: () => set('ON_OPEN'),
    onEdit: () => set('ON_EDIT'),
    onChange: () => set('ON_CHANGE'),
    onFormSubmit: () => set('ON_FORM_SUBMIT'),
    create() {
      check(
        eventType !== null,
        'Apps Script emulation: choose onOpen/onEdit/onChange/onFormSubmit before create().',
      );
      return create(ctx, {
        handler,
        eventType: eventType as string,
        source: 'SPREADSHEETS',
        sourceId,
        schedule: {},
      });
    },
  };
  const self = guard(charged(ctx, b, 'SpreadsheetTriggerBuilder'), 'SpreadsheetTriggerBuilder');
  return self;
}

function idOf(doc: unknown): string {
  if (typeof doc === 'string') return doc;
  if (doc && typeof doc === 'object' && 'getId' in doc) return (doc as { getId(): string }).getId();
  throw new Error('Invalid argument: spreadsheet');
}

export function createScriptApp(ctx: FacadeContext): GoogleAppsScript.Script.ScriptApp {
  const list = (sourceId: string | null) =>
    ctx.backend<TriggerRecord[]>('triggers.list', sourceId).map((r) => createTrigger(ctx, r));
  const app = {
    AuthMode,
    AuthorizationStatus,
    TriggerSource,
    EventType,
    WeekDay,
    newTrigger(functionName: string) {
      ctx.charge(S, 'ScriptApp.newTrigger', 'local');
      const handler = String(functionName);
      // Google documents private functions (names ending in "_") as hidden from
      // google.script.run, the editor's Run menu and a library's users ("HTML service:
      // communicate with server functions" › Private functions; "Libraries"), and says nothing
      // of a trigger running one: not emulated rather than kinder than Google.
      check(
        !handler.endsWith('_'),
        `Apps Script emulation: a trigger for the private function ${handler} is not emulated ` +
          '(Google does not document whether a trigger may run a function whose name ends in "_").',
      );
      return guard(
        {
          timeBased: () => {
            ctx.charge(S, 'TriggerBuilder.timeBased', 'local');
            return clockBuilder(ctx, handler);
          },
          forSpreadsheet: (doc: unknown) => {
            ctx.charge(S, 'TriggerBuilder.forSpreadsheet', 'local');
            return spreadsheetBuilder(ctx, handler, idOf(doc));
          },
        },
        'TriggerBuilder',
      );
    },
    getProjectTriggers() {
      ctx.charge(S, 'ScriptApp.getProjectTriggers', 'triggers');
      return list(null);
    },
    getUserTriggers(doc: unknown) {
      ctx.charge(S, 'ScriptApp.getUserTriggers', 'triggers');
      return list(idOf(doc));
    },
    deleteTrigger(trigger: GoogleAppsScript.Script.Trigger) {
      ctx.charge(S, 'ScriptApp.deleteTrigger', 'triggers');
      ctx.backend('triggers.delete', trigger.getUniqueId());
    },
    getAuthorizationInfo(authMode: unknown, oAuthScopes?: unknown) {
      return authorizationInfo(ctx, authMode, oAuthScopes);
    },
    getScriptId() {
      ctx.charge(S, 'ScriptApp.getScriptId', 'local');
      return EMULATED_SCRIPT_ID;
    },
    getService() {
      ctx.charge(S, 'ScriptApp.getService', 'local');
      return guard(
        {
          getUrl: () => (ctx.charge(S, 'Service.getUrl', 'runtime'), serviceUrl(ctx)),
          // "Returns true if the script is accessible as a web app."
          isEnabled: () => (
            ctx.charge(S, 'Service.isEnabled', 'runtime'),
            ctx.backend<WebApp | null>('deployments.webApp') !== null
          ),
        },
        'Service',
      );
    },
  };
  return guard(app, S) as unknown as GoogleAppsScript.Script.ScriptApp;
}
