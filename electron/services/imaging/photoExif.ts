/**
 * Reads the EXIF facts a hearing cares about (when, where, which camera, orientation) from a
 * JPEG or HEIC photo. EXIF is a cross-check against the inspector's own record, never a reason
 * to refuse a photo: damaged or odd EXIF gives null fields and a readable `exifWarning`, and the
 * photo is still accepted.
 */
import exifr from 'exifr';
import type { PhotoExif } from '../../../shared/domain';
import type { PhotoMediaType } from './detectImageType';
import { extractHeifExifTiff } from './heifExif';

const WANTED_TAGS = ['Make', 'Model', 'Orientation', 'DateTimeOriginal', 'GPSLatitude', 'GPSLatitudeRef', 'GPSLongitude', 'GPSLongitudeRef'];

const NO_OTHER_BLOCKS = { xmp: false, icc: false, iptc: false, jfif: false, ihdr: false, ifd1: false, interop: false, makerNote: false, userComment: false };

const EXIFR_OPTIONS = {
  // Only the tags we use: quicker, and damage in tags we ignore (maker notes) cannot hide these.
  pick: WANTED_TAGS,
  ...NO_OTHER_BLOCKS,
  // Keep DateTimeOriginal as the camera wrote it ("2008:10:22 16:28:39"). Revived, exifr builds
  // a JS Date in *this computer's* time zone, which would shift the wall-clock time the camera
  // recorded whenever the two zones differ.
  reviveValues: false,
  // Orientation as the number 1-8, not a phrase like "Rotate 90 CW".
  translateValues: false,
  mergeOutput: true,
  silentErrors: true,
};

/** Everything in the TIFF/EXIF/GPS blocks: only used to tell "damaged" from "no wanted tags". */
const EXIFR_ALL_TAGS_OPTIONS = { ...NO_OTHER_BLOCKS, reviveValues: false, silentErrors: true };

export const EMPTY_EXIF: PhotoExif = {
  takenAt: null,
  gpsLatitude: null,
  gpsLongitude: null,
  make: null,
  model: null,
  orientation: null,
  exifWarning: null,
};

export const DAMAGED_EXIF_WARNING =
  "The photo's EXIF data (date taken, GPS position, camera) is damaged and could not be read, so it cannot be " +
  'cross-checked against the inspection record. The photo itself was accepted and stored unchanged.';

type RawExif = Record<string, unknown> & { errors?: unknown[] };

export async function readPhotoExif(bytes: Buffer, mediaType: PhotoMediaType): Promise<PhotoExif> {
  // For HEIC, find the EXIF item ourselves and give exifr just its TIFF block (see heifExif.ts).
  let source: Uint8Array;
  if (mediaType === 'image/heic') {
    let tiff: Uint8Array | null;
    try {
      tiff = extractHeifExifTiff(bytes);
    } catch {
      return { ...EMPTY_EXIF, exifWarning: DAMAGED_EXIF_WARNING };
    }
    if (tiff === null) return EMPTY_EXIF; // no EXIF item at all
    source = tiff;
  } else {
    source = bytes;
  }

  let raw: RawExif | undefined;
  try {
    raw = (await exifr.parse(source, EXIFR_OPTIONS)) as RawExif | undefined;
  } catch {
    return { ...EMPTY_EXIF, exifWarning: DAMAGED_EXIF_WARNING };
  }
  if (raw?.errors?.length) return { ...EMPTY_EXIF, exifWarning: DAMAGED_EXIF_WARNING };
  if (raw === undefined) {
    // No wanted tag found. Fine if the photo has no EXIF or EXIF without these tags (editors and
    // messaging apps strip them); a warning if an EXIF block is there but cannot be parsed at all.
    const hasExifBlock = mediaType === 'image/heic' || hasJpegExifSegment(bytes);
    return hasExifBlock && !(await exifIsReadable(source)) ? { ...EMPTY_EXIF, exifWarning: DAMAGED_EXIF_WARNING } : EMPTY_EXIF;
  }

  const warnings: string[] = [];
  const takenAt = parseExifDateTime(raw.DateTimeOriginal);
  if (takenAt === 'invalid') {
    warnings.push(`The date taken in the photo's EXIF ("${printable(raw.DateTimeOriginal)}") is not a valid date, so it was ignored.`);
  }
  const position = parseGpsPosition(raw);
  if (position === 'invalid') warnings.push("The GPS position in the photo's EXIF is incomplete or out of range, so it was ignored.");
  return {
    takenAt: takenAt === 'invalid' ? null : takenAt,
    gpsLatitude: position === 'invalid' || position === null ? null : position.latitude,
    gpsLongitude: position === 'invalid' || position === null ? null : position.longitude,
    make: cleanText(raw.Make),
    model: cleanText(raw.Model),
    orientation: typeof raw.Orientation === 'number' && Number.isInteger(raw.Orientation) && raw.Orientation >= 1 && raw.Orientation <= 8 ? raw.Orientation : null,
    exifWarning: warnings.length ? warnings.join(' ') : null,
  };
}

