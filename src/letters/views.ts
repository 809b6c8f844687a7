/**
 * View models of the letters: plain data in (case, members, signer, office, the letter's own
 * number/date/verification, and what each letter adds), the template context out, with every
 * label already formatted by the domain helpers. Pure: no clock, no services.
 */
import {
  findDesa,
  formatRupiah,
  formatTanggal,
  kecamatanName,
  maskNik,
  rupiahTerbilang,
} from '../domain';
import type { EligibilityReport } from '../domain';
import {
  countLabel,
  dayInWords,
  dayNumeric,
  formatNip,
  paragraphs,
  safeImageDataUri,
  scrubNik,
} from './format';
import { qrDataUri } from './qr';
import type {
  BastInput,
  BastItemView,
  BastView,
  DisposisiInput,
  DisposisiView,
  GroupView,
  KopView,
  LetterCaseInput,
  LetterMemberInput,
  LetterMetaInput,
  LetterViewBase,
  MembersView,
  OfficeInput,
  RekomendasiInput,
  RekomendasiView,
  ReturnInput,
  ReturnView,
  SignatureView,
  SignerInput,
  SktView,
  VerificationView,
} from './types';

/**
 * A group's name after a title: "Kelompok WRSE Melati" for "Kelompok Melati" (the word
 * "Kelompok" is not repeated) and for "Melati".
 */
export function groupTitle(group: string, title = 'Kelompok'): string {
  return `${title} ${group.replace(/^kelompok\s+/i, '')}`;
}

/** Scale (pixels per module) of the QR image embedded in letters. */
const QR_SCALE = 4;

const DRAFT_NUMBER = '……… (belum bernomor)';
const DRAFT_DATE = '……………………';

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

export function kopView(office: OfficeInput): KopView {
  const contacts: string[] = [];
  if (str(office.phone)) contacts.push(`Telepon ${str(office.phone)}`);
  if (str(office.email)) contacts.push(`Pos-el ${str(office.email)}`);
  return {
    government: str(office.government).toUpperCase(),
    unit: str(office.unit).toUpperCase(),
    address: str(office.address),
    contact: contacts.join(', '),
    website: str(office.website) ? `Laman ${str(office.website)}` : '',
    logo: safeImageDataUri(office.logoDataUri),
  };
}

/** "Kepala Dinas Sosial Kabupaten Magetan" → ["KEPALA DINAS SOSIAL", "KABUPATEN MAGETAN,"]. */
function titleLines(position: string): string[] {
  const upper = str(position).toUpperCase();
  if (upper === '') return [];
  const at = upper.search(/\s(KABUPATEN|KOTA)\s/);
  const lines = at > 0 ? [upper.slice(0, at), upper.slice(at + 1)] : [upper];
  lines[lines.length - 1] += ',';
  return lines;
}

export function signatureView(signer: SignerInput, unsigned: boolean): SignatureView {
  const nip = formatNip(signer.nip);
  return {
    placeLines: [],
    titleLines: titleLines(signer.position),
    name: str(signer.name),
    rank: str(signer.rank),
    nipLine: nip ? `NIP ${nip}` : '',
    unsigned,
  };
}

function verificationView(letter: LetterMetaInput, draft: boolean): VerificationView | null {
  const v = letter.verification;
  if (draft || !v || !str(v.code) || !str(v.url)) return null;
  return { code: str(v.code), url: str(v.url), qr: qrDataUri(str(v.url), QR_SCALE) };
}

function areaLabel(desaCode: string, kecamatanCode: string): string {
  const desa = findDesa(str(desaCode));
  const kecName = kecamatanName(desa ? desa.kecamatan : str(kecamatanCode));
  const parts: string[] = [];
  if (desa) parts.push(`${desa.level === 'kelurahan' ? 'Kelurahan' : 'Desa'} ${desa.name}`);
  if (kecName) parts.push(`Kecamatan ${kecName}`);
  return parts.join(', ');
}

