/**
 * Complaints through the shipped bundle: logged from a Standar Pelayanan channel with a related
 * case (checked) and a handler (an active office user); refused with named fields when wrong and
 * nothing written; answered by the handler (not by another staff member), a stale form refused;
 * past the response target (working days, holidays skipped) the complaint appears in the
 * handler's "Pekerjaan saya"; a pendamping cannot open complaints; a formula stays text.
 */
import type { ComplaintItem, ComplaintOptions } from '../../src/app/api/complaints';
import type { Saved } from '../../src/app/api/views';
import { api, ok, requestId } from '../support/api';
import { caseAt, dataState } from '../support/flow';
import { USERS_BY_ROLE as U, seedPeople } from '../support/people';
import { ADMIN, newRegister } from '../support/register';

// Monday 16 March 2026. Nyepi and Idulfitri (18–24 March, the register's Hari Libur tab) are days
// off: 5 working days after 16 March are 17, 25, 26, 27 and 30 March.
const MON = '2026-03-16T03:00:00.000Z';

function form(overrides: Record<string, unknown> = {}) {
  return {
    requestId: requestId(),
    complaintDate: '2026-03-16',
    channel: 'WhatsApp',
    kind: 'Pengaduan',
    reporter: 'Warga Contoh',
    contact: '0812-0000-0000',
    subject: '=IMPORTXML("http://contoh.invalid") bantuan belum diterima kelompok',
    caseId: '',
    handler: U.Staf,
    ...overrides,
  };
}

