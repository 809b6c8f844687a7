/**
 * Eligibility as explainable rules (SOP "Syarat", Permensos 2/2019): for each rule a pass, a
 * fail and (where the rule has one) a warning, with the reason naming the data it used.
 * Test people are synthetic: invented names, NIKs built with a valid structure.
 */
import fc from 'fast-check';
import {
  checkEligibility,
  DEFAULT_RULE_SETTINGS,
  GROUP_RULES,
  MEMBER_RULES,
  type EligibilityReport,
  type GroupInput,
  type MemberInput,
  type RuleResult,
} from '../../src/domain';
import { makeContext, makeGroup, makeKk, makeMember, makeNik } from './builders';

/** The result of one member rule for the first member. */
function memberRule(report: EligibilityReport, rule: string, index = 0): RuleResult {
  const r = report.members[index].results.find((x) => x.rule === rule);
  if (!r) throw new Error(`no result for ${rule}`);
  return r;
}

function groupRule(report: EligibilityReport, rule: string): RuleResult {
  const r = report.group.find((x) => x.rule === rule);
  if (!r) throw new Error(`no result for ${rule}`);
  return r;
}

/** Checks a standard group whose first member is changed by `over`. */
function checkFirst(
  over: Partial<MemberInput>,
  ctx: Parameters<typeof makeContext>[1] = {},
): EligibilityReport {
  const group = makeGroup(5);
  const dtsenRows = group.members.map((m) => ({ nik: m.nik, kk: m.kk, decile: 2 }));
  group.members[0] = { ...group.members[0], ...over };
  return checkEligibility(group, makeContext(group, { dtsen: ctx.dtsen ?? dtsenRows, ...ctx }));
}

describe('a complete group of eligible widows', () => {
  const report = checkEligibility(makeGroup(5), makeContext(makeGroup(5)));

  it('is eligible, names the rule-set version and the DTSEN extract date', () => {
    expect(report.verdict).toBe('eligible');
    expect(report.ruleSetVersion).toBe('WRSE-2023.1');
    expect(report.dtsenExtractDate).toBe('2026-01-31');
    expect(report.receiptDate).toBe('2026-03-13');
    expect(report.counts).toEqual({ members: 5, eligible: 5, review: 0, ineligible: 0 });
  });

  it('reports every rule, in a stable order, all passing', () => {
    expect(report.group.map((r) => r.rule)).toEqual([...GROUP_RULES]);
    for (const m of report.members) {
      expect(m.results.map((r) => r.rule)).toEqual([...MEMBER_RULES]);
      expect(m.results.every((r) => r.status === 'pass')).toBe(true);
    }
  });

  it('reasons are Indonesian, name the data, and never show a full NIK', () => {
    const age = memberRule(report, 'member.age');
    expect(age.reason).toBe(
      'Usia Sri Lestari 1 (NIK 352005******0001) pada tanggal proposal diterima (13 Maret 2026) adalah 57 tahun; batas usia 18-58 tahun.',
    );
    expect(age.data).toMatchObject({
      birthDate: '1968-08-07',
      receiptDate: '2026-03-13',
      age: 57,
      maxAge: 58,
    });
    const all = [...report.group, ...report.members.flatMap((m) => m.results)]
      .map((r) => r.reason)
      .join(' ');
    expect(all).not.toMatch(/\d{16}/);
  });
});