function groupView(c: LetterCaseInput): GroupView {
  return {
    name: str(c.groupName),
    business: str(c.business),
    leader: str(c.leader),
    address: str(c.address),
    area: areaLabel(c.desa, c.kecamatan),
    caseId: str(c.id),
    receivedLabel: formatTanggal(str(c.receivedOn)),
  };
}

function statusLabel(m: LetterMemberInput): string {
  const parts: string[] = [];
  const marital = str(m.maritalStatus);
  if (marital === 'Cerai Mati') parts.push('Janda (cerai mati)');
  else if (marital === 'Cerai Hidup') parts.push('Janda (cerai hidup)');
  if (m.breadwinner) parts.push('Tulang punggung keluarga');
  if (parts.length === 0 && marital) parts.push(marital);
  return parts.join('; ');
}

function memberAddress(m: LetterMemberInput): string {
  const desa = findDesa(str(m.desa));
  const place = desa ? `${desa.level === 'kelurahan' ? 'Kel.' : 'Desa'} ${desa.name}` : '';
  return [str(m.address), place].filter((p) => p !== '').join(', ');
}

function membersView(
  c: LetterCaseInput,
  members: readonly LetterMemberInput[],
  caption: string,
  noteOf: (m: LetterMemberInput) => string = () => '',
): MembersView {
  const leader = str(c.leader).toLowerCase();
  return {
    caption,
    signColumn: false,
    countLabel: countLabel(members.length, 'orang'),
    rows: members.map((m, i) => {
      const isLeader = leader !== '' && str(m.name).toLowerCase() === leader;
      const note = [isLeader ? 'Ketua' : '', noteOf(m)].filter((p) => p !== '').join('; ');
      return {
        no: i + 1,
        name: str(m.name),
        nik: maskNik(str(m.nik)) || '(NIK tidak sah)',
        address: memberAddress(m),
        status: statusLabel(m),
        note,
      };
    }),
  };
}

function base(
  title: string,
  perihal: string,
  c: LetterCaseInput,
  members: readonly LetterMemberInput[],
  signer: SignerInput,
  office: OfficeInput,
  letter: LetterMetaInput,
  draft: boolean,
  caption: string,
  noteOf?: (m: LetterMemberInput) => string,
): LetterViewBase {
  const dated = !draft && str(letter.date) !== '';
  const dateLabel = dated ? formatTanggal(str(letter.date)) : DRAFT_DATE;
  return {
    title,
    officeName: str(office.fullName),
    kop: kopView(office),
    number: !draft && str(letter.number) ? str(letter.number) : DRAFT_NUMBER,
    placeDate: `${str(office.place)}, ${dateLabel}`,
    dateLabel,
    perihal,
    group: groupView(c),
    members: membersView(c, members, caption, noteOf),
    signature: signatureView(signer, draft),
    verification: verificationView(letter, draft),
    copies: (letter.copies ?? []).map(str).filter((s) => s !== ''),
    draft,
  };
}

const NATURES = ['Biasa', 'Segera', 'Sangat Segera', 'Rahasia'];
const INSTRUCTIONS = [
  'Untuk diketahui',
  'Untuk ditindaklanjuti',
  'Untuk diverifikasi dan divalidasi',
  'Untuk dijadwalkan survei lapangan',
  'Untuk dibahas dalam rapat',
  'Untuk disiapkan konsep surat rekomendasi',
  'Untuk diarsipkan',
];

