/**
 * One execution's view of the master register: the spreadsheet, the actor at the keyboard, the
 * clock, the tabs (opened on first use), and the reference data the rules need (SOP steps,
 * settings, rule set, holiday calendar), each read once per execution from its small tab.
 */
import type { Clock } from '../app/ports';
import {
  AUDIT,
  CASES,
  HOLIDAYS,
  MEMBERS,
  QUEUE,
  SETTINGS,
  SOP_STEPS,
  STEP_RECORDS,
  DTSEN,
  AREAS,
  LETTER_AGENDA,
  SURVEY_REPORTS,
  REGISTER_FINDINGS,
  COMPLAINTS,
  USERS,
  type AnyTab,
  type RowOf,
} from '../app/register/tabs';
import { RegisterError } from '../app/register/errors';
import {
  DEFAULT_RULE_SETTINGS,
  parseRuleSettings,
  parseStepTable,
  type HolidayCalendar,
  type RuleSettings,
  type StepDef,
} from '../domain';
import { activeRegister, systemClock } from './adapters';
import { currentActor, type Actor } from './access';
import { SheetTable } from './sheetTable';
import { SETTINGS_AUDIT_KEY, SOP_AUDIT_KEY } from '../app/register/authority';
import { requireAuditedTable, settingPrints, stepPrints } from './authority';

export type CaseRow = RowOf<typeof CASES>;
export type MemberRow = RowOf<typeof MEMBERS>;
export type StepRecordRow = RowOf<typeof STEP_RECORDS>;
export type QueueRow = RowOf<typeof QUEUE>;
export type AuditRow = RowOf<typeof AUDIT>;
export type DtsenRow = RowOf<typeof DTSEN>;
export type AreaRow = RowOf<typeof AREAS>;
export type AgendaRow = RowOf<typeof LETTER_AGENDA>;
export type SurveyReportRow = RowOf<typeof SURVEY_REPORTS>;
export type FindingRow = RowOf<typeof REGISTER_FINDINGS>;
export type ComplaintRow = RowOf<typeof COMPLAINTS>;

export class Register {
  readonly actor: Actor;
  private readonly tables = new Map<string, SheetTable>();
  private memo: {
    steps?: StepDef[];
    settings?: Map<string, { value: string; effectiveFrom: string }>;
    calendar?: HolidayCalendar;
  } = {};

  constructor(
    readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
    readonly clock: Clock,
    /** Who the actions are attributed to; by default the user at the keyboard. */
    actor?: Actor,
  ) {
    this.actor = actor ?? currentActor(spreadsheet, (tab) => this.table(tab));
  }

  /**
   * The same register with actions attributed to `actor` (a pull-back from a kecamatan
   * register acts for that kecamatan's pendamping). Tabs already opened are shared.
   */
  actingAs(actor: Actor): Register {
    const other = new Register(this.spreadsheet, this.clock, actor);
    for (const [name, table] of this.tables) other.tables.set(name, table);
    other.memo = this.memo;
    return other;
  }

  /** The register this script is bound to, as the user at the keyboard. */
  static open(clock: Clock = systemClock): Register {
    return new Register(activeRegister(), clock);
  }

  table<R extends Record<string, unknown>>(tab: AnyTab): SheetTable<R> {
    let t = this.tables.get(tab.name);
    if (!t) {
      t = SheetTable.open(this.spreadsheet, tab);
      this.tables.set(tab.name, t);
    }
    return t as unknown as SheetTable<R>;
  }

  get cases() {
    return this.table<CaseRow>(CASES);
  }
  get members() {
    return this.table<MemberRow>(MEMBERS);
  }
  get stepRecords() {
    return this.table<StepRecordRow>(STEP_RECORDS);
  }
  get queue() {
    return this.table<QueueRow>(QUEUE);
  }
  get audit() {
    return this.table<AuditRow>(AUDIT);
  }
  get settingsTable() {
    return this.table<RowOf<typeof SETTINGS>>(SETTINGS);
  }
  get users() {
    return this.table<RowOf<typeof USERS>>(USERS);
  }
  get sopSteps() {
    return this.table<RowOf<typeof SOP_STEPS>>(SOP_STEPS);
  }
  get agenda() {
    return this.table<AgendaRow>(LETTER_AGENDA);
  }
  /** The members of a case, in their order in the group (one TextFinder, their rows read). */
  caseMembers(caseId: string): MemberRow[] {
    return this.members
      .findBy('caseId', [caseId])
      .map((r) => r.row)
      .sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
  }

  get surveys() {
    return this.table<SurveyReportRow>(SURVEY_REPORTS);
  }
  get findings() {
    return this.table<FindingRow>(REGISTER_FINDINGS);
  }
  get complaints() {
    return this.table<ComplaintRow>(COMPLAINTS);
  }

