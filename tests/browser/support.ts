/**
 * Browser test helpers: the playground server started in-process on a free port against a
 * fresh temporary state folder (never the developer's `.playground/`), Debian's Chromium
 * driven by playwright-core (a clear failure naming `apt-get install chromium` when it is
 * missing), pages that record their console errors, and screenshots in
 * `artifacts/screenshots/`.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../playground/server';

export const CHROMIUM = '/usr/bin/chromium';
export const ROOT = path.resolve(__dirname, '../..');
export const SCREENSHOTS = path.join(ROOT, 'artifacts', 'screenshots');

export const USERS = {
  admin: 'admin@dinsos.contoh.go.id',
  staf: 'staf1@dinsos.contoh.go.id',
  staf2: 'staf2@dinsos.contoh.go.id',
  peksos: 'peksos@dinsos.contoh.go.id',
  kabid: 'kabid@dinsos.contoh.go.id',
  kadis: 'kadis@dinsos.contoh.go.id',
  pendampingMagetan: 'pendamping.magetan@dinsos.contoh.go.id',
  pendampingMaospati: 'pendamping.maospati@dinsos.contoh.go.id',
  pendampingPlaosan: 'pendamping.plaosan@dinsos.contoh.go.id',
};

export interface Harness {
  server: RunningServer;
  browser: Browser;
  stateDir: string;
  /** Opens the host page as `user` ('' = empty e-mail) and waits until it is ready. */
  open(user: string): Promise<TestPage>;
  close(): Promise<void>;
}

export interface TestPage {
  page: Page;
  /** Console errors and page errors seen so far. */
  errors: string[];
}

/** Fails with an actionable message when Chromium is not installed. */
export function requireChromium(): void {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium tidak ditemukan di ${CHROMIUM}. The browser tests need Debian's Chromium: ` +
        'run `apt-get install chromium` (as root), then `npm test` again.',
    );
  }
}

export async function startHarness(): Promise<Harness> {
  requireChromium();
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wrse-playground-'));
  const server = await startServer({ port: 0, stateDir, log: () => undefined });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    server,
    browser,
    stateDir,
    async open(user: string) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
      // Playwright's 30 s default is a wall-clock bet a loaded 2-core machine can lose.
      page.setDefaultTimeout(120_000);
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}?user=${encodeURIComponent(user)}`);
      await page.waitForSelector('body[data-ready="true"]');
      return { page, errors };
    },
    async close() {
      await browser.close();
      await server.close();
      fs.rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

/** Clicks WRSE › `item` and returns the sidebar frame once its page has loaded. */
export async function runMenu(page: Page, item: string): Promise<Frame> {
  await page.getByRole('button', { name: 'WRSE' }).click();
  const previous = await page.locator('#sidebar-frame').getAttribute('src');
  await page.getByRole('menuitem', { name: item }).click();
  await page.waitForFunction((prev) => {
    const f = document.getElementById('sidebar-frame') as HTMLIFrameElement | null;
    return !!f && !!f.getAttribute('src') && f.getAttribute('src') !== prev;
  }, previous);
  const handle = await page.waitForSelector('#sidebar-frame');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('sidebar frame missing');
  await frame.waitForLoadState('load');
  return frame;
}

/** Saves a screenshot as `artifacts/screenshots/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Whether the sidebar pages of the case workflow are built yet. */
export function workflowBuilt(): boolean {
  return fs.existsSync(path.join(ROOT, 'dist', 'kerja.html'));
}