describe('member.age: age ≤ 58 and ≥ 18 on the receipt date (13 March 2026)', () => {
  it.each`
    reading                                                             | birth           | status
    ${'a widow aged 58 on the receipt date is eligible'}                | ${'1967-03-14'} | ${'pass'}
    ${'a widow aged 59 (her 59th birthday is the receipt date) is not'} | ${'1967-03-13'} | ${'fail'}
    ${'aged 18 (birthday on the receipt date) is eligible'}             | ${'2008-03-13'} | ${'pass'}
    ${'aged 17 (18 the next day) is not'}                               | ${'2008-03-14'} | ${'fail'}
  `('$reading', ({ birth, status }) => {
    const report = checkFirst({ nik: makeNik(birth) });
    expect(memberRule(report, 'member.age').status).toBe(status);
  });

  it('fail names the age and the limit', () => {
    const r = memberRule(checkFirst({ nik: makeNik('1967-03-13') }), 'member.age');
    expect(r.reason).toMatch(/adalah 59 tahun, melebihi batas usia maksimum 58 tahun/);
    expect(r.data).toMatchObject({ age: 59, maxAge: 58 });
  });

  it('warning: the birth date entered from the KTP differs from the NIK', () => {
    const r = memberRule(checkFirst({ birthDate: '1968-08-08' }), 'member.age');
    expect(r.status).toBe('warning');
    expect(r.reason).toMatch(/lahir 7 Agustus 1968.*8 Agustus 1968/);
  });

  it('fail when the NIK cannot be read', () => {
    expect(memberRule(checkFirst({ nik: '3520053102680001' }), 'member.age')).toMatchObject({
      status: 'fail',
      reason: expect.stringMatching(/tidak dapat dihitung karena NIK tidak sah/),
    });
  });
});

describe('nik.valid, kk.valid, member.woman', () => {
  it.each`
    rule              | over                                   | status       | reason
    ${'nik.valid'}    | ${{}}                                  | ${'pass'}    | ${/sah\./}
    ${'nik.valid'}    | ${{ nik: '3520053102680001' }}         | ${'fail'}    | ${/31 Februari 1968/}
    ${'nik.valid'}    | ${{ nik: '3502014708680001' }}         | ${'warning'} | ${/35\.02\.01 .* luar Kabupaten Magetan/}
    ${'kk.valid'}     | ${{}}                                  | ${'pass'}    | ${/sah\./}
    ${'kk.valid'}     | ${{ kk: '3520055203150007' }}          | ${'fail'}    | ${/tambahan 40/}
    ${'kk.valid'}     | ${{ kk: '' }}                          | ${'warning'} | ${/belum diisi/}
    ${'kk.valid'}     | ${{ kk: '3578011203150007' }}          | ${'warning'} | ${/luar Kabupaten Magetan/}
    ${'member.woman'} | ${{}}                                  | ${'pass'}    | ${/perempuan menurut NIK/}
    ${'member.woman'} | ${{ nik: makeNik('1968-08-07', 'L') }} | ${'fail'}    | ${/laki-laki menurut NIK/}
  `('$rule $status for $over', ({ rule, over, status, reason }) => {
    const r = memberRule(checkFirst(over), rule);
    expect(r.status).toBe(status);
    expect(r.reason).toMatch(reason);
  });
});

describe('member.status: widow (janda) or family breadwinner (tulang punggung)', () => {
  it.each`
    reading                                              | maritalStatus    | breadwinner  | status
    ${'a widow by death (cerai mati)'}                   | ${'cerai_mati'}  | ${false}     | ${'pass'}
    ${'a divorced widow written "Cerai Hidup"'}          | ${'Cerai Hidup'} | ${undefined} | ${'pass'}
    ${'written just "janda"'}                            | ${'janda'}       | ${false}     | ${'pass'}
    ${'an unmarried breadwinner'}                        | ${'belum_kawin'} | ${true}      | ${'pass'}
    ${'a married woman who is not the breadwinner'}      | ${'kawin'}       | ${false}     | ${'fail'}
    ${'status not filled and not breadwinner'}           | ${''}            | ${false}     | ${'fail'}
    ${'status not understood'}                           | ${'duda'}        | ${false}     | ${'fail'}
    ${'a married breadwinner: to confirm at the survey'} | ${'kawin'}       | ${true}      | ${'warning'}
  `('$reading → $status', ({ maritalStatus, breadwinner, status }) => {
    const r = memberRule(checkFirst({ maritalStatus, breadwinner }), 'member.status');
    expect(r.status).toBe(status);
  });

  it('the failure says what was recorded', () => {
    expect(memberRule(checkFirst({ maritalStatus: 'duda' }), 'member.status').reason).toMatch(
      /status perkawinan "duda" tidak dikenali/,
    );
  });
});

