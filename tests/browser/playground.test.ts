/**
 * The playground in a real browser (Debian's Chromium through playwright-core): the page opens
 * without console errors, the menu opens the real home sidebar, the user switcher changes who
 * the bundle sees, a grid edit that breaks a drop-down rule is refused with its message, the
 * `google.script.run` stand-in behaves like Apps Script's, the page is labelled and keyboard
 * reachable, and a sidebar round trip is measured. Screenshots go to artifacts/screenshots/.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Frame, Page } from 'playwright-core';
import { ROOT, runMenu, screenshot, startHarness, USERS, type Harness } from './support';

jest.setTimeout(300_000); // a bound for a hang on a loaded machine, not a speed check

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Calls a server function from inside the sidebar page, as its own script would. */
function callIn(frame: Frame, name: string, arg: 'date' | 'function' | 'node' | 'none') {
  return frame.evaluate(
    ([fn, kind]) =>
      new Promise<string>((resolve) => {
        type Runner = { [k: string]: (...a: unknown[]) => Runner };
        const g = (window as unknown as { google: { script: { run: Runner } } }).google;
        const args =
          kind === 'date'
            ? [new Date()]
            : kind === 'function'
              ? [() => 1]
              : kind === 'node'
                ? [{ el: document.body }]
                : [];
        const runner = g.script.run
          .withSuccessHandler((v: unknown, u: unknown) =>
            resolve(`ok:${JSON.stringify(u)}:${typeof v}`),
          )
          .withFailureHandler((e: Error, u: unknown) =>
            resolve(`fail:${JSON.stringify(u)}:${e.message}`),
          )
          .withUserObject({ tag: kind });
        runner[fn](...args);
      }),
    [name, arg] as const,
  );
}

test('the page opens with no browser console errors', async () => {
  const { page, errors } = await h.open(USERS.admin);
  await page.getByRole('tab', { name: 'Pengguna' }).click();
  await page.waitForSelector('[data-cell="A2"]');
  await screenshot(page, 'playground-grid');
  expect(await page.locator('[data-cell="A2"]').inputValue()).toBe(USERS.admin);
  expect(errors).toEqual([]);
  await page.close();
});

test('the menu runs "Beranda" and the home sidebar shows the role of the user', async () => {
  const { page, errors } = await h.open(USERS.admin);
  const frame = await runMenu(page, 'Beranda');
  await frame.waitForSelector('#user-role:not(:empty)');
  expect(await frame.textContent('#user-role')).toBe('Admin');
  await screenshot(page, 'playground-home-admin');
  expect(errors).toEqual([]);
  await page.close();
});

test('switching the user changes what the sidebar shows', async () => {
  const { page } = await h.open(USERS.admin);
  const roleAs = async (p: Page) => {
    const frame = await runMenu(p, 'Beranda');
    await frame.waitForSelector('#user-role:not(:empty)');
    return frame.textContent('#user-role');
  };
  await Promise.all([page.waitForNavigation(), page.selectOption('#user-select', USERS.kadis)]);
  await page.waitForSelector('body[data-ready="true"]');
  expect(await roleAs(page)).toBe('Kadis');
  await Promise.all([
    page.waitForNavigation(),
    page.selectOption('#user-select', USERS.pendampingMagetan),
  ]);
  await page.waitForSelector('body[data-ready="true"]');
  expect(await roleAs(page)).toBe('Pendamping');
  await Promise.all([page.waitForNavigation(), page.selectOption('#user-select', '')]);
  await page.waitForSelector('body[data-ready="true"]');
  // An e-mail Google cannot read learns nothing, not even the register's name (issue 13).
  const guest = await runMenu(page, 'Beranda');
  await guest.waitForFunction(() =>
    /e-mail Anda tidak terbaca/.test(document.getElementById('status')?.textContent ?? ''),
  );
  expect(await guest.isHidden('#user')).toBe(true);
  await screenshot(page, 'playground-home-empty-email');
  await page.close();
});

test('a grid edit of a drop-down cell with a wrong value is refused with the message', async () => {
  const { page } = await h.open(USERS.admin);
  await page.getByRole('tab', { name: 'Pengguna' }).click();
  const cell = page.locator('[data-cell="F3"]');
  await cell.focus();
  expect(await cell.inputValue()).toBe('Staf');
  await page.fill('#formula-bar', 'Raja');
  await page.press('#formula-bar', 'Enter');
  await page.waitForSelector('#cell-error:not(:empty)');
  const message = await page.textContent('#cell-error');
  expect(message).toContain('ditolak');
  expect(message).toContain('Pilih salah satu: Staf');
  expect(message).toContain('violates the data validation rules');
  expect(await page.locator('[data-cell="F3"]').inputValue()).toBe('Staf');
  expect(await page.locator('[data-cell="F3"]').getAttribute('aria-invalid')).toBe('true');
  await screenshot(page, 'playground-validation-refused');
  // A valid choice in the drop-down is written.
  await page.selectOption('[data-cell="F3"]', 'Peksos');
  await page.waitForFunction(() => document.getElementById('cell-error')?.textContent === '');
  expect(await page.locator('[data-cell="F3"]').inputValue()).toBe('Peksos');
  await page.selectOption('[data-cell="F3"]', 'Staf');
  await page.waitForFunction(
    () => (document.querySelector('[data-cell="F3"]') as HTMLSelectElement).value === 'Staf',
  );
  await page.close();
});

