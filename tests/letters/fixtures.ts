/**
 * Synthetic data of the letter tests: a group of 20 invented women in Kecamatan Kawedanan with
 * NIKs of valid structure (kecamatan code, birth day + 40, month, year, serial), names with
 * `&`, `<`, quotes, apostrophes and a very long one; the office and signers. Never real people.
 */
import {
  buildBastView,
  buildDisposisiView,
  buildPenolakanView,
  buildPengembalianView,
  buildRekomendasiView,
  buildSktView,
  officeFromSettings,
  qrPng,
  base64,
  type LetterCaseInput,
  type LetterKind,
  type LetterMemberInput,
  type LetterMetaInput,
  type LetterViews,
  type OfficeInput,
  type SignerInput,
} from '../../src/letters';
import type { EligibilityReport } from '../../src/domain';

/** A woman's NIK: kecamatan (6 digits), birth date (ISO), serial. */
export function womanNik(kecamatan: string, birth: string, serial: number): string {
  const [y, m, d] = birth.split('-');
  return `${kecamatan}${Number(d) + 40}${m}${y.slice(2)}${String(serial).padStart(4, '0')}`;
}

const NAMES = [
  'Sri Lestari',
  "Siti Ma'rifah",
  'Tutik & Sumarni',
  'Endang "Dewi" Rahayu',
  'Wahyuni <Yuni>',
  'Sumarni',
  'Lestari Ningsih',
  'Suyati',
  'Marni Susanti',
  'Rukmini',
  'Nur Khasanah',
  "Umi Kalsum O'Neil",
  'Dwi Astuti',
  'Purwaningsih',
  'Kartini Setyaningsih',
  'Siti Nurhayati Rahmawati Kusumaningtyas Wulandari Prameswari Puspitasari Handayani',
  'Winarti',
  'Jumiati',
  'Sulastri',
  'Mujiati',
];

const DESA = ['35.20.05.2001', '35.20.05.2002', '35.20.05.2003', ''];

export const MEMBERS: LetterMemberInput[] = NAMES.map((name, i) => ({
  nik: womanNik('352005', `19${70 + (i % 15)}-0${(i % 9) + 1}-1${i % 10}`, i + 1),
  name,
  maritalStatus: i % 3 === 0 ? 'Cerai Hidup' : i % 3 === 1 ? 'Cerai Mati' : 'Kawin',
  breadwinner: i % 3 === 2 || i % 4 === 0,
  address: `Dusun Contoh RT 0${(i % 5) + 1} RW 0${(i % 3) + 1}`,
  desa: DESA[i % DESA.length],
}));

export const CASE: LetterCaseInput = {
  id: 'K-2026-0042',
  groupName: 'Melati "Sejahtera" & Mandiri',
  business: 'Warung kelontong dan jahit',
  kecamatan: '35.20.05',
  desa: '35.20.05.2001',
  address: 'Dusun Contoh RT 01 RW 02',
  leader: 'Sri Lestari',
  phone: '081200000000',
  receivedOn: '2026-03-12',
  rabTotal: 25000000,
};

export const KADIS: SignerInput = {
  name: 'Drs. Bambang Contoh Wibowo, M.Si.',
  nip: '196805121994031007',
  rank: 'Pembina Utama Muda (IV/c)',
  position: 'Kepala Dinas Sosial Kabupaten Magetan',
};

export const KABID: SignerInput = {
  name: 'Rina Contoh Hapsari, S.Sos., M.M.',
  nip: '197503202000032004',
  rank: 'Pembina (IV/a)',
  position: 'Kepala Bidang Rehabilitasi Sosial',
};

export const STAF: SignerInput = {
  name: 'Agus Contoh Prasetyo, S.E.',
  nip: '198811052015031002',
  rank: 'Penata Muda Tingkat I (III/b)',
  position: 'Pengelola Bantuan Sosial',
};

