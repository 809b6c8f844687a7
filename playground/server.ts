/**
 * The local playground: the built `dist/Code.js` running in the Apps Script emulation, served
 * on a local port, with state kept in `.playground/` (ignored by git). The host page shows the
 * register's tabs, the WRSE menu (running the real menu functions), the sidebar the bundle
 * opens (the real `dist/*.html` in a 300 px frame, talking to the bundle through a
 * `google.script.run` stand-in) and the alerts and toasts it shows, as the user you pick.
 *
 * Usage: `npm start` (PORT from the environment, default 8080); `npm run playground:reset`.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { createWorld, type World } from '../emulator/backend';
import type { UiBackend } from '../emulator/backend/ui';
import {
  callFromClient,
  loadBundle,
  runEntry,
  runInProcess,
  type Bundle,
} from '../emulator/runtime';
import { withClientShim } from './clientShim';
import { hostPage } from './hostPage';

const root = process.cwd();
const stateDir = path.join(root, '.playground');
const stateFile = path.join(stateDir, 'state.json');
const metaFile = path.join(stateDir, 'register.json');

export const DEMO_ADMIN = 'admin@dinsos.contoh.go.id';

interface Playground {
  world: World;
  bundle: Bundle;
  registerId: string;
}

/** Loads the saved state, or creates the demo register (set up by the demo Admin). */
function open(): Playground {
  const bundle = loadBundle(path.join(root, 'dist'));
  const world = createWorld();
  if (fs.existsSync(stateFile) && fs.existsSync(metaFile)) {
    world.load(stateFile);
    const { registerId } = JSON.parse(fs.readFileSync(metaFile, 'utf8'));
    return { world, bundle, registerId };
  }
  const created = runInProcess(world, { user: DEMO_ADMIN }, (g) =>
    (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .create('Register WRSE — CONTOH (data sintetis)')
      .getId(),
  );
  if (created.error) throw created.error;
  const registerId = created.value as string;
  const setup = runEntry(world, bundle, 'menuSetupRegister', [], {
    user: DEMO_ADMIN,
    activeSpreadsheetId: registerId,
  });
  if (setup.error) throw setup.error;
  fs.mkdirSync(stateDir, { recursive: true });
  fs.writeFileSync(metaFile, JSON.stringify({ registerId }));
  world.save(stateFile);
  return { world, bundle, registerId };
}

function readBody(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.on('data', (chunk) => {
      data += chunk;
      if (data.length > 1e6) reject(new Error('request too large'));
    });
    req.on('end', () => {
      try {
        resolve(data ? JSON.parse(data) : {});
      } catch (e) {
        reject(e);
      }
    });
  });
}

function send(res: http.ServerResponse, status: number, body: unknown, type = 'application/json') {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(type === 'application/json' ? JSON.stringify(body) : String(body));
}

/** What the host page needs after each execution: menus, sidebar, alerts and toasts. */
function uiState(pg: Playground, since: number) {
  const ui = pg.world.module<UiBackend>('ui');
  const events = ui.events
    .slice(since)
    .filter((e) => e.spreadsheetId === pg.registerId || e.kind === 'sidebar');
  const sidebars = ui.ofKind('sidebar');
  const sidebar = sidebars[sidebars.length - 1];
  return {
    menus: ui.menus(pg.registerId),
    events: events
      .filter((e) => e.kind === 'alert' || e.kind === 'toast' || e.kind === 'prompt')
      .map((e) => ({ kind: e.kind, title: e.title ?? '', message: e.message ?? '' })),
    sidebar: sidebar ? { title: sidebar.title ?? '', seq: sidebars.length } : null,
  };
}

/** The tabs of the register, each as rows of display values (the first 200 rows). */
function sheets(pg: Playground, user: string) {
  const r = runInProcess(pg.world, { user, activeSpreadsheetId: pg.registerId }, (g) => {
    const ss = (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(
      pg.registerId,
    );
    return ss.getSheets().map((sheet) => {
      const rows = Math.min(Math.max(sheet.getLastRow(), 1), 201);
      const columns = Math.max(sheet.getLastColumn(), 1);
      return {
        name: sheet.getName(),
        totalRows: sheet.getLastRow(),
        values: sheet.getRange(1, 1, rows, columns).getDisplayValues(),
      };
    });
  });
  if (r.error) throw r.error;
  return r.value;
}

export function startServer(port: number): http.Server {
  const pg = open();
  const ui = pg.world.module<UiBackend>('ui');
  const save = () => pg.world.save(stateFile);

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const user = url.searchParams.get('user') ?? DEMO_ADMIN;
    void (async () => {
      try {
        if (req.method === 'GET' && url.pathname === '/') {
          const opened = runEntry(pg.world, pg.bundle, 'onOpen', [], {
            user,
            activeSpreadsheetId: pg.registerId,
          });
          if (opened.error) throw opened.error;
          return send(res, 200, hostPage(), 'text/html');
        }
        if (req.method === 'GET' && url.pathname === '/api/state') {
          return send(res, 200, {
            ...uiState(pg, ui.events.length),
            sheets: sheets(pg, user),
            user,
          });
        }
        if (req.method === 'GET' && url.pathname === '/sidebar') {
          const sidebars = ui.ofKind('sidebar');
          const last = sidebars[sidebars.length - 1];
          if (!last?.content) return send(res, 404, 'Belum ada sidebar yang dibuka.', 'text/plain');
          return send(
            res,
            200,
            withClientShim(last.content, user, pg.bundle.functions),
            'text/html',
          );
        }
        if (req.method === 'POST' && url.pathname === '/api/menu') {
          const { fn } = (await readBody(req)) as { fn: string };
          if (!pg.bundle.functions.includes(fn) || fn.endsWith('_'))
            return send(res, 404, { error: `Fungsi ${fn} tidak ada.` });
          const since = ui.events.length;
          const r = runEntry(pg.world, pg.bundle, fn, [], {
            user,
            activeSpreadsheetId: pg.registerId,
          });
          save();
          return send(res, 200, {
            ...uiState(pg, since),
            error: r.error ? r.error.message : null,
            ledger: r.ledger,
          });
        }
        if (req.method === 'POST' && url.pathname === '/api/run') {
          const { name, args } = (await readBody(req)) as { name: string; args: unknown[] };
          const started = Date.now();
          try {
            const r = callFromClient(pg.world, pg.bundle, name, args ?? [], {
              user,
              activeSpreadsheetId: pg.registerId,
            });
            save();
            if (r.error) return send(res, 200, { ok: false, error: r.error.message });
            return send(res, 200, {
              ok: true,
              value: r.value ?? null,
              ms: Date.now() - started,
              ledger: r.ledger,
            });
          } catch (e) {
            return send(res, 200, { ok: false, error: e instanceof Error ? e.message : String(e) });
          }
        }
        return send(res, 404, { error: 'not found' });
      } catch (e) {
        console.error(e);
        return send(res, 500, { error: e instanceof Error ? e.message : String(e) });
      }
    })();
  });
  server.listen(port, '127.0.0.1');
  return server;
}

/** Deletes the saved state: the next start seeds a fresh demo register. */
export function resetState(): void {
  fs.rmSync(stateDir, { recursive: true, force: true });
}
