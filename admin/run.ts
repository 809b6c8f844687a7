/**
 * The admin CLI (entry: `cli.ts`; `npm run admin -- <command> …`, bin `wrse-admin`): the register's administration
 * tools on Node with `googleapis` — provision, import-dtsen, import-register, backup — against
 * Google (credentials from the environment, see `google.ts`) or, with `--local`, against the
 * playground through the REST stand-in. `--help` in Indonesian and English.
 */
import * as fs from 'fs';
import * as path from 'path';
import { startRestServer } from '../emulator/rest/server';
import { backup } from './commands/backup';
import { importDtsen } from './commands/importDtsen';
import { importRegister } from './commands/importRegister';
import { provision } from './commands/provision';
import {
  CredentialsMissing,
  googleApis,
  localApis,
  newContext,
  type AdminContext,
  type Apis,
} from './google';
import type { ProgressStream } from './progress';

export const HELP_ID = `Alat admin Register WRSE (Dinas Sosial Kabupaten Magetan)

Pemakaian: npm run admin -- <perintah> [berkas] [opsi]

Perintah:
  provision                 Membuat register induk baru (semua tab, format, pengaturan),
                            lalu menampilkan langkah berikutnya.
      --nama "<judul>"      Judul spreadsheet (bawaan: "Register WRSE — Dinas Sosial Kab. Magetan").
      --admin <email>       Admin pertama di tab Pengguna (bawaan: pengguna yang menjalankan).
  import-dtsen <berkas>     Memuat ekstrak DTSEN (.csv atau .xlsx) ke tab DTSEN, bertahap
                            sesuai kuota, dapat dilanjutkan bila terputus; baris yang ditolak
                            ditulis ke <berkas>.ditolak.csv.
      --tanggal-data <YYYY-MM-DD>  Tanggal data bila berkas tidak punya kolom Tanggal Data.
      --baris-per-permintaan <n>   Baris per permintaan (bawaan 5000).
      --ulang               Mulai dari awal walaupun ada titik lanjut (<berkas>.impor.json).
  import-register <berkas>  Memindahkan register lama (.xlsx/.csv) menjadi kasus dan anggota.
      --dry-run             Hanya menampilkan yang akan dibuat dan baris yang tidak dapat
                            diambil beserta alasannya; tidak ada yang ditulis.
  backup                    Menyimpan setiap tab sebagai CSV di folder bertanggal dan
                            membuat salinan spreadsheet di Drive.
      --folder <path>       Folder induk cadangan (bawaan: ./cadangan).

Opsi umum:
  --register <id>           ID spreadsheet register (atau WRSE_REGISTER_ID).
  --local                   Terhadap playground lokal: yang sedang berjalan (npm start) bila
                            ada, kalau tidak langsung ke folder datanya.
  --playground <url>        Alamat playground (bawaan http://localhost:8080 atau PORT).
  --playground-dir <path>   Folder data playground (bawaan .playground atau WRSE_PLAYGROUND_DIR).
  --user <email>            Pengguna yang tercatat pada stempel dan riwayat.
  --lang en                 Bantuan dalam bahasa Inggris.
  --help                    Bantuan ini.

Kredensial Google (tanpa --local): GOOGLE_APPLICATION_CREDENTIALS=<kunci akun layanan.json>,
atau WRSE_OAUTH_CLIENT_ID, WRSE_OAUTH_CLIENT_SECRET, WRSE_OAUTH_REFRESH_TOKEN. Lihat docs/admin.md.
`;

