/**
 * Letters through the shipped bundle: numbering the SKT (S09) makes its Google Doc and PDF in the
 * case's Drive folder, outside the lock; the agenda row records the links and the verification
 * code; the QR on the letter decodes to the public page, which says the letter is valid and
 * shows no NIK; a Drive failure keeps the number and the letter is made later from the menu.
 */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { DriveBackend, TreeNode } from '../../emulator/backend/drive';
import type { CaseDetail, Saved } from '../../src/app/api/views';
import type { UiBackend } from '../../emulator/backend/ui';
import { runInProcess } from '../../emulator/runtime';
import { api, ok, requestId } from '../support/api';
import { USERS_BY_ROLE as U, seedPeople } from '../support/people';
import { ADMIN, newRegister, type TestRegister } from '../support/register';
import { NOW, caseAt, completeStep, restore, snapshot } from '../support/flow';

const register = newRegister();
register.run('menuSetupRegister', ADMIN);
seedPeople(register, 2);
const atS09 = caseAt(register, 'S09', 0);
const prepared = snapshot(register.world);

const S09_FORM = { letterDate: NOW.slice(0, 10), note: '' };

function number(r: TestRegister, c: Saved): Saved {
  return ok(completeStep(r, U.Staf, c, 'S09', S09_FORM));
}

/** S09 numbered while Drive fails (its first DriveApp call): the numbers kept, no documents. */
function numberWhileDriveFails(r: TestRegister, c: Saved): Saved {
  return ok(completeStep(r, U.Staf, c, 'S09', S09_FORM, NOW, [{ target: 'DriveApp', at: 1 }]));
}

/** The Kadis's signature of the letter a decision left as a draft. */
function signOf(saved: Saved): Record<string, unknown> {
  return { requestId: requestId(), caseId: saved.caseId, version: saved.version, note: '' };
}

function agenda(r: TestRegister): Record<string, unknown>[] {
  const [head, ...rows] = r.values('Agenda Surat');
  return rows.map((row) => Object.fromEntries((head as string[]).map((h, i) => [h, row[i]])));
}

function files(nodes: TreeNode[], path = ''): Array<{ path: string; node: TreeNode }> {
  return nodes.flatMap((n) => [
    { path: `${path}/${n.name}`, node: n },
    ...files(n.children ?? [], `${path}/${n.name}`),
  ]);
}

function verificationPage(r: TestRegister, code: string): string {
  const run = r.run('doGet', '', [{ parameter: { kode: code } }], {
    now: new Date(NOW),
    effectiveUser: ADMIN,
    activeSpreadsheetId: undefined,
  });
  expect(run.error).toBeNull();
  return String((run.value as { content?: string }).content);
}

