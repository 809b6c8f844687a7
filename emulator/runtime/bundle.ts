/**
 * The shipped bundle as the runtime sees it: `dist/Code.js` (compiled once into a `vm.Script`)
 * with the names of its top-level function declarations (what Apps Script can call: menus,
 * triggers, `google.script.run`), and the `dist/*.html` files `HtmlService` reads.
 */
import * as acorn from 'acorn';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

export interface Bundle {
  readonly code: string;
  /** HTML files by name without `.html`. */
  readonly files: Readonly<Record<string, string>>;
  /** Top-level function declarations, in source order. */
  readonly functions: readonly string[];
  /** The code compiled once (reused by every execution in this thread). */
  readonly script: vm.Script;
}

/** A bundle from source text (tests use small hand-written fixtures). Parses as ES2019. */
export function bundleFromSource(code: string, files: Record<string, string> = {}): Bundle {
  const program = acorn.parse(code, { ecmaVersion: 2019, sourceType: 'script' });
  const functions = program.body.flatMap((node) =>
    node.type === 'FunctionDeclaration' && node.id ? [node.id.name] : [],
  );
  let script: vm.Script | null = null;
  return {
    code,
    files: { ...files },
    functions,
    get script() {
      script ??= new vm.Script(code, { filename: 'Code.js' });
      return script;
    },
  };
}

/** Reads `distDir/Code.js` and every `distDir/*.html`. */
export function loadBundle(distDir: string): Bundle {
  const code = fs.readFileSync(path.join(distDir, 'Code.js'), 'utf8');
  const files: Record<string, string> = {};
  for (const f of fs.readdirSync(distDir)) {
    if (f.endsWith('.html')) files[f.slice(0, -5)] = fs.readFileSync(path.join(distDir, f), 'utf8');
  }
  return bundleFromSource(code, files);
}