/** Lembar Disposisi of an incoming proposal (internal: verification only if given). */
export function buildDisposisiView(
  caseData: LetterCaseInput,
  members: readonly LetterMemberInput[],
  signer: SignerInput,
  office: OfficeInput,
  letter: LetterMetaInput,
  disposition: DisposisiInput,
): DisposisiView {
  const group = str(caseData.groupName);
  const view = base(
    'Lembar Disposisi',
    `Permohonan Bantuan Usaha Ekonomi Produktif (UEP) WRSE Kelompok ${group}`,
    caseData,
    members,
    signer,
    office,
    { ...letter, date: str(letter.date) || str(caseData.receivedOn) },
    false,
    'Daftar anggota kelompok pengusul',
  );
  const ticked = disposition.instructions.map(str).filter((s) => s !== '');
  const extra = ticked.filter((t) => INSTRUCTIONS.indexOf(t) < 0);
  return {
    ...view,
    number: str(letter.number),
    agendaNumber: str(disposition.agendaNumber),
    sender: str(disposition.sender),
    sourceNumber: str(disposition.sourceNumber),
    sourceDateLabel: str(disposition.sourceDate) ? formatTanggal(str(disposition.sourceDate)) : '',
    natureOptions: NATURES.map((label) => ({
      label,
      checked: label.toLowerCase() === str(disposition.nature).toLowerCase(),
    })),
    forwardTo: disposition.forwardTo.map(str).filter((s) => s !== ''),
    instructions: INSTRUCTIONS.concat(extra).map((label) => ({
      label,
      checked: ticked.indexOf(label) >= 0,
    })),
    note: str(disposition.note),
  };
}

/** Surat Rekomendasi, as a draft (konsep: watermark, no number) or final. */
export function buildRekomendasiView(
  caseData: LetterCaseInput,
  members: readonly LetterMemberInput[],
  signer: SignerInput,
  office: OfficeInput,
  letter: LetterMetaInput,
  rec: RekomendasiInput,
): RekomendasiView {
  const group = str(caseData.groupName);
  const view = base(
    rec.draft ? 'Konsep Surat Rekomendasi' : 'Surat Rekomendasi',
    `Rekomendasi Bantuan UEP bagi ${groupTitle(group, 'Kelompok WRSE')}`,
    caseData,
    members,
    signer,
    office,
    letter,
    rec.draft,
    `Lampiran Surat Rekomendasi: Daftar Anggota ${groupTitle(group)}`,
  );
  return {
    ...view,
    nature: str(letter.nature) || 'Biasa',
    attachment: '1 (satu) berkas',
    addressee: str(rec.addressee),
    addresseePlace: str(rec.addresseePlace),
    paragraphs: paragraphs(scrubNik(rec.text)),
    rabLabel:
      caseData.rabTotal === null || caseData.rabTotal === undefined
        ? '-'
        : `${formatRupiah(caseData.rabTotal)} (${rupiahTerbilang(caseData.rabTotal)})`,
  };
}

/** Surat Keterangan Terdaftar (SKT) of a group. */
export function buildSktView(
  caseData: LetterCaseInput,
  members: readonly LetterMemberInput[],
  signer: SignerInput,
  office: OfficeInput,
  letter: LetterMetaInput,
): SktView {
  const group = str(caseData.groupName);
  const view = base(
    'Surat Keterangan Terdaftar',
    `Surat Keterangan Terdaftar ${groupTitle(group, 'Kelompok WRSE')}`,
    caseData,
    members,
    signer,
    office,
    letter,
    false,
    `Daftar Anggota ${groupTitle(group)}`,
  );
  return {
    ...view,
    signature: {
      ...view.signature,
      placeLines: [`Ditetapkan di ${str(office.place)}`, `pada tanggal ${view.dateLabel}`],
    },
    signerName: str(signer.name),
    signerNip: formatNip(signer.nip) || '-',
    signerRank: str(signer.rank) || '-',
    signerPosition: str(signer.position),
  };
}

