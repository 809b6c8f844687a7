/**
 * Issuing a letter's documents: after the number is taken (under the lock), the letter is
 * rendered from its template and saved — outside the lock, Drive being slow — as a Google Doc
 * (editable before signing, converted from the HTML by the Drive API; the QR code and logo, which
 * the conversion is not documented to keep, inserted into the Doc as images) and a PDF, in the case's
 * folder `WRSE/<year>/<case ID> – <group name>/`, named by type, number and group; then the
 * agenda row records both links. Safe to run again: a letter whose links are recorded is
 * skipped, a Doc already in the folder is reused.
 */
import {
  buildDisposisiView,
  buildRekomendasiView,
  buildBastView,
  buildPenolakanView,
  buildPengembalianView,
  buildSktView,
  officeFromSettings,
  renderLetter,
} from '../letters';
import type { LetterMetaInput } from '../letters/types';
import { RegisterError } from '../app/register/errors';
import type { Saved } from '../app/api/views';
import { USERS } from '../app/register/tabs';
import { EXCLUDED_VALIDATION } from '../domain/eligibility/gate';
import type { AgendaRow, CaseRow, MemberRow, Register, StepRecordRow } from './register';
import { eligibilityOf } from './usecases/views';
import { approvedMembers } from './usecases/gate';
import { latestRecord, recordData, today } from './usecases/common';
import { verificationUrl } from './verification';
import { readJsonProperty, scriptLock } from './adapters';
import { budgetSpent, executionStartedAt } from './clock';
import { deleteTriggers, scheduleOnce } from './triggers';

const ROOT_KEY = 'wrse.driveRootFolder';
const DOC_MIME = 'application/vnd.google-apps.document';

/** Roles whose users work with the letters (the pendamping receive them printed). */
const LETTER_ROLES = ['Admin', 'Staf', 'Peksos', 'Kabid', 'Kadis'];

/**
 * The register's one root folder in Drive ("WRSE"): created by "Siapkan register" (owned by the
 * Admin who runs it) and shared as editor with every active user who works with letters.
 * Run again, it shares with users added since. Returns the folder.
 */
export function ensureDriveRoot(register: Register): GoogleAppsScript.Drive.Folder {
  const props = PropertiesService.getScriptProperties();
  const id = props.getProperty(ROOT_KEY);
  let folder: GoogleAppsScript.Drive.Folder | null = null;
  if (id) {
    try {
      const found = DriveApp.getFolderById(id);
      if (!found.isTrashed()) folder = found;
    } catch {
      folder = null; // deleted: make a new one
    }
  }
  if (!folder) {
    folder = DriveApp.createFolder('WRSE');
    props.setProperty(ROOT_KEY, folder.getId());
  }
  const shared = new Set([
    ...folder.getEditors().map((u) => u.getEmail().toLowerCase()),
    register.actor.email,
  ]);
  const users = register
    .table(USERS)
    .all()
    .map((r) => r.row)
    .filter((u) => u.active === true && LETTER_ROLES.includes(String(u.role)))
    .map((u) => String(u.email).trim().toLowerCase())
    .filter((email) => email && !shared.has(email));
  if (users.length > 0) folder.addEditors(users);
  return folder;
}

/** The root folder for this user; never a second one in someone's own Drive. */
/** The WRSE Drive folder of letters and reports; refused with what to do when it cannot open. */
export function lettersRoot(): GoogleAppsScript.Drive.Folder {
  return rootFolder();
}

function rootFolder(): GoogleAppsScript.Drive.Folder {
  const id = PropertiesService.getScriptProperties().getProperty(ROOT_KEY);
  if (id) {
    try {
      const folder = DriveApp.getFolderById(id);
      if (!folder.isTrashed()) return folder;
    } catch {
      // not shared with this user, or deleted: said below
    }
  }
  throw new RegisterError(
    'Folder WRSE untuk surat belum ada atau belum dibagikan kepada akun Anda. Mohon minta Admin ' +
      'menjalankan menu WRSE › Admin › Siapkan register (yang membuat dan membagikan folder itu).',
  );
}

