/**
 * The letters bundle as Apps Script gets it: esbuild, ES2019, platform neutral, IIFE, loaded in a
 * vm context with no globals at all (no Buffer, TextEncoder, btoa, crypto, console). It renders
 * every letter, ships only the handlebars runtime (not the compiler) and never builds code from
 * strings (no `new Function`, no `eval`).
 */
import * as path from 'node:path';
import * as vm from 'node:vm';
import * as esbuild from 'esbuild';
import { renderLetter } from '../../src/letters';
import { allViews } from './fixtures';

const ROOT = path.join(__dirname, '..', '..');

async function bundle(entry: string) {
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    format: 'iife',
    globalName: 'LETTERS',
    target: 'es2019',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0].text, meta: result.metafile };
}

describe('letters bundle (ES2019, no globals)', () => {
  let code = '';
  let runtimeBytes = 0;
  beforeAll(async () => {
    const b = await bundle('src/letters/index.ts');
    code = b.code;
    const output = Object.values(b.meta.outputs)[0];
    for (const [file, info] of Object.entries(output.inputs)) {
      if (file.includes('node_modules/handlebars/')) runtimeBytes += info.bytesInOutput;
    }
  });

  test('ships the handlebars runtime only, and no code from strings', () => {
    expect(code).not.toMatch(/new Function|\bFunction\(|\beval\(/);
    expect(code).not.toContain('JavaScriptCompiler');
    expect(code).not.toMatch(/handlebars\/compiler|parser\.js/);
    console.log(`bundle ${code.length} bytes; handlebars runtime ${runtimeBytes} bytes`);
    expect(runtimeBytes).toBeGreaterThan(10_000);
    expect(runtimeBytes).toBeLessThan(80_000);
  });

  test('renders every letter in an empty vm context, identical to Node', () => {
    const context = vm.createContext({});
    vm.runInContext(code, context);
    const views = allViews();
    context.views = JSON.parse(JSON.stringify(views));
    const out = vm.runInContext(
      'views.map(function (v) { return LETTERS.renderLetter(v.kind, v.view); })',
      context,
    ) as string[];
    views.forEach((v, i) => expect(out[i]).toBe(renderLetter(v.kind, v.view as never)));
    // QR made inside the sandbox too.
    const uri = vm.runInContext('LETTERS.qrDataUri("https://v.example/ABC")', context) as string;
    expect(uri.startsWith('data:image/png;base64,iVBORw0KGgo')).toBe(true);
  });
});