/** Berita Acara Serah Terima of cash or of goods (itemised against the approved RAB). */
export function buildBastView(
  caseData: LetterCaseInput,
  members: readonly LetterMemberInput[],
  signer: SignerInput,
  office: OfficeInput,
  letter: LetterMetaInput,
  handover: BastInput,
): BastView {
  const group = str(caseData.groupName);
  const cash = handover.kind === 'Uang';
  const items: BastItemView[] = cash
    ? []
    : handover.items.map((it) => {
        const total = Math.round(it.qty * it.price * 100) / 100;
        let rabLabel = 'Tidak ada dalam RAB';
        if (it.rabQty !== null && it.rabQty !== undefined) {
          rabLabel =
            it.rabQty === it.qty
              ? 'Sesuai RAB'
              : `RAB ${it.rabQty} ${str(it.unit)}; ${it.qty < it.rabQty ? 'kurang' : 'lebih'} ${Math.abs(it.rabQty - it.qty)}`;
        }
        return {
          name: str(it.name),
          qty: it.qty,
          qtyLabel: `${it.qty}`.replace('.', ','),
          unit: str(it.unit),
          price: it.price,
          total,
          rabLabel,
        };
      });
  const total = cash
    ? handover.amount
    : Math.round(items.reduce((s, it) => s + it.total, 0) * 100) / 100;
  const rab = caseData.rabTotal;
  let rabComparison = 'Nilai RAB yang disetujui tidak tercatat.';
  if (rab !== null && rab !== undefined) {
    const diff = Math.round((total - rab) * 100) / 100;
    rabComparison =
      diff === 0
        ? 'Nilai yang diserahkan sama dengan nilai RAB yang disetujui.'
        : `Nilai yang diserahkan ${diff < 0 ? 'kurang' : 'lebih'} ${formatRupiah(Math.abs(diff))} dari nilai RAB yang disetujui.`;
  }
  const view = base(
    'Berita Acara Serah Terima',
    `Serah Terima Bantuan UEP ${groupTitle(group, 'Kelompok WRSE')}`,
    caseData,
    members,
    signer,
    office,
    letter,
    false,
    `Daftar Anggota Kelompok Penerima Bantuan (${group})`,
  );
  const nip = formatNip(signer.nip);
  return {
    ...view,
    members: { ...view.members, signColumn: true },
    signature: {
      ...view.signature,
      titleLines: ['PIHAK PERTAMA,', 'Yang Menyerahkan'],
    },
    dayText: dayInWords(str(handover.handedOn)),
    dayNumeric: dayNumeric(str(handover.handedOn)),
    venue: str(handover.venue),
    cash,
    items,
    totalLabel: formatRupiah(total),
    totalWords: rupiahTerbilang(total),
    rabLabel: rab === null || rab === undefined ? '-' : formatRupiah(rab),
    rabComparison,
    firstParty: {
      name: str(signer.name),
      nipLine: nip || '-',
      rank: str(signer.rank) || '-',
      position: str(signer.position),
    },
    secondParty: {
      name: str(handover.receiverName),
      nik: maskNik(str(handover.receiverNik)) || '-',
      role: `${str(handover.receiverRole) || 'Ketua Kelompok'} ${group}`,
    },
    secondSignature: {
      placeLines: [],
      titleLines: ['PIHAK KEDUA,', 'Yang Menerima'],
      name: str(handover.receiverName),
      rank: '',
      nipLine: '',
      unsigned: false,
    },
    acknowledged: handover.acknowledgedBy ? signatureView(handover.acknowledgedBy, false) : null,
    note: str(handover.note),
  };
}

/** The reasons of an ineligible (or doubtful) report, NIKs masked: group first, then members. */
export function reasonsFromReport(report: EligibilityReport | null): string[] {
  if (!report) return [];
  const out: string[] = [];
  for (const r of report.group) if (r.status === 'fail') out.push(scrubNik(r.reason));
  for (const m of report.members) {
    for (const r of m.results) if (r.status === 'fail') out.push(scrubNik(r.reason));
  }
  return out;
}

