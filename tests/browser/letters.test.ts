/**
 * Letters in a real browser, through the real sidebars and the playground's Drive panel: the
 * Kadis approves a case from the approvals sidebar, a Staf numbers it at S09 (`#form-S09`); the
 * SKT then appears numbered in the Drive view (Doc and PDF, named `SKT <number> – <group>`),
 * opens as it would print (number, group and verification code shown; no NIK anywhere), and its
 * code verifies on the public page (`/verifikasi`, the bundle's `doGet`) as "SAH", while a
 * wrong code is "tidak dikenal". Screenshots: `artifacts/screenshots/letters-*.png`. Skipped,
 * with a message, only while `dist/kerja.html` is not built.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { readPage } from '../../playground/grid';
import { caseNamed, fillAndSubmit, menuFn, openCase, until } from './flowHelpers';
import { SCREENSHOTS, startHarness, USERS, workflowBuilt, type Harness } from './support';

jest.setTimeout(300_000); // a bound for a hang on a loaded machine, not a speed check

const built = workflowBuilt();
if (!built) {
  console.warn(
    'tests/browser/letters.test.ts SKIPPED: dist/kerja.html does not exist (run `npm run build`).',
  );
}
const describeLetters = built ? describe : describe.skip;

const GROUP = 'Kelompok Flamboyan (contoh)';
const NUMBER = /^400\.9\.12\.2\/\d{3}\/403\.107\/\d{4}$/;

async function fullShot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The page's text, and its HTML without data: URIs (the QR and logo images). */
async function pageText(page: Page): Promise<{ text: string; html: string }> {
  const text = await page.evaluate(() => document.body.innerText);
  const html = (await page.content()).replace(/data:[^"']+/g, 'data:');
  return { text, html };
}

describeLetters('letters: numbered at S09, shown in Drive, verified on the public page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('the Kadis approves, the Staf numbers, the SKT is in Drive and its code verifies', async () => {
    const target = caseNamed(h, 'Flamboyan');
    expect(target.step).toBe('S08');
    const niks = (() => {
      const p = readPage(h.server.playground, USERS.admin, 'Anggota', 1);
      const [nik, caseId] = ['NIK', 'ID Kasus'].map((c) => p.rows[0].indexOf(c));
      return p.rows.filter((r) => r[caseId] === target.id).map((r) => r[nik]);
    })();
    expect(niks.length).toBeGreaterThan(0);

    // The Kadis approves from the approvals sidebar.
    const kadis = await h.open(USERS.kadis);
    const approvals = await menuFn(kadis.page, 'showApprovals');
    await openCase(approvals, target.id);
    await fillAndSubmit(approvals, 'S08', 'approve');
    await until('the Kadis approval saved', () => caseNamed(h, 'Flamboyan').step === 'S09');
    await fullShot(kadis.page, 'letters-kadis-approves');
    expect(kadis.errors).toEqual([]);
    await kadis.page.close();

    // A Staf numbers the letter at S09.
    const { page, errors } = await h.open(USERS.staf);
    const work = await menuFn(page, 'showMyWork');
    await openCase(work, target.id);
    await work.waitForSelector('#form-S09');
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    await work.fill('#S09-letterDate', today);
    await fullShot(page, 'letters-s09-form');
    await work.click('#submit-step');
    await until('the letter numbered (S09 done)', () => caseNamed(h, 'Flamboyan').step !== 'S09');

    // The Drive panel lists the SKT, Doc and PDF, with its number and code.
    await page.click('#drive-toggle');
    const docRow = page.locator(
      `#drive-rows tr[data-drive-kind="Dokumen"][data-drive-name^="SKT "][data-drive-name$="– ${GROUP}"]`,
    );
    await docRow.waitFor();
    const docName = String(await docRow.getAttribute('data-drive-name'));
    const number = docName.replace(/^SKT /, '').replace(` – ${GROUP}`, '');
    expect(number).toMatch(NUMBER);
    expect(docName).toBe(`SKT ${number} – ${GROUP}`);
    const pdfRow = page.locator(
      `#drive-rows tr[data-drive-kind="PDF"][data-drive-name="SKT ${number} – ${GROUP}.pdf"]`,
    );
    await pdfRow.waitFor();
    const cells = await docRow.locator('td').allTextContents();
    expect(cells[1]).toBe('Dokumen');
    expect(cells[3]).toBe(number);
    const code = cells[4];
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(cells[5]).toBe('Terbit');
    expect((await pdfRow.locator('td').allTextContents())[4]).toBe(code);
    await docRow.scrollIntoViewIfNeeded();
    await fullShot(page, 'letters-drive');

    // Each file opens in a new page as it would print.
    for (const [row, shot] of [
      [docRow, 'letters-doc'],
      [pdfRow, 'letters-pdf'],
    ] as const) {
      const [letter] = await Promise.all([
        page.context().waitForEvent('page'),
        row.locator('td.name a').click(),
      ]);
      await letter.waitForLoadState('load');
      const { text, html } = await pageText(letter);
      expect(text).toContain('Tampilan emulasi playground');
      expect(text).toContain(number);
      expect(text).toContain(GROUP);
      expect(text).toContain(code);
      expect(html).not.toMatch(/\d{16}/);
      for (const nik of niks) expect(html).not.toContain(nik);
      await fullShot(letter, shot);
      await letter.close();
    }

    // The code in the Drive view opens the public verification page: SAH, with the number.
    const [verified] = await Promise.all([
      page.context().waitForEvent('page'),
      docRow.locator('td.code a').click(),
    ]);
    await verified.waitForLoadState('load');
    const shown = await pageText(verified);
    expect(shown.text).toContain('SAH');
    expect(shown.text).toContain(number);
    expect(shown.text).toContain(GROUP);
    expect(shown.html).not.toMatch(/\d{16}/);
    await fullShot(verified, 'letters-verifikasi');
    await verified.goto(`${h.server.url}verifikasi?kode=${encodeURIComponent(code)}`);
    expect(await verified.textContent('body')).toContain('SAH');
    await verified.close();

    // A wrong code, typed into the host page's field, is not known.
    await page.fill('#verify-code', 'ZZZZZ-ZZZZZ');
    const [wrong] = await Promise.all([
      page.context().waitForEvent('page'),
      page.click('#verify-form button[type="submit"]'),
    ]);
    await wrong.waitForLoadState('load');
    const wrongText = String(await wrong.textContent('body'));
    expect(wrongText).toContain('tidak dikenal');
    expect(wrongText).not.toContain('SAH');
    await fullShot(wrong, 'letters-verifikasi-salah');
    await wrong.close();

    expect(errors).toEqual([]);
    await page.close();
  });

  test('the Kadis signs the rejection letter the Kabid decided; it appears numbered in Drive', async () => {
    const target = caseNamed(h, 'Sakura');
    expect(target.status).toBe('Ditolak');
    const group = 'Kelompok Sakura (contoh)';
    const { page, errors } = await h.open(USERS.kadis);
    const work = await menuFn(page, 'showMyWork');
    await work.waitForSelector(`#case-list [data-case-id="${target.id}"]`);
    expect(await work.textContent(`#case-list [data-case-id="${target.id}"]`)).toContain(
      'surat menunggu tanda tangan Kepala Dinas',
    );
    await work.click(`#case-list [data-case-id="${target.id}"] button`);
    await work.waitForSelector('#form-sign-letter');
    expect(await work.textContent('#form-sign-letter')).toContain('hasil survei');
    await fullShot(page, 'letters-kadis-signs');
    await work.click('#sign-letter');
    const numbered = () => {
      const p = readPage(h.server.playground, USERS.admin, 'Agenda Surat', 1);
      const at = (h: string) => p.rows[0].indexOf(h);
      return p.rows.find(
        (r) => r[at('ID Kasus')] === target.id && r[at('Jenis Surat')] === 'Surat Penolakan',
      );
    };
    await until('the rejection letter numbered', () => numbered() !== undefined);
    await page.click('#drive-toggle');
    const docRow = page.locator(
      `#drive-rows tr[data-drive-kind="Dokumen"][data-drive-name^="Surat Penolakan "][data-drive-name$="– ${group}"]`,
    );
    await docRow.waitFor();
    const cells = await docRow.locator('td').allTextContents();
    expect(cells[3]).toMatch(NUMBER);
    expect(cells[5]).toBe('Terbit');
    expect(errors).toEqual([]);
    await page.close();
  });
});
