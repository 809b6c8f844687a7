/**
 * The shipped bundle in its sandbox: opening the register builds the WRSE menu, and
 * "Siapkan register" creates every tab as the register needs it — and, run again on a register
 * that holds data, only adds what is missing.
 */
import { ALL_TABS, CASES, MEMBERS, SETTINGS, SOP_STEPS, USERS } from '../../src/app/register/tabs';
import type { UiBackend } from '../../emulator/backend/ui';
import { ADMIN, STAFF, newRegister, type TestRegister } from '../support/register';

function ui(register: TestRegister): UiBackend {
  return register.world.module<UiBackend>('ui');
}

function lastAlert(register: TestRegister): string {
  const alerts = ui(register).ofKind('alert');
  return String(alerts[alerts.length - 1]?.message ?? '');
}

function setUp(): TestRegister {
  const register = newRegister();
  const result = register.run('menuSetupRegister', ADMIN);
  expect(result.error).toBeNull();
  return register;
}

function columnOf(register: TestRegister, tab: string, header: string): number {
  return (register.values(tab)[0] as string[]).indexOf(header) + 1;
}

describe('onOpen', () => {
  it('adds the WRSE menu with the setup and home actions', () => {
    const register = newRegister();
    expect(register.run('onOpen', '').error).toBeNull();
    const [menu] = ui(register).menus(register.id);
    expect(menu.caption).toBe('WRSE');
    const flat = (items: typeof menu.items): string[] =>
      items.flatMap((i) =>
        i.kind === 'submenu' ? flat(i.items ?? []) : i.functionName ? [i.functionName] : [],
      );
    expect(flat(menu.items)).toEqual(
      expect.arrayContaining([
        'showMyWork',
        'showIntake',
        'showApprovals',
        'showHome',
        'menuSetupRegister',
      ]),
    );
  });
});

describe('Siapkan register on an empty spreadsheet', () => {
  const register = setUp();

  it('creates every register tab with its headers in row 1, frozen', () => {
    for (const tab of ALL_TABS) {
      const headers = register.values(tab.name)[0];
      expect(headers).toEqual(Object.values(tab.columns).map((c) => c.header));
      expect(register.withSheets((ss) => ss.getSheetByName(tab.name)!.getFrozenRows())).toBe(1);
    }
  });

  it('removes the empty first tab of the new spreadsheet, leaving only the register tabs', () => {
    const names = register.withSheets((ss) => ss.getSheets().map((s) => s.getName()));
    expect(names).toEqual(ALL_TABS.map((t) => t.name));
  });

  it('trims each tab to its columns, so a 300,000-row DTSEN extract fits the 10 million cells', () => {
    for (const tab of ALL_TABS) {
      const width = register.withSheets((ss) => ss.getSheetByName(tab.name)!.getMaxColumns());
      expect(width).toBe(Object.keys(tab.columns).length);
    }
  });

  it('makes NIK and KK columns plain text, so a 16-digit number keeps every digit', () => {
    for (const header of ['NIK', 'No. KK']) {
      const column = columnOf(register, MEMBERS.name, header);
      const kept = register.withSheets((ss) => {
        const cell = ss.getSheetByName(MEMBERS.name)!.getRange(2, column);
        cell.setValue('3520054708680001');
        return [cell.getNumberFormat(), cell.getValue()];
      });
      expect(kept).toEqual(['@', '3520054708680001']);
    }
  });

  it('gives enum columns a rejecting drop-down and boolean columns a checkbox', () => {
    const status = columnOf(register, CASES.name, 'Status');
    const rule = register.withSheets((ss) => {
      const r = ss.getSheetByName(CASES.name)!.getRange(2, status).getDataValidation();
      return (
        r && {
          type: String(r.getCriteriaType()),
          values: r.getCriteriaValues()[0],
          allowInvalid: r.getAllowInvalid(),
        }
      );
    });
    expect(rule).toEqual({
      type: 'VALUE_IN_LIST',
      values: ['Berjalan', 'Dikembalikan', 'Ditolak', 'Selesai'],
      allowInvalid: false,
    });
    const active = columnOf(register, USERS.name, 'Aktif');
    const checkbox = register.withSheets((ss) =>
      String(
        ss.getSheetByName(USERS.name)!.getRange(2, active).getDataValidation()?.getCriteriaType(),
      ),
    );
    expect(checkbox).toBe('CHECKBOX');
  });

  it('colours the due date of running cases: red when overdue, yellow on the last day', () => {
    const rules = register.withSheets((ss) =>
      ss
        .getSheetByName(CASES.name)!
        .getConditionalFormatRules()
        .map((r) => ({
          formula: r.getBooleanCondition()!.getCriteriaValues()[0],
          background: r.getBooleanCondition()!.getBackground(),
          range: r.getRanges()[0].getA1Notation(),
        })),
    );
    const due = columnOf(register, CASES.name, 'Tenggat');
    const status = columnOf(register, CASES.name, 'Status');
    const letter = (n: number) => String.fromCharCode(64 + n);
    expect(rules).toEqual([
      {
        formula: `=AND($${letter(status)}2="Berjalan",$${letter(due)}2<>"",$${letter(due)}2<NOW())`,
        background: '#f4c7c3',
        range: `${letter(due)}2:${letter(due)}1000`,
      },
      {
        formula: `=AND($${letter(status)}2="Berjalan",$${letter(due)}2<>"",$${letter(due)}2<NOW()+1)`,
        background: '#fce8b2',
        range: `${letter(due)}2:${letter(due)}1000`,
      },
    ]);
  });

  it('seeds the SOP steps, the settings, the area codes and the holidays', () => {
    expect(register.values(SOP_STEPS.name)).toHaveLength(1 + 11);
    const settings = register
      .values(SETTINGS.name)
      .slice(1)
      .map((r) => r[0]);
    expect(settings).toContain('kelayakan.usiaMaksimum');
    const areas = register.values('Wilayah').slice(1);
    expect(areas).toHaveLength(1 + 18 + 235);
    expect(register.values('Hari Libur').length).toBeGreaterThan(30);
  });

  it('makes whoever ran the first setup the Admin', () => {
    const users = register.values(USERS.name).slice(1);
    expect(users).toHaveLength(1);
    expect(users[0][0]).toBe(ADMIN);
    expect(users[0][columnOf(register, USERS.name, 'Peran') - 1]).toBe('Admin');
  });

  it('tells the Admin what it created', () => {
    expect(lastAlert(register)).toContain('Tab dibuat: Kasus, Anggota');
  });
});

