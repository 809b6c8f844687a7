/**
 * A local stand-in for the Google REST APIs the admin CLI uses (Sheets v4, Drive v3), over an
 * emulated `World`: point a `googleapis` client's `rootUrl` at it and the real client code runs
 * against the same state the Apps Script emulation (and the playground's grid) sees.
 *
 * - Who calls: `Authorization: Bearer emulator:<e-mail>` (see `localToken`); anything else is
 *   401, as Google answers a request without valid credentials.
 * - Quota: Sheets requests count against 60 reads and 60 writes per minute per user
 *   (`quota.ts`); over it, HTTP 429 with Google's error body. Time comes from a `Clock`, so
 *   tests share a virtual clock with the CLI's rate limiter.
 * - Faults: `failNext(n, status)` makes the next n Sheets requests fail (tests of retries);
 *   `dropNext(n, { applied })` closes the connection of the next n Sheets requests without an
 *   answer, before or after the request took effect — what a client sees as `ECONNRESET` /
 *   "other side closed" when a keep-alive connection is dropped or a proxy cuts it.
 *
 * `createRestHandler` gives a request handler to mount in any `http` server (the playground
 * mounts it beside its own pages); `startRestServer` runs it alone on 127.0.0.1.
 */
import * as http from 'http';
import type { AddressInfo } from 'net';
import type { SheetsBackend } from '../backend/sheets';
import type { CallContext, World } from '../backend/world';
import { realClock, type Clock } from './clock';
import { DriveApi } from './driveApi';
import { quotaErrorBody, SheetsQuota } from './quota';
import { ApiError, SheetsApi } from './sheetsApi';

export { VirtualClock, realClock, type Clock } from './clock';
export { SheetsQuota } from './quota';

const TOKEN_PREFIX = 'emulator:';

/** The access token the stand-in accepts for `email`. */
export function localToken(email: string): string {
  return `${TOKEN_PREFIX}${email}`;
}

export interface RestOptions {
  world: World;
  /**
   * Path prefix, with leading and trailing slash (default `/`). googleapis builds URLs from
   * the origin of `rootUrl` and absolute paths (`/v4/spreadsheets/…`, `/drive/v3/…`), so a
   * server shared with other pages (the playground) mounts the stand-in at `/`: it answers only
   * those API paths and `/_wrse/local`, and leaves every other path to its host.
   */
  prefix?: string;
  clock?: Clock;
  /** Per-user Sheets requests per minute (default 60 reads and 60 writes). */
  perMinute?: number;
  /** Called after every request that may have changed the state (e.g. to save it). */
  onChange?: () => void;
  /** Served as JSON at `<prefix>_wrse/local` (e.g. the playground's register id). */
  info?: () => Record<string, unknown>;
}

export interface RestHandler {
  /** Answers the request if its path is under the prefix; false otherwise. */
  (req: http.IncomingMessage, res: http.ServerResponse): boolean;
  readonly quota: SheetsQuota;
  /** Requests answered, by `METHOD api.method`. */
  readonly counts: Map<string, number>;
  /** The next `n` Sheets requests fail with `status` (503 by default). */
  failNext(n: number, status?: number): void;
  /**
   * The next `n` Sheets requests get no answer: the connection is destroyed, before the request
   * is applied or (`applied: true`) after it took effect; only requests named `request` (e.g.
   * `values.append`) when given.
   */
  dropNext(n: number, o?: { applied?: boolean; request?: string }): void;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=UTF-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

interface Route {
  name: string;
  metric: 'read' | 'write' | 'drive' | 'local';
  run(ctx: CallContext, q: URLSearchParams, body: Record<string, unknown>): unknown;
}

export function createRestHandler(options: RestOptions): RestHandler {
  const prefix = options.prefix ?? '/';
  const clock = options.clock ?? realClock;
  const sheetsBackend = options.world.module<SheetsBackend>('sheets');
  const sheets = new SheetsApi(sheetsBackend);
  const drive = new DriveApi(sheetsBackend);
  const quota = new SheetsQuota(clock, options.perMinute);
  const counts = new Map<string, number>();
  let faults: { n: number; status: number } = { n: 0, status: 503 };
  let drops: { n: number; applied: boolean; request?: string } = { n: 0, applied: false };
  const drop = (res: http.ServerResponse) => {
    res.socket?.destroy();
  };

  const route = (method: string, path: string): Route | null => {
    const d = (s: string) => decodeURIComponent(s);
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '_wrse/local' && options.info)
      return { name: 'local', metric: 'local', run: () => options.info!() };
    if (method === 'POST' && path === 'v4/spreadsheets')
      return {
        name: 'spreadsheets.create',
        metric: 'write',
        run: (c, _q, b) => sheets.create(c, b),
      };
    if ((m = /^v4\/spreadsheets\/([^/:]+)$/.exec(path)) && method === 'GET') {
      const id = d(m[1]);
      return { name: 'spreadsheets.get', metric: 'read', run: (c, q) => sheets.get(c, id, q) };
    }
    if ((m = /^v4\/spreadsheets\/([^/:]+):batchUpdate$/.exec(path)) && method === 'POST') {
      const id = d(m[1]);
      return {
        name: 'spreadsheets.batchUpdate',
        metric: 'write',
        run: (c, _q, b) => sheets.batchUpdate(c, id, b),
      };
    }
    if ((m = /^v4\/spreadsheets\/([^/:]+)\/values:batchGet$/.exec(path)) && method === 'GET') {
      const id = d(m[1]);
      return {
        name: 'values.batchGet',
        metric: 'read',
        run: (c, q) => sheets.valuesBatchGet(c, id, q),
      };
    }
    if ((m = /^v4\/spreadsheets\/([^/:]+)\/values:batchUpdate$/.exec(path)) && method === 'POST') {
      const id = d(m[1]);
      return {
        name: 'values.batchUpdate',
        metric: 'write',
        run: (c, _q, b) => sheets.valuesBatchUpdate(c, id, b),
      };
    }
    if ((m = /^v4\/spreadsheets\/([^/:]+)\/values\/(.+?)(:append|:clear)?$/.exec(path))) {
      const id = d(m[1]);
      const range = d(m[2]);
      if (m[3] === ':append' && method === 'POST')
        return {
          name: 'values.append',
          metric: 'write',
          run: (c, q, b) => sheets.valuesAppend(c, id, range, q, b),
        };
      if (m[3] === ':clear' && method === 'POST')
        return {
          name: 'values.clear',
          metric: 'write',
          run: (c) => sheets.valuesClear(c, id, range),
        };
      if (!m[3] && method === 'GET')
        return {
          name: 'values.get',
          metric: 'read',
          run: (c, q) => sheets.valuesGet(c, id, range, q),
        };
      if (!m[3] && method === 'PUT')
        return {
          name: 'values.update',
          metric: 'write',
          run: (c, q, b) => sheets.valuesUpdate(c, id, range, q, b),
        };
    }
    if ((m = /^drive\/v3\/files\/([^/]+)$/.exec(path)) && method === 'GET') {
      const id = d(m[1]);
      return { name: 'files.get', metric: 'drive', run: (c) => drive.get(c, id) };
    }
    if ((m = /^drive\/v3\/files\/([^/]+)\/copy$/.exec(path)) && method === 'POST') {
      const id = d(m[1]);
      return { name: 'files.copy', metric: 'drive', run: (c, _q, b) => drive.copy(c, id, b) };
    }
    return null;
  };

