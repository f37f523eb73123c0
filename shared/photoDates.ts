/**
 * Is a photo's camera date believable? A photo's EXIF DateTimeOriginal is what the camera's clock
 * said, and a hearing officer reads it as "when the condition was photographed". A 2008 camera
 * date on a 2026 case (an old stock photo, a camera whose clock was never set, a file reused from
 * another case) must not be passed off as evidence of today's condition, so the date is flagged
 * and the checklist's "dated photo" item counts the photo only once someone records why the date
 * is what it is. Pure: every consumer (the case page, the checklist, the notice) gets the flag
 * from this one function, so they cannot disagree.
 */
// One file per function, not the barrel: this module is on every CLI start (see calendarDate.ts).
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { differenceInMonths } from 'date-fns/differenceInMonths';
import { differenceInYears } from 'date-fns/differenceInYears';
import { parseISO } from 'date-fns/parseISO';

/**
 * How long before the case was opened a camera date may be. A complaint often follows weeks or
 * months of photos a neighbour or an earlier inspection took, so a few months is normal; half a
 * year covers a season's history (the overgrown lot photographed last summer) while a date years
 * back is a wrong clock or a wrong photo. A named constant, not a pack setting: it is a
 * plausibility check on the evidence, not a rule of the jurisdiction's law.
 */
export const CAMERA_DATE_DAYS_BEFORE_CASE = 180;

/**
 * How far past the day of import a camera date may be. The camera's clock runs in its own zone and
 * the import day is UTC, so a photo taken in the evening (UTC-12) or imported just after midnight
 * can carry the next day's date; beyond one day the camera's clock is simply wrong.
 */
export const CAMERA_DATE_DAYS_AFTER_IMPORT = 1;

/** Longest explanation a person may record: it is printed under the photo on the notice. */
export const MAX_CAMERA_DATE_EXPLANATION = 300;

/** Why a photo's camera date is questionable, and the explanation recorded for it (latest wins). */
export interface CameraDateFlag {
  /** "camera date 2008-05-01 is 18 years before the case was opened on 2026-11-30" */
  readonly reason: string;
  readonly explanation: string | null;
}

/**
 * The calendar day of a camera date as stored ("2026-10-03T14:22:05", or the raw EXIF form
 * "2026:10:03 14:22:05", or a bare date), or null when it is not a real date.
 */
export function cameraDay(raw: string): string | null {
  const m = CAMERA_DATE.exec(raw.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null; // 2026-02-30, 0000-00-00
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

const CAMERA_DATE = /^(\d{4})[-:](\d{2})[-:](\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

// Plain arithmetic, no date objects: the dashboard flags every photo of 10,000 cases at once.
function daysInMonth(y: number, mo: number): number {
  if (mo === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a YYYY-MM-DD day. */
function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;
}

/** "18 years", "7 months", "12 days": the whole distance between two days, in the largest unit. */
export function distanceInWords(earlier: string, later: string): string {
  const a = parseISO(earlier);
  const b = parseISO(later);
  const years = differenceInYears(b, a);
  if (years >= 1) return count(years, 'year');
  const months = differenceInMonths(b, a);
  if (months >= 1) return count(months, 'month');
  return count(differenceInCalendarDays(b, a), 'day');
}

const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/**
 * Why the camera date `takenAt` cannot be trusted on a case opened on `openedOn` (YYYY-MM-DD) for
 * a photo imported at `addedAt` (ISO timestamp, UTC), or null when it is plausible. A photo with
 * no camera date at all is not flagged here: it is simply undated.
 */
export function cameraDateProblem(takenAt: string | null, openedOn: string, addedAt: string): string | null {
  if (takenAt === null) return null;
  const day = cameraDay(takenAt);
  if (day === null) return `camera date "${takenAt.trim().slice(0, 40)}" cannot be read as a date`;
  if (dayNumber(day) < dayNumber(openedOn) - CAMERA_DATE_DAYS_BEFORE_CASE) return `camera date ${day} is ${distanceInWords(day, openedOn)} before the case was opened on ${openedOn}`;
  const importedOn = addedAt.slice(0, 10);
  if (dayNumber(day) > dayNumber(importedOn) + CAMERA_DATE_DAYS_AFTER_IMPORT) {
    return `camera date ${day} is ${distanceInWords(importedOn, day)} after the photo was imported on ${importedOn}, so the camera's clock was wrong`;
  }
  return null;
}

/** The flag every consumer shows: null for a plausible (or absent) camera date. */
export function cameraDateFlag(
  photo: { readonly takenAt: string | null; readonly addedAt: string },
  openedOn: string,
  explanation: string | null,
): CameraDateFlag | null {
  const reason = cameraDateProblem(photo.takenAt, openedOn, photo.addedAt);
  return reason === null ? null : { reason, explanation };
}
