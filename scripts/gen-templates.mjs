// Precompiles every templates/*.hbs with Handlebars.precompile into
// src/letters/templates.generated.ts, so that only the handlebars RUNTIME is bundled (never the
// compiler, and nothing is compiled from strings in Apps Script). Files named `_<name>.hbs` are
// parts (kop, signature, ...) rendered by the `part` helper. The output is formatted with the
// project's prettier config, so regenerating an unchanged set of templates gives no diff.
// Usage: node scripts/gen-templates.mjs          (write)
//        node scripts/gen-templates.mjs --check  (exit 1 if the generated file is stale)
import Handlebars from 'handlebars';
import * as prettier from 'prettier';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'templates');
const out = path.join(root, 'src/letters/templates.generated.ts');

/** Must match LETTER_HELPERS (+ part) in src/letters/helpers.ts; checked by the tests. */
const HELPERS = ['tanggal', 'rupiah', 'terbilang', 'maskNik', 'inc', 'part'];

const OPTIONS = {
  // A field missing from the view model is an error, not an empty string.
  strict: true,
  knownHelpers: Object.fromEntries(HELPERS.map((h) => [h, true])),
  knownHelpersOnly: true,
  preventIndent: true,
};

async function generate() {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.hbs'))
    .sort();
  const entries = [];
  for (const file of files) {
    const name = file.slice(0, -'.hbs'.length);
    if (!/^_?[a-z][a-z0-9]*$/.test(name)) throw new Error(`Template name not allowed: ${file}`);
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    // Indentation is dropped (a run of HTML whitespace stays a run: same rendering, smaller).
    const compact = source.replace(/\n[ \t]+/g, '\n');
    let spec;
    try {
      spec = Handlebars.precompile(compact, OPTIONS);
    } catch (e) {
      throw new Error(`${file}: ${e.message}`);
    }
    if (/\{\{\{|\{\{&/.test(source)) throw new Error(`${file}: triple-stash output is not allowed`);
    entries.push(`  ${JSON.stringify(name)}: ${spec},`);
  }
  const text = [
    '/* eslint-disable */',
    '// @ts-nocheck',
    '// GENERATED FILE: do not edit. Source: templates/*.hbs (precompiled with handlebars',
    `// ${Handlebars.VERSION}); regenerate with \`node scripts/gen-templates.mjs\`.`,
    '// Imports nothing: render.ts loads these specs into the handlebars runtime.',
    '',
    '/** Precompiled template specifications, by template name (file name without .hbs). */',
    'export const TEMPLATE_SPECS: Readonly<Record<string, unknown>> = {',
    ...entries,
    '};',
    '',
  ].join('\n');
  const config = (await prettier.resolveConfig(out)) ?? {};
  return prettier.format(text, { ...config, filepath: out });
}

const text = await generate();
if (process.argv.includes('--check')) {
  const current = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  if (current !== text) {
    console.error(
      'src/letters/templates.generated.ts is stale: run node scripts/gen-templates.mjs',
    );
    process.exit(1);
  }
  console.log('templates.generated.ts is up to date');
} else {
  fs.writeFileSync(out, text);
  console.log(`wrote ${path.relative(root, out)} (${text.length} bytes)`);
}
