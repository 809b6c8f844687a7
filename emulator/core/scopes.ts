/**
 * Authorization scopes: what each emulated member requires, and the check every charged call
 * goes through. Google lists, on each member's reference page under "Authorization", the scopes
 * one of which a script needs to call it; an execution holds the scopes of its project's
 * manifest (`oauthScopes`). With an explicit list Apps Script detects nothing: a member whose
 * scopes are all missing throws (https://developers.google.com/apps-script/concepts/scopes
 * #setting_explicit_scopes). Without `oauthScopes` Apps Script grants what it detects in the
 * code; the emulation models that as "every scope" (`undefined`).
 *
 * Declarations are per class, with per-member exceptions, each from the class's reference page
 * (https://developers.google.com/apps-script/reference/<service>/<class>). A member key with no
 * declaration throws, so a newly emulated member cannot slip through unscoped.
 *
 * ⚠ The message is not documented; its wording ("Specified permissions are not sufficient to
 * call DriveApp.createFolder. Required permissions: https://www.googleapis.com/auth/drive",
 * alternatives as "(a || b)") is the one reported from live projects with an explicit manifest.
 */

const A = 'https://www.googleapis.com/auth/';

export const SCOPES = {
  drive: `${A}drive`,
  driveReadonly: `${A}drive.readonly`,
  driveFile: `${A}drive.file`,
  driveAppdata: `${A}drive.appdata`,
  spreadsheets: `${A}spreadsheets`,
  spreadsheetsCurrentOnly: `${A}spreadsheets.currentonly`,
  documents: `${A}documents`,
  documentsCurrentOnly: `${A}documents.currentonly`,
  sendMail: `${A}script.send_mail`,
  scriptApp: `${A}script.scriptapp`,
  containerUi: `${A}script.container.ui`,
  userinfoEmail: `${A}userinfo.email`,
} as const;

const S = SCOPES;
const NONE: readonly string[] = [];
const DRIVE_READ = [S.driveReadonly, S.drive];
const DRIVE_WRITE = [S.drive];
const SHEETS = [S.spreadsheetsCurrentOnly, S.spreadsheets];
const DOCS = [S.documentsCurrentOnly, S.documents];

/** A member's scopes by its name within the class (reads and writes differ in Drive). */
type ClassRule = readonly string[] | ((member: string) => readonly string[]);

/** drive/drive-app, drive/file, drive/folder, drive/file-iterator, drive/folder-iterator:
 *  getters (`get…`, `is…`, `has…`, `next`) accept drive.readonly; changes need drive. */
const driveMember = (m: string): readonly string[] =>
  /^(get|is|has|next$|toString$|search)/.test(m) ? DRIVE_READ : DRIVE_WRITE;

const RULES: Readonly<Record<string, ClassRule>> = {
  // spreadsheet/spreadsheet-app: opening another spreadsheet or creating one needs the full
  // scope; the active spreadsheet also accepts currentonly; builders list no authorization.
  SpreadsheetApp: (m) =>
    /^(openById|openByUrl|open|create)$/.test(m)
      ? [S.spreadsheets]
      : /^new/.test(m) || m === 'getUi'
        ? NONE
        : SHEETS,
  Spreadsheet: SHEETS,
  Sheet: SHEETS,
  Range: SHEETS,
  RangeList: SHEETS,
  TextFinder: SHEETS,
  Protection: SHEETS,
  EmbeddedChart: SHEETS,
  EmbeddedChartBuilder: NONE,
  DataValidation: NONE,
  DataValidationBuilder: NONE,
  ConditionalFormatRule: NONE,
  ConditionalFormatRuleBuilder: NONE,
  // base/ui: dialogs and sidebars need script.container.ui; menus list no authorization.
  Ui: (m) => (/^(alert|prompt|show)/.test(m) ? [S.containerUi] : NONE),
  Menu: NONE,
  PromptResponse: NONE,
  // drive/*: see driveMember. drive/user lists no authorization (reached through getters).
  DriveApp: driveMember,
  File: driveMember,
  Folder: driveMember,
  FileIterator: driveMember,
  FolderIterator: driveMember,
  User: NONE,
  Blob: NONE,
  // document/document-app: openById / create need documents; the rest also currentonly.
  DocumentApp: (m) => (/^(openById|openByUrl|create)$/.test(m) ? [S.documents] : DOCS),
  Document: DOCS,
  Body: DOCS,
  // document/paragraph, inline-image, range-element, text: the same Authorization as Body.
  Paragraph: DOCS,
  InlineImage: DOCS,
  RangeElement: DOCS,
  ContainerElement: DOCS,
  Text: DOCS,
  // mail/mail-app: sendEmail and getRemainingDailyQuota.
  MailApp: [S.sendMail],
  // script/script-app: triggers need script.scriptapp; getService / getScriptId need none.
  ScriptApp: (m) =>
    /^(newTrigger|getProjectTriggers|getUserTriggers|deleteTrigger)$/.test(m)
      ? [S.scriptApp]
      : NONE,
  // script/service: getUrl and isEnabled list no authorization.
  Service: NONE,
  // script/authorization-info: no authorization listed.
  AuthorizationInfo: NONE,
  TriggerBuilder: (m) => (m === 'create' ? [S.scriptApp] : NONE),
  ClockTriggerBuilder: (m) => (m === 'create' ? [S.scriptApp] : NONE),
  SpreadsheetTriggerBuilder: (m) => (m === 'create' ? [S.scriptApp] : NONE),
  Trigger: [S.scriptApp],
  // base/session: getActiveUser and getEffectiveUser need userinfo.email.
  Session: (m) => (/^(getActiveUser|getEffectiveUser)$/.test(m) ? [S.userinfoEmail] : NONE),
  // No authorization on their pages.
  PropertiesService: NONE,
  Properties: NONE,
  CacheService: NONE,
  Cache: NONE,
  LockService: NONE,
  Lock: NONE,
  Utilities: NONE,
  HtmlService: NONE,
  HtmlOutput: NONE,
  HtmlOutputMetaTag: NONE,
  HtmlTemplate: NONE,
  Logger: NONE,
  console: NONE,
};

