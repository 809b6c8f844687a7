// Pushes dist/ to the Apps Script project of .clasp.json and checks that it really went.
//   node scripts/deploy.mjs            (npm run deploy builds first)
//
// Why not a bare `clasp push`: when the manifest (appsscript.json) changed — always on the first
// push — clasp asks "Manifest file has been updated. Do you want to push and overwrite?"; with
// no terminal (CI, a script) it answers no, prints "Skipping push." and exits 0, so nothing was
// pushed and nothing failed. Here: `clasp push --force` (overwrite the remote manifest without
// asking), then every file of dist/ must appear in clasp's list of pushed files ("└─ dist/x");
// otherwise the script fails loudly with what is missing. "Script is already up to date." (clasp
// found no difference with the remote project) is a success with nothing pushed.
//
// Run from the project's root (npm run does): .clasp.json and the rootDir are read from the working
// directory. clasp is taken from PATH (npm run puts node_modules/.bin first), so a test can put a
// double of clasp in front of it.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = process.cwd();

/** The files clasp must push: every file of the rootDir that clasp sends (.js, .html, .json). */
export function expectedFiles(rootDir) {
  return fs
    .readdirSync(rootDir)
    .filter((f) => /\.(js|gs|html|json)$/.test(f))
    .sort();
}

/**
 * Reads clasp's output. Returns { upToDate, pushed } where pushed holds the paths of the listed
 * files (relative to the working directory, as clasp prints them).
 */
export function parseClaspOutput(text) {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  return {
    upToDate: lines.some((l) => l === 'Script is already up to date.'),
    skipped: lines.some((l) => l === 'Skipping push.'),
    pushed: lines.filter((l) => l.startsWith('└─ ')).map((l) => l.slice(3).trim()),
  };
}

function fail(message) {
  console.error(`\n✖ DEPLOY FAILED: ${message}\n`);
  process.exit(1);
}

function main() {
  const claspFile = path.join(root, '.clasp.json');
  if (!fs.existsSync(claspFile)) fail('.clasp.json is missing (see README, "Deploy").');
  const config = JSON.parse(fs.readFileSync(claspFile, 'utf8'));
  if (!config.scriptId || /REPLACE/.test(config.scriptId)) {
    fail('.clasp.json has no scriptId: put the script ID of the master register in it.');
  }
  const rootDir = path.resolve(root, config.rootDir ?? '.');
  if (!fs.existsSync(path.join(rootDir, 'Code.js'))) {
    fail(`${path.relative(root, rootDir)}/Code.js is missing: run npm run build first.`);
  }
  const expected = expectedFiles(rootDir).map((f) => path.relative(root, path.join(rootDir, f)));

  console.log(`clasp push --force (${expected.length} files of ${path.relative(root, rootDir)}/)`);
  const run = spawnSync('clasp', ['push', '--force'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32',
  });
  if (run.stdout) process.stdout.write(run.stdout);
  if (run.stderr) process.stderr.write(run.stderr);
  if (run.error) fail(`clasp could not be started (${run.error.message}); run npm install.`);
  if (run.status !== 0) fail(`clasp push exited with code ${run.status}.`);

  const out = parseClaspOutput(`${run.stdout}\n${run.stderr}`);
  if (out.skipped) fail('clasp skipped the push (manifest not overwritten).');
  if (out.upToDate && out.pushed.length === 0) {
    console.log('\n✔ Nothing to push: the Apps Script project already holds this build.');
    return;
  }
  const norm = (p) => path.normalize(p);
  const pushed = new Set(out.pushed.map(norm));
  const missing = expected.filter((f) => !pushed.has(norm(f)));
  if (missing.length > 0) {
    fail(
      `clasp did not list ${missing.length} of ${expected.length} files: ${missing.join(', ')}.` +
        ' The Apps Script project is NOT this build; check .claspignore / rootDir and push again.',
    );
  }
  console.log(`\n✔ Pushed all ${expected.length} files of ${path.relative(root, rootDir)}/.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
