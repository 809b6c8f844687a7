/**
 * The daily reminder: a time-driven trigger mails each role a short digest of the cases that
 * wait for it and are overdue (a pendamping: only her kecamatan). Installed once by the Admin
 * from the menu; installing again replaces the trigger, never doubles it.
 */
import { USERS } from '../app/register/tabs';
import { requireRole } from './access';
import { Register } from './register';
import { slaOf, instantLabel, kecamatanLabel } from './usecases/common';
import { installDailyTrigger } from './triggers';

export const DIGEST_HANDLER = 'dailyOverdueDigest';

/** Installs (or replaces) the daily trigger, at 07:00 Asia/Jakarta. Admin only. */
export function installDailyReminder(): void {
  const register = Register.open();
  requireRole(register.actor, ['Admin'], 'memasang pengingat harian');
  installDailyTrigger(DIGEST_HANDLER, 7);
  register.spreadsheet.toast(
    'Pengingat harian terpasang (setiap hari pukul 07.00 WIB).',
    'Register WRSE',
  );
}

/** Mails each active user the overdue cases waiting for their role. Returns mails sent. */
export function sendOverdueDigest(register: Register = Register.open()): number {
  const overdue = register.queue
    .all()
    .map((r) => r.row)
    .filter(
      (q) => slaOf(register, String(q.dueAt), String(q.status), String(q.receivedOn)) === 'overdue',
    );
  if (overdue.length === 0) return 0;
  const users = register
    .table(USERS)
    .all()
    .map((r) => r.row)
    .filter((u) => u.active === true && u.email);
  let sent = 0;
  for (const user of users) {
    const mine = overdue.filter(
      (q) =>
        q.waitingRole === user.role &&
        (user.role !== 'Pendamping' || String(q.kecamatan) === String(user.kecamatan)),
    );
    if (mine.length === 0) continue;
    const lines = mine.map(
      (q) =>
        `- ${q.caseId} ${q.groupName} (Kec. ${kecamatanLabel(String(q.kecamatan))}), langkah ${q.step}, tenggat ${instantLabel(String(q.dueAt))}`,
    );
    MailApp.sendEmail(
      String(user.email),
      `[Register WRSE] ${mine.length} kasus melewati tenggat`,
      `Yth. ${user.name},\n\nBerikut kasus yang menunggu tindakan Anda dan telah melewati tenggat waktu SOP:\n\n${lines.join('\n')}\n\nMohon ditindaklanjuti melalui menu WRSE › Pekerjaan saya.\n\nPesan ini dikirim otomatis oleh Register WRSE Dinas Sosial Kabupaten Magetan.`,
    );
    sent += 1;
  }
  return sent;
}
