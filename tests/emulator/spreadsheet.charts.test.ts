/**
 * Embedded charts. Found (Apps Script reference, Sheet.newChart / EmbeddedChartBuilder /
 * EmbeddedChart): the builder is local until `insertChart`; `build()` makes a chart that is not
 * yet on the tab; `getCharts()` lists the tab's charts, `modify()` gives a builder of a copy that
 * `updateChart` applies; `removeChart` deletes one; `setPosition(row, col, offsetX, offsetY)`
 * anchors it; the typed builders' setters are options (`title`, `hAxis.title`…). Clearing the
 * tab's cells leaves the charts; a protected tab refuses them to non-editors.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createWorld } from '../../emulator/backend';
import type { SheetsBackend } from '../../emulator/backend/sheets';
import { OWNER, STAF, fixture, run, type Fixture } from './spreadsheetHarness';

function addChart(f: Fixture, user = STAF): number | null {
  return run(
    f,
    (x) => {
      x.data.getRange('A1:B4').setValues([
        ['Bulan', 'Proposal'],
        ['Januari', 3],
        ['Februari', 5],
        ['Maret', 2],
      ]);
      const chart = x.data
        .newChart()
        .asColumnChart()
        .setTitle('Proposal per bulan')
        .setXAxisTitle('Bulan')
        .addRange(x.data.getRange('A1:B4'))
        .setOption('legend', { position: 'none' })
        .setNumHeaders(1)
        .setPosition(6, 2, 10, 4)
        .build();
      expect(chart.getChartId()).toBeNull();
      x.data.insertChart(chart);
      return chart.getChartId();
    },
    { user },
  );
}

describe('SpreadsheetApp emulation: embedded charts', () => {
  test('a built chart is inserted with an ID, its ranges, options and position', () => {
    const f = fixture();
    const id = addChart(f);
    expect(id).toBe(1);
    run(f, (x) => {
      const charts = x.data.getCharts();
      expect(charts).toHaveLength(1);
      const c = charts[0];
      expect(c.getChartId()).toBe(1);
      expect(c.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B4']);
      expect(c.getOptions().get('title')).toBe('Proposal per bulan');
      expect(c.getOptions().get('hAxis.title')).toBe('Bulan');
      expect(c.getOptions().get('legend')).toEqual({ position: 'none' });
      expect(c.getOptions().get('vAxis.title')).toBeNull();
      expect(c.getNumHeaders()).toBe(1);
      const info = c.getContainerInfo();
      expect([
        info.getAnchorRow(),
        info.getAnchorColumn(),
        info.getOffsetX(),
        info.getOffsetY(),
      ]).toEqual([6, 2, 10, 4]);
    });
  });

  test('modify + updateChart changes the chart; removeChart deletes it; IDs are not reused', () => {
    const f = fixture();
    addChart(f);
    run(f, (x) => {
      const [c] = x.data.getCharts();
      x.data.updateChart(c.modify().asLineChart().setOption('title', 'Tren').build());
      const [after] = x.data.getCharts();
      expect(after.getOptions().get('title')).toBe('Tren');
      expect(after.modify().getChartType()).toBe('LINE');
      x.data.removeChart(after);
      expect(x.data.getCharts()).toEqual([]);
      expect(() => x.data.removeChart(after)).toThrow('The chart has been removed.');
    });
    expect(addChart(f)).toBe(2);
  });

  test('a chart cannot be inserted twice, nor built without data', () => {
    const f = fixture();
    run(f, (x) => {
      expect(() => x.data.newChart().asPieChart().build()).toThrow('The chart has no data');
      const chart = x.data.newChart().addRange(x.data.getRange('A1:B2')).build();
      x.data.insertChart(chart);
      expect(() => x.data.insertChart(chart)).toThrow('already in the sheet');
      expect(() =>
        (x.data.newChart() as unknown as { asScatterChart(): void }).asScatterChart(),
      ).toThrow('EmbeddedChartBuilder.asScatterChart is not emulated');
    });
  });

  test('clearing the cells leaves the charts; inserting rows under a chart is refused as not emulated', () => {
    const f = fixture();
    addChart(f);
    run(f, (x) => {
      x.data.clear();
      expect(x.data.getCharts()).toHaveLength(1);
      expect(() => x.data.insertRowsAfter(1, 2)).toThrow('not emulated');
    });
  });

  test('a protected tab refuses charts to those who may not edit it', () => {
    const f = fixture();
    run(f, (x) => x.data.protect().removeEditor(STAF), { user: OWNER });
    expect(() => addChart(f)).toThrow('protected cell or object');
  });

  test('insert, update and remove are priced as chart calls; the builder is local', () => {
    const f = fixture();
    const summary = run(f, (x) => {
      const chart = x.data.newChart().asBarChart().addRange(x.data.getRange('A1:B3')).build();
      x.data.insertChart(chart);
      x.data.removeChart(x.data.getCharts()[0]);
      return x.ctx.ledger.summary();
    });
    expect(summary.byMethod['Sheet.insertChart']).toEqual({ calls: 1, cells: 0, ms: 200 });
    expect(summary.byMethod['Sheet.removeChart']).toEqual({ calls: 1, cells: 0, ms: 200 });
    expect(summary.byMethod['Sheet.getCharts']).toEqual({ calls: 1, cells: 0, ms: 100 });
    expect(summary.byMethod['EmbeddedChartBuilder.build'].ms).toBe(0);
  });

  test('charts survive save and load', () => {
    const f = fixture();
    addChart(f);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wrse-')), 'world.json');
    f.world.save(file);
    const world = createWorld();
    world.load(file);
    const loaded: Fixture = { world, sheets: world.module<SheetsBackend>('sheets'), ssId: f.ssId };
    run(loaded, (x) => {
      const [c] = x.data.getCharts();
      expect(c.getOptions().get('title')).toBe('Proposal per bulan');
    });
  });
});
