/**
 * dist/ is exactly what `clasp push` sends: these tests hold it to what Apps Script accepts.
 * `npm test` builds first; run `npm run build` before running this file alone.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import * as acorn from 'acorn';

const root = path.resolve(__dirname, '../..');
const dist = path.join(root, 'dist');
const code = fs.readFileSync(path.join(dist, 'Code.js'), 'utf8');

type Node = acorn.Node & Record<string, unknown>;

function topLevel(): Node[] {
  const program = acorn.parse(code, { ecmaVersion: 2019, sourceType: 'script' }) as unknown as Node;
  return program.body as Node[];
}

describe('dist/Code.js', () => {
  it('parses as an ES2019 script (no export, no class fields)', () => {
    expect(() => topLevel()).not.toThrow();
    expect(code).not.toMatch(/^\s*export\s/m);
  });

  it('declares one private global holding the bundle, then only function declarations', () => {
    const body = topLevel().filter((n) => n.type !== 'ExpressionStatement' || !n.directive);
    const [first, ...rest] = body;
    expect(first.type).toBe('VariableDeclaration');
    const declarations = first.declarations as Node[];
    expect(declarations).toHaveLength(1);
    expect((declarations[0].id as Node).name).toBe('WRSE_');
    expect(rest.length).toBeGreaterThan(0);
    for (const node of rest) expect(node.type).toBe('FunctionDeclaration');
  });

  it('defines onOpen and every exported entry as a top-level function, and nothing private', () => {
    const names = topLevel()
      .filter((n) => n.type === 'FunctionDeclaration')
      .map((n) => (n.id as Node).name as string);
    expect(names).toEqual(
      expect.arrayContaining([
        'onOpen',
        'onInstall',
        'menuSetupRegister',
        'showHome',
        'getHomeStatus',
      ]),
    );
    for (const name of names) expect(name.endsWith('_')).toBe(false);
    const context = vm.createContext({});
    vm.runInContext(code, context);
    const exported = vm.runInContext('Object.keys(WRSE_).sort()', context) as string[];
    expect([...names].sort()).toEqual([...exported]);
  });

  it('loads with no service touched: a context without any Apps Script global', () => {
    const context = vm.createContext({});
    expect(() => vm.runInContext(code, context)).not.toThrow();
    expect(typeof vm.runInContext('onOpen', context)).toBe('function');
  });

  it('calls a service only when an entry runs (onOpen needs SpreadsheetApp)', () => {
    const context = vm.createContext({});
    vm.runInContext(code, context);
    expect(() => vm.runInContext('onOpen()', context)).toThrow(/SpreadsheetApp is not defined/);
  });
});

describe('dist/appsscript.json', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'appsscript.json'), 'utf8'));

  it('runs V8 in Asia/Jakarta with Stackdriver logging', () => {
    expect(manifest).toMatchObject({
      timeZone: 'Asia/Jakarta',
      runtimeVersion: 'V8',
      exceptionLogging: 'STACKDRIVER',
    });
  });

  it('lists explicit OAuth scopes, each one needed (docs/deploy.md, "Izin (scopes)")', () => {
    // spreadsheets (not .currentonly): the verification web app has no container and opens the
    // register by ID. drive (not drive.file): DriveApp accepts nothing narrower, and the WRSE
    // folder is the Admin's, shared with staff, beyond drive.file's per-user reach.
    // documents: the letters' QR code and logo are inserted into the converted Doc as images
    // (DocumentApp.openById; Drive documents nothing about data: images in converted HTML).
    expect([...manifest.oauthScopes].sort()).toEqual(
      [
        'https://www.googleapis.com/auth/documents',
        'https://www.googleapis.com/auth/drive',
        'https://www.googleapis.com/auth/script.container.ui',
        'https://www.googleapis.com/auth/script.scriptapp',
        'https://www.googleapis.com/auth/script.send_mail',
        'https://www.googleapis.com/auth/spreadsheets',
        'https://www.googleapis.com/auth/userinfo.email',
      ].sort(),
    );
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive.file');
  });

  it('deploys the verification page as a web app anyone may open, and enables Drive v3', () => {
    expect(manifest.webapp).toEqual({ access: 'ANYONE_ANONYMOUS', executeAs: 'USER_DEPLOYING' });
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([
      { serviceId: 'drive', userSymbol: 'Drive', version: 'v3' },
    ]);
  });

  it('has its keys sorted', () => {
    expect(Object.keys(manifest)).toEqual([...Object.keys(manifest)].sort());
  });
});

describe('sidebar pages', () => {
  const pages = fs.readdirSync(dist).filter((f) => f.endsWith('.html'));

  it('builds every page of sidebar/ into dist/', () => {
    const sources = fs
      .readdirSync(path.join(root, 'sidebar'))
      .filter((d) => fs.existsSync(path.join(root, 'sidebar', d, 'index.html')));
    expect(pages.sort()).toEqual(sources.map((d) => `${d}.html`).sort());
  });

  it.each(pages)(
    '%s is self-contained: inline script and style, nothing from the network',
    (page) => {
      const html = fs.readFileSync(path.join(dist, page), 'utf8');
      expect(html).toMatch(/<script>\n/);
      expect(html).toMatch(/<style>\n/);
      expect(html).not.toMatch(/<script[^>]+src=/i);
      expect(html).not.toMatch(/<link[^>]+href=/i);
      expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/i);
      expect(html).not.toContain('<!-- SCRIPT -->');
      expect(html).toContain('lang="id"');
    },
  );
});

describe('.clasp.json', () => {
  it('pushes the build output (rootDir = dist)', () => {
    const clasp = JSON.parse(fs.readFileSync(path.join(root, '.clasp.json'), 'utf8'));
    expect(path.resolve(root, clasp.rootDir)).toBe(dist);
  });
});