describe('complaints (pengaduan)', () => {
  const register = newRegister();
  register.run('menuSetupRegister', ADMIN);
  seedPeople(register, 2);
  const related = caseAt(register, 'S03', 0, MON);

  it('offers the channels of the Standar Pelayanan, the office users and the target', () => {
    const o = ok(api<ComplaintOptions>(register, U.Kabid, 'apiComplaintOptions', [], MON));
    expect(o.channels).toEqual(
      expect.arrayContaining([
        'Website',
        'Instagram',
        'E-mail',
        'Telepon',
        'WhatsApp',
        'SP4N LAPOR!',
      ]),
    );
    expect(o.kinds).toEqual(['Pengaduan', 'Saran', 'Masukan']);
    expect(o.handlers.map((h) => h.email)).toContain(U.Staf);
    expect(o.handlers.map((h) => h.role)).not.toContain('Pendamping');
    expect(o.targetDays).toBe(5);
  });

  it('refuses bad input naming the field, and writes nothing', () => {
    const before = dataState(register);
    const short = api<Saved>(
      register,
      U.Staf,
      'apiLogComplaint',
      [form({ subject: 'pendek' })],
      MON,
    );
    expect(short.result.ok).toBe(false);
    if (!short.result.ok)
      expect(short.result.error.fields?.[0].message).toMatch(
        /^Perihal: paling sedikit 10 karakter/,
      );
    const noCase = api<Saved>(
      register,
      U.Staf,
      'apiLogComplaint',
      [form({ caseId: 'WRSE-2026-9999' })],
      MON,
    );
    expect(noCase.result.ok).toBe(false);
    if (!noCase.result.ok) {
      expect(noCase.result.error.message).toMatch(/ID kasus: kasus "WRSE-2026-9999" tidak ada/);
      expect(noCase.result.error.fields?.[0].field).toBe('caseId');
    }
    const badHandler = api<Saved>(
      register,
      U.Staf,
      'apiLogComplaint',
      [form({ handler: U.PendampingPoncol })],
      MON,
    );
    expect(badHandler.result.ok).toBe(false);
    if (!badHandler.result.ok) expect(badHandler.result.error.fields?.[0].field).toBe('handler');
    const future = api<Saved>(
      register,
      U.Staf,
      'apiLogComplaint',
      [form({ complaintDate: '2026-03-17' })],
      MON,
    );
    expect(future.result.ok).toBe(false);
    expect(dataState(register)).toBe(before);
  });

  it('a pendamping cannot log or list complaints', () => {
    const r = api<Saved>(register, U.PendampingPoncol, 'apiLogComplaint', [form()], MON);
    expect(r.result.ok).toBe(false);
    const l = api(register, U.PendampingPoncol, 'apiListComplaints', [], MON);
    expect(l.result.ok).toBe(false);
  });

  let id = '';
  it('logs a complaint with its related case, once per request, the subject kept as text', () => {
    const f = form({ caseId: related.caseId.toLowerCase() });
    const saved = ok(api<Saved>(register, U.Staf, 'apiLogComplaint', [f], MON));
    id = saved.caseId;
    expect(id).toBe('PGD-2026-0001');
    const twice = ok(api<Saved>(register, U.Staf, 'apiLogComplaint', [f], MON));
    expect(twice.caseId).toBe(id);
    const rows = register.values('Pengaduan');
    expect(rows).toHaveLength(2);
    const header = rows[0];
    const row = Object.fromEntries(header.map((h, i) => [h, rows[1][i]]));
    expect(row['ID Kasus']).toBe(related.caseId);
    expect(row.Status).toBe('Baru');
    expect(row.Saluran).toBe('WhatsApp');
    expect(row.Jenis).toBe('Pengaduan');
    // Stored neutralised as the data layer stores all user text: never a formula.
    expect(String(row.Perihal).endsWith(f.subject)).toBe(true);
    const formulas = register.withSheets((ss) =>
      ss.getSheetByName('Pengaduan')!.getDataRange().getFormulas().flat().filter(Boolean),
    );
    expect(formulas).toEqual([]);
    const listed = ok(
      api<{ items: ComplaintItem[] }>(register, U.Kabid, 'apiListComplaints', [], MON),
    );
    expect(listed.items[0].subject).toBe(f.subject);
    const audit = register.values('Riwayat').map((r) => r.join('|'));
    expect(audit.filter((r) => r.includes('Pengaduan dicatat'))).toHaveLength(1);
  });

  it('is listed as open and not yet overdue on its last day, 30 March (holidays do not count)', () => {
    const list = ok(
      api<{ items: ComplaintItem[] }>(
        register,
        U.Kabid,
        'apiListComplaints',
        [],
        '2026-03-20T03:00:00.000Z',
      ),
    );
    expect(list.items.map((i) => [i.id, i.overdue, i.dueOn])).toEqual([[id, false, '2026-03-30']]);
    const mine = ok(
      api<{ items: ComplaintItem[] }>(
        register,
        U.Staf,
        'apiMyOverdueComplaints',
        [],
        '2026-03-30T09:00:00.000Z',
      ),
    );
    expect(mine.items).toEqual([]);
  });

  it('appears in the handler’s work once past its target, and only in hers', () => {
    const at = '2026-03-31T03:00:00.000Z';
    const mine = ok(
      api<{ items: ComplaintItem[] }>(register, U.Staf, 'apiMyOverdueComplaints', [], at),
    );
    expect(mine.items.map((i) => [i.id, i.overdue, i.dueLabel])).toEqual([
      [id, true, '30 Maret 2026'],
    ]);
    const other = ok(
      api<{ items: ComplaintItem[] }>(register, U.Peksos, 'apiMyOverdueComplaints', [], at),
    );
    expect(other.items).toEqual([]);
  });

  it('is answered by its handler; another staff member, a stale form and an empty closing are refused', () => {
    const at = '2026-03-31T04:00:00.000Z';
    const answer = (user: string, o: Record<string, unknown>) =>
      api<Saved>(
        register,
        user,
        'apiRespondComplaint',
        [
          {
            requestId: requestId(),
            complaintId: id,
            version: 1,
            status: 'Diproses',
            response: '',
            handler: U.Staf,
            ...o,
          },
        ],
        at,
      );
    const byOther = answer(U.Peksos, {});
    expect(byOther.result.ok).toBe(false);
    const empty = answer(U.Staf, { status: 'Selesai', response: 'ok' });
    expect(empty.result.ok).toBe(false);
    if (!empty.result.ok) expect(empty.result.error.fields?.[0].field).toBe('response');
    ok(answer(U.Staf, { response: 'Sedang dikonfirmasi ke pendamping kecamatan.' }));
    const stale = answer(U.Staf, { status: 'Selesai', response: 'Bantuan sudah dijadwalkan.' });
    expect(stale.result.ok).toBe(false);
    if (!stale.result.ok) expect(stale.result.error.stale).toBe(true);
    const done = ok(
      answer(U.Staf, {
        version: 2,
        status: 'Selesai',
        response: 'Bantuan dijadwalkan 2 April; pelapor sudah dihubungi.',
      }),
    );
    expect(done.status).toBe('Selesai');
    const mine = ok(
      api<{ items: ComplaintItem[] }>(register, U.Staf, 'apiMyOverdueComplaints', [], at),
    );
    expect(mine.items).toEqual([]);
    const rows = register.values('Pengaduan');
    const row = Object.fromEntries(rows[0].map((h, i) => [h, rows[1][i]]));
    expect(row.Status).toBe('Selesai');
    expect(String(row['Tanggal Tanggapan'])).not.toBe('');
  });
});
