/**
 * The playground's state: one emulated world holding the demo register, kept in a folder
 * (`.playground/` by default; `WRSE_PLAYGROUND_DIR` or the `stateDir` option elsewhere, so that
 * tests never touch a developer's data). On first open it creates the register, runs the real
 * "Siapkan register" as the demo Admin and seeds the demo data (`seed.ts`). The built bundle is
 * reloaded whenever `dist/Code.js` changes, so a rebuild shows up without a restart; if the
 * case API appears in a later build, the cases part of the seed runs then.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createWorld, type World } from '../emulator/backend';
import { loadBundle, runEntry, runInProcess, type Bundle } from '../emulator/runtime';
import { DEMO_ADMIN } from './demoData';
import { confirmReference, seedCases, seedReference, type SeedLog } from './seed';
import { seedReports } from './seedReports';
import { deployVerificationPage } from './verificationPage';

export interface PlaygroundOptions {
  /** Where state is kept; default `WRSE_PLAYGROUND_DIR` or `<cwd>/.playground`. */
  stateDir?: string;
  /** The built add-on; default `<cwd>/dist`. */
  distDir?: string;
  /** Where seed progress goes; default `console.log`. */
  log?: SeedLog;
}

interface Meta {
  registerId: string;
  seeded: { reference: boolean; cases: boolean; reports?: boolean };
}

export interface Playground {
  readonly world: World;
  readonly registerId: string;
  readonly stateDir: string;
  /** The current bundle (reloaded when `dist/Code.js` changed). */
  bundle(): Bundle;
  /** Saves the state 1 s after the last change (a sidebar call never waits for the disk). */
  save(): void;
  /** Saves now (at shutdown). */
  flush(): void;
}

export function defaultStateDir(): string {
  return process.env.WRSE_PLAYGROUND_DIR || path.join(process.cwd(), '.playground');
}

/** Opens (or creates and seeds) the playground state. */
export function openPlayground(options: PlaygroundOptions = {}): Playground {
  const stateDir = path.resolve(options.stateDir ?? defaultStateDir());
  const distDir = path.resolve(options.distDir ?? path.join(process.cwd(), 'dist'));
  const log = options.log ?? ((m: string) => console.log(m));
  const stateFile = path.join(stateDir, 'state.json');
  const metaFile = path.join(stateDir, 'register.json');

  // A rebuild rewrites dist/ while we run: keep the bundle we have until the new one loads.
  let loaded: { bundle: Bundle; mtime: number } | null = null;
  const bundle = (): Bundle => {
    try {
      const mtime = fs.statSync(path.join(distDir, 'Code.js')).mtimeMs;
      if (!loaded || (loaded.mtime !== mtime && Date.now() - mtime > 500)) {
        loaded = { bundle: loadBundle(distDir), mtime };
      }
    } catch (e) {
      if (!loaded) throw e;
    }
    return loaded.bundle;
  };

  const world = createWorld();
  let meta: Meta;
  if (fs.existsSync(stateFile) && fs.existsSync(metaFile)) {
    world.load(stateFile);
    meta = JSON.parse(fs.readFileSync(metaFile, 'utf8')) as Meta;
    meta.seeded ??= { reference: true, cases: true };
  } else {
    meta = {
      registerId: createRegister(world, bundle()),
      seeded: { reference: false, cases: false },
    };
  }
  const at = { user: DEMO_ADMIN, registerId: meta.registerId };
  if (!meta.seeded.reference) {
    meta.seeded.reference = seedReference(world, at, log);
    if (meta.seeded.reference) confirmReference(world, bundle(), at, log);
    // Siapkan register again: it shares the letters' Drive folder with the users just added.
    const again = runEntry(world, bundle(), 'menuSetupRegister', [], {
      user: DEMO_ADMIN,
      activeSpreadsheetId: meta.registerId,
    });
    if (again.error) throw again.error;
    deployVerificationPage(world, bundle(), {
      user: DEMO_ADMIN,
      activeSpreadsheetId: meta.registerId,
    });
  }
  if (!meta.seeded.cases) meta.seeded.cases = seedCases(world, bundle(), at, log);
  if (meta.seeded.cases && !meta.seeded.reports)
    meta.seeded.reports = seedReports(world, bundle(), at, log);

  const flush = () => {
    fs.mkdirSync(stateDir, { recursive: true });
    world.save(stateFile);
    fs.writeFileSync(metaFile, JSON.stringify(meta, null, 2));
  };
  flush();
  let timer: NodeJS.Timeout | null = null;
  return {
    world,
    registerId: meta.registerId,
    stateDir,
    bundle: () => {
      const b = bundle();
      if (!meta.seeded.cases && b.functions.includes('apiIntake')) {
        meta.seeded.cases = seedCases(world, b, at, log);
        flush();
      }
      return b;
    },
    save() {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        flush();
      }, 1000);
      timer.unref();
    },
    flush() {
      if (timer) clearTimeout(timer);
      timer = null;
      flush();
    },
  };
}

/** Creates the demo register and runs the real "Siapkan register" as the demo Admin. */
function createRegister(world: World, bundle: Bundle): string {
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
  return registerId;
}

/** Deletes the saved state: the next start seeds a fresh demo register. */
export function resetState(stateDir = defaultStateDir()): void {
  fs.rmSync(stateDir, { recursive: true, force: true });
}
