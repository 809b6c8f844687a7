/**
 * Where the emulation's TypeScript sources are, for the bundles the runtime builds at run time
 * (the facade, the worker). Found next to this file when run from source (ts-jest), or by
 * walking up from this file and the working directory when the runtime itself was bundled
 * elsewhere (e.g. `scripts/run-ts.mjs` writes to `node_modules/.cache`).
 */
import * as fs from 'fs';
import * as path from 'path';

let found: string | null = null;

/** The `emulator/` directory holding `gas/index.ts` and `runtime/worker.ts`. */
export function emulatorDir(): string {
  if (found !== null) return found;
  const candidates = [path.join(__dirname, '..')];
  for (const start of [__dirname, process.cwd()]) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      candidates.push(path.join(dir, 'emulator'));
      if (path.dirname(dir) === dir) break;
    }
  }
  const hit = candidates.find((d) => fs.existsSync(path.join(d, 'gas', 'index.ts')));
  if (!hit) throw new Error('Apps Script emulation: cannot find emulator/gas/index.ts.');
  found = hit;
  return hit;
}
