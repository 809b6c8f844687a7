// Runs a TypeScript entry file on Node: bundles it with esbuild (packages stay external) into
// node_modules/.cache/run-ts/ and imports it. Usage: node scripts/run-ts.mjs bench/index.ts [args]
import * as esbuild from 'esbuild';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args…]');
  process.exit(2);
}
const outfile = path.resolve('node_modules/.cache/run-ts', `${path.basename(entry, '.ts')}.cjs`);
await esbuild.build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  outfile,
  sourcemap: 'inline',
  logLevel: 'warning',
});
process.argv = [process.argv[0], outfile, ...rest];
await import(pathToFileURL(outfile).href);
