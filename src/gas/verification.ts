/**
 * Letters anyone can verify: each issued letter carries a short code (an HMAC of the letter's ID
 * with a secret kept in the script's properties, so codes cannot be guessed or forged) and a QR
 * code of the register's public page (`doGet`, the script deployed as a web app; its `/exec` URL is
 * the audited setting `verifikasi.url` — `ScriptApp.getService().getUrl()` answers null before a
 * deployment and the editors-only `/dev` URL outside a web-app request, so it cannot be used). The page shows
 * only: valid / voided / replaced, letter type, number, date, group name and masked member
 * names — never a NIK or an address. Lookups are throttled; a wrong code reveals nothing.
 */
import { formatTanggal } from '../domain';
import { RegisterError } from '../app/register/errors';
import { Register } from './register';

const SECRET_KEY = 'wrse.verificationSecret';
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base32: no I, L, O, U
/** Lookups allowed per minute for the whole register (a person needs a few). */
export const LOOKUPS_PER_MINUTE = 60;

/** A secret made by this execution and not saved yet (saved only with an action's writes). */
let unsaved: string | null = null;

function secret(): string {
  const value = PropertiesService.getScriptProperties().getProperty(SECRET_KEY);
  if (value) return value;
  unsaved ??= `${Utilities.getUuid()}${Utilities.getUuid()}`;
  return unsaved;
}

/**
 * Saves the secret this execution made for the first letter ever numbered, when its action is
 * written (`runAction`, after every check): a refused action leaves no property behind.
 */
export function saveVerificationSecret(): void {
  if (!unsaved) return;
  PropertiesService.getScriptProperties().setProperty(SECRET_KEY, unsaved);
  unsaved = null;
}