function buildReturn(
  rejection: boolean,
  caseData: LetterCaseInput,
  members: readonly LetterMemberInput[],
  signer: SignerInput,
  office: OfficeInput,
  letter: LetterMetaInput,
  ret: ReturnInput,
): ReturnView {
  const group = str(caseData.groupName);
  const verdictByNik = new Map<string, string>();
  if (ret.report) {
    for (const m of ret.report.members) {
      verdictByNik.set(
        m.nik,
        m.verdict === 'eligible'
          ? 'Memenuhi syarat'
          : m.verdict === 'review'
            ? 'Perlu diperiksa'
            : 'Tidak memenuhi syarat',
      );
    }
  }
  const view = base(
    rejection ? 'Surat Penolakan' : 'Surat Pengembalian',
    rejection
      ? `Penolakan Permohonan Bantuan UEP ${groupTitle(group, 'Kelompok WRSE')}`
      : `Pengembalian Proposal Bantuan UEP ${groupTitle(group, 'Kelompok WRSE')}`,
    caseData,
    members,
    signer,
    office,
    letter,
    ret.draft === true,
    `Hasil Verifikasi Anggota Kelompok ${group}`,
    (m) => verdictByNik.get(str(m.nik).replace(/\D/g, '')) ?? '',
  );
  const source = [
    str(ret.proposalNumber) ? `Nomor ${str(ret.proposalNumber)}` : '',
    str(ret.proposalDate) ? `tanggal ${formatTanggal(str(ret.proposalDate))}` : '',
  ]
    .filter((s) => s !== '')
    .join(' ');
  const reasons = reasonsFromReport(ret.report).concat(
    ret.reasons.map((r) => scrubNik(str(r))).filter((r) => r !== ''),
  );
  return {
    ...view,
    rejection,
    nature: str(letter.nature) || 'Biasa',
    attachment: '1 (satu) lembar',
    addressee: `Ketua Kelompok ${group}`,
    addresseePlace: view.group.area || str(caseData.address) || 'Tempat',
    opening: `Menindaklanjuti proposal permohonan bantuan Usaha Ekonomi Produktif (UEP) bagi Wanita Rawan Sosial Ekonomi (WRSE) dari Kelompok ${group}${source ? ` ${source}` : ''}, yang kami terima pada tanggal ${view.group.receivedLabel}, bersama ini kami sampaikan hal-hal sebagai berikut.`,
    decision: rejection
      ? 'Berdasarkan hasil verifikasi, validasi, dan penilaian kelayakan, dengan menyesal kami sampaikan bahwa permohonan tersebut tidak dapat kami setujui (ditolak) dengan alasan sebagai berikut:'
      : 'Berdasarkan hasil verifikasi dan validasi, proposal tersebut kami kembalikan untuk diperbaiki dan/atau dilengkapi dengan alasan sebagai berikut:',
    reasons: reasons.length > 0 ? reasons : ['(alasan belum diisi)'],
    closing: rejection
      ? 'Demikian kami sampaikan, atas perhatiannya kami ucapkan terima kasih.'
      : `Proposal yang telah diperbaiki dan dilengkapi dapat diajukan kembali kepada ${str(office.fullName)} melalui Pendamping/TKSK kecamatan setempat. Demikian kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.`,
    note: str(ret.note),
  };
}

/** Surat Pengembalian: the proposal goes back to be completed, with the reasons. */
export function buildPengembalianView(
  caseData: LetterCaseInput,
  members: readonly LetterMemberInput[],
  signer: SignerInput,
  office: OfficeInput,
  letter: LetterMetaInput,
  ret: ReturnInput,
): ReturnView {
  return buildReturn(false, caseData, members, signer, office, letter, ret);
}

/** Surat Penolakan: the proposal is rejected, with the reasons. */
export function buildPenolakanView(
  caseData: LetterCaseInput,
  members: readonly LetterMemberInput[],
  signer: SignerInput,
  office: OfficeInput,
  letter: LetterMetaInput,
  ret: ReturnInput,
): ReturnView {
  return buildReturn(true, caseData, members, signer, office, letter, ret);
}