test('google.script.run refuses Date, functions and DOM nodes; handlers get the user object', async () => {
  const { page } = await h.open(USERS.admin);
  const frame = await runMenu(page, 'Beranda');
  expect(await callIn(frame, 'getHomeStatus', 'date')).toBe(
    'fail:{"tag":"date"}:Failed due to illegal value in property: 0',
  );
  expect(await callIn(frame, 'getHomeStatus', 'function')).toMatch(/^fail:.*illegal value/);
  expect(await callIn(frame, 'getHomeStatus', 'node')).toMatch(
    /^fail:.*illegal value in property: 0\.el/,
  );
  expect(await callIn(frame, 'getHomeStatus', 'none')).toBe('ok:{"tag":"none"}:object');
  const first = await frame.evaluate(
    () => (window as unknown as { __wrseLastCall: { execId: string } }).__wrseLastCall.execId,
  );
  await callIn(frame, 'getHomeStatus', 'none');
  const second = await frame.evaluate(
    () => (window as unknown as { __wrseLastCall: { execId: string } }).__wrseLastCall.execId,
  );
  expect(second).not.toBe(first);
  expect(
    await frame.evaluate(
      () =>
        typeof (window as unknown as { google: { script: { run: Record<string, unknown> } } })
          .google.script.run.getHomeStatus_,
    ),
  ).toBe('undefined');
  await frame.evaluate(() =>
    (
      window as unknown as { google: { script: { host: { close(): void } } } }
    ).google.script.host.close(),
  );
  await page.waitForSelector('#sidebar', { state: 'hidden' });
  await page.close();
});

test('every input is labelled and every control is reachable with Tab', async () => {
  const { page } = await h.open(USERS.admin);
  await page.getByRole('tab', { name: 'Langkah SOP' }).click();
  await page.waitForSelector('[data-cell="A2"]');
  const frame = await runMenu(page, 'Beranda');
  await frame.waitForSelector('#user-role:not(:empty)');
  const unlabelled = async (doc: Page | Frame) =>
    doc.evaluate(() =>
      Array.from(document.querySelectorAll('input, select, textarea'))
        .filter((e) => {
          const c = e as HTMLInputElement;
          return !(
            c.labels?.length ||
            c.getAttribute('aria-label') ||
            c.getAttribute('aria-labelledby')
          );
        })
        .map((e) => e.outerHTML.slice(0, 80)),
    );
  expect(await unlabelled(page)).toEqual([]);
  expect(await unlabelled(frame)).toEqual([]);
  const mark = (doc: Page | Frame) =>
    doc.evaluate(() => {
      const all = Array.from(
        document.querySelectorAll('a[href], button, input, select, textarea'),
      ) as HTMLElement[];
      const visible = all.filter(
        (e) => e.getClientRects().length > 0 && !(e as HTMLButtonElement).disabled,
      );
      visible.forEach((e, i) => e.setAttribute('data-tabcheck', String(i)));
      return visible.length;
    });
  const hostCount = await mark(page);
  const frameCount = await mark(frame);
  const reached = new Set<string>();
  await page.focus('body');
  for (let i = 0; i < hostCount + frameCount + 10; i++) {
    await page.keyboard.press('Tab');
    const inFrame = await page.evaluate(() => document.activeElement?.tagName === 'IFRAME');
    const id = inFrame
      ? `f${await frame.evaluate(() => document.activeElement?.getAttribute('data-tabcheck'))}`
      : `h${await page.evaluate(() => document.activeElement?.getAttribute('data-tabcheck'))}`;
    reached.add(id);
  }
  const missing = [
    ...Array.from({ length: hostCount }, (_, i) => `h${i}`),
    ...Array.from({ length: frameCount }, (_, i) => `f${i}`),
  ].filter((id) => !reached.has(id));
  expect(missing).toEqual([]);
  await page.close();
});

// The figure is recorded (artifacts/roundtrip.txt), not asserted: speed is judged by `npm run
// bench`, never by a timed test that a loaded machine could fail.
test('a sidebar action round trip is measured', async () => {
  const { page } = await h.open(USERS.staf);
  const frame = await runMenu(page, 'Beranda');
  await frame.waitForSelector('#user-role:not(:empty)');
  const times = await frame.evaluate(async () => {
    type Runner = { [k: string]: (...a: unknown[]) => Runner };
    const g = (window as unknown as { google: { script: { run: Runner } } }).google;
    const out: number[] = [];
    const answers: unknown[] = [];
    for (let i = 0; i < 25; i++) {
      const t0 = performance.now();
      answers.push(
        await new Promise((resolve, reject) =>
          g.script.run.withSuccessHandler(resolve).withFailureHandler(reject).getHomeStatus(),
        ),
      );
      out.push(performance.now() - t0);
    }
    return { out, oks: answers.map((a) => (a as { ok?: unknown }).ok) };
  });
  expect(times.oks).toEqual(Array.from({ length: 25 }, () => true));
  const sorted = times.out.slice(5).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const p95 = sorted[Math.floor(sorted.length * 0.95)];
  const line = `Sidebar round trip (getHomeStatus, browser → server → bundle → browser): median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${sorted.length} calls`;
  console.log(line);
  fs.mkdirSync(path.join(ROOT, 'artifacts'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'artifacts', 'roundtrip.txt'), `${line}\n`);
  await page.close();
});
