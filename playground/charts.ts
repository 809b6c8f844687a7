/**
 * The embedded charts of a tab, as the playground's grid shows them: each chart's data read
 * from its ranges now (as Sheets redraws a chart from its cells), drawn as an SVG the way Sheets
 * draws the chart type (column, bar, line, area, pie; title, axis with ticks, legend), and
 * anchored at its cell. Every text in the SVG is escaped: a category is user data.
 */

export type ChartKind = 'AREA' | 'BAR' | 'COLUMN' | 'LINE' | 'PIE';

export interface ChartData {
  type: ChartKind;
  title: string;
  categories: string[];
  series: Array<{ name: string; values: number[] }>;
  hAxisTitle: string;
  vAxisTitle: string;
}

export interface ChartView extends ChartData {
  id: number;
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  svg: string;
}

const COLORS = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1', '#ff7043'];
const W = 480;
const H = 290;

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** "15.000.000" — numbers as an Indonesian reader writes them. */
export function formatNumber(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  const [int, frac] = String(Math.abs(rounded)).split('.');
  const body = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.') + (frac ? `,${frac}` : '');
  return rounded < 0 ? `-${body}` : body;
}

function short(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A "nice" axis maximum and its ticks (0 … max in 4 steps). */
export function niceTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, i) => i * step);
}

function legend(names: string[], y: number): string {
  let x = 40;
  return names
    .map((name, i) => {
      const label = short(name, 28);
      const out =
        `<rect x="${x}" y="${y - 9}" width="10" height="10" fill="${COLORS[i % COLORS.length]}"/>` +
        `<text x="${x + 14}" y="${y}" font-size="11">${esc(label)}</text>`;
      x += 24 + label.length * 6;
      return out;
    })
    .join('');
}

function pie(d: ChartData): string {
  const values = (d.series[0]?.values ?? []).map((v) => Math.max(0, v));
  const total = values.reduce((a, b) => a + b, 0);
  const cx = 140;
  const cy = 160;
  const r = 100;
  if (total === 0) {
    return `<text x="${W / 2}" y="${cy}" text-anchor="middle" font-size="12" fill="#5f6368">Belum ada data</text>`;
  }
  let angle = -Math.PI / 2;
  const parts: string[] = [];
  values.forEach((v, i) => {
    const color = COLORS[i % COLORS.length];
    const share = v / total;
    if (share >= 0.9999) {
      parts.push(`<circle cx="${cx}" cy="${cy}" r="${r}" fill="${color}"/>`);
    } else if (share > 0) {
      const end = angle + share * 2 * Math.PI;
      const [x1, y1] = [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
      const [x2, y2] = [cx + r * Math.cos(end), cy + r * Math.sin(end)];
      parts.push(
        `<path d="M${cx},${cy} L${x1.toFixed(1)},${y1.toFixed(1)} A${r},${r} 0 ${share > 0.5 ? 1 : 0} 1 ${x2.toFixed(1)},${y2.toFixed(1)} Z" fill="${color}" stroke="#fff"/>`,
      );
      angle = end;
    }
    const ly = 60 + i * 18;
    parts.push(
      `<rect x="270" y="${ly - 9}" width="10" height="10" fill="${color}"/>` +
        `<text x="286" y="${ly}" font-size="11">${esc(short(d.categories[i] ?? '', 26))} (${formatNumber((100 * v) / total)}%)</text>`,
    );
  });
  return parts.join('');
}

function axes(d: ChartData, horizontal: boolean): string {
  const all = d.series.flatMap((s) => s.values);
  const ticks = niceTicks(Math.max(0, ...all));
  const max = ticks[ticks.length - 1] || 1;
  const left = horizontal ? 120 : 60;
  const top = 40;
  const right = W - 20;
  const bottom = H - (d.series.length > 1 ? 60 : 44);
  const plotW = right - left;
  const plotH = bottom - top;
  const n = Math.max(1, d.categories.length);
  const out: string[] = [];
  // Grid lines and value ticks.
  for (const t of ticks) {
    if (horizontal) {
      const x = left + (t / max) * plotW;
      out.push(
        `<line x1="${x.toFixed(1)}" y1="${top}" x2="${x.toFixed(1)}" y2="${bottom}" stroke="#e0e0e0"/>`,
        `<text x="${x.toFixed(1)}" y="${bottom + 14}" font-size="10" text-anchor="middle" fill="#5f6368">${formatNumber(t)}</text>`,
      );
    } else {
      const y = bottom - (t / max) * plotH;
      out.push(
        `<line x1="${left}" y1="${y.toFixed(1)}" x2="${right}" y2="${y.toFixed(1)}" stroke="#e0e0e0"/>`,
        `<text x="${left - 6}" y="${(y + 3).toFixed(1)}" font-size="10" text-anchor="end" fill="#5f6368">${formatNumber(t)}</text>`,
      );
    }
  }
  const band = (horizontal ? plotH : plotW) / n;
  d.categories.forEach((c, i) => {
    const mid = (horizontal ? top : left) + band * (i + 0.5);
    out.push(
      horizontal
        ? `<text x="${left - 6}" y="${(mid + 3).toFixed(1)}" font-size="10" text-anchor="end">${esc(short(c, 18))}</text>`
        : `<text x="${mid.toFixed(1)}" y="${bottom + 14}" font-size="10" text-anchor="middle">${esc(short(c, Math.max(4, Math.floor(band / 6))))}</text>`,
    );
  });
  if (d.type === 'LINE' || d.type === 'AREA') {
    d.series.forEach((s, k) => {
      const color = COLORS[k % COLORS.length];
      const pts = s.values.map((v, i) => [
        left + band * (i + 0.5),
        bottom - (Math.max(0, v) / max) * plotH,
      ]);
      const line = pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
      if (d.type === 'AREA' && pts.length) {
        out.push(
          `<polygon points="${pts[0][0].toFixed(1)},${bottom} ${line} ${pts[pts.length - 1][0].toFixed(1)},${bottom}" fill="${color}" fill-opacity="0.3"/>`,
        );
      }
      out.push(`<polyline points="${line}" fill="none" stroke="${color}" stroke-width="2"/>`);
      for (const [x, y] of pts)
        out.push(`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="3" fill="${color}"/>`);
    });
  } else {
    const groups = Math.max(1, d.series.length);
    const barW = (band * 0.7) / groups;
    d.series.forEach((s, k) => {
      const color = COLORS[k % COLORS.length];
      s.values.forEach((v, i) => {
        const size = (Math.max(0, v) / max) * (horizontal ? plotW : plotH);
        const start = (horizontal ? top : left) + band * i + band * 0.15 + barW * k;
        out.push(
          horizontal
            ? `<rect x="${left}" y="${start.toFixed(1)}" width="${size.toFixed(1)}" height="${barW.toFixed(1)}" fill="${color}"><title>${esc(d.categories[i] ?? '')}: ${formatNumber(v)}</title></rect>`
            : `<rect x="${start.toFixed(1)}" y="${(bottom - size).toFixed(1)}" width="${barW.toFixed(1)}" height="${size.toFixed(1)}" fill="${color}"><title>${esc(d.categories[i] ?? '')}: ${formatNumber(v)}</title></rect>`,
        );
      });
    });
  }
  out.push(
    `<line x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}" stroke="#5f6368"/>`,
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${bottom}" stroke="#5f6368"/>`,
  );
  if (d.vAxisTitle)
    out.push(
      `<text x="14" y="${(top + plotH / 2).toFixed(1)}" font-size="10" fill="#5f6368" transform="rotate(-90 14 ${(top + plotH / 2).toFixed(1)})" text-anchor="middle">${esc(d.vAxisTitle)}</text>`,
    );
  if (d.hAxisTitle)
    out.push(
      `<text x="${(left + plotW / 2).toFixed(1)}" y="${bottom + 28}" font-size="10" fill="#5f6368" text-anchor="middle">${esc(d.hAxisTitle)}</text>`,
    );
  if (d.series.length > 1)
    out.push(
      legend(
        d.series.map((s) => s.name),
        H - 12,
      ),
    );
  return out.join('');
}

/** The chart drawn as an SVG document fragment. */
export function chartSvg(d: ChartData): string {
  const body =
    d.type === 'PIE'
      ? pie(d)
      : d.categories.length === 0
        ? `<text x="${W / 2}" y="${H / 2}" text-anchor="middle" font-size="12" fill="#5f6368">Belum ada data</text>`
        : axes(d, d.type === 'BAR');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(`Grafik: ${d.title}`)}" font-family="Arial, sans-serif">` +
    `<rect width="${W}" height="${H}" fill="#fff" stroke="#dadce0"/>` +
    `<text x="16" y="24" font-size="14" font-weight="bold">${esc(d.title)}</text>` +
    body +
    `</svg>`
  );
}