describe('Siapkan register run again', () => {
  it('on a complete register changes nothing and says so', () => {
    const register = setUp();
    const before = ALL_TABS.map((t) => register.values(t.name));
    expect(register.run('menuSetupRegister', ADMIN).error).toBeNull();
    expect(ALL_TABS.map((t) => register.values(t.name))).toEqual(before);
    expect(lastAlert(register)).toBe('Register sudah lengkap; tidak ada yang perlu ditambahkan.');
  });

  it('on a register holding data only adds the missing tab, column and reference rows', () => {
    const register = setUp();
    register.withSheets((ss) => {
      const cases = ss.getSheetByName(CASES.name)!;
      cases.getRange(2, 1, 1, 2).setValues([['WRSE-2026-0001', 'Kelompok Mawar (contoh)']]);
      cases.deleteColumn(columnOf(register, CASES.name, 'Catatan'));
      ss.deleteSheet(ss.getSheetByName('Pengaduan')!);
      const steps = ss.getSheetByName(SOP_STEPS.name)!;
      steps.getRange(2, 3).setValue('Kegiatan yang diubah kantor');
      steps.deleteRow(12); // S11 removed by hand
    });
    const before = register.values(CASES.name);
    expect(register.run('menuSetupRegister', ADMIN).error).toBeNull();
    const after = register.values(CASES.name);
    expect(after[0][after[0].length - 1]).toBe('Catatan');
    expect(after.map((r) => r.slice(0, before[0].length))).toEqual(before);
    expect(register.values('Pengaduan')[0][0]).toBe('ID Pengaduan');
    const steps = register.values(SOP_STEPS.name);
    expect(steps).toHaveLength(12);
    expect(steps[1][2]).toBe('Kegiatan yang diubah kantor');
    expect(lastAlert(register)).toMatch(/Kolom ditambahkan di tab Kasus: Catatan/);
  });

  it('stops, naming the tab and columns, when a needed header was renamed, and changes nothing', () => {
    const register = setUp();
    const column = columnOf(register, MEMBERS.name, 'NIK');
    register.withSheets((ss) =>
      ss.getSheetByName(MEMBERS.name)!.getRange(1, column).setValue('No NIK'),
    );
    register.withSheets((ss) => ss.deleteSheet(ss.getSheetByName('DTSEN')!));
    const before = register.values(MEMBERS.name);
    expect(register.run('menuSetupRegister', ADMIN).error).toBeNull();
    expect(lastAlert(register)).toMatch(/Tab "Anggota": kolom "NIK" tidak ditemukan.*"No NIK"/);
    expect(register.values(MEMBERS.name)).toEqual(before);
    expect(register.withSheets((ss) => ss.getSheetByName('DTSEN'))).toBeNull();
  });

  it('is refused to a user who is not Admin, and to an empty e-mail', () => {
    const register = setUp();
    for (const user of [STAFF, '']) {
      register.withSheets((ss) => ss.deleteSheet(ss.getSheetByName('DTSEN')!));
      expect(register.run('menuSetupRegister', user).error).toBeNull();
      expect(lastAlert(register)).toMatch(/tidak berwenang|tidak terbaca/);
      expect(register.withSheets((ss) => ss.getSheetByName('DTSEN'))).toBeNull();
      register.run('menuSetupRegister', ADMIN);
    }
  });
});
