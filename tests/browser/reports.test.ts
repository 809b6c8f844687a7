/**
 * Reports and complaints in a real browser, in the playground: the Dasbor tab rebuilt from the
 * menu and shown in the grid with its four charts drawn over it (as SVG, at their anchor); a
 * complaint logged in the Pengaduan sidebar with another handler, answered by her (still in
 * progress), seen past its target in her "Pekerjaan saya", then closed and gone from there.
 */
import type { Frame } from 'playwright-core';
import { menuFn } from './flowHelpers';
import { screenshot, startHarness, USERS, workflowBuilt, type Harness } from './support';

jest.setTimeout(300_000); // a bound for a hang on a loaded machine, not a speed check

const built = workflowBuilt();
const describeReports = built ? describe : describe.skip;

function daysAgo(n: number): string {
  const d = new Date(Date.now() + 7 * 3600_000 - n * 86_400_000);
  return d.toISOString().slice(0, 10);
}

async function statusText(frame: Frame): Promise<string> {
  return (await frame.textContent('#status')) ?? '';
}

describeReports('dashboard and complaints in the playground', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('the Dasbor tab is rebuilt from the menu and shows its charts over the grid', async () => {
    const { page, errors } = await h.open(USERS.kabid);
    await page.getByRole('button', { name: 'WRSE' }).click();
    await page.click('[data-fn="showDashboard"]');
    const tab = page.getByRole('tab', { name: 'Dasbor' });
    await tab.waitFor();
    await tab.click();
    await page.waitForFunction(() => document.querySelectorAll('.sheet-chart svg').length === 4);
    const charts = await page.$$eval('.sheet-chart', (nodes) =>
      nodes.map((n) => ({
        type: n.getAttribute('data-chart-type'),
        label: n.querySelector('svg')?.getAttribute('aria-label'),
        shapes: n.querySelectorAll('rect, path, polyline, circle').length,
        left: (n as HTMLElement).offsetLeft,
      })),
    );
    expect(charts.map((c) => [c.type, c.label])).toEqual([
      ['LINE', 'Grafik: Proposal diterima dan bantuan diserahkan per bulan'],
      ['COLUMN', 'Grafik: Proposal per kecamatan'],
      ['BAR', 'Grafik: Langkah SOP selesai tepat waktu (%)'],
      ['PIE', 'Grafik: Penolakan menurut alasan'],
    ]);
    // Drawn with data (the demo register has cases), right of the tables.
    expect(charts[1].shapes).toBeGreaterThan(3);
    const gridWidth = await page.$eval('#grid', (t) => (t as HTMLElement).offsetWidth);
    expect(charts[0].left).toBeGreaterThanOrEqual(gridWidth);
    expect(await page.inputValue('[data-cell="A1"]')).toBe(
      'Dasbor Layanan Pelaksanaan Penerima Bantuan WRSE',
    );
    await page.$eval('.sheet-chart', (n) => n.scrollIntoView({ block: 'start', inline: 'start' }));
    await screenshot(page, 'dasbor');
    expect(errors).toEqual([]);
  });

  test('a complaint: logged, answered by its handler, overdue in her work, then closed', async () => {
    const subject = 'Bantuan kelompok belum diterima sampai sekarang (uji peramban).';
    const staf = await h.open(USERS.staf);
    let frame = await menuFn(staf.page, 'showComplaints');
    await frame.waitForSelector('#new:not([disabled])');
    await frame.click('#new');
    await frame.waitForSelector('#log-view:not([hidden])');
    await frame.fill('#complaintDate', daysAgo(30));
    await frame.selectOption('#channel', 'SP4N LAPOR!');
    await frame.selectOption('#kind', 'Pengaduan');
    await frame.fill('#reporter', 'Warga Uji');
    await frame.fill('#subject', 'pendek');
    await frame.selectOption('#handler', USERS.staf2);
    await frame.click('#log-save');
    await frame.waitForSelector('#subject[aria-invalid="true"]');
    expect(await frame.textContent('#subject-error')).toMatch(/Perihal: paling sedikit 10/);
    await frame.fill('#subject', subject);
    await frame.click('#log-save');
    await frame.waitForFunction(() =>
      /Pengaduan tercatat dengan nomor PGD-/.test(document.getElementById('status')!.textContent!),
    );
    const id = /PGD-\d{4}-\d{4}/.exec(await statusText(frame))![0];
    await frame.waitForSelector(`#complaint-list [data-complaint-id="${id}"][data-overdue="true"]`);
    expect(staf.errors).toEqual([]);

    const handler = await h.open(USERS.staf2);
    frame = await menuFn(handler.page, 'showComplaints');
    await frame.click(`#complaint-list [data-complaint-id="${id}"] button`);
    await frame.waitForSelector('#respond-view:not([hidden])');
    await frame.selectOption('#status-choice', 'Diproses');
    await frame.fill('#response', 'Sedang dikonfirmasi ke pendamping kecamatan.');
    await frame.click('#respond-save');
    await frame.waitForFunction(() =>
      /sedang diproses/.test(document.getElementById('status')!.textContent!),
    );

    let work = await menuFn(handler.page, 'showMyWork');
    await work.waitForSelector(`#complaints-due:not([hidden]) [data-complaint-id="${id}"]`);
    expect(await work.textContent('#complaints-due')).toContain(subject);
    await screenshot(handler.page, 'pengaduan-terlambat');

    frame = await menuFn(handler.page, 'showComplaints');
    await frame.click(`#complaint-list [data-complaint-id="${id}"] button`);
    await frame.selectOption('#status-choice', 'Selesai');
    await frame.fill('#response', 'Bantuan dijadwalkan; pelapor sudah dihubungi lewat telepon.');
    await frame.click('#respond-save');
    await frame.waitForFunction(() =>
      /selesai ditanggapi/.test(document.getElementById('status')!.textContent!),
    );
    expect(await frame.$(`#complaint-list [data-complaint-id="${id}"]`)).toBeNull();
    work = await menuFn(handler.page, 'showMyWork');
    await work.waitForSelector('#complaints-due[data-loaded="true"]', { state: 'attached' });
    expect(await work.$(`[data-complaint-id="${id}"]`)).toBeNull();
    expect(handler.errors).toEqual([]);
  });
});
