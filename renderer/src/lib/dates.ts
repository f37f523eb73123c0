/**
 * Calendar dates travel as `YYYY-MM-DD` and are shown that way too: it is unambiguous for
 * inspectors and solicitors alike. These helpers work in the person's local calendar, because
 * "today" for a case opened at 11 pm must not be tomorrow's UTC date.
 */
const pad = (n: number): string => String(n).padStart(2, '0');

export function localIsoDate(when: Date): string {
  return `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
}

export function addDaysToIsoDate(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return localIsoDate(new Date(y, m - 1, d + days));
}

/**
 * EXIF DateTimeOriginal is camera-local wall time with no zone. Cores may hand it over as
 * `2008:10:22 16:29:49` (raw EXIF) or `2008-10-22T16:29:49`; either way we show the wall time
 * as written, never converted through a time zone. Returns null when it is not a date at all.
 */
export function formatCameraTime(takenAt: string): string | null {
  const match = /^(\d{4})[-:](\d{2})[-:](\d{2})[T ](\d{2}):(\d{2})/.exec(takenAt.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi] = match;
  return `${y}-${mo}-${d} ${h}:${mi}`;
}

/** An instant (ISO timestamp) shown in the person's local time, minutes precision. */
export function formatInstant(iso: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  return `${localIsoDate(when)} ${pad(when.getHours())}:${pad(when.getMinutes())}`;
}
