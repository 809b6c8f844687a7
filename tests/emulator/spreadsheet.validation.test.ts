/**
 * Data validation: the builder and rule getters, and what a script write does against a rule.
 *
 * Found: DataValidationBuilder.setAllowInvalid — "The default for new data validation rules is
 * true" (a rule only warns unless told otherwise). A script write that breaks a rejecting rule
 * throws "The data you entered in cell U2 violates the data validation rules set on this cell."
 * (quoted from Apps Script reports); the emulation throws at the write call.
 */
import { fixture, run } from './spreadsheetHarness';

describe('SpreadsheetApp emulation: data validation', () => {
  test('the builder records criteria, allowInvalid (default true) and help text; the rule getters return them', () => {
    const f = fixture();
    run(f, (x) => {
      const builder = x.app.newDataValidation().requireValueInList(['Ya', 'Tidak']);
      expect(builder.build().getAllowInvalid()).toBe(true);
      const rule = builder.setAllowInvalid(false).setHelpText('Pilih Ya/Tidak').build();
      expect(rule.getCriteriaType()).toBe(x.app.DataValidationCriteria.VALUE_IN_LIST);
      expect(rule.getCriteriaValues()).toEqual([['Ya', 'Tidak'], true]);
      expect(rule.getHelpText()).toBe('Pilih Ya/Tidak');
      x.data.getRange('C2:C3').setDataValidation(rule);
      const back = x.data.getRange('C2:C4').getDataValidations();
      expect(back[0][0]?.getCriteriaType()).toBe('VALUE_IN_LIST');
      expect(back[1][0]?.getAllowInvalid()).toBe(false);
      expect(back[2][0]).toBeNull();
    });
  });

  test("a script write that violates a rejecting rule throws Apps Script's message and is not written", () => {
    const f = fixture();
    run(f, (x) => {
      const rule = x.app
        .newDataValidation()
        .requireValueInList(['Ya', 'Tidak'])
        .setAllowInvalid(false)
        .build();
      x.data.getRange('C2:C10').setDataValidation(rule);
      x.data.getRange('C2').setValue('Ya');
      expect(() => x.data.getRange('C3').setValue('Mungkin')).toThrow(
        'The data you entered in cell C3 violates the data validation rules set on this cell.',
      );
      expect(x.data.getRange('C2:C3').getValues()).toEqual([['Ya'], ['']]);
    });
  });

  test('a rule that allows invalid input (the default) accepts any value', () => {
    const f = fixture();
    run(f, (x) => {
      x.data
        .getRange('C2')
        .setDataValidation(x.app.newDataValidation().requireValueInList(['Ya']).build());
      x.data.getRange('C2').setValue('Lain');
      expect(x.data.getRange('C2').getValue()).toBe('Lain');
    });
  });

  test('requireValueInRange checks the values of that range; requireNumberBetween checks numbers', () => {
    const f = fixture();
    run(f, (x) => {
      const ss = x.app.getActive() as GoogleAppsScript.Spreadsheet.Spreadsheet;
      const lists = ss.insertSheet('Daftar');
      lists.getRange('A1:A2').setValues([['Magetan'], ['Madiun']]);
      const inRange = x.app
        .newDataValidation()
        .requireValueInRange(lists.getRange('A1:A2'))
        .setAllowInvalid(false)
        .build();
      const age = x.app
        .newDataValidation()
        .requireNumberBetween(0, 120)
        .setAllowInvalid(false)
        .build();
      x.data.getRange('A2').setDataValidation(inRange);
      x.data.getRange('B2').setDataValidation(age);
      x.data.getRange('A2:B2').setValues([['Madiun', 45]]);
      expect(() => x.data.getRange('A2').setValue('Ngawi')).toThrow(
        'violates the data validation rules',
      );
      expect(() => x.data.getRange('B2').setValue(130)).toThrow('cell B2 violates');
      const values = x.data.getRange('A2').getDataValidation()?.getCriteriaValues() ?? [];
      expect((values[0] as GoogleAppsScript.Spreadsheet.Range).getA1Notation()).toBe('A1:A2');
    });
  });

  test('requireCheckbox accepts booleans only when rejecting; insertCheckboxes writes FALSE', () => {
    const f = fixture();
    run(f, (x) => {
      x.data.getRange('D2:D3').insertCheckboxes();
      expect(x.data.getRange('D2:D3').getValues()).toEqual([[false], [false]]);
      x.data.getRange('D2').setValue(true);
      expect(() => x.data.getRange('D3').setValue('ya')).toThrow('cell D3 violates');
      expect(x.data.getRange('D2').getDataValidation()?.getCriteriaType()).toBe('CHECKBOX');
    });
  });

  test('clearDataValidations removes the rule', () => {
    const f = fixture();
    run(f, (x) => {
      const rule = x.app.newDataValidation().requireDate().setAllowInvalid(false).build();
      x.data.getRange('E2').setDataValidation(rule);
      expect(() => x.data.getRange('E2').setValue('bukan tanggal')).toThrow('violates');
      x.data.getRange('E2').clearDataValidations();
      x.data.getRange('E2').setValue('bukan tanggal');
      expect(x.data.getRange('E2').getValue()).toBe('bukan tanggal');
    });
  });
});