describe('member.dtsen: registered in the DTSEN extract', () => {
  const group = makeGroup(5);
  const rows = group.members.map((m) => ({ nik: m.nik, kk: m.kk, decile: 2 }));
  const first = group.members[0];

  it('pass names the extract date and decile', () => {
    const r = memberRule(checkFirst({}), 'member.dtsen');
    expect(r).toMatchObject({ status: 'pass', data: { extractDate: '2026-01-31', decile: 2 } });
    expect(r.reason).toMatch(/data per 31 Januari 2026, desil 2/);
  });

  it('fail when not in the extract', () => {
    const r = memberRule(checkFirst({}, { dtsen: rows.slice(1) }), 'member.dtsen');
    expect(r.status).toBe('fail');
    expect(r.reason).toMatch(/tidak ditemukan di DTSEN \(data per 31 Januari 2026\)/);
  });

  it('warning when the NIK is missing but the KK is in the extract', () => {
    const r = memberRule(
      checkFirst({}, { dtsen: [{ nik: makeNik('1990-01-01'), kk: first.kk }, ...rows.slice(1)] }),
      'member.dtsen',
    );
    expect(r.status).toBe('warning');
    expect(r.reason).toMatch(/nomor KK-nya terdaftar/);
  });

  it('with a decile limit of 4: decile 5 fails, decile 4 passes, unknown decile is a warning', () => {
    const settings = { ...DEFAULT_RULE_SETTINGS, maxDecile: 4 };
    const at = (decile?: number) =>
      memberRule(
        checkFirst(
          {},
          { settings, dtsen: [{ nik: first.nik, kk: first.kk, decile }, ...rows.slice(1)] },
        ),
        'member.dtsen',
      );
    expect(at(5).status).toBe('fail');
    expect(at(5).reason).toMatch(/desil 5, di atas batas desil 4/);
    expect(at(4).status).toBe('pass');
    expect(at(undefined).status).toBe('warning');
  });

  it('no decile limit by default: decile 9 passes', () => {
    const r = memberRule(
      checkFirst({}, { dtsen: [{ nik: first.nik, decile: 9 }, ...rows.slice(1)] }),
      'member.dtsen',
    );
    expect(r.status).toBe('pass');
  });

  it('warning when the extract is older than 365 days on the receipt date', () => {
    const r = memberRule(checkFirst({}, { extractDate: '2025-03-12' }), 'member.dtsen');
    expect(r.status).toBe('warning');
    expect(r.data).toMatchObject({ extractAgeDays: 366 });
    expect(memberRule(checkFirst({}, { extractDate: '2025-03-13' }), 'member.dtsen').status).toBe(
      'pass',
    );
  });
});

describe("member.kecamatan: members live in the group's kecamatan", () => {
  it.each`
    reading                                                        | over                                                       | status
    ${'domicile desa in Kawedanan, group in Kawedanan'}            | ${{ desa: '35.20.05.2001' }}                               | ${'pass'}
    ${'domicile desa written without dots'}                        | ${{ desa: '3520052001' }}                                  | ${'pass'}
    ${'domicile desa in Poncol'}                                   | ${{ desa: '35.20.01.2001' }}                               | ${'fail'}
    ${'unknown desa code'}                                         | ${{ desa: '35.20.05.9999' }}                               | ${'fail'}
    ${'no desa, NIK issued in Kawedanan'}                          | ${{ desa: undefined }}                                     | ${'pass'}
    ${'no desa, NIK issued in Poncol: people keep their NIK code'} | ${{ desa: '', nik: makeNik('1968-08-07', 'P', '352001') }} | ${'warning'}
  `('$reading → $status', ({ over, status }) => {
    expect(memberRule(checkFirst(over), 'member.kecamatan').status).toBe(status);
  });

  it('the failure names both kecamatan', () => {
    expect(memberRule(checkFirst({ desa: '35.20.01.2001' }), 'member.kecamatan').reason).toMatch(
      /Kecamatan Poncol, bukan di Kecamatan Kawedanan/,
    );
  });
});

