/**
 * The public verification URL printed (and encoded in the QR) on every signed letter is the
 * audited setting `verifikasi.url`, never `ScriptApp.getService().getUrl()`: Google answers that
 * with null before the web app is deployed and with the editors-only `/dev` URL outside a web-app
 * request (Class Service, https://developers.google.com/apps-script/reference/script/service#getUrl();
 * the "Web Apps" guide, https://developers.google.com/apps-script/guides/web) — and numbering runs
 * from a sidebar. The Admin form accepts only a web app's `/exec` URL; no letter carrying a
 * verification code is numbered while the setting is missing (refused before any write). The QR
 * survives Google's HTML→Docs conversion because it is inserted into the Doc as an image blob
 * (the Drive API documents nothing about `data:` images in converted HTML,
 * https://developers.google.com/drive/api/guides/manage-uploads).
 */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { DeploymentsBackend } from '../../emulator/backend/deployments';
import { htmlToText, type DriveBackend, type TreeNode } from '../../emulator/backend/drive';
import type { AdminOverview } from '../../src/app/api/admin';
import type { Saved } from '../../src/app/api/views';
import { adminOverview } from '../support/admin';
import { api, ok, requestId } from '../support/api';
import { NOW, caseAt, completeStep, restore, snapshot } from '../support/flow';
import { USERS_BY_ROLE as U, seedPeople } from '../support/people';
import { ADMIN, newRegister, type TestRegister } from '../support/register';
import { firstDifference, worldState } from '../support/worldState';

/** The office's URL: a deployment id unlike the emulated one, to tell them apart. */
const OFFICE_URL = 'https://script.google.com/macros/s/AKfycbOfficeDeployment_2026-abc/exec';

const register = newRegister();
register.run('menuSetupRegister', ADMIN);
seedPeople(register, 2, 6, { verificationPage: false });
const atS09 = caseAt(register, 'S09', 0);
const prepared = snapshot(register.world);

function numberSkt(r: TestRegister, c: Saved) {
  return completeStep(r, U.Staf, c, 'S09', { letterDate: NOW.slice(0, 10), note: '' });
}

function saveUrl(r: TestRegister, value: string) {
  const current = adminOverview(r).settings.find((s) => s.key === 'verifikasi.url');
  return api<Saved>(r, ADMIN, 'apiSaveSetting', [
    {
      requestId: requestId(),
      version: current ? current.version : null,
      key: 'verifikasi.url',
      value,
      effectiveFrom: '2025-01-01',
      description: current?.description ?? '',
    },
  ]);
}

function files(nodes: TreeNode[]): TreeNode[] {
  return nodes.flatMap((n) => [n, ...files(n.children ?? [])]);
}

function sktDoc(r: TestRegister): { doc: string; pdf: string } {
  const drive = r.world.module<DriveBackend>('drive');
  const all = files(drive.tree());
  const doc = all.find(
    (n) => n.mimeType === 'application/vnd.google-apps.document' && n.name.startsWith('SKT '),
  )!;
  const pdf = all.find((n) => n.mimeType === 'application/pdf' && n.name.startsWith('SKT '))!;
  return { doc: String(drive.content(doc.id).html), pdf: String(drive.content(pdf.id).html) };
}

function qrText(html: string): string | undefined {
  const uri = /<img src="data:image\/png;base64,([^"]+)" width="100" height="100"/.exec(html)?.[1];
  if (!uri) return undefined;
  const png = PNG.sync.read(Buffer.from(uri, 'base64'));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

describe('the verification URL setting', () => {
  it('is seeded empty, so a fresh register numbers no letter: refused before any write, telling the Admin what to do', () => {
    restore(register.world, prepared);
    const overview: AdminOverview = adminOverview(register);
    expect(overview.settings.find((s) => s.key === 'verifikasi.url')?.value).toBe('');
    const before = worldState(register);
    const run = numberSkt(register, atS09);
    expect(run.result.ok).toBe(false);
    const message = run.result.ok ? '' : run.result.error.message;
    expect(message).toContain('verifikasi.url');
    expect(message).toContain('wajib diisi');
    expect(message).toContain('/exec');
    expect(message).toMatch(/Admin/);
    expect(firstDifference(before, worldState(register))).toBeNull();
  });

  it('refuses, naming the field, a /dev URL, the /a/macros/<domain>/ form, a query, and anything else', () => {
    restore(register.world, prepared);
    const before = worldState(register);
    const cases: Array<[string, RegExp]> = [
      ['', /wajib diisi/],
      [
        'https://script.google.com/macros/s/AKfycbOfficeDeployment_2026-abc/dev',
        /\/dev adalah URL uji/,
      ],
      [
        'https://script.google.com/a/macros/dinsos.example.go.id/s/AKfycbOfficeDeployment_2026-abc/exec',
        /\/a\/macros\/<domain>\//,
      ],
      [`${OFFICE_URL}?kode=1`, /tanda \? atau #/],
      ['https://example.com/verifikasi', /berakhiran \/exec/],
      ['script.google.com/macros/s/AKfycbOfficeDeployment_2026-abc/exec', /berakhiran \/exec/],
    ];
    for (const [value, message] of cases) {
      const r = saveUrl(register, value);
      expect(r.result.ok).toBe(false);
      if (r.result.ok) continue;
      expect(r.result.error.message).toContain('"verifikasi.url"');
      expect(r.result.error.message).toMatch(message);
      expect(r.result.error.fields?.[0]?.field).toBe('value');
    }
    expect(firstDifference(before, worldState(register))).toBeNull();
  });

  it('once the Admin saves the /exec URL, the letter prints it and its QR (inserted as an image) encodes it', () => {
    restore(register.world, prepared);
    // Deployed, so getUrl() answers — the editors-only /dev URL in a sidebar call.
    register.world.module<DeploymentsBackend>('deployments').deployWebApp();
    ok(saveUrl(register, OFFICE_URL));
    const saved = ok(numberSkt(register, atS09));
    expect(saved.notice).toBeUndefined();
    const agenda = register.values('Agenda Surat');
    const code = String(agenda[1][(agenda[0] as string[]).indexOf('Kode Verifikasi')]);
    const expected = `${OFFICE_URL}?kode=${code}`;
    const { doc, pdf } = sktDoc(register);
    expect(htmlToText(doc)).toContain(`verifikasi di ${expected}`);
    expect(doc).not.toMatch(/\/dev\b/);
    expect(doc).not.toContain('WRSEGAMBAR'); // no placeholder left
    expect(qrText(doc)).toBe(expected);
    expect(qrText(pdf)).toBe(expected);
  });
});
