/**
 * The local playground's HTTP server: the built `dist/Code.js` running in the Apps Script
 * emulation, with state in a folder (`.playground/` by default). It serves the host page (grid,
 * menu, sidebar frame, user switcher, Drive panel), the sidebar pages with the
 * `google.script.run` stand-in, the letters in Drive as they would print (`/drive/<fileId>`),
 * the public verification page (`/verifikasi?kode=`, also at the emulated web app's
 * `/macros/s/<id>/exec` path), a small JSON API the host page and the stand-in use, and the
 * Sheets v4 / Drive v3 REST stand-in (`emulator/rest`) the admin CLI's `--local` talks to.
 * Listens on 127.0.0.1 only.
 *
 * `startServer({ port, stateDir })` is what `npm start` and the browser tests call; port 0
 * picks a free port.
 */
import * as http from 'http';
import type { AddressInfo } from 'net';
import { runEntry } from '../emulator/runtime';
import { createRestHandler } from '../emulator/rest/server';
import type { UiBackend } from '../emulator/backend/ui';
import { withClientShim } from './clientShim';
import { DEMO_ADMIN } from './demoData';
import { driveTree, filePage, verificationPage } from './drive';
import { runFromClient, runMenu, Sidebars, type Answer } from './executions';
import { editCell, listSheets, listSpreadsheets, listUsers, readPage } from './grid';
import { hostPage } from './hostPage';
import { openPlayground, type Playground, type PlaygroundOptions } from './state';

export { resetState } from './state';
export { DEMO_ADMIN };

export interface ServerOptions extends PlaygroundOptions {
  port?: number;
}

export interface RunningServer {
  server: http.Server;
  url: string;
  playground: Playground;
  close(): Promise<void>;
}

function readBody(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.on('data', (chunk) => {
      data += chunk;
      if (data.length > 1e6) reject(new Error('Permintaan terlalu besar.'));
    });
    req.on('end', () => {
      try {
        resolve(data ? (JSON.parse(data) as Record<string, unknown>) : {});
      } catch (e) {
        reject(e);
      }
    });
  });
}

const CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";
/** Letters and the verification page: no script at all. */
const CSP_NO_SCRIPT = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function send(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  type = 'application/json',
  csp = CSP,
) {
  res.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-store',
    'content-security-policy': csp,
  });
  res.end(type === 'application/json' ? JSON.stringify(body) : String(body));
}

type Handler = (
  url: URL,
  user: string,
  req: http.IncomingMessage,
) => Promise<[number, unknown, string?, string?]>;

function routes(pg: Playground, sidebars: Sidebars): Record<string, Handler> {
  const ui = pg.world.module<UiBackend>('ui');
  return {
    'GET /': async (_url, user) => {
      const opened = runEntry(pg.world, pg.bundle(), 'onOpen', [], {
        user,
        activeSpreadsheetId: pg.registerId,
      });
      if (opened.error) throw opened.error;
      return [200, hostPage(), 'text/html'];
    },
    'GET /favicon.ico': async () => [204, '', 'text/plain'],
    'GET /api/state': async (url, user) => [
      200,
      {
        user,
        users: listUsers(pg),
        menus: ui.menus(pg.registerId),
        sheets: listSheets(pg, user, url.searchParams.get('ss') || undefined),
        spreadsheets: listSpreadsheets(pg, user),
      },
    ],
    'GET /api/sheet': async (url, user) => [
      200,
      readPage(
        pg,
        user,
        url.searchParams.get('name') ?? '',
        Number(url.searchParams.get('page')),
        url.searchParams.get('ss') || undefined,
      ),
    ],
    'POST /api/cell': async (_url, user, req) => {
      const b = await readBody(req);
      const input = typeof b.input === 'boolean' ? b.input : String(b.input ?? '');
      const r = editCell(
        pg,
        user,
        {
          sheet: String(b.sheet),
          row: Number(b.row),
          column: Number(b.column),
          input,
        },
        b.ss ? String(b.ss) : undefined,
      );
      if (!r.error) pg.save();
      return [200, r];
    },
    'POST /api/menu': async (_url, user, req) => {
      const b = await readBody(req);
      const fn = String(b.fn);
      if (!pg.bundle().functions.includes(fn) || fn.endsWith('_'))
        return [404, { error: `Fungsi ${fn} tidak ada di bundle.` }];
      return [200, runMenu(pg, sidebars, fn, user, (b.answers as Answer[]) ?? [])];
    },
    'POST /api/run': async (_url, user, req) => {
      const b = await readBody(req);
      const args = Array.isArray(b.args) ? b.args : [];
      return [200, runFromClient(pg, sidebars, String(b.name), args, user)];
    },
    'GET /api/drive': async () => [200, { roots: driveTree(pg) }],
    'GET /drive/*': async (url) => {
      const id = decodeURIComponent(url.pathname.slice('/drive/'.length));
      const [status, html] = filePage(pg, id);
      return [status, html, 'text/html', CSP_NO_SCRIPT];
    },
    'GET /verifikasi': async (url) => {
      const [status, html] = verificationPage(pg, url.searchParams.get('kode') ?? '');
      return [status, html, 'text/html', CSP_NO_SCRIPT];
    },
    'GET /sidebar': async (url, user) => {
      const page = sidebars.get(Number(url.searchParams.get('seq')));
      if (!page)
        return [404, 'Sidebar ini sudah tidak tersedia. Buka lagi dari menu.', 'text/plain'];
      return [200, withClientShim(page.content, user, pg.bundle().functions), 'text/html'];
    },
  };
}

/** The route of a path: `/drive/<id>` → `/drive/*`; the web app's `…/exec` → `/verifikasi`. */
function routeOf(pathname: string): string {
  if (pathname.startsWith('/drive/')) return '/drive/*';
  if (/^\/macros\/s\/[\w-]+\/exec$/.test(pathname)) return '/verifikasi';
  return pathname;
}

/** Starts the playground; resolves once it listens. */
export function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const pg = openPlayground(options);
  const sidebars = new Sidebars();
  const table = routes(pg, sidebars);
  // The Sheets/Drive REST stand-in over the same world, for `npm run admin -- … --local`.
  const rest = createRestHandler({
    world: pg.world,
    onChange: () => pg.save(),
    info: () => ({ registerId: pg.registerId }),
  });
  const server = http.createServer((req, res) => {
    if (rest(req, res)) return;
    const url = new URL(req.url ?? '/', 'http://localhost');
    const user = url.searchParams.has('user') ? (url.searchParams.get('user') ?? '') : DEMO_ADMIN;
    const handler = table[`${req.method} ${routeOf(url.pathname)}`];
    if (!handler) return send(res, 404, { error: 'Tidak ditemukan.' });
    handler(url, user, req)
      .then(([status, body, type, csp]) => send(res, status, body, type, csp))
      .catch((e: unknown) => {
        console.error(e);
        send(res, 500, { error: e instanceof Error ? e.message : String(e) });
      });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        server,
        url: `http://localhost:${port}/`,
        playground: pg,
        close: () =>
          new Promise<void>((done) => {
            pg.flush();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