/**
 * EXIF "YYYY:MM:DD HH:MM:SS" (camera local time, no zone) -> "YYYY-MM-DDTHH:mm:ss", done on the
 * string so no time zone can creep in. Null when absent or blanked ("0000:00:00 00:00:00" or
 * spaces, written by cameras whose clock was never set); 'invalid' for anything else unparseable.
 */
export function parseExifDateTime(value: unknown): string | null | 'invalid' {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return 'invalid';
  const text = value.replace(/\0/g, '').trim();
  if (text === '' || /^[0\s:.\-T]*$/.test(text)) return null;
  const match = /^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(text);
  if (!match) return 'invalid';
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate(); // day 0 of the next month
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth || h > 23 || mi > 59 || s > 59) return 'invalid';
  return `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}`;
}

function parseGpsPosition(raw: RawExif): { latitude: number; longitude: number } | null | 'invalid' {
  if (raw.GPSLatitude === undefined && raw.GPSLongitude === undefined) return null;
  const latitude = signedDegrees(raw.GPSLatitude, raw.GPSLatitudeRef, 'N', 'S');
  const longitude = signedDegrees(raw.GPSLongitude, raw.GPSLongitudeRef, 'E', 'W');
  if (latitude === null || longitude === null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return 'invalid';
  // Exactly 0,0 is what many phones write when they had no GPS fix, not a place in the ocean.
  if (latitude === 0 && longitude === 0) return null;
  // Seven decimals is about 1 cm: drops floating-point noise such as 11.885126666663888.
  return { latitude: round7(latitude), longitude: round7(longitude) };
}

/** [degrees, minutes, seconds] (or plain decimal degrees) with its N/S or E/W reference. */
function signedDegrees(value: unknown, ref: unknown, positive: string, negative: string): number | null {
  const parts = typeof value === 'number' ? [value] : Array.isArray(value) ? value : null;
  if (!parts || parts.length === 0 || parts.length > 3 || !parts.every((p) => typeof p === 'number' && Number.isFinite(p) && p >= 0)) return null;
  const [deg = 0, min = 0, sec = 0] = parts as number[];
  if (min >= 60 || sec >= 60) return null;
  const direction = typeof ref === 'string' ? ref.replace(/\0/g, '').trim().toUpperCase() : '';
  // Without its reference the sign (north or south, east or west) is unknown: refuse to guess.
  if (direction !== positive && direction !== negative) return null;
  const magnitude = deg + min / 60 + sec / 3600;
  return direction === negative ? -magnitude : magnitude;
}

function round7(value: number): number {
  return Math.round(value * 1e7) / 1e7 || 0; // `|| 0` turns -0 into 0
}

function cleanText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // eslint-disable-next-line no-control-regex -- camera strings are NUL-padded
  const text = value.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 100);
  return text === '' ? null : text;
}

function printable(value: unknown): string {
  // eslint-disable-next-line no-control-regex -- shown to a person inside quotes
  return String(value).replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 40);
}

/** True when the JPEG carries an APP1 segment that starts with the EXIF signature. */
export function hasJpegExifSegment(bytes: Uint8Array): boolean {
  let at = 2; // after SOI
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    if (marker === 0xda || marker === 0xd9) return false; // image data starts: no more metadata
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (marker === 0xe1 && Buffer.from(bytes.subarray(at + 4, at + 10)).toString('latin1') === 'Exif\0\0') return true;
    at += 2 + length;
  }
  return false;
}

/** Whether exifr can read *any* tag from the EXIF block, without errors. */
async function exifIsReadable(bytes: Uint8Array): Promise<boolean> {
  try {
    const all = (await exifr.parse(bytes, EXIFR_ALL_TAGS_OPTIONS)) as RawExif | undefined;
    return all !== undefined && !all.errors?.length && Object.keys(all).length > 0;
  } catch {
    return false;
  }
}
