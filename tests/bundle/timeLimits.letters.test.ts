/**
 * The letters batch under the advancing clock (issue 14): "Buat berkas surat yang belum ada"
 * makes the Doc and PDF of every numbered letter whose documents are missing. A letter costs
 * about 6 s of service calls (converting the HTML to a Doc, inserting its images, exporting the
 * PDF, the folder look-ups), so 60 letters do not fit in one execution: the batch must stop at
 * its 4.5-minute budget, before Google ends the execution at 6 minutes ("Exceeded maximum
 * execution time", quotas page, "Current limitations":
 * https://developers.google.com/apps-script/guides/services/quotas), schedule its one-off
 * continuation (`continueIssuingLetters`, run as the Staf who started the batch), and the
 * continuation must make the rest and remove its trigger — every letter once, none twice.
 *
 * The letters are made the real way: 30 cases driven to S09 through the sidebar API and numbered
 * there (an SKT and a Surat Rekomendasi each) while Drive fails, so the numbers are taken and
 * the documents are left for the batch, as after a Drive outage.
 */
import type { DriveBackend, TreeNode } from '../../emulator/backend/drive';
import type { UiBackend } from '../../emulator/backend/ui';
import { EXECUTION_LIMIT_MS } from '../../emulator/core/ledger';
import { clockTriggersOf, fireTrigger } from '../../emulator/runtime';
import { ok } from '../support/api';
import { NOW, caseAt, completeStep, stepForm } from '../support/flow';
import { USERS_BY_ROLE as U, seedPeople } from '../support/people';
import { ADMIN, bundle, newRegister } from '../support/register';

jest.setTimeout(300000);

const BUDGET_MS = 4.5 * 60 * 1000;
const CASES = 30;
const HANDLER = 'continueIssuingLetters';
const DOC_MIME = 'application/vnd.google-apps.document';

const register = newRegister();
// The office shares the register with its users (the continuation opens it by ID as the Staf).
register.withSheets((ss) => ss.addEditors(Object.values(U)));
register.run('menuSetupRegister', ADMIN);
seedPeople(register, CASES);
for (let g = 0; g < CASES; g++) {
  const c = caseAt(register, 'S09', g * 100);
  const form = stepForm(register, c.caseId, 'S09', NOW);
  ok(completeStep(register, U.Staf, c, 'S09', form, NOW, [{ target: 'DriveApp', at: 1 }]));
}

interface Letter {
  number: string;
  docUrl: string;
  pdfUrl: string;
}

function letters(): Letter[] {
  const [head, ...rows] = register.values('Agenda Surat');
  const at = (h: string) => (head as string[]).indexOf(h);
  return rows
    .filter((r) => r[at('Status')] === 'Terbit')
    .map((r) => ({
      number: String(r[at('Nomor Surat')]),
      docUrl: String(r[at('Berkas Dokumen')]),
      pdfUrl: String(r[at('Berkas PDF')]),
    }));
}

function progress(): { made: number; left: number; failed: number } {
  return JSON.parse(
    register.withSheets(() =>
      String(PropertiesService.getScriptProperties().getProperty('wrse.letterBatch')),
    ),
  ) as { made: number; left: number; failed: number };
}

function files(nodes: TreeNode[]): TreeNode[] {
  return nodes.flatMap((n) => [n, ...files(n.children ?? [])]);
}

/** How many Docs and PDFs Drive holds for the letter numbered `number`. */
function filesOf(number: string): { docs: number; pdfs: number } {
  const all = files(register.world.module<DriveBackend>('drive').tree()).filter(
    (f) => !f.trashed && f.name.includes(` ${number} – `),
  );
  return {
    docs: all.filter((f) => f.mimeType === DOC_MIME).length,
    pdfs: all.filter((f) => f.mimeType === 'application/pdf').length,
  };
}

describe('the letters batch under the advancing clock', () => {
  const start = new Date('2026-03-16T07:00:00.000Z');
  let firstMs = 0;

  it('starts with 60 numbered letters and none of their documents', () => {
    const all = letters();
    expect(all).toHaveLength(CASES * 2);
    expect(all.every((l) => l.docUrl === '' && l.pdfUrl === '')).toBe(true);
  });

  it('stops at its budget, before the 6-minute limit, and schedules its continuation', () => {
    const first = register.run('menuIssueMissingLetters', U.Staf, [], { now: start });
    expect(first.error).toBeNull();
    firstMs = first.ledger.ms;
    expect(first.ledger.ms).toBeGreaterThan(BUDGET_MS);
    expect(first.ledger.ms).toBeLessThan(EXECUTION_LIMIT_MS);
    const p = progress();
    expect(p.failed).toBe(0);
    expect(p.left).toBeGreaterThan(0);
    expect(p.made + p.left).toBe(CASES * 2);
    expect(letters().filter((l) => l.docUrl && l.pdfUrl)).toHaveLength(p.made);
    const alerts = register.world.module<UiBackend>('ui').ofKind('alert');
    expect(alerts[alerts.length - 1].message).toContain(
      `Berkas dibuat untuk ${p.made} surat. Masih ${p.left} surat; pembuatan dilanjutkan otomatis`,
    );
    const scheduled = clockTriggersOf(register.world, HANDLER);
    expect(scheduled).toHaveLength(1);
    expect(scheduled[0].owner).toBe(U.Staf);
    console.log(
      `letters batch, ${CASES * 2} letters, first run: ${p.made} letters, ${Math.round(first.ledger.ms)} modeled ms, ${first.ledger.calls} calls`,
    );
  });

  it('the continuation, fired as its trigger, makes the rest and removes its trigger', () => {
    const [trigger] = clockTriggersOf(register.world, HANDLER);
    const before = progress();
    // A minute after the first run scheduled it.
    const at = new Date(start.getTime() + firstMs + 60 * 1000);
    const next = fireTrigger(register.world, bundle(), trigger.id, { now: at });
    expect(next.error).toBeNull();
    expect(next.value).toEqual({ ok: true, data: true });
    expect(next.ledger.ms).toBeLessThan(EXECUTION_LIMIT_MS);
    const p = progress();
    expect(p).toMatchObject({ made: before.left, left: 0, failed: 0 });
    expect(clockTriggersOf(register.world, HANDLER)).toHaveLength(0);
    console.log(
      `letters batch, ${CASES * 2} letters, continuation: ${p.made} letters, ${Math.round(next.ledger.ms)} modeled ms, ${next.ledger.calls} calls`,
    );
  });

  it('leaves every letter with both links, and each document made once', () => {
    const all = letters();
    expect(all).toHaveLength(CASES * 2);
    for (const l of all) {
      expect(l.docUrl).toMatch(/^https:\/\//);
      expect(l.pdfUrl).toMatch(/^https:\/\//);
      expect([l.number, filesOf(l.number)]).toEqual([l.number, { docs: 1, pdfs: 1 }]);
    }
  });
});
