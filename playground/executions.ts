/**
 * What the host page asks the bundle to run, as Apps Script would run it: a menu item (one
 * execution as the chosen user, whose alerts and prompts the page answers), and a
 * `google.script.run` call from a sidebar (refused like the real client library refuses, JSON
 * round trip, its own execution id). An execution is synchronous here, so a question is
 * answered by replay: the run is undone (the world restored to its state before the run), the
 * page asks the person, and the run starts again with the answers queued — the same as if
 * the script had waited for them.
 */
import { decode, encode } from '../emulator/core/wire';
import type { UiBackend, UiEvent } from '../emulator/backend/ui';
import { callFromClient, runEntry } from '../emulator/runtime';
import type { Playground } from './state';

export interface ShownEvent {
  kind: string;
  title: string;
  message: string;
}

export interface Question {
  kind: 'alert' | 'prompt';
  title: string;
  message: string;
  buttons: string;
}

export interface Answer {
  button: string;
  text?: string;
}

/** Sidebars opened, by sequence number (the frame loads `/sidebar?seq=`), the last 50 kept. */
export class Sidebars {
  private seq = 0;
  private readonly pages = new Map<number, { title: string; content: string }>();

  add(title: string, content: string): number {
    this.seq += 1;
    this.pages.set(this.seq, { title, content });
    if (this.pages.size > 50) this.pages.delete(Math.min(...this.pages.keys()));
    return this.seq;
  }

  get(seq: number) {
    return this.pages.get(seq);
  }
}

const asks = (e: UiEvent) => e.kind === 'prompt' || (e.kind === 'alert' && e.buttons !== 'OK');

/** Events of the runs since `since` that the page shows, and the sidebar opened (if any). */
export function shown(pg: Playground, sidebars: Sidebars, since: number) {
  const ui = pg.world.module<UiBackend>('ui');
  const events = ui.events.slice(since);
  let sidebar: { title: string; seq: number } | null = null;
  for (const e of events) {
    if (e.kind === 'sidebar' && e.content) {
      sidebar = { title: e.title ?? '', seq: sidebars.add(e.title ?? '', e.content) };
      delete e.content; // kept once, in `sidebars`, not in the saved state
    }
  }
  return {
    sidebar,
    events: events
      .filter((e) => ['alert', 'toast', 'prompt'].includes(e.kind))
      .map((e): ShownEvent => ({ kind: e.kind, title: e.title ?? '', message: e.message ?? '' })),
  };
}

/** Runs menu function `fn` as `user`; returns a question when the page must answer first. */
export function runMenu(
  pg: Playground,
  sidebars: Sidebars,
  fn: string,
  user: string,
  answers: readonly Answer[],
) {
  const ui = pg.world.module<UiBackend>('ui');
  const before = encode(pg.world.snapshot());
  const since = ui.events.length;
  ui.answer(...answers);
  const started = Date.now();
  const r = runEntry(pg.world, pg.bundle(), fn, [], { user, activeSpreadsheetId: pg.registerId });
  const ms = Date.now() - started;
  const asked = ui.events.slice(since).filter(asks);
  if (asked.length > answers.length) {
    pg.world.restore(decode<Record<string, unknown>>(before));
    const q = asked[answers.length];
    const question: Question = {
      kind: q.kind === 'prompt' ? 'prompt' : 'alert',
      title: q.title ?? '',
      message: q.message ?? '',
      buttons: q.buttons ?? 'OK',
    };
    return { question, ms };
  }
  ui.restore({ events: ui.events, answers: [] }); // answers not used are forgotten
  pg.save();
  return {
    ...shown(pg, sidebars, since),
    error: r.error ? r.error.message : null,
    ms,
    execId: r.execId,
  };
}

/** One `google.script.run` call from a sidebar. */
export function runFromClient(
  pg: Playground,
  sidebars: Sidebars,
  name: string,
  args: unknown[],
  user: string,
) {
  const ui = pg.world.module<UiBackend>('ui');
  const since = ui.events.length;
  const started = Date.now();
  try {
    const r = callFromClient(pg.world, pg.bundle(), name, args, {
      user,
      activeSpreadsheetId: pg.registerId,
    });
    pg.save();
    const ms = Date.now() - started;
    const extra = shown(pg, sidebars, since);
    if (r.error) return { ok: false, error: r.error.message, ms, execId: r.execId, ...extra };
    return { ok: true, value: r.value ?? null, ms, execId: r.execId, ...extra };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e), ms: 0, execId: null };
  }
}