/** A small emblem (a shield outline) as a PNG data URI, for the logo slot. */
function emblem(): string {
  const w = 24;
  const h = 28;
  const m: boolean[][] = [];
  for (let y = 0; y < h; y++) {
    const row: boolean[] = [];
    const inset = y < 18 ? 0 : Math.floor(((y - 18) * 12) / 10);
    for (let x = 0; x < w; x++) {
      const left = inset;
      const right = w - 1 - inset;
      const edge = x === left || x === right || y === 0 || (y === h - 1 && x >= left && x <= right);
      const inner = x > left + 2 && x < right - 2 && y > 2 && y < h - 4 && (x + y) % 4 === 0;
      row.push(x >= left && x <= right && (edge || inner || x === left + 1 || x === right - 1));
    }
    m.push(row);
  }
  return `data:image/png;base64,${base64(qrPng(m, 3, 0))}`;
}

export const OFFICE: OfficeInput = officeFromSettings({
  'kantor.nama': 'Dinas Sosial Kabupaten Magetan',
  'kantor.alamat': 'Jalan Contoh Nomor 1, Magetan, Jawa Timur 63311',
  'kantor.telepon': '(0351) 895021',
  'kantor.email': 'dinsos@magetan.go.id',
  'kantor.laman': 'dinsos.magetan.go.id',
  'kantor.logo': emblem(),
});

const VERIFY_URL = 'https://script.google.com/macros/s/AKfycbxEXAMPLE0000000000/exec?k=';

export function meta(code: string, serial: string): LetterMetaInput {
  return {
    number: `400.9.12.2/${serial}/403.107/2026`,
    date: '2026-06-05',
    copies: ['Bupati Magetan (sebagai laporan)', 'Camat Kawedanan', 'Arsip'],
    verification: { code, url: `${VERIFY_URL}${code}` },
  };
}

/** An eligibility report with a group failure and two member failures (NIKs in the reasons). */
export function report(members: readonly LetterMemberInput[]): EligibilityReport {
  const ok = { rule: 'member.age', status: 'pass' as const, reason: 'ok', data: {} };
  return {
    groupId: CASE.id,
    ruleSetVersion: 'WRSE-2025.1',
    receiptDate: CASE.receivedOn,
    dtsenExtractDate: '2026-01-31',
    verdict: 'ineligible',
    group: [
      {
        rule: 'group.requirements',
        status: 'fail',
        reason: 'Surat pengantar dari Camat belum dilampirkan.',
        data: {},
      },
      { rule: 'group.size', status: 'pass', reason: 'Jumlah anggota 20 orang.', data: {} },
    ],
    members: members.map((m, i) => ({
      nik: m.nik,
      name: m.name,
      verdict: i === 3 ? 'ineligible' : i === 7 ? 'ineligible' : i === 9 ? 'review' : 'eligible',
      results:
        i === 3
          ? [
              {
                rule: 'member.age',
                status: 'fail',
                reason: `Usia ${m.name} (NIK ${m.nik}) pada tanggal proposal diterima (12 Maret 2026) adalah 59 tahun, melebihi batas usia maksimum 58 tahun.`,
                data: {},
              },
            ]
          : i === 7
            ? [
                {
                  rule: 'member.dtsen',
                  status: 'fail',
                  reason: `${m.name} tidak ditemukan di DTSEN (data per 31 Januari 2026); syarat terdaftar di DTKS/DTSEN belum terpenuhi.`,
                  data: {},
                },
              ]
            : [ok],
    })),
    counts: { members: members.length, eligible: 17, review: 1, ineligible: 2 },
  };
}

const DRAFT_TEXT = [
  'Berdasarkan hasil verifikasi dan validasi data oleh Pendamping/TKSK Kecamatan Kawedanan serta hasil monitoring lapangan, Kelompok WRSE tersebut memenuhi persyaratan sebagai calon penerima bantuan Usaha Ekonomi Produktif (UEP).',
  '',
  'Sehubungan dengan hal tersebut, kami merekomendasikan kelompok tersebut untuk mendapatkan bantuan UEP sesuai dengan usulan kebutuhan kelompok (RAB) yang telah diverifikasi.',
].join('\n');