describe('no member in another active group or already aided', () => {
  const m = makeMember(0);
  it.each`
    reading                                       | history                                                                               | nikStatus | kkStatus
    ${'no history'}                               | ${[]}                                                                                 | ${'pass'} | ${'pass'}
    ${'already aided through another group'}      | ${[{ nik: m.nik, kk: m.kk, groupId: 'K-2025-014', status: 'aided' }]}                 | ${'fail'} | ${'warning'}
    ${'member of another active group'}           | ${[{ nik: m.nik, groupId: 'K-2026-009', status: 'active' }]}                          | ${'fail'} | ${'pass'}
    ${'another person of the same KK was aided'}  | ${[{ nik: makeNik('1970-01-01'), kk: m.kk, groupId: 'K-2024-002', status: 'aided' }]} | ${'pass'} | ${'warning'}
    ${'the group itself in the index is ignored'} | ${[{ nik: m.nik, kk: m.kk, groupId: 'K-2026-001', status: 'active' }]}                | ${'pass'} | ${'pass'}
  `('$reading', ({ history, nikStatus, kkStatus }) => {
    const report = checkFirst({}, { history });
    expect(memberRule(report, 'member.notInOtherGroup').status).toBe(nikStatus);
    expect(memberRule(report, 'member.kkNotInOtherGroup').status).toBe(kkStatus);
  });

  it('the reason names the other group', () => {
    const report = checkFirst(
      {},
      { history: [{ nik: m.nik, groupId: 'K-2025-014', status: 'aided', note: '2025' }] },
    );
    expect(memberRule(report, 'member.notInOtherGroup').reason).toMatch(
      /sudah menerima bantuan melalui kelompok K-2025-014 \(2025\)/,
    );
  });

  it('a KK that is not complete cannot be checked: warning', () => {
    expect(memberRule(checkFirst({ kk: '' }), 'member.kkNotInOtherGroup').status).toBe('warning');
  });
});

describe('member.documents and group.requirements (the five requirements of the SOP)', () => {
  it.each`
    reading                            | over                                                    | status
    ${'copies of KTP and KK'}          | ${{ hasKtp: true, hasKk: true }}                        | ${'pass'}
    ${'no KTP but a Surat Keterangan'} | ${{ hasKtp: false, hasKk: true, hasCertificate: true }} | ${'pass'}
    ${'no KK and no Surat Keterangan'} | ${{ hasKtp: true, hasKk: false }}                       | ${'fail'}
    ${'KTP and KK not checked yet'}    | ${{ hasKtp: undefined, hasKk: undefined }}              | ${'warning'}
  `('$reading → member.documents $status', ({ over, status }) => {
    expect(memberRule(checkFirst(over), 'member.documents').status).toBe(status);
  });

  it('a member without KK and certificate makes the requirements incomplete, by name', () => {
    const r = groupRule(checkFirst({ hasKk: false }), 'group.requirements');
    expect(r.status).toBe('fail');
    expect(r.reason).toMatch(/Surat Keterangan untuk anggota tanpa KTP\/KK \(Sri Lestari 1\)/);
  });

  it.each`
    reading                                      | requirements                                                            | status
    ${'all four group documents'}                | ${{ rab: true, proposal: true, ktpKkCopies: true, coverLetter: true }}  | ${'pass'}
    ${'no RAB'}                                  | ${{ rab: false, proposal: true, ktpKkCopies: true, coverLetter: true }} | ${'fail'}
    ${'cover letter from the Camat not checked'} | ${{ rab: true, proposal: true, ktpKkCopies: true }}                     | ${'warning'}
    ${'no checklist at all'}                     | ${undefined}                                                            | ${'warning'}
  `('$reading → group.requirements $status', ({ requirements, status }) => {
    const group = makeGroup(5, { requirements });
    expect(
      groupRule(checkEligibility(group, makeContext(group)), 'group.requirements').status,
    ).toBe(status);
  });

  it('the failure names the missing document', () => {
    const group = makeGroup(5, {
      requirements: { rab: false, proposal: true, ktpKkCopies: true, coverLetter: true },
    });
    expect(
      groupRule(checkEligibility(group, makeContext(group)), 'group.requirements').reason,
    ).toMatch(/usulan kebutuhan kelompok \(RAB\)/);
  });
});

