/**
 * The Dasbor tab through the shipped bundle: built from the menu from the register's tabs, one
 * setValues per table, user text (a rejection reason that looks like a formula) kept as text,
 * four Sheets charts over the tables, rebuilt (not doubled) each time; refused to a pendamping;
 * the daily refresh trigger installed once however often the Admin installs it.
 */
import * as path from 'path';
import type { Saved } from '../../src/app/api/views';
import { benchDashboard } from '../../bench/dashboard';
import type { UiBackend } from '../../emulator/backend/ui';
import { api, ok, requestId } from '../support/api';
import { caseAt, NOW } from '../support/flow';
import { USERS_BY_ROLE as U, seedPeople } from '../support/people';
import { ADMIN, newRegister } from '../support/register';

const LATER = '2026-04-20T03:00:00.000Z';
const FORMULA_REASON = '=HYPERLINK("http://contoh.invalid","klik") bukan warga Magetan';

describe('the dashboard (Dasbor tab)', () => {
  const register = newRegister();
  register.run('menuSetupRegister', ADMIN);
  seedPeople(register, 3);
  const done = caseAt(register, 'SELESAI', 0);
  const waiting = caseAt(register, 'S06', 100);
  const rejected = caseAt(register, 'S06', 200);
  ok(
    api<Saved>(
      register,
      U.Kabid,
      'apiRejectCase',
      [
        {
          requestId: requestId(),
          caseId: rejected.caseId,
          version: rejected.version,
          reason: FORMULA_REASON,
        },
      ],
      NOW,
    ),
  );

  const run = register.run('showDashboard', U.Staf, [], { now: new Date(LATER) });
  const values = register.values('Dasbor');
  const find = (label: string) => values.find((r) => r[0] === label);

  it('is built without error and summarises the register', () => {
    expect(run.error).toBeNull();
    expect(done.status).toBe('Selesai');
    expect(values[0][0]).toBe('Dasbor Layanan Pelaksanaan Penerima Bantuan WRSE');
    expect(find('Proposal diterima')?.[1]).toBe(3);
    expect(find('Dalam proses')?.[1]).toBe(1);
    expect(find('Ditolak')?.[1]).toBe(1);
    expect(find('Bantuan diserahkan (kelompok)')?.[1]).toBe(1);
    expect(find('Anggota terjangkau')?.[1]).toBe(6);
    // The waiting case started S06 on 16 March (3 working days): overdue on 20 April.
    expect(find('Kasus terlambat')?.[1]).toBe(1);
    expect(find('Maret 2026')?.[1]).toBe(3);
    expect(waiting.step).toBe('S06');
  });

  it('keeps a formula-looking reason as text', () => {
    const cell = values.flat().find((v) => String(v).includes('HYPERLINK'));
    expect(cell).toBe(`Langkah S06: ${FORMULA_REASON}`);
    const formulas = register.withSheets((ss) =>
      ss.getSheetByName('Dasbor')!.getDataRange().getFormulas().flat().filter(Boolean),
    );
    expect(formulas).toEqual([]);
  });

  it('writes each table in one setValues and draws four charts over the tables', () => {
    expect(run.ledger.byMethod['Range.setValues'].calls).toBe(7);
    expect(run.ledger.byMethod['Sheet.insertChart'].calls).toBe(4);
    const charts = register.withSheets((ss) =>
      ss
        .getSheetByName('Dasbor')!
        .getCharts()
        .map((c) => ({
          title: c.getOptions().get('title'),
          type: c.modify().getChartType(),
          ranges: c.getRanges().map((r) => r.getA1Notation()),
          head: c.getRanges()[0].getValues()[0][0],
        })),
    );
    expect(charts.map((c) => [c.type, c.title, c.head])).toEqual([
      ['LINE', 'Proposal diterima dan bantuan diserahkan per bulan', 'Bulan'],
      ['COLUMN', 'Proposal per kecamatan', 'Kecamatan'],
      ['BAR', 'Langkah SOP selesai tepat waktu (%)', 'Kode'],
      ['PIE', 'Penolakan menurut alasan', 'Alasan'],
    ]);
  });

  it('is rebuilt, not doubled, when refreshed again', () => {
    const again = register.run('showDashboard', U.Kadis, [], { now: new Date(LATER) });
    expect(again.error).toBeNull();
    const count = register.withSheets((ss) => ss.getSheetByName('Dasbor')!.getCharts().length);
    expect(count).toBe(4);
    expect(register.values('Dasbor')).toEqual(values.map((r) => r.map((v) => v)));
  });

  it('is refused to a pendamping, politely', () => {
    const r = register.run('showDashboard', U.PendampingKawedanan, [], { now: new Date(LATER) });
    expect(r.error).toBeNull();
    const alerts = register.world.module<UiBackend>('ui').ofKind('alert');
    expect(String(alerts[alerts.length - 1].message)).toMatch(/tidak berwenang/);
  });

  it('the daily refresh trigger is installed once and rebuilds the tab', () => {
    register.run('menuInstallDailyReminder', ADMIN);
    register.run('menuInstallDailyReminder', ADMIN);
    const triggers = JSON.stringify((register.world.snapshot() as { triggers: unknown }).triggers);
    expect(triggers.match(/dailyDashboardRefresh/g)).toHaveLength(1);
    const daily = register.run('dailyDashboardRefresh', '', [], {
      now: new Date(LATER),
      effectiveUser: ADMIN,
    });
    expect(daily.error).toBeNull();
    expect(register.values('Dasbor')[1][0]).toMatch(/^Diperbarui 20 April 2026 pukul 10\.00 WIB/);
  });
});

describe('the dashboard costs the same service calls at any register size', () => {
  it('200 and 1,000 cases: same calls, one setValues per table, four charts', () => {
    const [small, large] = benchDashboard([200, 1000], path.resolve(__dirname, '../../dist'));
    expect(large.calls).toBe(small.calls);
    expect([small.getValues, small.setValues, small.charts]).toEqual([large.getValues, 7, 4]);
    expect(large.cells).toBeGreaterThan(small.cells);
  });
});