describe('the SKT of a case', () => {
  it('is numbered, then made as a Google Doc and a PDF in WRSE/<year>/<case> – <group>/', () => {
    restore(register.world, prepared);
    const saved = number(register, atS09);
    expect(saved.notice).toBeUndefined();
    const [letter] = agenda(register);
    expect(letter['Nomor Surat']).toBe('400.9.12.2/001/403.107/2026');
    expect(letter['Kode Verifikasi']).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(String(letter['Berkas Dokumen'])).toMatch(/^https:\/\//);
    expect(String(letter['Berkas PDF'])).toMatch(/^https:\/\//);
    const all = files(register.world.module<DriveBackend>('drive').tree());
    const folder = `/WRSE/2026/${atS09.caseId} – Kelompok Melati 0 (contoh)`;
    const inFolder = all
      .filter((f) => f.path.includes(`${folder}/`))
      .map((f) => [f.node.name, f.node.mimeType]);
    expect(inFolder).toEqual(
      expect.arrayContaining([
        [
          'SKT 400.9.12.2/001/403.107/2026 – Kelompok Melati 0 (contoh)',
          'application/vnd.google-apps.document',
        ],
        ['SKT 400.9.12.2/001/403.107/2026 – Kelompok Melati 0 (contoh).pdf', 'application/pdf'],
      ]),
    );
  });

  it('carries a QR code that decodes to the verification page of its code', () => {
    restore(register.world, prepared);
    number(register, atS09);
    const [letter] = agenda(register);
    const drive = register.world.module<DriveBackend>('drive');
    const doc = files(drive.tree()).find(
      (f) =>
        f.node.mimeType === 'application/vnd.google-apps.document' &&
        f.node.name.startsWith('SKT '),
    )!;
    const html = String(drive.content(doc.node.id).html);
    expect(html).toContain(String(letter['Nomor Surat']));
    expect(html).not.toMatch(/\d{16}/); // no full NIK on the letter
    const uri = /src=["']data:image\/png;base64,([^"']+)["']/.exec(html)![1];
    // Handlebars escapes '=' as an entity inside the attribute; a browser reads it back as '='.
    const png = PNG.sync.read(Buffer.from(uri.replace(/&#x3D;/g, '='), 'base64'));
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toMatch(
      new RegExp(
        `^https://script\\.google\\.com/macros/s/.+/exec\\?kode=${letter['Kode Verifikasi']}$`,
      ),
    );
  });

  it('is declared valid by the public page, with masked names and no NIK or address', () => {
    restore(register.world, prepared);
    number(register, atS09);
    const [letter] = agenda(register);
    const page = verificationPage(register, String(letter['Kode Verifikasi']));
    expect(page).toContain('SAH');
    expect(page).toContain('400.9.12.2/001/403.107/2026');
    expect(page).toContain('Surat Keterangan Terdaftar');
    expect(page).toContain('S** C***** 1');
    expect(page).not.toMatch(/\d{16}/);
    expect(page).not.toContain('Dusun Contoh');
    const wrong = verificationPage(register, 'ZZZZZ-ZZZZZ');
    expect(wrong).toContain('Kode verifikasi tidak dikenal');
    expect(wrong).not.toContain('400.9.12.2');
  });

  it('throttles lookups: after 60 in a minute the page asks to wait', () => {
    restore(register.world, prepared);
    let page = '';
    for (let i = 0; i < 61; i++) page = verificationPage(register, 'ZZZZZ-ZZZZZ');
    expect(page).toContain('Terlalu banyak pemeriksaan');
  });

  it('keeps its number when Drive fails, and is made later from the menu', () => {
    restore(register.world, prepared);
    const saved = numberWhileDriveFails(register, atS09);
    expect(saved).toMatchObject({ step: 'S10', status: 'Berjalan' });
    expect(saved.notice).toMatch(/Nomor surat sudah tercatat di Agenda Surat, tetapi berkas/);
    expect(agenda(register)[0]).toMatchObject({
      'Nomor Surat': '400.9.12.2/001/403.107/2026',
      'Berkas Dokumen': '',
    });
    expect(
      register.run('menuIssueMissingLetters', U.Staf, [], { now: new Date(NOW) }).error,
    ).toBeNull();
    const alerts = register.world.module<UiBackend>('ui').ofKind('alert');
    expect(alerts[alerts.length - 1].message).toMatch(
      /^Berkas dibuat untuk 2 surat\.\nDokumen dibuat hari ini: \d+ dari batas 1\.500 per hari\.$/,
    );
    expect(String(agenda(register)[0]['Berkas Dokumen'])).toMatch(/^https:\/\//);
    // Running it again makes nothing twice.
    register.run('menuIssueMissingLetters', U.Staf, [], { now: new Date(NOW) });
    const docs = files(register.world.module<DriveBackend>('drive').tree()).filter(
      (f) =>
        f.node.mimeType === 'application/vnd.google-apps.document' && /\d{4} – /.test(f.node.name),
    );
    expect(docs).toHaveLength(2); // the SKT and the Surat Rekomendasi, once each
  });
});

describe('a batch of letters continued by its trigger', () => {
  it('makes the letters left, then removes its one-off trigger', () => {
    restore(register.world, prepared);
    numberWhileDriveFails(register, atS09);
    expect(agenda(register)[0]['Berkas Dokumen']).toBe('');
    // The Staf's batch ran out of time and scheduled its continuation (her one-off trigger).
    const scheduled = runInProcess(register.world, { user: U.Staf }, (g) =>
      (g.ScriptApp as GoogleAppsScript.Script.ScriptApp)
        .newTrigger('continueIssuingLetters')
        .timeBased()
        .after(60 * 1000)
        .create(),
    );
    expect(scheduled.error).toBeNull();
    // As the trigger runs: the installer's effective user, no active user e-mail.
    const run = register.run('continueIssuingLetters', '', [], {
      effectiveUser: U.Staf,
      now: new Date(NOW),
    });
    expect(run.error).toBeNull();
    expect(String(agenda(register)[0]['Berkas Dokumen'])).toMatch(/^https:\/\//);
    const triggers = JSON.stringify((register.world.snapshot() as { triggers: unknown }).triggers);
    expect(triggers).not.toContain('continueIssuingLetters');
  });
});

describe('the letters folder', () => {
  it('is one WRSE folder owned by the Admin, shared with the staff; never a second one', () => {
    restore(register.world, prepared);
    number(register, atS09);
    const roots = register.world
      .module<DriveBackend>('drive')
      .tree()
      .flatMap((root) => [root, ...(root.children ?? [])])
      .filter((n) => n.name === 'WRSE');
    expect(roots).toHaveLength(1);
    expect(roots[0].owner).toBe(ADMIN);
    expect(roots[0].editors).toEqual(expect.arrayContaining([U.Staf, U.Kadis, U.Kabid, U.Peksos]));
    expect(roots[0].editors).not.toContain(U.PendampingKawedanan);
  });
});

describe('every letter the register makes', () => {
  it('returning, rejecting and handing over each make a numbered letter; none shows a NIK, nor does its page', () => {
    restore(register.world, prepared);
    const toReturn = caseAt(register, 'S08', 100);
    const returned = ok(
      api<Saved>(
        register,
        U.Kadis,
        'apiReturnCase',
        [
          {
            requestId: requestId(),
            caseId: toReturn.caseId,
            version: toReturn.version,
            reason: 'Salinan KK dua anggota belum dilampirkan.',
          },
        ],
        NOW,
      ),
    );
    expect(returned.notice).toBeUndefined();
    const toReject = caseAt(register, 'S06', 200);
    const rejected = ok(
      api<Saved>(
        register,
        U.Kabid,
        'apiRejectCase',
        [
          {
            requestId: requestId(),
            caseId: toReject.caseId,
            version: toReject.version,
            reason: 'Usaha kelompok belum berjalan saat survei.',
          },
        ],
        NOW,
      ),
    );
    // Decided by the Kabid: the letter takes its number when the Kadis signs it.
    expect(rejected.letterId).toBeUndefined();
    ok(api<Saved>(register, U.Kadis, 'apiSignDecisionLetter', [signOf(rejected)], NOW));
    let done = number(register, atS09);
    done = ok(
      completeStep(register, U.Staf, done, 'S10', {
        handedOn: NOW.slice(0, 10),
        receivedBy: 'Pendamping Contoh',
        note: '',
      }),
    );
    ok(
      completeStep(register, U.Staf, done, 'S11', {
        handedOn: NOW.slice(0, 10),
        kind: 'Barang',
        amount: 4500000,
        items: [
          { name: 'Etalase kaca', qty: 1, unit: 'unit', price: 2500000 },
          { name: 'Kompor gas', qty: 2, unit: 'unit', price: 1000000 },
        ],
        note: '',
      }),
    );
    const letters = agenda(register);
    expect(letters.map((l) => l['Jenis Surat']).sort()).toEqual([
      'Berita Acara Serah Terima',
      'Surat Keterangan Terdaftar',
      'Surat Pengembalian',
      'Surat Penolakan',
      'Surat Rekomendasi',
    ]);
    const drive = register.world.module<DriveBackend>('drive');
    const docs = files(drive.tree()).filter(
      (f) =>
        f.node.mimeType === 'application/vnd.google-apps.document' && /\d{4} – /.test(f.node.name),
    );
    expect(docs).toHaveLength(5); // the numbered letters
    const recommendation = docs.find((d) => d.node.name.startsWith('Surat Rekomendasi'))!;
    expect(String(drive.content(recommendation.node.id).html)).toContain('Bupati Magetan');
    for (const doc of docs) {
      const html = String(drive.content(doc.node.id).html).replace(
        /data:image\/png;base64,[^"']+/g,
        '',
      );
      expect(html).not.toMatch(/\d{16}/);
    }
    const returnLetter = docs.find((d) => d.node.name.startsWith('Surat Pengembalian'))!;
    expect(String(drive.content(returnLetter.node.id).html)).toContain(
      'Salinan KK dua anggota belum dilampirkan.',
    );
    const bast = docs.find((d) => d.node.name.startsWith('BAST'))!;
    expect(String(drive.content(bast.node.id).html)).toContain('Etalase kaca');
    for (const letter of letters) {
      const page = verificationPage(register, String(letter['Kode Verifikasi']));
      expect(page).toContain('SAH');
      expect(page).toContain(String(letter['Jenis Surat']));
      expect(page).not.toMatch(/\d{16}/);
    }
  });
});

describe('the unnumbered documents of a case', () => {
  it('the Lembar Disposisi (at intake) and the draft Surat Rekomendasi (S05) are made in the case folder, never numbered', () => {
    restore(register.world, prepared);
    const c = caseAt(register, 'S06', 100);
    const drive = register.world.module<DriveBackend>('drive');
    const docs = files(drive.tree()).filter(
      (f) =>
        f.node.mimeType === 'application/vnd.google-apps.document' && f.path.includes(c.caseId),
    );
    expect(docs.map((d) => d.node.name).sort()).toEqual([
      'Konsep Surat Rekomendasi – Kelompok Melati 100 (contoh)',
      'Lembar Disposisi – Kelompok Melati 100 (contoh)',
    ]);
    const draft = String(
      drive.content(docs.find((d) => d.node.name.startsWith('Konsep'))!.node.id).html,
    );
    expect(draft).toContain('KONSEP');
    expect(draft).toContain('Kelompok layak direkomendasikan.');
    expect(agenda(register).filter((l) => l['ID Kasus'] === c.caseId)).toHaveLength(0);
    const [head, ...records] = register.values('Langkah Kasus');
    const at = (h: string) => (head as string[]).indexOf(h);
    const s01 = records.find((r) => r[at('ID Kasus')] === c.caseId && r[at('Langkah')] === 'S01')!;
    expect(String(s01[at('Berkas Dokumen')])).toMatch(/^https:\/\//);
  });
});

describe('the home sidebar', () => {
  it('shows the documents made today against the daily limit and the last batch of letters', () => {
    restore(register.world, prepared);
    numberWhileDriveFails(register, atS09);
    register.run('menuIssueMissingLetters', U.Staf, [], { now: new Date(NOW) });
    const home = ok(
      api<{
        letters: {
          documentsToday: number;
          dailyLimit: number;
          batch: { made: number; left: number; atLabel: string };
        };
      }>(register, U.Staf, 'getHomeStatus', [], NOW),
    );
    expect(home.letters.dailyLimit).toBe(1500);
    expect(home.letters.documentsToday).toBeGreaterThanOrEqual(2);
    expect(home.letters.batch).toMatchObject({
      made: 2,
      left: 0,
      atLabel: '16 Maret 2026 pukul 10.00 WIB',
    });
  });
});

describe('a return or rejection decided by the Kabid: a draft until the Kadis signs it', () => {
  function decide(fn: string, user: string, c: Saved, reason: string) {
    return api<Saved>(
      register,
      user,
      fn,
      [{ requestId: requestId(), caseId: c.caseId, version: c.version, reason }],
      NOW,
    );
  }
  function caseRow(caseId: string): Record<string, unknown> {
    const [head, ...rows] = register.values('Kasus');
    const row = rows.find((r) => r[(head as string[]).indexOf('ID Kasus')] === caseId)!;
    return Object.fromEntries((head as string[]).map((h, i) => [h, row[i]]));
  }
  function kadisWork(): string[] {
    return ok(
      api<{ items: Array<{ caseId: string }> }>(register, U.Kadis, 'apiMyWork', [], NOW),
    ).items.map((i) => i.caseId);
  }

  it('the rejection makes a KONSEP letter, no number; the Kadis signs it once and it is numbered and verifiable', () => {
    restore(register.world, prepared);
    const c = caseAt(register, 'S07', 300);
    const rejected = ok(
      decide('apiRejectCase', U.Kabid, c, 'Dua anggota tidak terdaftar di DTSEN saat rapat.'),
    );
    expect(rejected.status).toBe('Ditolak');
    expect(agenda(register).filter((l) => l['ID Kasus'] === c.caseId)).toHaveLength(0);
    expect(caseRow(c.caseId)['Menunggu Peran']).toBe('Kadis');
    expect(kadisWork()).toContain(c.caseId);

    const drive = register.world.module<DriveBackend>('drive');
    const draft = files(drive.tree()).find(
      (f) =>
        f.node.mimeType === 'application/vnd.google-apps.document' &&
        f.path.includes(c.caseId) &&
        f.node.name.startsWith('Konsep Surat Penolakan'),
    );
    expect(draft).toBeDefined();
    const html = String(drive.content(draft!.node.id).html);
    expect(html).toContain('KONSEP');
    expect(html).toContain('Dua anggota tidak terdaftar di DTSEN saat rapat.');
    expect(html).not.toContain('Kode verifikasi');

    const detail = ok(api<CaseDetail>(register, U.Kadis, 'apiGetCase', [c.caseId], NOW));
    expect(detail.actions.canSignLetter).toBe(true);
    expect(detail.pendingLetter).toMatchObject({
      type: 'Surat Penolakan',
      reason: 'Dua anggota tidak terdaftar di DTSEN saat rapat.',
      decidedBy: U.Kabid,
    });
    expect(detail.pendingLetter!.pdfUrl).toMatch(/^https:\/\//);

    // Only the Kadis signs; a stale form is refused; nothing is written by either.
    const before = agenda(register).length;
    const byKabid = api<Saved>(register, U.Kabid, 'apiSignDecisionLetter', [signOf(rejected)], NOW);
    expect(byKabid.result.ok).toBe(false);
    const stale = api<Saved>(
      register,
      U.Kadis,
      'apiSignDecisionLetter',
      [{ ...signOf(rejected), version: rejected.version - 1 }],
      NOW,
    );
    expect(!stale.result.ok && stale.result.error.stale).toBe(true);
    expect(agenda(register)).toHaveLength(before);

    // A double click is one signature, one number.
    const sign = signOf(rejected);
    const first = ok(api<Saved>(register, U.Kadis, 'apiSignDecisionLetter', [sign], NOW));
    const again = ok(api<Saved>(register, U.Kadis, 'apiSignDecisionLetter', [sign], NOW));
    expect(again.letterId).toBe(first.letterId);
    const letters = agenda(register).filter((l) => l['ID Kasus'] === c.caseId);
    expect(letters).toHaveLength(1);
    expect(letters[0]['Jenis Surat']).toBe('Surat Penolakan');
    expect(letters[0]['Nomor Surat']).toBe(first.letterNumber);
    expect(String(letters[0]['Berkas PDF'])).toMatch(/^https:\/\//);
    expect(verificationPage(register, String(letters[0]['Kode Verifikasi']))).toContain('SAH');
    expect(caseRow(c.caseId)['Menunggu Peran']).toBe('');
    expect(kadisWork()).not.toContain(c.caseId);
  });

  it('a returned case cannot be resubmitted before the letter is signed; the Kadis may annul the return', () => {
    restore(register.world, prepared);
    const c = caseAt(register, 'S07', 400);
    const returned = ok(
      decide('apiReturnCase', U.Kabid, c, 'Proposal belum ditandatangani camat.'),
    );
    const resubmit = decide('apiResubmitCase', U.Staf, returned, 'Sudah dilengkapi oleh kelompok.');
    expect(!resubmit.result.ok && resubmit.result.error.message).toContain(
      'belum ditandatangani Kepala Dinas',
    );
    const tooShort = decide('apiAnnulDecision', U.Kadis, returned, 'singkat');
    expect(!tooShort.result.ok && tooShort.result.error.fields?.[0]?.field).toBe('reason');
    const annulled = ok(
      decide(
        'apiAnnulDecision',
        U.Kadis,
        returned,
        'Tanda tangan camat cukup dari surat pengantar.',
      ),
    );
    expect(annulled).toMatchObject({ step: 'S07', status: 'Berjalan' });
    expect(caseRow(c.caseId)['Menunggu Peran']).toBe('Kabid');
    expect(agenda(register).filter((l) => l['ID Kasus'] === c.caseId)).toHaveLength(0);
    const detail = ok(api<CaseDetail>(register, U.Kabid, 'apiGetCase', [c.caseId], NOW));
    expect(detail.pendingLetter).toBeNull();
    expect(detail.history.map((h) => h.action)).toContain('Pengembalian dibatalkan Kepala Dinas');
  });

  it('a return by the Kadis is numbered at once', () => {
    restore(register.world, prepared);
    const c = caseAt(register, 'S07', 500);
    const returned = ok(decide('apiReturnCase', U.Kadis, c, 'Salinan KTP ketua belum ada.'));
    expect(returned.letterNumber).toMatch(/^400\.9\.12\.2\/\d{3}\/403\.107\/2026$/);
    expect(caseRow(c.caseId)['Menunggu Peran']).toBe('Staf');
  });
});
