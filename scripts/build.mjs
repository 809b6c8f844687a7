// Builds dist/ — exactly what `clasp push` sends:
//   Code.js          one ES2019 script: the bundle in the private global `WRSE_`, then one
//                    top-level function declaration per exported entry point, nothing else;
//   <page>.html      each sidebar page, self-contained (scripts and styles inlined);
//   appsscript.json  the manifest (keys sorted).
// Usage: node scripts/build.mjs
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const BUNDLE_GLOBAL = 'WRSE_';

/** Bundles the server code (entry: src/gas/main.ts) into an IIFE held by `WRSE_`. */
async function bundleServer() {
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'src/gas/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: BUNDLE_GLOBAL,
    target: 'es2019',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** Entry names = the exports of the bundle, read by loading it where no service exists. */
function entryNames(code) {
  const context = vm.createContext({});
  vm.runInContext(`${code}\nthis.__names = Object.keys(${BUNDLE_GLOBAL});`, context);
  return context.__names.slice().sort();
}

/** JSDoc blocks of the custom functions (Sheets reads `@customfunction` from Code.js). */
function customFunctionDocs() {
  const file = path.join(root, 'src/app/cellFunctions.ts');
  const docs = new Map();
  if (!fs.existsSync(file)) return docs;
  const source = fs.readFileSync(file, 'utf8');
  const re =
    /(\/\*\*(?:(?!\*\/)[\s\S])*?@customfunction[\s\S]*?\*\/)\s*export function (\w+)\(([^)]*)\)/g;
  for (const m of source.matchAll(re)) {
    const params = m[3]
      .split(',')
      .map((p) => p.trim().match(/^(\w+)/)?.[1])
      .filter(Boolean);
    docs.set(m[2], { doc: m[1].replace(/\{[^}]*\}\s*/g, ''), params });
  }
  return docs;
}

function wrappers(names) {
  const docs = customFunctionDocs();
  return names
    .map((name) => {
      if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name) || name.endsWith('_')) {
        throw new Error(`Entry point name not allowed: ${name}`);
      }
      const custom = docs.get(name);
      const doc = custom ? `${custom.doc}\n` : '';
      const params = custom ? custom.params.join(', ') : '';
      return `${doc}function ${name}(${params}) {\n  return ${BUNDLE_GLOBAL}.${name}.apply(this, arguments);\n}\n`;
    })
    .join('\n');
}

/** Builds every sidebar page `sidebar/<page>/index.html` into one self-contained file. */
async function buildPages() {
  const pagesDir = path.join(root, 'sidebar');
  const sharedCss = fs.readFileSync(path.join(pagesDir, 'shared/base.css'), 'utf8');
  const pages = fs
    .readdirSync(pagesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(pagesDir, d.name, 'index.html')));
  for (const page of pages) {
    const dir = path.join(pagesDir, page.name);
    const result = await esbuild.build({
      entryPoints: [path.join(dir, 'main.ts')],
      bundle: true,
      format: 'iife',
      target: 'es2019',
      platform: 'browser',
      write: false,
      legalComments: 'none',
      charset: 'utf8',
      logLevel: 'warning',
    });
    // A `</script` inside the code would end the inline script early.
    const js = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
    const ownCssFile = path.join(dir, 'style.css');
    const css = sharedCss + (fs.existsSync(ownCssFile) ? fs.readFileSync(ownCssFile, 'utf8') : '');
    const html = fs
      .readFileSync(path.join(dir, 'index.html'), 'utf8')
      .replace('<!-- STYLE -->', () => `<style>\n${css}</style>`)
      .replace('<!-- SCRIPT -->', () => `<script>\n${js}</script>`);
    if (/(src|href)=["']https?:/i.test(html)) {
      throw new Error(`sidebar/${page.name}: a page may not load anything from the network`);
    }
    fs.writeFileSync(path.join(dist, `${page.name}.html`), html);
  }
  return pages.map((p) => p.name);
}

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys(value[k])]),
    );
  }
  return value;
}

export async function build() {
  // The letter templates are precompiled into src/letters/templates.generated.ts (committed);
  // regenerate so that an edited template always ships.
  execFileSync(process.execPath, [path.join(root, 'scripts/gen-templates.mjs')], {
    stdio: 'ignore',
  });
  fs.rmSync(dist, { recursive: true, force: true });
  fs.mkdirSync(dist, { recursive: true });
  const bundle = await bundleServer();
  const names = entryNames(bundle);
  const code = `${bundle}\n${wrappers(names)}`;
  fs.writeFileSync(path.join(dist, 'Code.js'), code);
  const pages = await buildPages();
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'src/appsscript.json'), 'utf8'));
  fs.writeFileSync(
    path.join(dist, 'appsscript.json'),
    `${JSON.stringify(sortKeys(manifest), null, 2)}\n`,
  );
  return { entries: names, pages, bytes: Buffer.byteLength(code) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { entries, pages, bytes } = await build();
  console.log(
    `dist/: Code.js ${(bytes / 1024).toFixed(1)} KiB, ${entries.length} entry points; pages: ${pages.join(', ')}`,
  );
}
