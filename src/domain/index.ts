/**
 * The domain's public face: NIK and KK, age, eligibility with reasons, the working-day
 * calendar and due dates, and Indonesian formats (dates, rupiah, terbilang, masked NIK).
 * Pure TypeScript: no Apps Script globals, no clock, no time zone; dates are ISO strings.
 */
export { bareDigits } from './digits';
export {
  addDays,
  daysInMonth,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  isoDateInJakarta,
  jakartaMidnight,
  toDayNumber,
  weekdayOf,
} from './isoDate';
export { dottedAreaCode, findDesa, isMagetanKecamatan, kecamatanName } from './wilayah';
export { maskNik, normalizeNik, parseNik } from './nik';
export type { NikInvalid, NikResult, NikValid } from './nik';
export { parseKk } from './kk';
export type { KkResult } from './kk';
export { ageOn } from './age';
export { terbilang, tryTerbilang } from './terbilang';
export type { TerbilangResult } from './terbilang';
export { formatRupiah, formatRupiahTerbilang, rupiahTerbilang } from './rupiah';
export { formatTanggal, NAMA_BULAN, NAMA_HARI } from './tanggal';
export type { FormatTanggalOptions } from './tanggal';
export { calendarWarnings, holidayDates } from './holidays';
export type { CalendarOptions, Holiday, HolidayCalendar, HolidayKind } from './holidays';
export { addWorkingDays, isWorkingDay, workingDaysBetween } from './workingDays';
export { dueDateMinutes, dueDateWorkingDays, stepDue, workingDaysElapsed } from './dueDate';
export type { DueResult, OfficeHours, TimeStandard } from './dueDate';
export {
  DEFAULT_RULE_SETTINGS,
  parseRuleSettings,
  ruleSetFor,
  ruleSettingsSchema,
} from './eligibility/settings';
export type { RuleSettings } from './eligibility/settings';
export {
  buildDtsenIndex,
  buildParticipationIndex,
  emptyParticipationIndex,
} from './eligibility/indexes';
export { checkEligibility, verdictOf } from './eligibility/checkEligibility';
export { GROUP_RULES } from './eligibility/groupRules';
export {
  EXCLUDED_VALIDATION,
  overrideCovers,
  RULES_NOT_OVERRIDABLE,
  sopGate,
} from './eligibility/gate';
export type {
  GateFailure,
  GateMember,
  GateResult,
  RuleOverride,
  UnusedOverride,
} from './eligibility/gate';
export { formDateProblem, isRealIsoDate, letterDateProblem } from './letterDate';
export type { LetterDateLimits } from './letterDate';
export { MEMBER_RULES, normalizeMaritalStatus } from './eligibility/memberRules';
export type {
  DtsenRow,
  DtsenIndex,
  EligibilityContext,
  EligibilityReport,
  GroupInput,
  MaritalStatus,
  MemberInput,
  MemberReport,
  Participation,
  ParticipationIndex,
  RequirementChecklist,
  RuleResult,
  RuleStatus,
  Verdict,
} from './eligibility/types';
export { HARI_LIBUR } from './data/holidays';
export { DESA_MAGETAN, KABUPATEN_MAGETAN, KECAMATAN_MAGETAN } from './data/wilayah';
// Workflow: the SOP step table, who may move a case from which step to which, SLA clocks.
export {
  DEFAULT_REJECTABLE_STEPS,
  DEFAULT_RETURNABLE_STEPS,
  ENTRY_STEP,
  findStep,
  nextStep,
  parseStepTable,
  STEP_COLUMNS,
  STEP_UNITS,
  WORKFLOW_ROLES,
} from './workflow/steps';
export type { Role, StepDef, StepTableResult, StepUnit } from './workflow/steps';
export {
  allowedActions,
  CASE_STATUS,
  decide,
  decidedState,
  DEFAULT_RESUBMIT_STEP,
  hasPendingLetter,
  intakeState,
  roleName,
  waitingRoleOf,
} from './workflow/engine';
export type {
  Actor,
  AllowedActions,
  CaseState,
  CaseStatus,
  Decision,
  DecideOptions,
  WorkflowAction,
} from './workflow/engine';
export {
  slaStatus,
  SOP_MINUTES_PER_DAY,
  SOP_STATED_TOTAL_MINUTES,
  sopTotals,
  sortWork,
  stepDueOn,
} from './workflow/sla';
export type { SlaOptions, SlaStatus, SopTotals, StepDueResult, WorkItem } from './workflow/sla';
export {
  DEFAULT_RETENTION,
  addYears,
  archiveCodeOf,
  parseRetention,
  retentionDue,
} from './retention';
export type { RetentionDue, RetentionPeriod, RetentionState } from './retention';