function child(parent: GoogleAppsScript.Drive.Folder, name: string): GoogleAppsScript.Drive.Folder {
  const found = parent.getFoldersByName(name);
  while (found.hasNext()) {
    const folder = found.next();
    if (!folder.isTrashed()) return folder;
  }
  return parent.createFolder(name);
}

/**
 * `WRSE/<year>/<case ID> – <group name>/`, found or created. Two staff numbering letters at the
 * same moment must not make two folders of one year: finding-or-creating holds the document
 * lock (not the script lock, which guards the register's rows and must never wait on Drive).
 */
export function caseFolder(c: CaseRow, year: string): GoogleAppsScript.Drive.Folder {
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(30000)) {
    throw new RegisterError(
      'Folder surat sedang dibuat oleh pengguna lain; mohon ulangi sebentar lagi.',
    );
  }
  try {
    return child(child(rootFolder(), year), `${c.id} – ${c.groupName}`);
  } finally {
    lock?.releaseLock();
  }
}

export function signer(register: Register) {
  const kadis = register
    .table(USERS)
    .all()
    .map((r) => r.row)
    .find((u) => u.role === 'Kadis' && u.active === true);
  if (!kadis)
    throw new RegisterError(
      'Belum ada Kepala Dinas aktif di tab Pengguna untuk menandatangani surat.',
    );
  return {
    name: String(kadis.name),
    nip: String(kadis.nip),
    rank: String(kadis.rank),
    position: String(kadis.position),
  };
}

export function officeSettings(register: Register): Record<string, string> {
  const keys = [
    'kantor.nama',
    'kantor.alamat',
    'kantor.telepon',
    'kantor.email',
    'kantor.laman',
    'kantor.tempat',
    'kantor.pemerintah',
    'kantor.unit',
    'kantor.logo',
  ];
  return Object.fromEntries(keys.map((k) => [k, register.setting(k)]));
}

/** The letters the register numbers and makes, by their type in the agenda. */
const KIND_OF_TYPE: Readonly<
  Record<string, 'skt' | 'rekomendasi' | 'bast' | 'pengembalian' | 'penolakan'>
> = {
  'Surat Keterangan Terdaftar': 'skt',
  'Surat Rekomendasi': 'rekomendasi',
  'Berita Acara Serah Terima': 'bast',
  'Surat Pengembalian': 'pengembalian',
  'Surat Penolakan': 'penolakan',
};

/** File names start with the letter's short name. */
const FILE_PREFIX: Readonly<Record<string, string>> = {
  skt: 'SKT',
  rekomendasi: 'Surat Rekomendasi',
  bast: 'BAST',
  pengembalian: 'Surat Pengembalian',
  penolakan: 'Surat Penolakan',
};

/** Whether the register makes the documents of letters of this agenda type. */
export function makesDocuments(type: string): boolean {
  return type in KIND_OF_TYPE;
}

/** The case and members as the letter views take them. */
function letterData(c: CaseRow, members: MemberRow[]) {
  return {
    caseData: {
      id: String(c.id),
      groupName: String(c.groupName),
      business: String(c.business),
      kecamatan: String(c.kecamatan),
      desa: String(c.desa),
      address: String(c.address),
      leader: String(c.leader),
      phone: String(c.phone),
      receivedOn: String(c.receivedOn),
      rabTotal: c.rabTotal === null ? null : Number(c.rabTotal),
    },
    memberData: members.map((m) => ({
      nik: String(m.nik),
      name: String(m.name),
      maritalStatus: String(m.maritalStatus),
      breadwinner: m.breadwinner === true,
      address: String(m.address),
      desa: String(m.desa),
    })),
  };
}

/** An image the Drive conversion would drop, taken out of the HTML to be inserted after. */
interface PendingImage {
  marker: string;
  bytes: number[];
  contentType: string;
  width: number;
  height: number;
}