export const HELP_EN = `WRSE register admin tools (Dinas Sosial Kabupaten Magetan)

Usage: npm run admin -- <command> [file] [options]

Commands:
  provision                 Create a new master register (all tabs, formats, settings),
                            then print the next steps.
      --nama "<title>"      Spreadsheet title (default "Register WRSE — Dinas Sosial Kab. Magetan").
      --admin <email>       First Admin in the Pengguna tab (default: the user running it).
  import-dtsen <file>       Load a DTSEN extract (.csv or .xlsx) into the DTSEN tab in chunks
                            within the quota, resumable after an interruption; refused rows
                            are written to <file>.ditolak.csv.
      --tanggal-data <YYYY-MM-DD>  Data date when the file has no Tanggal Data column.
      --baris-per-permintaan <n>   Rows per request (default 5000).
      --ulang               Start over even if a checkpoint exists (<file>.impor.json).
  import-register <file>    Migrate an old register (.xlsx/.csv) into cases and members.
      --dry-run             Only list what would be created and every row that cannot be
                            taken, with the reason; nothing is written.
  backup                    Save every tab as CSV in a dated folder and copy the
                            spreadsheet in Drive.
      --folder <path>       Parent folder of backups (default ./cadangan).

Common options:
  --register <id>           The register's spreadsheet ID (or WRSE_REGISTER_ID).
  --local                   Against the local playground: the running one (npm start) if any,
                            else its state folder directly.
  --playground <url>        Playground address (default http://localhost:8080 or PORT).
  --playground-dir <path>   Playground state folder (default .playground or WRSE_PLAYGROUND_DIR).
  --user <email>            The user recorded in stamps and the audit trail.
  --lang en                 This help in English (default Indonesian).
  --help                    This help.

Google credentials (without --local): GOOGLE_APPLICATION_CREDENTIALS=<service account key.json>,
or WRSE_OAUTH_CLIENT_ID, WRSE_OAUTH_CLIENT_SECRET, WRSE_OAUTH_REFRESH_TOKEN. See docs/admin.md.
`;

const FLAGS = new Set(['local', 'dry-run', 'ulang', 'help']);

export interface Parsed {
  command: string;
  positional: string[];
  options: Record<string, string | true>;
}

export function parseArgs(argv: readonly string[]): Parsed {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h') options.help = true;
    else if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
      if (inline !== undefined) options[name] = inline;
      else if (FLAGS.has(name)) options[name] = true;
      else {
        const value = argv[i + 1];
        if (value === undefined || value.startsWith('--'))
          throw new Error(`Opsi --${name} memerlukan nilai.`);
        options[name] = value;
        i++;
      }
    } else positional.push(a);
  }
  return { command: positional.shift() ?? '', positional, options };
}

interface Target {
  apis: Apis;
  spreadsheetId: string;
  user: string;
  close(): Promise<void>;
}

const str = (v: string | true | undefined): string | undefined =>
  typeof v === 'string' ? v : undefined;

async function localTarget(p: Parsed, err: (l: string) => void): Promise<Target> {
  const base = (
    str(p.options.playground) ?? `http://localhost:${process.env.PORT || 8080}`
  ).replace(/\/+$/, '');
  const { DEMO_ADMIN } = await import('../playground/demoData');
  const user = str(p.options.user) ?? DEMO_ADMIN;
  try {
    const res = await fetch(`${base}/_wrse/local`, { signal: AbortSignal.timeout(1500) });
    if (res.ok) {
      const info = (await res.json()) as { registerId: string };
      err(`Memakai playground yang berjalan di ${base}.`);
      return {
        apis: localApis(`${base}/`, user),
        spreadsheetId: str(p.options.register) ?? info.registerId,
        user,
        close: async () => undefined,
      };
    }
  } catch {
    // no playground answers: open its state folder below
  }
  const { openPlayground } = await import('../playground/state');
  const stateDir = str(p.options['playground-dir']);
  const pg = openPlayground({ stateDir, log: err });
  err(`Playground tidak berjalan; memakai folder datanya langsung: ${pg.stateDir}`);
  const rest = await startRestServer({ world: pg.world });
  return {
    apis: localApis(rest.rootUrl, user),
    spreadsheetId: str(p.options.register) ?? pg.registerId,
    user,
    close: async () => {
      await rest.close();
      pg.flush();
    },
  };
}