/**
 * Advanced services are their REST API (https://developers.google.com/apps-script/guides/
 * services/advanced): the API checks the token's scopes. Drive v3 files.create accepts drive,
 * drive.appdata or drive.file (https://developers.google.com/workspace/drive/api/reference/rest/
 * v3/files/create, "Authorization scopes").
 */
const ADVANCED: Readonly<Record<string, { api: string; scopes: readonly string[] }>> = {
  'Drive.Files.create': {
    api: 'drive.files.create',
    scopes: [S.drive, S.driveAppdata, S.driveFile],
  },
};

const cache = new Map<string, readonly string[]>();

/** The scopes, one of which a call of `member` (`Class.method`) requires; [] for none. */
export function requiredScopes(member: string): readonly string[] {
  const hit = cache.get(member);
  if (hit) return hit;
  let scopes: readonly string[];
  const advanced = ADVANCED[member];
  if (advanced) {
    scopes = advanced.scopes;
  } else {
    const dot = member.indexOf('.');
    const rule = dot > 0 ? RULES[member.slice(0, dot)] : undefined;
    if (!rule) throw new Error(`Apps Script emulation: no scope declaration for ${member}.`);
    scopes = typeof rule === 'function' ? rule(member.slice(dot + 1)) : rule;
  }
  cache.set(member, scopes);
  return scopes;
}

/**
 * Throws Google's refusal when `granted` (the execution's scopes; undefined = every scope)
 * holds none of the scopes `member` requires. Always checks that `member` is declared.
 */
export function checkScopes(granted: readonly string[] | undefined, member: string): void {
  const required = requiredScopes(member);
  if (granted === undefined || required.length === 0) return;
  if (required.some((s) => granted.includes(s))) return;
  const advanced = ADVANCED[member];
  if (advanced) {
    // ⚠ The API's 403 text, as an advanced service reports an API error.
    throw new Error(
      `GoogleJsonResponseException: API call to ${advanced.api} failed with error: ` +
        'Request had insufficient authentication scopes.',
    );
  }
  const list = required.length === 1 ? required[0] : `(${required.join(' || ')})`;
  throw new Error(
    `Specified permissions are not sufficient to call ${member}. Required permissions: ${list}`,
  );
}

/** What a project's manifest (`appsscript.json`) says about authorization and services. */
export interface ManifestGrant {
  /** The explicit `oauthScopes`, or undefined when Apps Script detects them. */
  readonly scopes?: readonly string[];
  /** The `userSymbol`s of `dependencies.enabledAdvancedServices`. */
  readonly advancedServices: readonly string[];
}

export function grantOfManifest(json: string): ManifestGrant {
  const m = JSON.parse(json) as {
    oauthScopes?: unknown;
    dependencies?: { enabledAdvancedServices?: Array<{ userSymbol?: unknown }> };
  };
  const scopes = Array.isArray(m.oauthScopes) ? m.oauthScopes.map(String) : undefined;
  const advancedServices = (m.dependencies?.enabledAdvancedServices ?? []).map((s) =>
    String(s.userSymbol),
  );
  return { ...(scopes ? { scopes } : {}), advancedServices };
}
