/**
 * A CSV reader for the files offices export: a UTF-8 byte-order mark is dropped, the separator
 * is found on the header line (`;` as Excel writes it with Indonesian regional settings, `,`
 * or tab), fields may be quoted ("" inside quotes is one quote, quoted fields may hold
 * separators and line breaks), and lines end in CRLF or LF. Also the writer of the reports.
 */

/** The separator used on the first line, outside quotes: `;`, `,` or tab. */
export function detectSeparator(text: string): string {
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch] += 1;
  }
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return best[1] > 0 ? best[0] : ',';
}

/** Rows of fields; each row also carries the line it started on (1-based). */
export function parseCsv(input: string): Array<{ line: number; cells: string[] }> {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = detectSeparator(text);
  const rows: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let fieldStarted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (ch === sep) {
      cells.push(field);
      field = '';
      fieldStarted = false;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(field);
      rows.push({ line: rowLine, cells });
      cells = [];
      field = '';
      fieldStarted = false;
      line++;
      rowLine = line;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (fieldStarted || field !== '' || cells.length > 0) {
    cells.push(field);
    rows.push({ line: rowLine, cells });
  }
  return rows;
}

function quote(value: string, sep: string): string {
  return /["\r\n]/.test(value) || value.includes(sep) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV text (with a BOM, so Excel reads UTF-8) of `rows`, `;`-separated by default. */
export function toCsv(rows: readonly (readonly unknown[])[], sep = ';'): string {
  const body = rows
    .map((r) => r.map((v) => quote(v === null || v === undefined ? '' : String(v), sep)).join(sep))
    .join('\r\n');
  return `\ufeff${body}\r\n`;
}
