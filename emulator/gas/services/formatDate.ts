/**
 * `Utilities.formatDate(date, timeZone, pattern)`: Java `SimpleDateFormat` patterns in a given
 * time zone, English names, computed with `Intl` so it runs in any realm. Letters: G y M d E u
 * D H k K h m s S a z Z X and quoted text; any other letter throws like Java.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Fields {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number; // 0-23
  minute: number;
  second: number;
  ms: number;
  weekday: number; // 0 = Sunday
  offsetMin: number;
}

const formatters: Record<string, Intl.DateTimeFormat> = {};

/** `GMT+7`, `GMT+07:00`, `UTC` → fixed offset minutes; null for a zone id. */
function fixedOffset(tz: string): number | null {
  if (tz === 'UTC' || tz === 'GMT') return 0;
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(tz);
  if (!m) return null;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

function fieldsIn(date: Date, tz: string): Fields {
  const t = date.getTime();
  let offsetMin = fixedOffset(tz);
  if (offsetMin === null) {
    let f = formatters[tz];
    if (!f) {
      try {
        f = new Intl.DateTimeFormat('en-US', {
          timeZone: tz,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
          second: 'numeric',
        });
      } catch {
        return fieldsIn(date, 'GMT'); // Java falls back to GMT for an unknown zone id
      }
      formatters[tz] = f;
    }
    const p: Record<string, number> = {};
    for (const part of f.formatToParts(date)) p[part.type] = Number(part.value);
    const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    offsetMin = Math.round((asUtc - (t - (((t % 1000) + 1000) % 1000))) / 60000);
  }
  const local = new Date(t + offsetMin * 60000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    ms: local.getUTCMilliseconds(),
    weekday: local.getUTCDay(),
    offsetMin,
  };
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

function offset(min: number, sep: string): string {
  const sign = min < 0 ? '-' : '+';
  const a = Math.abs(min);
  return `${sign}${pad(Math.floor(a / 60), 2)}${sep}${pad(a % 60, 2)}`;
}

function dayOfYear(f: Fields): number {
  return Math.round((Date.UTC(f.year, f.month - 1, f.day) - Date.UTC(f.year, 0, 1)) / 86400000) + 1;
}

function field(letter: string, n: number, f: Fields): string {
  switch (letter) {
    case 'G':
      return f.year > 0 ? 'AD' : 'BC';
    case 'y':
      return n === 2 ? pad(f.year % 100, 2) : pad(f.year, n);
    case 'M':
      if (n >= 4) return MONTHS[f.month - 1];
      if (n === 3) return MONTHS[f.month - 1].slice(0, 3);
      return pad(f.month, n);
    case 'd':
      return pad(f.day, n);
    case 'E':
      return n >= 4 ? DAYS[f.weekday] : DAYS[f.weekday].slice(0, 3);
    case 'u':
      return pad(f.weekday === 0 ? 7 : f.weekday, n);
    case 'D':
      return pad(dayOfYear(f), n);
    case 'H':
      return pad(f.hour, n);
    case 'k':
      return pad(f.hour === 0 ? 24 : f.hour, n);
    case 'K':
      return pad(f.hour % 12, n);
    case 'h':
      return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, n);
    case 'm':
      return pad(f.minute, n);
    case 's':
      return pad(f.second, n);
    case 'S':
      return pad(f.ms, n);
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'z':
      return `GMT${offset(f.offsetMin, ':')}`;
    case 'Z':
      return offset(f.offsetMin, '');
    case 'X':
      if (f.offsetMin === 0) return 'Z';
      if (n === 1) return offset(f.offsetMin, '').slice(0, 3);
      return offset(f.offsetMin, n >= 3 ? ':' : '');
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

/** Formats `date` in `timeZone` with a SimpleDateFormat `pattern`. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const f = fieldsIn(date, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      for (;;) {
        if (j >= pattern.length) throw new Error('Unterminated quote');
        if (pattern[j] === "'" && pattern[j + 1] === "'") {
          out += "'";
          j += 2;
        } else if (pattern[j] === "'") {
          break;
        } else {
          out += pattern[j++];
        }
      }
      i = j + 1;
    } else if (/[A-Za-z]/.test(c)) {
      let n = 1;
      while (pattern[i + n] === c) n++;
      out += field(c, n, f);
      i += n;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
