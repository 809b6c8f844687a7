/**
 * The googleapis clients the commands use, and where they point:
 *
 * - Google: a service-account key file (`GOOGLE_APPLICATION_CREDENTIALS`, the account given
 *   edit access to the register), or an OAuth desktop client (`WRSE_OAUTH_CLIENT_ID`,
 *   `WRSE_OAUTH_CLIENT_SECRET`, `WRSE_OAUTH_REFRESH_TOKEN`). Credentials are only read from the
 *   environment and the key file; nothing is written.
 * - `--local`: the REST stand-in (`emulator/rest`) — the running playground's `/rest/`, or, when
 *   none answers, the playground's state folder opened in this process.
 *
 * Every request goes through `AdminContext.call`: the rate limiter and backoff of `limiter.ts`.
 */
import { google, type drive_v3, type sheets_v4 } from 'googleapis';
import { localToken } from '../emulator/rest/server';
import { realClock, type Clock } from '../emulator/rest/clock';
import { RateLimiter, withRetry } from './limiter';
import type { ProgressStream } from './progress';

export const SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets',
  'https://www.googleapis.com/auth/drive',
];

export interface Apis {
  sheets: sheets_v4.Sheets;
  drive: drive_v3.Drive;
}

/** Clients for the local stand-in at `rootUrl`, acting as `user`. */
export function localApis(rootUrl: string, user: string): Apis {
  const auth = new google.auth.OAuth2();
  auth.setCredentials({
    access_token: localToken(user),
    expiry_date: Date.now() + 10 * 365 * 86_400_000,
  });
  const options = { auth, rootUrl, retry: false, fetchImplementation: globalThis.fetch };
  return {
    sheets: google.sheets({ version: 'v4', ...options }),
    drive: google.drive({ version: 'v3', ...options }),
  };
}

export class CredentialsMissing extends Error {}

export const CREDENTIALS_HELP = [
  'Kredensial Google tidak ditemukan. / Google credentials not found.',
  'Pilih salah satu / choose one:',
  '  1. Akun layanan / service account:  export GOOGLE_APPLICATION_CREDENTIALS=/path/kunci.json',
  '     (bagikan register ke e-mail akun layanan itu sebagai Editor / share the register with it)',
  '  2. Klien OAuth desktop / OAuth desktop client:',
  '     export WRSE_OAUTH_CLIENT_ID=… WRSE_OAUTH_CLIENT_SECRET=… WRSE_OAUTH_REFRESH_TOKEN=…',
  'Atau jalankan terhadap playground lokal dengan --local. / Or run against the local playground with --local.',
  'Jangan simpan kunci di repositori. / Never commit keys to the repository.',
].join('\n');

/** Clients for Google, from the environment; throws `CredentialsMissing` with the help text. */
export function googleApis(env: NodeJS.ProcessEnv = process.env): Apis {
  let auth: InstanceType<typeof google.auth.GoogleAuth> | InstanceType<typeof google.auth.OAuth2>;
  if (env.GOOGLE_APPLICATION_CREDENTIALS) {
    auth = new google.auth.GoogleAuth({
      keyFile: env.GOOGLE_APPLICATION_CREDENTIALS,
      scopes: SCOPES,
    });
  } else if (
    env.WRSE_OAUTH_CLIENT_ID &&
    env.WRSE_OAUTH_CLIENT_SECRET &&
    env.WRSE_OAUTH_REFRESH_TOKEN
  ) {
    const client = new google.auth.OAuth2(env.WRSE_OAUTH_CLIENT_ID, env.WRSE_OAUTH_CLIENT_SECRET);
    client.setCredentials({ refresh_token: env.WRSE_OAUTH_REFRESH_TOKEN });
    auth = client;
  } else {
    throw new CredentialsMissing(CREDENTIALS_HELP);
  }
  const options = { auth, retry: false, fetchImplementation: globalThis.fetch };
  return {
    sheets: google.sheets({ version: 'v4', ...options }),
    drive: google.drive({ version: 'v3', ...options }),
  };
}

export interface AdminContext extends Apis {
  /** The register (master spreadsheet) the command works on ('' for provision). */
  spreadsheetId: string;
  /** Who acts (stamps and audit rows): the signed-in account's e-mail. */
  user: string;
  clock: Clock;
  limiter: RateLimiter;
  /** Lines for the user (stdout). */
  out: (line: string) => void;
  /** Where progress bars go (stderr). */
  progress: ProgressStream;
  /** Requests made, by name. */
  requests: Map<string, number>;
}

export function newContext(
  apis: Apis,
  spreadsheetId: string,
  user: string,
  o: {
    clock?: Clock;
    out?: (line: string) => void;
    progress?: ProgressStream;
    perMinute?: number;
  } = {},
): AdminContext {
  const clock = o.clock ?? realClock;
  return {
    ...apis,
    spreadsheetId,
    user,
    clock,
    limiter: new RateLimiter(clock, o.perMinute),
    out: o.out ?? ((line) => console.log(line)),
    progress: o.progress ?? process.stderr,
    requests: new Map(),
  };
}

/**
 * The requests the commands make that are safe to send twice: reads, and writes of fixed
 * values to fixed ranges. Every other request (an append, a create, a copy, a structural
 * `spreadsheets.batchUpdate`) is not retried after a dropped connection (see `limiter.ts`).
 */
export const IDEMPOTENT_REQUESTS: ReadonlySet<string> = new Set([
  'spreadsheets.get',
  'values.get',
  'values.batchGet',
  'values.update',
  'values.batchUpdate',
  'values.clear',
  'files.get',
]);

/** One API request inside the quota, retried on 429/5xx and, if safe, a dropped connection. */
export async function call<T>(
  ctx: AdminContext,
  name: string,
  fn: () => Promise<{ data: T }>,
): Promise<T> {
  const res = await withRetry(
    () => {
      ctx.requests.set(name, (ctx.requests.get(name) ?? 0) + 1);
      return fn();
    },
    {
      clock: ctx.clock,
      limiter: ctx.limiter,
      name,
      idempotent: IDEMPOTENT_REQUESTS.has(name),
      onRetry: ({ status, waitMs }) =>
        ctx.progress.write(
          `(${name}: ${typeof status === 'number' ? `jawaban ${status}` : `koneksi terputus (${status})`}; coba lagi dalam ${Math.round(waitMs / 1000)} detik)\n`,
        ),
    },
  );
  return res.data;
}