describe('group.size: 5-20 members (Permensos 2/2019)', () => {
  it.each`
    size  | status
    ${4}  | ${'fail'}
    ${5}  | ${'pass'}
    ${20} | ${'pass'}
    ${21} | ${'fail'}
  `('$size members → $status', ({ size, status }) => {
    const group = makeGroup(size);
    expect(groupRule(checkEligibility(group, makeContext(group)), 'group.size').status).toBe(
      status,
    );
  });

  it('warning: 5 members but one fails, so fewer than 5 remain', () => {
    const r = groupRule(checkFirst({ maritalStatus: 'kawin' }), 'group.size');
    expect(r.status).toBe('warning');
    expect(r.data).toMatchObject({ members: 5, membersWithoutFailure: 4 });
  });

  it('the limits are settings', () => {
    const group = makeGroup(4);
    const settings = { ...DEFAULT_RULE_SETTINGS, minGroupSize: 3 };
    expect(
      groupRule(checkEligibility(group, makeContext(group, { settings })), 'group.size').status,
    ).toBe('pass');
  });
});

describe('group.uniqueNik: the same NIK twice in one group is an error', () => {
  it('fails the group and both rows', () => {
    const group = makeGroup(6);
    group.members[5] = {
      ...group.members[5],
      nik: group.members[0].nik.replace(/(\d{4})/g, '$1 '),
    };
    const report = checkEligibility(group, makeContext(group));
    expect(groupRule(report, 'group.uniqueNik')).toMatchObject({
      status: 'fail',
      data: { niks: [group.members[0].nik] },
    });
    expect(groupRule(report, 'group.uniqueNik').reason).toMatch(/352005\*{6}0001/);
    expect(memberRule(report, 'member.uniqueInGroup', 0).status).toBe('fail');
    expect(memberRule(report, 'member.uniqueInGroup', 5).status).toBe('fail');
    expect(memberRule(report, 'member.uniqueInGroup', 1).status).toBe('pass');
  });
});

