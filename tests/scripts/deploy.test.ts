/**
 * `npm run deploy` without a terminal, against a test double of clasp on PATH.
 *
 * clasp 3 (`@google/clasp`, build/src/commands/push.js): when appsscript.json changed and
 * `--force` is absent it asks "Manifest file has been updated. Do you want to push and
 * overwrite?"; without an interactive terminal the answer is no, it prints "Skipping push." and
 * exits 0. After a push it prints "Pushed N files at <time>." and one "└─ <localPath>" per file
 * (localPath relative to the working directory); with nothing changed it prints "Script is
 * already up to date.". https://github.com/google/clasp (commands/push).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const DEPLOY = path.join(ROOT, 'scripts/deploy.mjs');

/** The double: behaves like clasp push with no terminal; `CLASP_DOUBLE` picks what it lists. */
const DOUBLE = `#!/usr/bin/env node
const fs = require('fs');
const path = require('path');
const args = process.argv.slice(2);
fs.appendFileSync(process.env.CLASP_DOUBLE_LOG, JSON.stringify(args) + '\\n');
const mode = process.env.CLASP_DOUBLE || 'ok';
if (args[0] !== 'push') { console.error('unexpected ' + args.join(' ')); process.exit(2); }
if (mode === 'fail') { console.error('Permission denied: enable the Apps Script API.'); process.exit(1); }
if (mode === 'uptodate') { console.log('Script is already up to date.'); process.exit(0); }
// The manifest always changed on a first push: without --force and no terminal, clasp skips.
if (!args.includes('--force') && !args.includes('-f')) { console.log('Skipping push.'); process.exit(0); }
const cfg = JSON.parse(fs.readFileSync('.clasp.json', 'utf8'));
let files = fs.readdirSync(cfg.rootDir).sort().map((f) => path.join(cfg.rootDir, f));
if (mode === 'missing') files = files.filter((f) => !f.endsWith('home.html'));
console.log('Pushed ' + files.length + ' files at 10:00:00.');
for (const f of files) console.log('\\u2514\\u2500 ' + f);
`;

interface Project {
  dir: string;
  log: string;
  bin: string;
}

function project(): Project {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wrse-deploy-'));
  fs.writeFileSync(
    path.join(dir, '.clasp.json'),
    JSON.stringify({ scriptId: '1AbCdEfGhIjKlMnOpQrStUvWxYz', rootDir: 'dist' }),
  );
  fs.mkdirSync(path.join(dir, 'dist'));
  for (const f of ['Code.js', 'appsscript.json', 'home.html', 'admin.html']) {
    fs.writeFileSync(path.join(dir, 'dist', f), f === 'appsscript.json' ? '{}' : `// ${f}`);
  }
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(bin, 'clasp'), DOUBLE, { mode: 0o755 });
  return { dir, log: path.join(dir, 'clasp.log'), bin };
}

/** Runs the push part of `npm run deploy` (its command after the build) with no terminal. */
function deploy(p: Project, mode: string) {
  const script = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts
    .deploy as string;
  const push = script.split('&&').slice(1).join('&&').trim();
  const command = push.replace('scripts/deploy.mjs', JSON.stringify(DEPLOY));
  const r = spawnSync(command, {
    cwd: p.dir,
    shell: true,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'], // no terminal
    env: {
      ...process.env,
      PATH: `${p.bin}${path.delimiter}${process.env.PATH}`,
      CLASP_DOUBLE: mode,
      CLASP_DOUBLE_LOG: p.log,
    },
  });
  const calls = fs.existsSync(p.log)
    ? fs
        .readFileSync(p.log, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as string[])
    : [];
  return { status: r.status, out: `${r.stdout}${r.stderr}`, calls };
}

describe('npm run deploy (no terminal, clasp double on PATH)', () => {
  test('the deploy script is the build then scripts/deploy.mjs', () => {
    const script = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts
      .deploy as string;
    expect(script).toBe('node scripts/build.mjs && node scripts/deploy.mjs');
  });

  test('pushes with --force and succeeds when clasp lists every file of dist/', () => {
    const p = project();
    const r = deploy(p, 'ok');
    expect(r.calls).toEqual([['push', '--force']]);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/Pushed all 4 files of dist\//);
  });

  test('fails loudly, naming the file, when clasp did not list one', () => {
    const p = project();
    const r = deploy(p, 'missing');
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/DEPLOY FAILED: clasp did not list 1 of 4 files: dist\/home\.html/);
  });

  test('fails when clasp fails (e.g. the Apps Script API not enabled)', () => {
    const p = project();
    const r = deploy(p, 'fail');
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/DEPLOY FAILED: clasp push exited with code 1/);
  });

  test('"Script is already up to date." is a success with nothing pushed', () => {
    const p = project();
    const r = deploy(p, 'uptodate');
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/Nothing to push/);
  });

  test('refuses to push without a scriptId or without a build', () => {
    const p = project();
    fs.writeFileSync(
      path.join(p.dir, '.clasp.json'),
      JSON.stringify({
        scriptId: 'REPLACE_WITH_THE_SCRIPT_ID_OF_THE_MASTER_REGISTER',
        rootDir: 'dist',
      }),
    );
    expect(deploy(p, 'ok')).toMatchObject({ status: 1, calls: [] });
    const q = project();
    fs.rmSync(path.join(q.dir, 'dist', 'Code.js'));
    const r = deploy(q, 'ok');
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/Code\.js is missing/);
  });
});
