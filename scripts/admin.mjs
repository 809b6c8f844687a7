#!/usr/bin/env node
// The `wrse-admin` bin: bundles admin/cli.ts with esbuild into the repository's
// node_modules/.cache (so googleapis resolves from the repository) and runs it.
import * as esbuild from 'esbuild';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'node_modules/.cache/run-ts/admin-cli.cjs');
await esbuild.build({
  entryPoints: [path.join(root, 'admin/cli.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  outfile,
  sourcemap: 'inline',
  logLevel: 'warning',
});
process.argv = [process.argv[0], outfile, ...process.argv.slice(2)];
await import(pathToFileURL(outfile).href);