describe('group.kecamatan, group.receiptDate and the rule set in force', () => {
  it.each`
    kecamatan     | status
    ${'35.20.05'} | ${'pass'}
    ${'352018'}   | ${'pass'}
    ${'35.20.19'} | ${'fail'}
    ${'35.02.01'} | ${'fail'}
  `('group kecamatan $kecamatan → $status', ({ kecamatan, status }) => {
    const group = makeGroup(5, { kecamatan });
    expect(groupRule(checkEligibility(group, makeContext(group)), 'group.kecamatan').status).toBe(
      status,
    );
  });

  it('an invalid receipt date fails the group and every age', () => {
    const group = makeGroup(5, { receiptDate: '2026-02-30' });
    const report = checkEligibility(group, makeContext(group, { settings: DEFAULT_RULE_SETTINGS }));
    expect(groupRule(report, 'group.receiptDate').status).toBe('fail');
    expect(memberRule(report, 'member.age').reason).toMatch(
      /tanggal penerimaan proposal tidak sah/,
    );
    expect(report.verdict).toBe('ineligible');
  });

  it('the rule set in force on the receipt date is used and named', () => {
    const v2026 = {
      ...DEFAULT_RULE_SETTINGS,
      version: 'WRSE-2026.1',
      effectiveFrom: '2026-03-01',
      maxAge: 60,
    };
    const before = makeGroup(5, { receiptDate: '2026-02-27' });
    const after = makeGroup(5, { receiptDate: '2026-03-13' });
    before.members[0].nik = makeNik('1967-01-01');
    after.members[0].nik = makeNik('1967-01-01');
    const settings = [DEFAULT_RULE_SETTINGS, v2026];
    const rBefore = checkEligibility(before, makeContext(before, { settings }));
    const rAfter = checkEligibility(after, makeContext(after, { settings }));
    expect(rBefore.ruleSetVersion).toBe('WRSE-2023.1');
    expect(memberRule(rBefore, 'member.age').status).toBe('fail');
    expect(rAfter.ruleSetVersion).toBe('WRSE-2026.1');
    expect(memberRule(rAfter, 'member.age').status).toBe('pass');
    expect(groupRule(rAfter, 'ruleSet.inForce').reason).toMatch(
      /versi WRSE-2026\.1 \(berlaku sejak 1 Maret 2026\)/,
    );
  });

  it('no rule set in force: fail, no member checked', () => {
    const group = makeGroup(5, { receiptDate: '2023-06-04' });
    const report = checkEligibility(group, makeContext(group));
    expect(report.group).toEqual([
      expect.objectContaining({ rule: 'ruleSet.inForce', status: 'fail' }),
    ]);
    expect(report.ruleSetVersion).toBe('');
    expect(report.verdict).toBe('ineligible');
  });
});

describe('verdicts', () => {
  it('a warning anywhere makes the group "review"; a failure makes it "ineligible"', () => {
    const review = checkFirst({ maritalStatus: 'kawin', breadwinner: true });
    expect(review.members[0].verdict).toBe('review');
    expect(review.verdict).toBe('review');
    expect(review.counts).toEqual({ members: 5, eligible: 4, review: 1, ineligible: 0 });
    const fail = checkFirst({ maritalStatus: 'kawin' });
    expect(fail.members[0].verdict).toBe('ineligible');
    expect(fail.verdict).toBe('ineligible');
  });
});

describe('bad input never throws', () => {
  const group = makeGroup(5);
  const ctx = makeContext(group);
  it.each`
    reading                           | input                                                       | context
    ${'no group'}                     | ${null}                                                     | ${ctx}
    ${'no context'}                   | ${group}                                                    | ${null}
    ${'members is not a list'}        | ${{ ...group, members: 'Sri' }}                             | ${ctx}
    ${'a member row is empty'}        | ${{ ...group, members: [null, ...group.members.slice(1)] }} | ${ctx}
    ${'a member without NIK or name'} | ${{ ...group, members: [{}, ...group.members.slice(1)] }}   | ${ctx}
    ${'rule sets are garbage'}        | ${group}                                                    | ${{ ...ctx, ruleSets: 'x' }}
    ${'a DTSEN index without maps'}   | ${group}                                                    | ${{ ...ctx, dtsen: { extractDate: 1 } }}
  `('$reading → an ineligible report with a reason', ({ input, context }) => {
    const report = checkEligibility(input as GroupInput, context);
    expect(report.verdict).toBe('ineligible');
    const reasons = [...report.group, ...report.members.flatMap((m) => m.results)]
      .filter((r) => r.status === 'fail')
      .map((r) => r.reason);
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reason.length).toBeGreaterThan(10);
  });

  it('property: any member data gives a report, never an exception', () => {
    fc.assert(
      fc.property(
        fc.array(fc.anything(), { maxLength: 8 }),
        fc.anything(),
        (members, requirements) => {
          const g = { ...group, members, requirements } as unknown as GroupInput;
          const report = checkEligibility(g, ctx);
          expect(['eligible', 'review', 'ineligible']).toContain(report.verdict);
        },
      ),
    );
  });
});

it('builders make valid KK numbers', () => {
  expect(makeKk()).toBe('3520051203150007');
});