/** The verification code of a letter: 10 characters, shown as `ABCDE-FGHJK`. */
export function verificationCode(letterId: string): string {
  const bytes = Utilities.computeHmacSha256Signature(letterId, secret());
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | ((b + 256) % 256);
    bits += 8;
    while (bits >= 5 && out.length < 10) {
      out += CODE_ALPHABET[(value >> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
    if (out.length >= 10) break;
  }
  return `${out.slice(0, 5)}-${out.slice(5)}`;
}

/** The setting that holds the public verification page's address: the web app's `/exec` URL. */
export const VERIFICATION_URL_KEY = 'verifikasi.url';

/**
 * A versioned web-app deployment's URL, in the form anyone can open. Not accepted: the `/dev`
 * URL (Google's "Web Apps" guide: the test deployment, only the script's editors can open it);
 * the Workspace form `/a/macros/<domain>/s/…` (reported on live projects to send people outside
 * the domain to a sign-in page or a 404 — the same deployment answers at the plain form); a
 * multi-account `/u/<n>/` path; any query or fragment (the page adds `?kode=`).
 */
const EXEC_URL = /^https:\/\/script\.google\.com\/macros\/s\/[A-Za-z0-9_-]{10,}\/exec$/;

const WHERE =
  'Salin URL aplikasi web dari editor Apps Script: Terapkan (Deploy) › Kelola penerapan ' +
  '(Manage deployments) › Aplikasi web, bentuknya https://script.google.com/macros/s/<ID>/exec.';

/**
 * What is wrong with `value` as the public verification URL (an Indonesian sentence naming the
 * setting), or null when it is a web app's `/exec` URL.
 */
export function verificationUrlProblem(value: string): string | null {
  const v = value.trim();
  const name = `Pengaturan "${VERIFICATION_URL_KEY}"`;
  if (v === '') return `${name} wajib diisi. ${WHERE}`;
  if (EXEC_URL.test(v)) return null;
  if (/\/dev([?#].*)?$/.test(v)) {
    return `${name}: URL berakhiran /dev adalah URL uji yang hanya dapat dibuka editor skrip. ${WHERE}`;
  }
  if (/^https:\/\/script\.google\.com\/a\//.test(v)) {
    return (
      `${name}: URL bentuk /a/macros/<domain>/ tidak dapat dibuka oleh masyarakat di luar domain ` +
      'kantor. Gunakan bentuk https://script.google.com/macros/s/<ID>/exec (ID penerapan yang sama).'
    );
  }
  if (/[?#]/.test(v)) {
    return `${name}: URL tidak boleh memuat tanda ? atau # (kode surat ditambahkan otomatis). ${WHERE}`;
  }
  return `${name} harus berupa URL aplikasi web Apps Script yang berakhiran /exec. ${WHERE}`;
}

/**
 * The public verification page's URL, from the audited settings. A letter that carries a
 * verification code cannot be numbered or made without it: refused with what the Admin must do.
 */
export function requireVerificationUrl(register: Register): string {
  const value = register.setting(VERIFICATION_URL_KEY).trim();
  const problem = verificationUrlProblem(value);
  if (problem) {
    throw new RegisterError(
      `Surat belum dapat diberi nomor karena alamat halaman verifikasi belum benar. ${problem} ` +
        'Mohon minta Admin menerapkan (deploy) register sebagai aplikasi web, lalu menyimpan URL ' +
        `/exec-nya di WRSE › Admin › Pengguna & aturan › Pengaturan › ${VERIFICATION_URL_KEY}.`,
    );
  }
  return value;
}

/** The public URL that verifies `code`: the configured `/exec` URL with the code. */
export function verificationUrl(register: Register, code: string): string {
  return `${requireVerificationUrl(register)}?kode=${encodeURIComponent(code)}`;
}

/** A name shown publicly: the first letter of each word, the rest hidden ("S** C*****"). */
export function maskName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((w) => (w.length <= 1 ? w : w[0] + '*'.repeat(w.length - 1)))
    .join(' ');
}

function escape(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface VerificationResult {
  found: boolean;
  throttled?: boolean;
  status?: string;
  type?: string;
  number?: string;
  date?: string;
  groupName?: string;
  members?: string[];
}

const STATUS_TEXT: Record<string, string> = {
  Terbit: 'SAH — surat ini diterbitkan oleh Dinas Sosial Kabupaten Magetan.',
  Batal: 'DIBATALKAN — surat ini telah dibatalkan dan tidak berlaku.',
  Diganti: 'DIGANTI — surat ini telah diganti dengan surat lain dan tidak berlaku.',
  Dicadangkan: 'BELUM TERBIT — nomor ini dicadangkan.',
};

/** Looks a code up (throttled). Reads the agenda by one TextFinder and the case's members. */
export function verify(code: unknown): VerificationResult {
  const normalised = String(code ?? '')
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '');
  if (!/^[0-9A-Z]{10}$/.test(normalised)) return { found: false };
  const cache = CacheService.getScriptCache();
  const minute = `verif.${Math.floor(Date.now() / 60000)}`;
  const count = Number(cache.get(minute) || '0');
  if (count >= LOOKUPS_PER_MINUTE) return { found: false, throttled: true };
  cache.put(minute, String(count + 1), 120);
  const register = Register.open();
  const shown = `${normalised.slice(0, 5)}-${normalised.slice(5)}`;
  const letter = register.agenda.findBy('verificationCode', [shown])[0]?.row;
  if (!letter) return { found: false };
  const c = register.cases.get(String(letter.caseId))?.row;
  const members = register.members
    .findBy('caseId', [String(letter.caseId)])
    .map((m) => maskName(String(m.row.name)));
  return {
    found: true,
    status: String(letter.status),
    type: String(letter.type),
    number: String(letter.number),
    date: letter.date ? formatTanggal(String(letter.date)) : '',
    groupName: String(c?.groupName ?? ''),
    members,
  };
}

/** The public page (HTML) for a code. */
export function verificationPage(code: unknown): string {
  const r = verify(code);
  const body = r.throttled
    ? '<p class="warn">Terlalu banyak pemeriksaan dalam satu menit. Mohon coba lagi sebentar lagi.</p>'
    : !r.found
      ? '<p class="warn">Kode verifikasi tidak dikenal. Periksa kembali kode pada surat (10 huruf/angka), atau hubungi Dinas Sosial Kabupaten Magetan.</p>'
      : `<p class="status ${r.status === 'Terbit' ? 'ok' : 'warn'}">${escape(STATUS_TEXT[r.status ?? ''] ?? r.status)}</p>
<table>
<tr><th scope="row">Jenis surat</th><td>${escape(r.type)}</td></tr>
<tr><th scope="row">Nomor</th><td>${escape(r.number)}</td></tr>
<tr><th scope="row">Tanggal</th><td>${escape(r.date)}</td></tr>
<tr><th scope="row">Kelompok</th><td>${escape(r.groupName)}</td></tr>
<tr><th scope="row">Anggota</th><td>${(r.members ?? []).map(escape).join('<br>')}</td></tr>
</table>`;
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Verifikasi Surat — Dinas Sosial Kabupaten Magetan</title>
<style>body{font:16px/1.5 Arial,sans-serif;max-width:560px;margin:24px auto;padding:0 16px;color:#202124}
h1{font-size:20px}.status{padding:12px;border-radius:6px}.ok{background:#e6f4ea;color:#137333}.warn{background:#fce8e6;color:#a50e0e;padding:12px;border-radius:6px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px;border-bottom:1px solid #e0e0e0;vertical-align:top}th{width:35%}</style>
</head><body><h1>Verifikasi Surat Dinas Sosial Kabupaten Magetan</h1>${body}
<p><small>Halaman ini hanya menampilkan keabsahan surat; data pribadi tidak ditampilkan.</small></p></body></html>`;
}