/**
 * Swaps every `<img>` whose source is a `data:` URI (the verification QR, the kop's logo) for a
 * placeholder paragraph: Google documents no support for such images in an HTML file converted
 * to a Doc (Drive API, import to Google Docs types), so they are inserted into the Doc as blobs
 * afterwards (`insertImages`).
 */
export function takeOutDataImages(html: string): { html: string; images: PendingImage[] } {
  const images: PendingImage[] = [];
  const out = html.replace(/<img\b[^>]*>/gi, (tag) => {
    const src = (/\bsrc\s*=\s*(["'])([\s\S]*?)\1/i.exec(tag)?.[2] ?? '')
      .replace(/&#x3D;|&#61;/gi, '=')
      .trim();
    const data = /^data:(image\/(?:png|jpeg));base64,([A-Za-z0-9+/=\s]+)$/i.exec(src);
    if (!data) return tag;
    const attr = (name: string) =>
      Number(new RegExp(`\\b${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(tag)?.[1] ?? 0);
    const marker = `WRSEGAMBAR${images.length + 1}PENANDA`;
    images.push({
      marker,
      bytes: Utilities.base64Decode(data[2].replace(/\s+/g, '')),
      contentType: data[1].toLowerCase(),
      width: attr('width'),
      height: attr('height'),
    });
    return `<div>${marker}</div>`;
  });
  return { html: out, images };
}

/**
 * Puts each image where its placeholder stands in the Doc `docId`, sized as the HTML said (the
 * height kept in proportion when only the width was given), and saves the Doc. A placeholder
 * missing from a Doc just made means the conversion lost it: refused, so that no letter is
 * issued without its QR; in a Doc made by an earlier attempt it was filled then.
 */
function insertImages(docId: string, images: PendingImage[], fresh: boolean): void {
  if (images.length === 0) return;
  const doc = DocumentApp.openById(docId);
  const body = doc.getBody();
  for (const img of images) {
    const found = body.findText(img.marker);
    if (!found) {
      if (!fresh) continue;
      throw new RegisterError(
        'Gambar surat (kode QR/logo) tidak dapat dipasang pada dokumen; mohon hubungi admin register.',
      );
    }
    const paragraph = found.getElement().getParent().asParagraph();
    paragraph.clear();
    const inline = paragraph.appendInlineImage(
      Utilities.newBlob(img.bytes, img.contentType, `${img.marker}.${img.contentType.slice(6)}`),
    );
    if (img.width > 0) {
      const height =
        img.height > 0
          ? img.height
          : Math.round((inline.getHeight() * img.width) / Math.max(1, inline.getWidth()));
      inline.setWidth(img.width).setHeight(height);
    }
  }
  doc.saveAndClose();
}

/**
 * Converts `html` into a Google Doc named `name` in `folder` (Drive API v3 files.create, the
 * advanced service), then inserts its images as blobs. Returns the Doc's id.
 */
function convertToDoc(
  folder: GoogleAppsScript.Drive.Folder,
  name: string,
  html: string,
  register: Register,
): string {
  const files = typeof Drive === 'undefined' ? undefined : Drive?.Files;
  if (!files) throw new RegisterError('Layanan lanjutan Drive belum aktif di proyek Apps Script.');
  const prepared = takeOutDataImages(html);
  const doc = files.create(
    { name, mimeType: DOC_MIME, parents: [folder.getId()] },
    Utilities.newBlob(prepared.html, 'text/html', `${name}.html`),
    { fields: 'id' },
  );
  countDocumentCreated(register);
  insertImages(String(doc.id), prepared.images, true);
  return String(doc.id);
}

/**
 * Saves a letter's HTML as a Google Doc (converted by the Drive API, its images inserted after;
 * reused if one of that name is already in the case folder) and a PDF beside it. Returns both
 * links.
 */
function saveDocument(
  c: CaseRow,
  year: string,
  name: string,
  html: string,
  register: Register,
): { docUrl: string; pdfUrl: string } {
  const folder = caseFolder(c, year);
  const existing = folder.getFilesByName(name);
  let docId = '';
  while (existing.hasNext()) {
    const f = existing.next();
    if (!f.isTrashed() && f.getMimeType() === DOC_MIME) docId = f.getId();
  }
  if (docId) {
    // Made by an attempt that failed before its PDF: its images may still be placeholders.
    insertImages(docId, takeOutDataImages(html).images, false);
  } else {
    docId = convertToDoc(folder, name, html, register);
  }
  const docFile = DriveApp.getFileById(docId);
  const pdf = folder.createFile(docFile.getAs('application/pdf').setName(`${name}.pdf`));
  return { docUrl: docFile.getUrl(), pdfUrl: pdf.getUrl() };
}

/** The HTML of a numbered letter, from the case, its members, the step records and settings. */
function renderIssued(
  register: Register,
  letter: AgendaRow,
  c: CaseRow,
  members: MemberRow[],
): string {
  const kind = KIND_OF_TYPE[String(letter.type)];
  const code = String(letter.verificationCode);
  // The SKT, Rekomendasi and BAST name the members the Kadis approved (not "Tidak Valid", no
  // rule failing without an override); a return or rejection letter describes the proposal.
  const approved =
    kind === 'pengembalian' || kind === 'penolakan'
      ? members
      : approvedMembers(register, c, members);
  const { caseData, memberData } = letterData(c, approved);
  const office = officeFromSettings(officeSettings(register));
  const meta = {
    number: String(letter.number),
    date: String(letter.date),
    verification: { code, url: verificationUrl(register, code) },
  };
  const by = signer(register);
  if (kind === 'skt')
    return renderLetter('skt', buildSktView(caseData, memberData, by, office, meta));
  if (kind === 'rekomendasi') {
    const draft = recordData(latestRecord(register, String(c.id), 'S05'));
    return renderLetter(
      'rekomendasi',
      buildRekomendasiView(caseData, memberData, by, office, meta, {
        text: String(draft.recommendationDraft ?? ''),
        draft: false,
        addressee: register.setting('surat.rekomendasiKepada') || 'Bupati Magetan',
        addresseePlace: register.setting('surat.rekomendasiDi') || 'Magetan',
      }),
    );
  }
  if (kind === 'bast') {
    const form = recordData(latestRecord(register, String(c.id), 'S11'));
    const items = (Array.isArray(form.items) ? form.items : []) as Array<{
      name: string;
      qty: number;
      unit: string;
      price: number;
    }>;
    const leader = approved.find(
      (m) => String(m.name).trim().toLowerCase() === String(c.leader).trim().toLowerCase(),
    );
    return renderLetter(
      'bast',
      buildBastView(caseData, memberData, by, office, meta, {
        handedOn: String(form.handedOn ?? letter.date),
        venue: office.fullName,
        kind: form.kind === 'Barang' ? 'Barang' : 'Uang',
        amount: Number(form.amount ?? 0),
        items: items.map((i) => ({ ...i, rabQty: null })),
        receiverName: String(c.leader),
        receiverNik: leader ? String(leader.nik) : '',
        receiverRole: 'Ketua Kelompok',
        acknowledgedBy: null,
        note: String(form.note ?? ''),
      }),
    );
  }
  const decision = recordData(latestRecord(register, String(c.id), String(c.step)));
  return renderReturn(register, kind === 'penolakan', c, members, meta, decision, false);
}

/** A return or rejection letter (numbered, or a draft waiting for the Kadis). */
function renderReturn(
  register: Register,
  rejection: boolean,
  c: CaseRow,
  members: MemberRow[],
  meta: LetterMetaInput,
  decision: Record<string, unknown>,
  draft: boolean,
): string {
  const { caseData, memberData } = letterData(c, members);
  const office = officeFromSettings(officeSettings(register));
  const ret = {
    proposalDate: '',
    proposalNumber: '',
    report: eligibilityOf(register, c, members),
    reasons: [String(decision.reason ?? decision.note ?? '')].filter((r) => r !== ''),
    note: '',
    draft,
  };
  const by = signer(register);
  return rejection
    ? renderLetter('penolakan', buildPenolakanView(caseData, memberData, by, office, meta, ret))
    : renderLetter(
        'pengembalian',
        buildPengembalianView(caseData, memberData, by, office, meta, ret),
      );
}

/**
 * Makes the Doc and PDF of the letter recorded in agenda row `letterId`, if not made yet.
 * Returns the links. Drive work happens outside the lock; only the recording takes it.
 */
export function issueLetter(
  register: Register,
  letterId: string,
): { docUrl: string; pdfUrl: string } {
  const letter = register.agenda.get(letterId)?.row;
  if (!letter) throw new RegisterError(`Surat ${letterId} tidak ada di Agenda Surat.`);
  if (!makesDocuments(String(letter.type))) {
    throw new RegisterError(`Surat ${letter.number} (${letter.type}) dibuat di luar register.`);
  }
  if (letter.docUrl && letter.pdfUrl)
    return { docUrl: String(letter.docUrl), pdfUrl: String(letter.pdfUrl) };
  const c = register.cases.get(String(letter.caseId))?.row;
  if (!c) throw new RegisterError(`Kasus ${letter.caseId} dari surat ${letterId} tidak ditemukan.`);
  const members = register.caseMembers(String(c.id));
  const html = renderIssued(register, letter, c, members);
  const name = `${FILE_PREFIX[KIND_OF_TYPE[String(letter.type)]]} ${letter.number} – ${c.groupName}`;
  const links = saveDocument(c, String(letter.year), name, html, register);
  scriptLock.withLock(() =>
    register.agenda.update(letterId, null, links, { by: register.actor.email, at: register.now() }),
  );
  return links;
}

/** The unnumbered documents of a step: a routing slip and a draft, never in the agenda. */
const DRAFT_OF_STEP: Readonly<
  Record<string, { kind: 'disposisi' | 'rekomendasi'; prefix: string }>
> = {
  S01: { kind: 'disposisi', prefix: 'Lembar Disposisi' },
  S05: { kind: 'rekomendasi', prefix: 'Konsep Surat Rekomendasi' },
};

/** Whether completing `step` makes an unnumbered document. */
export function makesDraft(step: string): boolean {
  return step in DRAFT_OF_STEP;
}

type DraftKind = 'disposisi' | 'rekomendasi' | 'pengembalian' | 'penolakan';

/** The unnumbered document of a step record: its step's, or a decision's letter left pending. */
function draftOf(record: StepRecordRow): { kind: DraftKind; prefix: string } | null {
  if (recordData(record).letterPending === true) {
    return record.action === 'Ditolak'
      ? { kind: 'penolakan', prefix: 'Konsep Surat Penolakan' }
      : { kind: 'pengembalian', prefix: 'Konsep Surat Pengembalian' };
  }
  return DRAFT_OF_STEP[String(record.step)] ?? null;
}

/**
 * Makes the unnumbered document of a completed step — the Lembar Disposisi when the proposal is
 * received (S01; made by the staff who register it: pendamping have no access to the office's
 * letters folder), the draft
 * (konsep) Surat Rekomendasi at S05, marked KONSEP — as a Doc (editable) and a PDF in the case's
 * folder, and records the links on the step record. Outside the lock; safe to run again.
 */
export function issueDraft(
  register: Register,
  recordId: string,
): { docUrl: string; pdfUrl: string } {
  const record = register.stepRecords.get(recordId)?.row;
  if (!record) throw new RegisterError(`Catatan langkah ${recordId} tidak ditemukan.`);
  if (record.docUrl && record.pdfUrl)
    return { docUrl: String(record.docUrl), pdfUrl: String(record.pdfUrl) };
  const draft = draftOf(record);
  if (!draft) throw new RegisterError(`Langkah ${record.step} tidak menghasilkan dokumen.`);
  const c = register.cases.get(String(record.caseId))?.row;
  if (!c) throw new RegisterError(`Kasus ${record.caseId} tidak ditemukan.`);
  const members = register.caseMembers(String(c.id));
  // The draft Rekomendasi names only the members still in the running: one found Tidak Valid at
  // the validation (S03) is not recommended (the meeting and the Kadis decide the rest).
  const named =
    draft.kind === 'rekomendasi'
      ? members.filter((m) => String(m.validation) !== EXCLUDED_VALIDATION)
      : members;
  const { caseData, memberData } = letterData(c, named);
  const office = officeFromSettings(officeSettings(register));
  const meta = { number: '', date: '', verification: null };
  const form = recordData(record);
  const html =
    draft.kind === 'pengembalian' || draft.kind === 'penolakan'
      ? renderReturn(register, draft.kind === 'penolakan', c, members, meta, form, true)
      : draft.kind === 'disposisi'
        ? renderLetter(
            'disposisi',
            buildDisposisiView(caseData, memberData, signer(register), office, meta, {
              agendaNumber: String(c.id),
              sender: `Kepala Desa/Lurah (${String(c.desa)})`,
              sourceNumber: '',
              sourceDate: String(c.receivedOn),
              nature: 'Biasa',
              forwardTo: ['Kepala Bidang', 'Peksos Ahli Muda'],
              instructions: ['Untuk ditindaklanjuti'],
              note: String(form.note ?? ''),
            }),
          )
        : renderLetter(
            'rekomendasi',
            buildRekomendasiView(caseData, memberData, signer(register), office, meta, {
              text: String(form.recommendationDraft ?? ''),
              draft: true,
              addressee: register.setting('surat.rekomendasiKepada') || 'Bupati Magetan',
              addresseePlace: register.setting('surat.rekomendasiDi') || 'Magetan',
            }),
          );
  const links = saveDocument(
    c,
    String(record.at).slice(0, 4),
    `${draft.prefix} – ${c.groupName}`,
    html,
    register,
  );
  scriptLock.withLock(() =>
    register.stepRecords.update(recordId, null, links, {
      by: register.actor.email,
      at: register.now(),
    }),
  );
  return links;
}

/**
 * Runs document work after an action was saved (outside the lock): a Drive failure must not undo
 * the action, so it is logged and told to the user in the result's notice instead of thrown.
 */
function tellIfFails(saved: Saved, work: () => void, notice: string): Saved {
  try {
    work();
    return saved;
  } catch (e) {
    console.error(e instanceof Error ? e.stack || e.message : String(e));
    return { ...saved, notice };
  }
}

/** Makes the Doc and PDF of the letters an action numbered. */
export function withLetterDocuments(register: Register, saved: Saved): Saved {
  const ids = saved.letterIds ?? (saved.letterId ? [saved.letterId] : []);
  if (ids.length === 0) return saved;
  return tellIfFails(
    saved,
    () => ids.forEach((id) => issueLetter(register, id)),
    'Nomor surat sudah tercatat di Agenda Surat, tetapi berkas Dokumen/PDF-nya belum berhasil dibuat. ' +
      'Jalankan menu WRSE › Admin › Buat berkas surat yang belum ada, atau hubungi admin register.',
  );
}

/** Makes the unnumbered document of the step recorded as `recordId`. */
export function withDraft(register: Register, saved: Saved, recordId: string): Saved {
  return tellIfFails(
    saved,
    () => issueDraft(register, recordId),
    'Langkah sudah tersimpan, tetapi dokumennya (lembar disposisi/konsep surat) belum berhasil dibuat ' +
      'di Drive. Mohon hubungi admin register.',
  );
}

/** Google Docs a user may create per day (Workspace; 250 on a consumer account). */
export const DOCUMENTS_PER_DAY = 1500;

function documentsKey(register: Register): string {
  return `wrse.documentsCreated.${today(register)}`;
}

/** Documents this register created today (Asia/Jakarta), against the daily quota. */
export function documentsToday(register: Register): number {
  return Number(PropertiesService.getScriptProperties().getProperty(documentsKey(register)) || '0');
}

function countDocumentCreated(register: Register): void {
  PropertiesService.getScriptProperties().setProperty(
    documentsKey(register),
    String(documentsToday(register) + 1),
  );
}

/** The handler of the one-off trigger that continues a batch of letters. */
export const CONTINUE_HANDLER = 'continueIssuingLetters';

/** Schedules the batch to continue in a minute (replacing a pending continuation). */
export function scheduleContinuation(): void {
  scheduleOnce(CONTINUE_HANDLER);
}

/** A batch of letters run by the trigger: makes what it can, and schedules itself again if needed. */
export function continueIssuing(register: Register): {
  made: number;
  left: number;
  failed: string[];
} {
  const result = issueMissingLetters(register);
  if (result.left > 0) scheduleContinuation();
  else deleteTriggers(CONTINUE_HANDLER);
  return result;
}

/**
 * "Buat berkas surat yang belum ada": makes the documents of every issued letter whose links are
 * missing (e.g. after Drive failed, or many numbered at once), until the time budget is spent;
 * safe to run again, and continued by a one-off trigger while letters are left.
 */
export function issueMissingLetters(
  register: Register,
  startedAt = executionStartedAt(),
): { made: number; left: number; failed: string[] } {
  const missing = register.agenda
    .all()
    .map((r) => r.row)
    .filter(
      (l) => l.status === 'Terbit' && makesDocuments(String(l.type)) && (!l.docUrl || !l.pdfUrl),
    );
  let made = 0;
  const failed: string[] = [];
  for (const letter of missing) {
    if (budgetSpent(startedAt)) break;
    try {
      issueLetter(register, String(letter.id));
      made += 1;
    } catch (e) {
      failed.push(`${letter.number}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const result = { made, left: missing.length - made - failed.length, failed };
  PropertiesService.getScriptProperties().setProperty(
    BATCH_KEY,
    JSON.stringify({ made, left: result.left, failed: failed.length, at: register.now() }),
  );
  return result;
}

const BATCH_KEY = 'wrse.letterBatch';

/** The last batch of letters: how many were made, are left and failed, and when. */
export interface BatchProgress {
  made: number;
  left: number;
  failed: number;
  at: string;
}

/** The progress of the last batch (null before any), for the home sidebar. */
export function lastBatch(): BatchProgress | null {
  return readJsonProperty<BatchProgress>(BATCH_KEY);
}

/**
 * Saves a report (a recap, an audit file) as a Google Doc and a PDF in `WRSE/Laporan/`, by the
 * same Drive path as the letters (the Doc converted from the HTML by the Drive API, its images
 * inserted after). Every
 * report made is kept (its name carries when it was made: only a file's owner may trash it, and
 * an inspector may ask for the version given earlier). Returns both links.
 */
export function saveReportDocument(
  register: Register,
  name: string,
  html: string,
): { docUrl: string; pdfUrl: string } {
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(30000)) {
    throw new RegisterError('Folder laporan sedang dibuat oleh pengguna lain; mohon ulangi.');
  }
  let folder: GoogleAppsScript.Drive.Folder;
  try {
    folder = child(rootFolder(), 'Laporan');
  } finally {
    lock?.releaseLock();
  }
  const docFile = DriveApp.getFileById(convertToDoc(folder, name, html, register));
  const pdf = folder.createFile(docFile.getAs('application/pdf').setName(`${name}.pdf`));
  return { docUrl: docFile.getUrl(), pdfUrl: pdf.getUrl() };
}

/** "2026-03-20 10.00 WIB": when a report was made, for its file name. */
export function stampOf(iso: string): string {
  const local = new Date(Date.parse(iso) + 7 * 3600_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 13)}.${local.slice(14, 16)} WIB`;
}
