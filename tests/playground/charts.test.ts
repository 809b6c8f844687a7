/**
 * The playground's drawing of embedded charts: data taken from the ranges as Sheets reads them
 * (first column the categories, each other column a series named by its header), SVG per type,
 * every text escaped, Indonesian number format on the axis.
 */
import { chartData, chartSvg, formatNumber, niceTicks } from '../../playground/charts';

const ranges = [
  [
    ['Bulan', 'Proposal diterima'],
    ['Januari 2026', 3],
    ['<b>Feb</b>', 12],
  ],
  [['Bantuan diserahkan'], [1], [2]],
];

describe('playground charts', () => {
  it('reads categories and series from the ranges', () => {
    const d = chartData('LINE', { title: 'Tren', hAxisTitle: 'Bulan', vAxisTitle: '' }, ranges);
    expect(d.categories).toEqual(['Januari 2026', '<b>Feb</b>']);
    expect(d.series).toEqual([
      { name: 'Proposal diterima', values: [3, 12] },
      { name: 'Bantuan diserahkan', values: [1, 2] },
    ]);
  });

  it('draws a line chart with escaped labels, ticks and a legend', () => {
    const svg = chartSvg(
      chartData('LINE', { title: 'A & B', hAxisTitle: '', vAxisTitle: '' }, ranges),
    );
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain('A &#38; B');
    expect(svg).toContain('&#60;b&#62;Feb&#60;/b&#62;');
    expect(svg).not.toContain('<b>');
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    expect(svg).toContain('Bantuan diserahkan');
  });

  it('draws one bar per value for column and bar charts, slices for a pie', () => {
    const col = chartSvg(
      chartData('COLUMN', { title: 'K', hAxisTitle: '', vAxisTitle: '' }, ranges),
    );
    expect(col.match(/<title>/g)).toHaveLength(4); // one bar per value, with its tooltip
    const pie = chartSvg(
      chartData('PIE', { title: 'Alasan', hAxisTitle: '', vAxisTitle: '' }, [
        [
          ['Alasan', 'Jumlah'],
          ['Survei: tidak layak', 3],
          ['Rapat: tidak ditetapkan', 1],
        ],
      ]),
    );
    expect(pie.match(/<path /g)).toHaveLength(2);
    expect(pie).toContain('Survei: tidak layak (75%)');
    const empty = chartSvg(
      chartData('PIE', { title: 'Alasan', hAxisTitle: '', vAxisTitle: '' }, [
        [['Alasan', 'Jumlah']],
      ]),
    );
    expect(empty).toContain('Belum ada data');
  });

  it('formats numbers the Indonesian way and picks round ticks', () => {
    expect(formatNumber(15000000)).toBe('15.000.000');
    expect(formatNumber(72.25)).toBe('72,3');
    expect(niceTicks(17)).toEqual([0, 5, 10, 15, 20]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});
