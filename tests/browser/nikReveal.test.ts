/**
 * "Tampilkan NIK lengkap" in the real case view (`dist/kerja.html`, playground): the members
 * table shows masked NIKs; staff choose a member, give a reason, see her full NIK and KK, and
 * hide them again; the request is in the Riwayat tab; a pendamping has no such control.
 */
import { readPage } from '../../playground/grid';
import { cases, menuFn, openCase } from './flowHelpers';
import { startHarness, USERS, workflowBuilt, type Harness } from './support';

jest.setTimeout(300_000); // a bound for a hang on a loaded machine, not a speed check

const describeReveal = workflowBuilt() ? describe : describe.skip;

describeReveal('Tampilkan NIK lengkap in the case view', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('staff reveal one member with a reason and hide again; a pendamping has no button', async () => {
    const target = cases(h).find((c) => c.kecamatan === '35.20.06')!;
    expect(target).toBeDefined();
    const members = readPage(h.server.playground, USERS.admin, 'Anggota', 1).rows;
    const head = members[0];
    const first = members
      .slice(1)
      .filter((r) => r[head.indexOf('ID Kasus')] === target.id)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))[0];
    const nik = first[head.indexOf('NIK')];
    const { page, errors } = await h.open(USERS.staf);
    const frame = await menuFn(page, 'showMyWork');
    await openCase(frame, target.id);
    const tableText = await frame.textContent('#case-members');
    expect(tableText).toContain(`${nik.slice(0, 6)}******${nik.slice(12)}`);
    expect(tableText).not.toContain(nik);
    await frame.click('#case-reveal button');
    expect(await frame.textContent('#case-reveal .message')).toContain('Alasan');
    await frame.fill('#reveal-reason', 'Mencocokkan dengan KTP asli');
    await frame.click('#case-reveal button');
    await frame.waitForSelector('#reveal-result:not([hidden])');
    expect(await frame.textContent('#reveal-result')).toContain(nik);
    await frame.click('#reveal-result button');
    expect(await frame.isHidden('#reveal-result')).toBe(true);
    expect(await frame.textContent('#case-view')).not.toContain(nik);
    const audit = readPage(h.server.playground, USERS.admin, 'Riwayat', 1).rows;
    expect(audit.some((r) => r.includes('Tampilkan NIK lengkap') && r.includes(target.id))).toBe(
      true,
    );
    expect(errors).toEqual([]);
    const asPendamping = await h.open(USERS.pendampingMagetan);
    const view = await menuFn(asPendamping.page, 'showMyWork');
    await openCase(view, target.id);
    expect(await view.$('#case-members')).not.toBeNull();
    expect(await view.$('#case-reveal')).toBeNull();
  });
});
