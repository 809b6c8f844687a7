/**
 * The facade (`emulator/gas/index.ts`) bundled once, with esbuild, into one ES2019 script that
 * defines the global `GasFacade`. It is evaluated INSIDE each sandbox realm, so the objects a
 * script gets (arrays, dates) are that realm's own and `instanceof` works as in Apps Script.
 */
import * as esbuild from 'esbuild';
import * as path from 'path';
import * as vm from 'vm';
import { emulatorDir } from './paths';

export const FACADE_GLOBAL = 'GasFacade';

let source: string | null = null;
let script: vm.Script | null = null;

/** The facade's bundled source text (cached). */
export function facadeSource(): string {
  if (source === null) {
    const result = esbuild.buildSync({
      entryPoints: [path.join(emulatorDir(), 'gas', 'index.ts')],
      bundle: true,
      format: 'iife',
      globalName: FACADE_GLOBAL,
      target: 'es2019',
      platform: 'neutral',
      write: false,
      logLevel: 'silent',
    });
    source = result.outputFiles[0].text;
  }
  return source;
}

/** The facade compiled once for this thread; running it in a realm returns the facade's
 *  exports without leaving any global behind. */
export function facadeScript(code: string = facadeSource()): vm.Script {
  if (script === null) {
    const wrapped = `(function () {\n${code}\nreturn ${FACADE_GLOBAL};\n})()`;
    script = new vm.Script(wrapped, { filename: 'gas-facade.js' });
  }
  return script;
}
