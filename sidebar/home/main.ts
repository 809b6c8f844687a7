/**
 * The home sidebar: who you are in the register, and the state of each tab.
 */
import { call, CALL_FAILED, escapeHtml } from '../shared/client';

interface HomeStatus {
  register: string;
  user: { email: string; name: string; role: string | null };
  tabs: Array<{ name: string; present: boolean; rows: number }>;
  /** Office-wide; null for a pendamping (she sees her kecamatan's counts only). */
  letters: {
    documentsToday: number;
    dailyLimit: number;
    batch: { made: number; left: number; failed: number; atLabel: string } | null;
  } | null;
}

const $ = (id: string) => document.getElementById(id) as HTMLElement;

function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function show(status: HomeStatus): void {
  $('user-name').textContent = status.user.name;
  $('user-role').textContent = status.user.role ?? 'Tamu (hanya baca)';
  $('user-email').textContent = status.user.email || 'E-mail tidak terbaca';
  $('tab-rows').innerHTML = status.tabs
    .map(
      (t) =>
        `<tr><td>${escapeHtml(t.name)}</td><td class="num">${
          t.present ? formatCount(t.rows) : '<span class="error">belum ada</span>'
        }</td></tr>`,
    )
    .join('');
  const missing = status.tabs.filter((t) => !t.present).length;
  $('status').textContent = missing
    ? `${missing} tab belum ada. Jalankan menu WRSE › Siapkan register.`
    : `Register "${status.register}" siap digunakan.`;
  $('user').hidden = false;
  $('tabs').hidden = false;
  const { letters } = status;
  if (!letters) {
    $('letters').hidden = true;
    return;
  }
  $('letters-today').textContent =
    `Dokumen dibuat hari ini: ${formatCount(letters.documentsToday)} dari batas ` +
    `${formatCount(letters.dailyLimit)} per hari.`;
  $('letters-batch').textContent = letters.batch
    ? `Pembuatan berkas terakhir (${letters.batch.atLabel}): ${letters.batch.made} dibuat` +
      (letters.batch.left > 0
        ? `, ${letters.batch.left} tersisa (dilanjutkan otomatis)`
        : ', tidak ada yang tersisa') +
      (letters.batch.failed > 0 ? `, ${letters.batch.failed} gagal` : '') +
      '.'
    : 'Belum ada pembuatan berkas surat secara massal.';
  $('letters').hidden = false;
}

async function load(): Promise<void> {
  const button = $('refresh') as HTMLButtonElement;
  button.disabled = true;
  $('status').textContent = 'Memuat…';
  try {
    const result = await call<HomeStatus>('getHomeStatus');
    if (result.ok) show(result.data);
    else $('status').textContent = result.error.message;
  } catch {
    $('status').textContent = CALL_FAILED;
  } finally {
    button.disabled = false;
  }
}

$('refresh').addEventListener('click', () => void load());
void load();
