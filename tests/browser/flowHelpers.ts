/**
 * Helpers of the case-workflow browser tests: find a case in the register (server side, to
 * check what the sidebars did), open a case from "Pekerjaan saya" or the approvals list, and
 * fill a step form the way a careful person would (every empty required field, with a
 * plausible value) without the test knowing each step's fields.
 */
import type { Frame, Page } from 'playwright-core';
import { readPage } from '../../playground/grid';
import type { Harness } from './support';
import { USERS } from './support';

export interface CaseRow {
  id: string;
  groupName: string;
  kecamatan: string;
  step: string;
  status: string;
}

/** Every case row of the register (page 1 of the Kasus tab is enough for the demo data). */
export function cases(h: Harness): CaseRow[] {
  const p = readPage(h.server.playground, USERS.admin, 'Kasus', 1);
  const head = p.rows[0];
  const at = (row: string[], header: string) => row[head.indexOf(header)] ?? '';
  return p.rows.slice(1).map((r) => ({
    id: at(r, 'ID Kasus'),
    groupName: at(r, 'Nama Kelompok'),
    kecamatan: at(r, 'Kode Kecamatan'),
    step: at(r, 'Langkah'),
    status: at(r, 'Status'),
  }));
}

export function caseNamed(h: Harness, name: string): CaseRow {
  const found = cases(h).find((c) => c.groupName.includes(name));
  if (!found) throw new Error(`no case named ${name}`);
  return found;
}

/** NIKs already in a group (the Anggota tab), so a new intake does not reuse them. */
export function usedNiks(h: Harness): Set<string> {
  const p = readPage(h.server.playground, USERS.admin, 'Anggota', 1);
  const col = p.rows[0].indexOf('NIK');
  return new Set(p.rows.slice(1).map((r) => r[col]));
}

/** Opens the menu item that runs `fn` and returns the sidebar frame. */
export async function menuFn(page: Page, fn: string): Promise<Frame> {
  await page.getByRole('button', { name: 'WRSE' }).click();
  const previous = await page.locator('#sidebar-frame').getAttribute('src');
  await page.click(`[data-fn="${fn}"]`);
  await page.waitForFunction((prev) => {
    const f = document.getElementById('sidebar-frame');
    return !!f && !!f.getAttribute('src') && f.getAttribute('src') !== prev;
  }, previous);
  const frame = await (await page.waitForSelector('#sidebar-frame')).contentFrame();
  if (!frame) throw new Error('sidebar frame missing');
  await frame.waitForLoadState('load');
  return frame;
}

/** Searches the case by ID in "Pekerjaan saya" and opens it. */
export async function openCase(frame: Frame, caseId: string): Promise<void> {
  await frame.waitForSelector('#search');
  await frame.fill('#search', caseId);
  await frame.press('#search', 'Enter');
  await frame.click(`#case-list [data-case-id="${caseId}"] button`);
  await frame.waitForSelector('#case-view:not([hidden])');
}

const PREFERRED = ['Valid', 'Layak', 'Ditetapkan', 'Uang'];

/** Fills every empty field of form `#form-<step>` with a plausible value, then submits it. */
export async function fillAndSubmit(frame: Frame, step: string, submitId: string): Promise<void> {
  const form = `#form-${step}`;
  await frame.waitForSelector(form);
  const fields = await frame.$$eval(`${form} input, ${form} select, ${form} textarea`, (els) =>
    els.map((e) => {
      const c = e as HTMLInputElement;
      const options =
        e.tagName === 'SELECT'
          ? Array.from((e as HTMLSelectElement).options).map((o) => o.value)
          : [];
      return { id: c.id, tag: e.tagName, type: c.type, value: c.value, options };
    }),
  );
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  for (const f of fields) {
    if (!f.id) continue;
    const sel = `#${f.id}`;
    if (f.tag === 'SELECT') {
      if (f.value) continue;
      const choice = PREFERRED.find((p) => f.options.includes(p)) ?? f.options.find((o) => o);
      if (choice) await frame.selectOption(sel, choice);
    } else if (f.type === 'checkbox') {
      await frame.check(sel);
    } else if (f.type === 'date') {
      if (!f.value) await frame.fill(sel, today);
    } else if (!f.value && f.type !== 'button' && f.type !== 'submit') {
      const value = /amount|price/i.test(f.id)
        ? '10000000'
        : /qty/i.test(f.id)
          ? '1'
          : `Diisi uji peramban (contoh) ${f.id}`;
      await frame.fill(sel, value);
    }
  }
  await frame.click(`#${submitId}`);
}

/** Waits until `check()` is true (polling every 100 ms); fails with `what` after `ms`. */
export async function until(what: string, check: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