/** Every letter's view for the full group of 20, by a name used for the golden files. */
export function allViews(members: readonly LetterMemberInput[] = MEMBERS): Array<{
  golden: string;
  kind: LetterKind;
  view: LetterViews[LetterKind];
}> {
  const c = CASE;
  return [
    {
      golden: 'disposisi',
      kind: 'disposisi',
      view: buildDisposisiView(
        c,
        members,
        KADIS,
        OFFICE,
        { number: '', date: '2026-03-13', verification: null },
        {
          agendaNumber: '0123/2026',
          sender: 'Kepala Desa Contoh & Camat Kawedanan',
          sourceNumber: '460/17/403.405.01/2026',
          sourceDate: '2026-03-10',
          nature: 'Segera',
          forwardTo: ['Kepala Bidang Rehabilitasi Sosial', 'Pekerja Sosial Ahli Muda'],
          instructions: [
            'Untuk ditindaklanjuti',
            'Untuk diverifikasi dan divalidasi',
            'Koordinasikan dengan TKSK Kawedanan <segera>',
          ],
          note: 'Mohon diproses sesuai SOP; laporkan hasil validasi paling lambat 15 hari kerja.',
        },
      ),
    },
    {
      golden: 'rekomendasi-konsep',
      kind: 'rekomendasi',
      view: buildRekomendasiView(
        c,
        members,
        KADIS,
        OFFICE,
        { number: '', date: '', verification: null },
        { text: DRAFT_TEXT, draft: true, addressee: 'Bupati Magetan', addresseePlace: 'Magetan' },
      ),
    },
    {
      golden: 'rekomendasi',
      kind: 'rekomendasi',
      view: buildRekomendasiView(c, members, KADIS, OFFICE, meta('R7KQ-2M4X', '058'), {
        text: DRAFT_TEXT,
        draft: false,
        addressee: 'Bupati Magetan',
        addresseePlace: 'Magetan',
      }),
    },
    {
      golden: 'skt',
      kind: 'skt',
      view: buildSktView(c, members, KADIS, OFFICE, meta('T3HW-9P6C', '061')),
    },
    {
      golden: 'bast-uang',
      kind: 'bast',
      view: buildBastView(c, members, STAF, OFFICE, meta('B4NM-7Q2D', '077'), {
        handedOn: '2026-06-05',
        venue: 'Kantor Dinas Sosial Kabupaten Magetan',
        kind: 'Uang',
        amount: 25000000,
        items: [],
        receiverName: 'Sri Lestari',
        receiverNik: members[0].nik,
        receiverRole: 'Ketua Kelompok',
        acknowledgedBy: KADIS,
        note: '',
      }),
    },
    {
      golden: 'bast-barang',
      kind: 'bast',
      view: buildBastView(c, members, STAF, OFFICE, meta('B9KD-3X7R', '078'), {
        handedOn: '2026-06-05',
        venue: 'Balai Desa Contoh, Kecamatan Kawedanan',
        kind: 'Barang',
        amount: 0,
        items: [
          {
            name: 'Mesin jahit portable "Butterfly"',
            qty: 4,
            unit: 'unit',
            price: 2750000,
            rabQty: 4,
          },
          { name: 'Etalase kaca & rak', qty: 2, unit: 'buah', price: 1850000, rabQty: 2 },
          { name: 'Kain katun <meteran>', qty: 100, unit: 'meter', price: 35000, rabQty: 120 },
          { name: 'Bahan sembako paket', qty: 20, unit: 'paket', price: 250000, rabQty: 20 },
          { name: 'Timbangan digital', qty: 1, unit: 'unit', price: 450000, rabQty: null },
        ],
        receiverName: 'Sri Lestari',
        receiverNik: members[0].nik,
        receiverRole: 'Ketua Kelompok',
        acknowledgedBy: null,
        note: '',
      }),
    },
    {
      golden: 'pengembalian',
      kind: 'pengembalian',
      view: buildPengembalianView(c, members, KABID, OFFICE, meta('P2XJ-8L5N', '090'), {
        proposalDate: '2026-03-10',
        proposalNumber: '460/17/403.405.01/2026',
        report: report(members),
        reasons: ["Fotokopi KK atas nama Siti Ma'rifah tidak terbaca; mohon dilampirkan ulang."],
        note: '',
      }),
    },
    {
      golden: 'penolakan',
      kind: 'penolakan',
      view: buildPenolakanView(c, members, KADIS, OFFICE, meta('N6WT-4H8B', '091'), {
        proposalDate: '2026-03-10',
        proposalNumber: '460/17/403.405.01/2026',
        report: report(members),
        reasons: [],
        note: '',
      }),
    },
  ];
}
