/**
 * Small conversions between input files, the register's values and the Sheets API: dates
 * from the forms offices use, date cells as serial numbers (days since 1899-12-30 in the
 * spreadsheet's time zone, what the API stores under a date format), A1 ranges with quoted tab
 * names, and the sign of a number Excel has mangled (`3.52005E+15`).
 */

const DAY_MS = 86_400_000;
const SERIAL_EPOCH = 25_569; // 1970-01-01

/** The offset of `timeZone` from UTC at `ms`, in ms. */
function offsetOf(timeZone: string, ms: number): number {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(ms))) p[part.type] = Number(part.value);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - (ms - (ms % 1000));
}

/** The serial number of an ISO date (`YYYY-MM-DD`): whole days. */
export function dateSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS + SERIAL_EPOCH;
}

/** The serial number of an instant, as the spreadsheet's clock shows it. */
export function instantSerial(ms: number, timeZone = 'Asia/Jakarta'): number {
  return (ms + offsetOf(timeZone, ms)) / DAY_MS + SERIAL_EPOCH;
}

/** The ISO date of a serial number (its whole days). */
export function isoOfSerial(serial: number): string {
  return new Date(Math.round((Math.floor(serial) - SERIAL_EPOCH) * DAY_MS))
    .toISOString()
    .slice(0, 10);
}

function validIso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200) return null;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `YYYY-MM-DD`, `DD/MM/YYYY`, `DD-MM-YYYY` or an Excel serial (XLSX date cells) → ISO, or null. */
export function parseInputDate(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return validIso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return validIso(Number(m[3]), Number(m[2]), Number(m[1]));
  if (/^\d{4,5}(\.\d+)?$/.test(t)) {
    const n = Number(t);
    if (n > 1 && n < 110_000) return isoOfSerial(n);
  }
  return null;
}

/** True when `text` is a number Excel wrote in scientific notation (`3.52005E+15`). */
export function isExcelMangled(text: string): boolean {
  return /^\d+(?:[.,]\d+)?E\+?\d+$/i.test(text.trim());
}

/** A tab name as it goes in an A1 range. */
export function quoteTab(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function columnLetter(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26))
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** `'Tab'!A2:E100`. */
export function a1(tab: string, row: number, col: number, endRow: number, endCol: number): string {
  return `${quoteTab(tab)}!${columnLetter(col)}${row}:${columnLetter(endCol)}${endRow}`;
}