function googleTarget(p: Parsed, env: NodeJS.ProcessEnv): Target {
  const apis = googleApis(env);
  let user = str(p.options.user) ?? env.WRSE_ADMIN_EMAIL ?? '';
  if (!user && env.GOOGLE_APPLICATION_CREDENTIALS) {
    try {
      const key = JSON.parse(fs.readFileSync(env.GOOGLE_APPLICATION_CREDENTIALS, 'utf8')) as {
        client_email?: string;
      };
      user = key.client_email ?? '';
    } catch {
      // the client reports an unreadable key when it first asks for a token
    }
  }
  if (!user) throw new Error('Sebutkan e-mail pengguna dengan --user (atau WRSE_ADMIN_EMAIL).');
  return {
    apis,
    spreadsheetId: str(p.options.register) ?? env.WRSE_REGISTER_ID ?? '',
    user,
    close: async () => undefined,
  };
}

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  /** Where progress bars go (default stderr). */
  progress?: ProgressStream;
  /** Tests: use this context instead of building one. */
  context?: (target: { spreadsheetId: string }) => AdminContext;
}

/** Runs the CLI; returns the exit code (0 done, 1 failed, 2 usage). */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let p: Parsed;
  try {
    p = parseArgs(argv);
  } catch (e) {
    io.err(e instanceof Error ? e.message : String(e));
    return 2;
  }
  const commands = ['provision', 'import-dtsen', 'import-register', 'backup'];
  if (p.options.help || p.command === '' || p.command === 'help') {
    io.out(p.options.lang === 'en' ? HELP_EN : HELP_ID);
    return p.command === '' && !p.options.help ? 2 : 0;
  }
  if (!commands.includes(p.command)) {
    io.err(`Perintah "${p.command}" tidak dikenal. Lihat --help. / Unknown command; see --help.`);
    return 2;
  }
  const needsFile = p.command === 'import-dtsen' || p.command === 'import-register';
  const file = p.positional[0];
  if (needsFile && !file) {
    io.err(`Sebutkan berkasnya: npm run admin -- ${p.command} <berkas.csv|xlsx>`);
    return 2;
  }
  if (needsFile && !fs.existsSync(file)) {
    io.err(`Berkas ${file} tidak ditemukan.`);
    return 2;
  }
  let target: Target | null = null;
  try {
    let ctx: AdminContext;
    if (io.context) ctx = io.context({ spreadsheetId: str(p.options.register) ?? '' });
    else {
      target = p.options.local ? await localTarget(p, io.err) : googleTarget(p, io.env);
      if (!target.spreadsheetId && p.command !== 'provision') {
        io.err('Sebutkan register dengan --register <id> (atau WRSE_REGISTER_ID).');
        return 2;
      }
      ctx = newContext(target.apis, target.spreadsheetId, target.user, {
        out: io.out,
        progress: io.progress,
      });
    }
    switch (p.command) {
      case 'provision':
        await provision(ctx, {
          title: str(p.options.nama),
          admin: str(p.options.admin),
        });
        break;
      case 'import-dtsen':
        await importDtsen(ctx, {
          file: path.resolve(file),
          dataDate: str(p.options['tanggal-data']),
          chunkRows: p.options['baris-per-permintaan']
            ? Number(p.options['baris-per-permintaan'])
            : undefined,
          restart: p.options.ulang === true,
        });
        break;
      case 'import-register':
        await importRegister(ctx, {
          file: path.resolve(file),
          dryRun: p.options['dry-run'] === true,
        });
        break;
      case 'backup':
        await backup(ctx, { folder: str(p.options.folder) ?? 'cadangan' });
        break;
    }
    return 0;
  } catch (e) {
    if (e instanceof CredentialsMissing) io.err(e.message);
    else io.err(`Gagal: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    await target?.close();
  }
}
