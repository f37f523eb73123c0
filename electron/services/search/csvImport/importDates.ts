/**
 * Dates as old case-management exports write them: M/D/YYYY, M/D/YY, YYYY-MM-DD, "Jan 5 2020",
 * "January 5, 2020", "5 Jan 2020", each optionally followed by a time ("12/22/11 10:25").
 * Sentinels such as 1/1/1900 or 12/30/1899 mean "no date" in those systems: they are reported as
 * missing (a warning), never imported as a real date.
 */
export type ParsedDate = { ok: true; date: string | null; sentinel: boolean } | { ok: false; message: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SENTINELS = new Set(['1900-01-01', '1899-12-30', '1899-12-31', '9999-12-31', '0001-01-01']);

function monthOf(name: string): number | undefined {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 || (name.length > 3 && !/^[a-z]+\.?$/i.test(name)) ? undefined : i + 1;
}

/**
 * A two-digit year is the century that puts it at most one year after `today`
 * ("11" → 2011, "98" → 1998 when today is in 2026).
 */
function fullYear(y: string, todayYear: number): number {
  if (y.length === 4) return Number(y);
  const n = Number(y);
  const pivot = (todayYear + 1) % 100;
  return n <= pivot ? 2000 + n : 1900 + n;
}

function iso(y: number, m: number, d: number): string | undefined {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function parseImportDate(raw: string, today: string): ParsedDate {
  const s = raw.trim().replace(/\s+/g, ' ');
  if (s === '' || /^(n\/?a|null|none|-+)$/i.test(s)) return { ok: true, date: null, sentinel: false };
  if (s.startsWith('0000-00-00') || s === '0/0/0000') return { ok: true, date: null, sentinel: true };
  const todayYear = Number(today.slice(0, 4));
  // Drop a trailing time of day: "10:25", "10:25:00", "10:25 AM", or ISO "T10:25:00Z".
  const datePart = s.replace(/(T|\s)\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(\s?[AaPp][Mm])?(Z|[+-]\d{2}:?\d{2})?$/, '');
  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  let match: RegExpMatchArray | null;
  if ((match = datePart.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/))) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = datePart.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/))) {
    [m, d, y] = [Number(match[1]), Number(match[2]), fullYear(match[3]!, todayYear)];
  } else if ((match = datePart.match(/^([A-Za-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/))) {
    [m, d, y] = [monthOf(match[1]!), Number(match[2]), Number(match[3])];
  } else if ((match = datePart.match(/^(\d{1,2}) ([A-Za-z]+\.?),? (\d{4})$/))) {
    [d, m, y] = [Number(match[1]), monthOf(match[2]!), Number(match[3])];
  }
  if (y === undefined || m === undefined || d === undefined) {
    return { ok: false, message: `"${raw}" is not a date CaseReady can read (use M/D/YYYY, YYYY-MM-DD or "Jan 5 2020")` };
  }
  const date = iso(y, m, d);
  if (!date) return { ok: false, message: `"${raw}" is not a real calendar date` };
  if (SENTINELS.has(date)) return { ok: true, date: null, sentinel: true };
  if (y < 1900 || y > 2200) return { ok: false, message: `"${raw}" is out of range (year ${y})` };
  return { ok: true, date, sentinel: false };
}