  get dtsen() {
    return this.table<DtsenRow>(DTSEN);
  }

  /**
   * The SOP steps as the office set them in the Langkah SOP tab — only as the Admin's last
   * audited change left them (a step's actor typed by hand is refused).
   */
  steps(): StepDef[] {
    if (!this.memo.steps) {
      const rows = this.table(SOP_STEPS)
        .all()
        .map((r) => r.row);
      requireAuditedTable(this.audit, SOP_AUDIT_KEY, stepPrints(rows));
      const parsed = parseStepTable(rows);
      if (!parsed.ok) {
        throw new RegisterError(
          `Tab "${SOP_STEPS.name}" perlu diperbaiki: ${parsed.errors.join(' ')}`,
        );
      }
      this.memo.steps = parsed.steps;
    }
    return this.memo.steps;
  }

  step(code: string): StepDef {
    const step = this.steps().find((s) => s.code === code);
    if (!step) throw new RegisterError(`Langkah ${code} tidak ada di tab "${SOP_STEPS.name}".`);
    return step;
  }

  /** A setting's value ('' when the key is missing). */
  setting(key: string): string {
    return this.settings().get(key)?.value ?? '';
  }

  /** The settings; the rule settings only as the Admin's last audited change left them. */
  private settings(): Map<string, { value: string; effectiveFrom: string }> {
    if (!this.memo.settings) {
      const rows = this.table(SETTINGS).all();
      requireAuditedTable(this.audit, SETTINGS_AUDIT_KEY, settingPrints(rows.map((r) => r.row)));
      this.memo.settings = new Map(
        rows.map((r) => [
          String(r.row.key),
          { value: String(r.row.value ?? ''), effectiveFrom: String(r.row.effectiveFrom ?? '') },
        ]),
      );
    }
    return this.memo.settings;
  }

  /** The rule sets: the domain's default, and the one the settings tab states. */
  ruleSets(): RuleSettings[] {
    const num = (key: string) => {
      const v = this.setting(key).trim();
      return v === '' ? undefined : Number(v);
    };
    const fromTab = parseRuleSettings({
      version: this.setting('kelayakan.versi') || 'PENGATURAN',
      effectiveFrom:
        this.settings().get('kelayakan.versi')?.effectiveFrom ||
        DEFAULT_RULE_SETTINGS.effectiveFrom,
      minAge: num('kelayakan.usiaMinimum'),
      maxAge: num('kelayakan.usiaMaksimum'),
      minGroupSize: num('kelayakan.anggotaMinimum'),
      maxGroupSize: num('kelayakan.anggotaMaksimum'),
      maxDecile: num('kelayakan.desilMaksimum') ?? null,
      dtsenMaxAgeDays: num('kelayakan.umurDataDtsenMaksimum') ?? null,
      countCutiBersama: !/^(tidak|no|false|0)$/i.test(this.setting('kalender.cutiBersamaLibur')),
      officeOpen: this.setting('kantor.jamBuka') || undefined,
      officeClose: this.setting('kantor.jamTutup') || undefined,
    });
    if (!fromTab.ok) {
      throw new RegisterError(
        `Tab "${SETTINGS.name}": aturan kelayakan tidak sah (${fromTab.errors.join('; ')}).`,
      );
    }
    return [DEFAULT_RULE_SETTINGS, fromTab.settings];
  }

  /** The rule set in force on the day the proposal was received. */
  ruleSet(receivedOn: string): RuleSettings {
    const sets = this.ruleSets()
      .filter((s) => s.effectiveFrom <= receivedOn)
      .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
    return sets[sets.length - 1] ?? this.ruleSets()[0];
  }

  /** The holiday calendar of the Hari Libur tab, with the years the office marked complete. */
  calendar(): HolidayCalendar {
    if (!this.memo.calendar) {
      const entries = this.table(HOLIDAYS)
        .all()
        .map((r) => ({
          date: String(r.row.date),
          kind:
            r.row.kind === 'cuti_bersama' ? ('cuti_bersama' as const) : ('libur_nasional' as const),
          name: String(r.row.description ?? ''),
        }));
      const completeYears = this.setting('kalender.tahunLengkap')
        .split(/[,;\s]+/)
        .map(Number)
        .filter((y) => Number.isInteger(y) && y > 1900);
      const years = [...new Set(entries.map((e) => Number(e.date.slice(0, 4))))];
      this.memo.calendar = {
        entries,
        completeYears,
        incompleteYears: years.filter((y) => !completeYears.includes(y)),
      };
    }
    return this.memo.calendar;
  }

  /** Now, ISO UTC (the clock is the only source of time). */
  now(): string {
    return this.clock.now();
  }
}
