/**
 * "Tampilkan NIK lengkap": NIKs are masked in the case view; a role named in the setting sees
 * one member's full NIK and KK on request, with a reason, and the request is in the hash-chained
 * audit trail (without the numbers). A pendamping, a guest, a role left out of the setting, a
 * member of another case, a case of another kecamatan: refused, nothing written.
 */
import type { CaseDetail } from '../../src/app/api/views';
import type { RevealedNik } from '../../src/app/api/reveal';
import { AUDIT } from '../../src/app/register/tabs';
import { api, ok, requestId } from '../support/api';
import { USERS_BY_ROLE as U, member, seedPeople } from '../support/people';
import { setSetting } from '../support/admin';
import { ADMIN, newRegister } from '../support/register';
import { NOW, caseAt, dataState } from '../support/flow';

const register = newRegister();
register.run('menuSetupRegister', ADMIN);
seedPeople(register);
const saved = caseAt(register, 'S03', 0);
const other = caseAt(register, 'S03', 100);
const detail = ok(api<CaseDetail>(register, U.Staf, 'apiGetCase', [saved.caseId], NOW));
const first = detail.members[0];

const ask = (user: string, memberId = first.id, caseId = saved.caseId, reason = 'Cocokkan KTP') =>
  api<RevealedNik>(register, user, 'apiRevealNik', [
    { requestId: requestId(), caseId, memberId, reason },
  ]);

const audit = () =>
  register
    .values(AUDIT.name)
    .slice(1)
    .filter((r) => r[5] === 'Tampilkan NIK lengkap');

describe('Tampilkan NIK lengkap', () => {
  it('the case view shows masked NIKs only and tells who may reveal', () => {
    expect(JSON.stringify(detail)).not.toContain(member(0, 0).nik);
    expect(first.nikMasked).toBe(
      `${member(0, 0).nik.slice(0, 6)}******${member(0, 0).nik.slice(12)}`,
    );
    expect(detail.canRevealNik).toBe(true);
    const asPendamping = ok(
      api<CaseDetail>(register, U.PendampingKawedanan, 'apiGetCase', [saved.caseId], NOW),
    );
    expect(asPendamping.canRevealNik).toBe(false);
    expect(JSON.stringify(asPendamping)).not.toContain(member(0, 0).nik);
  });

  it('Staf, Peksos, Kabid and Kadis see the full numbers of one member; each request is audited', () => {
    for (const user of [U.Staf, U.Peksos, U.Kabid, U.Kadis]) {
      expect(ok(ask(user))).toEqual({
        memberId: first.id,
        name: member(0, 0).name,
        nik: member(0, 0).nik,
        kk: member(0, 0).kk,
      });
    }
    const rows = audit();
    expect(rows.map((r) => r[2])).toEqual([U.Staf, U.Peksos, U.Kabid, U.Kadis]);
    expect(JSON.parse(String(rows[0][8]))).toEqual({ anggota: first.id, alasan: 'Cocokkan KTP' });
    // The audit row never holds the numbers; it is chained like every other row.
    expect(JSON.stringify(rows)).not.toContain(member(0, 0).nik);
    expect(JSON.stringify(rows)).not.toContain(member(0, 0).kk);
    expect(String(rows[0][12])).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a double click is audited once and answered again', () => {
    const before = audit().length;
    const request = {
      requestId: requestId(),
      caseId: saved.caseId,
      memberId: first.id,
      reason: 'Cek ganda',
    };
    const a = ok(api<RevealedNik>(register, U.Staf, 'apiRevealNik', [request]));
    const b = ok(api<RevealedNik>(register, U.Staf, 'apiRevealNik', [request]));
    expect(b).toEqual(a);
    expect(audit().length).toBe(before + 1);
  });

  it('refused, with nothing written: pendamping, guest, Admin (not in the setting), wrong member, no reason', () => {
    const state = dataState(register);
    const refusals: Array<[string, ReturnType<typeof ask>]> = [
      ['Pendamping', ask(U.PendampingKawedanan)],
      ['Tamu', ask('orang.lain@contoh.invalid')],
      ['E-mail kosong', ask('')],
      ['Admin', ask(ADMIN)],
      ['Anggota kasus lain', ask(U.Staf, `${other.caseId}-A01`)],
      ['Anggota tidak ada', ask(U.Staf, `${saved.caseId}-A99`)],
      ['Alasan kosong', ask(U.Staf, first.id, saved.caseId, ' ')],
    ];
    for (const [who, call] of refusals) {
      expect([who, call.result.ok]).toEqual([who, false]);
      expect(JSON.stringify(call.result)).not.toContain(member(0, 0).nik);
    }
    expect(refusals[0][1].result.ok || refusals[0][1].result.error.message).toContain(
      'tidak berwenang untuk melihat NIK lengkap',
    );
    const noReason = refusals[6][1].result;
    expect(!noReason.ok && noReason.error.fields?.map((f) => f.field)).toEqual(['reason']);
    expect(dataState(register)).toBe(state);
  });

  it('the roles come from the setting nik.tampilkanLengkapPeran; Pendamping is never allowed', () => {
    setSetting(register, 'nik.tampilkanLengkapPeran', 'Kadis, Pendamping, Admin');
    expect(ask(U.Staf).result.ok).toBe(false);
    expect(ask(U.PendampingKawedanan).result.ok).toBe(false);
    expect(ok(ask(ADMIN)).nik).toBe(member(0, 0).nik);
    expect(ok(ask(U.Kadis)).nik).toBe(member(0, 0).nik);
  });
});