  const handler = ((req: http.IncomingMessage, res: http.ServerResponse): boolean => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(prefix)) return false;
    const method = req.method ?? 'GET';
    const path = url.pathname.slice(prefix.length);
    const r = route(method, path);
    if (!r && !/^(v4\/spreadsheets|drive\/v3\/)/.test(path)) return false;
    void readBody(req).then((text) => {
      if (!r) {
        const e = new ApiError(
          404,
          'NOT_FOUND',
          `REST stand-in: ${method} ${url.pathname} is not emulated.`,
        );
        return sendJson(res, 404, e.body());
      }
      counts.set(r.name, (counts.get(r.name) ?? 0) + 1);
      if (r.metric === 'local')
        return sendJson(res, 200, r.run({ execId: 'rest', user: '' }, url.searchParams, {}));
      const auth = req.headers.authorization ?? '';
      const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
      if (!token.startsWith(TOKEN_PREFIX) || token.length === TOKEN_PREFIX.length) {
        const e = new ApiError(
          401,
          'UNAUTHENTICATED',
          'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
        );
        return sendJson(res, 401, e.body());
      }
      const user = token.slice(TOKEN_PREFIX.length);
      let dropAfter = false;
      if (r.metric !== 'drive') {
        if (drops.n > 0 && (drops.request === undefined || drops.request === r.name)) {
          drops = { ...drops, n: drops.n - 1 };
          if (!drops.applied) return drop(res);
          dropAfter = true;
        }
        if (faults.n > 0) {
          faults = { ...faults, n: faults.n - 1 };
          const e = new ApiError(
            faults.status,
            'UNAVAILABLE',
            'The service is currently unavailable.',
          );
          return sendJson(res, faults.status, e.body());
        }
        if (!quota.take(user, r.metric)) return sendJson(res, 429, quotaErrorBody(r.metric));
      }
      try {
        const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
        const out = r.run({ execId: `rest-${user}`, user }, url.searchParams, body);
        if (method !== 'GET') options.onChange?.();
        if (dropAfter) return drop(res);
        sendJson(res, 200, out);
      } catch (e) {
        const err =
          e instanceof ApiError
            ? e
            : new ApiError(500, 'INTERNAL', e instanceof Error ? e.message : String(e));
        sendJson(res, err.code, err.body());
      }
    });
    return true;
  }) as RestHandler;
  Object.assign(handler, {
    quota,
    counts,
    failNext(n: number, status = 503) {
      faults = { n, status };
    },
    dropNext(n: number, o: { applied?: boolean; request?: string } = {}) {
      drops = { n, applied: o.applied ?? false, request: o.request };
    },
  });
  return handler;
}

export interface RunningRest {
  url: string;
  /** The `rootUrl` for googleapis clients (ends with `/`). */
  rootUrl: string;
  handler: RestHandler;
  close(): Promise<void>;
}

/** Runs the stand-in alone on 127.0.0.1 (port 0: a free port). */
export function startRestServer(options: RestOptions & { port?: number }): Promise<RunningRest> {
  const handler = createRestHandler({ ...options, prefix: options.prefix ?? '/' });
  const server = http.createServer((req, res) => {
    if (!handler(req, res)) sendJson(res, 404, { error: { code: 404, message: 'Not found' } });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      const url = `http://127.0.0.1:${port}`;
      resolve({
        url,
        rootUrl: `${url}${options.prefix ?? '/'}`,
        handler,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