/**
 * The chart's data from its ranges' values (Sheets' reading with one header row): the first
 * column of the first range gives the categories, every other column a series named by its
 * header cell.
 */
export function chartData(
  type: ChartKind,
  options: { title: string; hAxisTitle: string; vAxisTitle: string },
  ranges: unknown[][][],
): ChartData {
  const [first, ...rest] = ranges;
  const rows = first ?? [];
  const categories = rows.slice(1).map((r) => String(r[0] ?? ''));
  const columns: unknown[][] = [];
  for (let c = 1; c < (rows[0]?.length ?? 0); c++) columns.push(rows.map((r) => r[c]));
  for (const range of rest) {
    for (let c = 0; c < (range[0]?.length ?? 0); c++) columns.push(range.map((r) => r[c]));
  }
  const series = columns.map((col) => ({
    name: String(col[0] ?? ''),
    values: col.slice(1, categories.length + 1).map((v) => (typeof v === 'number' ? v : 0)),
  }));
  return { type, categories, series, ...options };
}

/** The charts of a tab, read through the emulated SpreadsheetApp. */
export function chartsOf(sheet: GoogleAppsScript.Spreadsheet.Sheet): ChartView[] {
  return sheet.getCharts().map((chart) => {
    const options = chart.getOptions();
    const text = (k: string) => String(options.get(k) ?? '');
    const type = String(chart.modify().getChartType()) as ChartKind;
    const data = chartData(
      type,
      { title: text('title'), hAxisTitle: text('hAxis.title'), vAxisTitle: text('vAxis.title') },
      chart.getRanges().map((r) => r.getValues()),
    );
    const info = chart.getContainerInfo();
    return {
      ...data,
      id: Number(chart.getChartId()),
      anchorRow: info.getAnchorRow(),
      anchorColumn: info.getAnchorColumn(),
      offsetX: info.getOffsetX(),
      offsetY: info.getOffsetY(),
      svg: chartSvg(data),
    };
  });
}
