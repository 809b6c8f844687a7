/**
 * Whose account an execution acts for on Google's side. Looked up: Google's installable-triggers
 * guide (an installable trigger "runs under the account of the user who created the trigger"),
 * `ScriptApp.getProjectTriggers()` ("all installable triggers associated with the current
 * project and current user"), `Session.getEffectiveUser()` ("the user under whose authority the
 * script is running … if the script is running under an installable trigger, this is the
 * account of the user who created the trigger"), MailApp (mail is sent from the account running
 * the script). So a trigger's run, whose active user may be '', lists its owner's triggers and
 * sends its owner's mail; a sidebar call by someone else lists and sends as that someone.
 * And private functions (names ending in "_"): Google's "HTML service: communicate with server
 * functions" › Private functions (hidden from google.script.run) and "Libraries" (hidden from
 * a library's users) say nothing of triggers, so a trigger for one is not emulated.
 */
import { createWorld } from '../../emulator/backend';
import type { MailBackend } from '../../emulator/backend/mail';
import { runInProcess } from '../../emulator/runtime';

type G = {
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  Session: GoogleAppsScript.Base.Session;
};

const OWNER = 'admin@x.id';

function handlers(w: ReturnType<typeof createWorld>, user: string, effectiveUser?: string) {
  const r = runInProcess(w, { user, ...(effectiveUser ? { effectiveUser } : {}) }, (g) =>
    (g as G).ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction()),
  );
  if (r.error) throw r.error;
  return r.value;
}

describe('an execution acts as its effective user', () => {
  const w = createWorld();
  const made = runInProcess(w, { user: OWNER }, (g) => {
    (g as G).ScriptApp.newTrigger('dailyJob').timeBased().everyDays(1).atHour(7).create();
  });
  expect(made.error).toBeNull();

  test("a trigger's run (no active e-mail, effective user = owner) lists the owner's triggers", () => {
    expect(handlers(w, '', OWNER)).toEqual(['dailyJob']);
  });

  test('another user (or an empty e-mail) calling the same function lists none', () => {
    expect(handlers(w, 'pendamping@x.id')).toEqual([]);
    expect(handlers(w, '')).toEqual([]);
  });

  test("mail sent by a trigger's run is the owner's mail", () => {
    const r = runInProcess(w, { user: '', effectiveUser: OWNER }, (g) => {
      (g as G).MailApp.sendEmail('kadis@x.id', 'Subjek', 'Isi');
      return (g as G).Session.getEffectiveUser().getEmail();
    });
    expect(r.value).toBe(OWNER);
    const sent = w.module<MailBackend>('mail').sent;
    expect(sent[sent.length - 1].from).toBe(OWNER);
  });

  test('a trigger for a private function (name ending in _) is not emulated', () => {
    const r = runInProcess(w, { user: OWNER }, (g) =>
      (g as G).ScriptApp.newTrigger('secret_').timeBased().everyDays(1).create(),
    );
    expect(r.error?.message).toMatch(/private function secret_ is not emulated/);
    expect(handlers(w, OWNER)).toEqual(['dailyJob']);
  });
});
