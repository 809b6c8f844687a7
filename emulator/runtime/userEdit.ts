/**
 * A person typing or pasting into a spreadsheet in the Sheets UI, and what Google does next:
 * the installable onEdit triggers of that spreadsheet run (each as the user who created it)
 * with the event object. Only such UI edits fire onEdit: a script's writes (`setValue`…) and
 * edits through the Sheets API never do, and neither do row insertions or deletions (those fire
 * onChange, not emulated). Event semantics (Apps Script "Event objects", Sheets › Edit):
 * `range` is the edited range; `value` (the new value) and `oldValue` (the value before, absent
 * when the cell was empty) only for a single-cell edit, as text; `user` is the editor (its
 * e-mail may be '' when Google withholds it); `source` the spreadsheet; `authMode` FULL.
 * Identity in the trigger's run: `Session.getEffectiveUser()` is the trigger's creator;
 * `Session.getActiveUser()` is '' unless the creator made the edit
 * (https://developers.google.com/apps-script/reference/base/session#getActiveUser()).
 */
import type { World } from '../backend/world';
import type { TriggersBackend } from '../backend/triggers';
import type { Bundle } from './bundle';
import { runInProcess } from './inProcess';
import type { RunOptions, RunResult } from './options';
import { runEntry } from './runEntry';

export interface UserEdit {
  spreadsheetId: string;
  /** The editor's e-mail. */
  user: string;
  sheet: string;
  /** The top-left cell or the range typed/pasted into, e.g. `C5` or `C5:D6`. */
  a1: string;
  /** The values typed or pasted (one row per row of the range). */
  values: unknown[][];
  /** The e-mail Google puts in `e.user` (default: `user`; '' when withheld). */
  eventUser?: string;
  now?: Date | number;
}

interface EditEventSpec {
  spreadsheetId: string;
  sheet: string;
  a1: string;
  value?: string;
  oldValue?: string;
  user: string;
  triggerUid: string;
}

/** What happened: the onEdit runs it fired (one per installable onEdit trigger). */
export interface UserEditResult {
  triggers: Array<{ handler: string; owner: string; run: RunResult }>;
}

/** Types `values` into the sheet as `user` (through the UI), then runs the onEdit triggers. */
export function editAsUser(world: World, bundle: Bundle, edit: UserEdit): UserEditResult {
  const single = edit.values.length === 1 && edit.values[0].length === 1;
  const written = runInProcess(world, { user: edit.user, now: edit.now }, (g) => {
    const app = g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const sheet = app.openById(edit.spreadsheetId).getSheetByName(edit.sheet);
    if (!sheet) throw new Error(`No sheet ${edit.sheet}`);
    const top = sheet.getRange(edit.a1);
    const range = top.offset(0, 0, edit.values.length, edit.values[0].length);
    const before = single ? range.getDisplayValue() : '';
    range.setValues(edit.values);
    return { a1: range.getA1Notation(), before, after: single ? range.getDisplayValue() : '' };
  });
  if (written.error) throw written.error;
  const { a1, before, after } = written.value!;
  const triggers = (world.module('triggers') as TriggersBackend)
    .all()
    .filter((t) => t.eventType === 'ON_EDIT' && t.sourceId === edit.spreadsheetId);
  return {
    triggers: triggers.map((t) => {
      const spec: EditEventSpec = {
        spreadsheetId: edit.spreadsheetId,
        sheet: edit.sheet,
        a1,
        user: edit.eventUser ?? edit.user,
        triggerUid: t.id,
        ...(single ? { value: after } : {}),
        ...(single && before !== '' ? { oldValue: before } : {}),
      };
      return { handler: t.handler, owner: t.owner, run: runTrigger(world, bundle, t, spec, edit) };
    }),
  };
}

function runTrigger(
  world: World,
  bundle: Bundle,
  trigger: { handler: string; owner: string },
  spec: EditEventSpec,
  edit: UserEdit,
): RunResult {
  // The trigger runs as its creator (getEffectiveUser); getActiveUser is the person who typed
  // only when that is the creator: for anyone else Google does not promise it (Session
  // reference: "may be blank"), so the emulation takes the stricter answer, ''.
  const options: RunOptions = {
    user: edit.user === trigger.owner ? trigger.owner : '',
    effectiveUser: trigger.owner,
    activeSpreadsheetId: edit.spreadsheetId,
    now: edit.now,
  };
  return runEntry(world, bundle, trigger.handler, [], options, JSON.stringify(spec));
}
