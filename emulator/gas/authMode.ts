/**
 * What an execution that runs without the user's authorization may call: a simple trigger
 * (`onOpen`, `onEdit`) runs in `AuthMode.LIMITED`, a custom function in
 * `AuthMode.CUSTOM_FUNCTION`. Both may use the spreadsheet they are bound to and the services
 * that need no authorization; neither may open other files, create files, send mail, manage
 * triggers or open dialogs. A call outside that throws "You do not have permission to call …".
 *
 * Pages followed:
 * - AuthMode (LIMITED: "a limited subset of services… when a script bound to a document
 *   executes an onOpen(e) or onEdit(e) simple trigger"):
 *   https://developers.google.com/apps-script/reference/script/auth-mode
 * - Simple triggers, restrictions ("cannot access services that require authorization… can
 *   modify the file they are bound to, but cannot access other files"):
 *   https://developers.google.com/apps-script/guides/triggers#restrictions
 * - Custom functions, services they may use (no Drive, Mail, ScriptApp; Spreadsheet read-only):
 *   https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services
 *
 * Where a page leaves a member open, it is refused (the stricter answer). Writes from a custom
 * function (Spreadsheet is read-only there) are refused per member in `FacadeContext.charge`.
 */
export type AuthModeName = 'FULL' | 'LIMITED' | 'CUSTOM_FUNCTION';

/** Whole services an unauthorized execution may not touch. */
const NO_SERVICE = ['DriveApp', 'Drive', 'MailApp', 'GmailApp', 'DocumentApp', 'UrlFetchApp'];

/** Members refused per service (others pass). */
const NO_MEMBER: Record<string, readonly string[]> = {
  SpreadsheetApp: ['openById', 'openByUrl', 'open', 'create'],
  ScriptApp: [
    'newTrigger',
    'getProjectTriggers',
    'getUserTriggers',
    'deleteTrigger',
    'getOAuthToken',
    'getService',
  ],
  Ui: ['showSidebar', 'showModalDialog', 'showModelessDialog', 'prompt', 'alert'],
};

function refusal(service: string, member: string): Error {
  return new Error(`You do not have permission to call ${service}.${member}`);
}

function restrict<T extends object>(target: T, service: string): T {
  const denied = NO_MEMBER[service] ?? [];
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === 'string' && denied.includes(prop)) {
        return () => {
          throw refusal(service, prop);
        };
      }
      const v: unknown = Reflect.get(obj, prop, receiver);
      if (service === 'SpreadsheetApp' && prop === 'getUi' && typeof v === 'function') {
        return (...a: unknown[]) =>
          restrict((v as (...x: unknown[]) => object).apply(obj, a), 'Ui');
      }
      return v;
    },
  });
}

/** The globals of an execution in `mode`: unchanged for FULL, restricted otherwise. */
export function globalsFor(
  mode: AuthModeName | undefined,
  globals: Record<string, unknown>,
): Record<string, unknown> {
  if (mode === undefined || mode === 'FULL') return globals;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(globals)) {
    if (NO_SERVICE.includes(name) && value && typeof value === 'object') {
      out[name] = new Proxy(value, {
        get(_obj, prop) {
          if (typeof prop !== 'string') return undefined;
          return () => {
            throw refusal(name, prop);
          };
        },
      });
    } else if (name in NO_MEMBER && value && typeof value === 'object') {
      out[name] = restrict(value, name);
    } else {
      out[name] = value;
    }
  }
  return out;
}
