/**
 * The shipped bundle as the runtime sees it: `dist/Code.js` (compiled once into a `vm.Script`)
 * with the names of its top-level function declarations (what Apps Script can call: menus,
 * triggers, `google.script.run`), and the `dist/*.html` files `HtmlService` reads.
 */
import * as acorn from 'acorn';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { grantOfManifest, type ManifestGrant } from '../core/scopes';

export interface Bundle {
  readonly code: string;
  /** HTML files by name without `.html`. */
  readonly files: Readonly<Record<string, string>>;
  /** Top-level function declarations, in source order. */
  readonly functions: readonly string[];
  /** The code compiled once (reused by every execution in this thread). */
  readonly script: vm.Script;
  /** What the manifest (`appsscript.json`) grants every execution of this bundle: its explicit
   *  `oauthScopes` and advanced services; undefined for a fixture without a manifest (every
   *  scope, every service). */
  readonly grant?: ManifestGrant;
}

/** A bundle from source text (tests use small hand-written fixtures), with the text of its
 *  manifest if it has one. Parses as ES2019. */
export function bundleFromSource(
  code: string,
  files: Record<string, string> = {},
  manifest?: string,
): Bundle {
  const program = acorn.parse(code, { ecmaVersion: 2019, sourceType: 'script' });
  const functions = program.body.flatMap((node) =>
    node.type === 'FunctionDeclaration' && node.id ? [node.id.name] : [],
  );
  let script: vm.Script | null = null;
  return {
    code,
    files: { ...files },
    functions,
    ...(manifest === undefined ? {} : { grant: grantOfManifest(manifest) }),
    get script() {
      script ??= new vm.Script(code, { filename: 'Code.js' });
      return script;
    },
  };
}

/** Reads `distDir/Code.js`, every `distDir/*.html` and `distDir/appsscript.json` (the
 *  manifest whose scopes every execution of the bundle holds). */
export function loadBundle(distDir: string): Bundle {
  const code = fs.readFileSync(path.join(distDir, 'Code.js'), 'utf8');
  const manifestFile = path.join(distDir, 'appsscript.json');
  const manifest = fs.existsSync(manifestFile) ? fs.readFileSync(manifestFile, 'utf8') : undefined;
  const files: Record<string, string> = {};
  for (const f of fs.readdirSync(distDir)) {
    if (f.endsWith('.html')) files[f.slice(0, -5)] = fs.readFileSync(path.join(distDir, f), 'utf8');
  }
  return bundleFromSource(code, files, manifest);
}
