/**
 * What kind of file is this, judged by its first bytes ("magic numbers") and never by its
 * name: phones, email and file shares rename files, and a `.jpg` that is really a PDF or a PNG
 * screenshot must be refused with a message that says what it actually is.
 */

export type PhotoMediaType = 'image/jpeg' | 'image/heic';

/**
 * HEIF brands whose image items are HEVC-coded or generic HEIF (the file-type box lists them).
 * heic/heix: HEVC still image (8-bit / 10-bit); hevc/hevx: HEVC image sequence; mif1/msf1:
 * generic HEIF image / sequence; heim/heis: HEVC multi-layer / scalable.
 */
export const HEIF_BRANDS: ReadonlySet<string> = new Set(['heic', 'heix', 'hevc', 'hevx', 'mif1', 'msf1', 'heim', 'heis']);
/** Brands that mean "HEVC-coded", i.e. something the HEIC decoder can actually decode. */
const HEVC_BRANDS: ReadonlySet<string> = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis']);
/** AV1-coded HEIF (AVIF) also declares `mif1`; it is a different codec and not a phone photo we accept. */
const AVIF_BRANDS: ReadonlySet<string> = new Set(['avif', 'avis']);

/** Brands of an ISO-BMFF file (HEIF, AVIF, MP4, MOV): the major one first, then compatible ones. */
export function readFtypBrands(buf: Uint8Array): string[] | null {
  if (buf.length < 12 || ascii(buf, 4, 8) !== 'ftyp') return null;
  const boxSize = readUint32BE(buf, 0);
  const end = Math.min(buf.length, boxSize >= 16 ? boxSize : 16);
  const brands = [ascii(buf, 8, 12)];
  // Bytes 12..16 are the minor version; compatible brands follow, four bytes each.
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(buf, at, at + 4));
  return brands;
}

export function detectImageType(buf: Uint8Array): PhotoMediaType | null {
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'image/jpeg';
  const brands = readFtypBrands(buf);
  if (!brands) return null;
  // AVIF is AV1-coded HEIF: it declares `mif1` too, but it is not a phone photo we accept.
  if (brands.some((b) => AVIF_BRANDS.has(b)) && !brands.some((b) => HEVC_BRANDS.has(b))) return null;
  if (HEIF_BRANDS.has(brands[0]!)) return 'image/heic';
  // Some writers put a vendor brand first and list HEIC among the compatible ones.
  return brands.some((b) => HEVC_BRANDS.has(b)) ? 'image/heic' : null;
}

/**
 * For a file that is not a JPEG or HEIC photo, a short description of what it seems to be
 * ("a PDF document"), or null when the bytes are not recognisable.
 */
export function describeFileKind(buf: Uint8Array): string | null {
  const startsWith = (...bytes: number[]): boolean => bytes.every((b, i) => buf[i] === b);
  if (startsWith(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'a PDF document';
  if (startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'a PNG image, such as a screenshot';
  if (startsWith(0x47, 0x49, 0x46, 0x38)) return 'a GIF image';
  if (startsWith(0x50, 0x4b, 0x03, 0x04) || startsWith(0x50, 0x4b, 0x05, 0x06)) return 'a ZIP archive or an Office document';
  if (startsWith(0x52, 0x49, 0x46, 0x46) && ascii(buf, 8, 12) === 'WEBP') return 'a WebP image';
  if (startsWith(0x49, 0x49, 0x2a, 0x00) || startsWith(0x4d, 0x4d, 0x00, 0x2a)) return 'a TIFF image or a camera RAW file';
  if (startsWith(0x42, 0x4d) && buf.length >= 26 && readUint32LE(buf, 2) === buf.length) return 'a BMP image';
  const brands = readFtypBrands(buf);
  if (brands) {
    if (brands.some((b) => AVIF_BRANDS.has(b))) return 'an AVIF image';
    if (brands.some((b) => ['isom', 'iso2', 'mp41', 'mp42', 'qt  ', 'M4V ', 'avc1', '3gp4', '3gp5'].includes(b))) return 'a video';
  }
  if (looksLikeText(buf)) return 'a text file';
  return null;
}

/** Printable UTF-8 text (with tabs and newlines) in the first 1 KiB, and no NUL bytes. */
function looksLikeText(buf: Uint8Array): boolean {
  if (buf.length === 0) return false;
  const sample = buf.subarray(0, 1024);
  if (sample.includes(0)) return false;
  let text: string;
  try {
    // A multi-byte character cut at the 1 KiB boundary is fine, so only decode whole ones.
    text = new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
  } catch {
    return false;
  }
  let control = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x20 && ch !== '\n' && ch !== '\r' && ch !== '\t' && ch !== '\f') control += 1;
  }
  return control === 0;
}

function ascii(buf: Uint8Array, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end && i < buf.length; i += 1) out += String.fromCharCode(buf[i]!);
  return out;
}

function readUint32BE(buf: Uint8Array, at: number): number {
  return ((buf[at]! << 24) >>> 0) + (buf[at + 1]! << 16) + (buf[at + 2]! << 8) + buf[at + 3]!;
}

function readUint32LE(buf: Uint8Array, at: number): number {
  return buf[at]! + (buf[at + 1]! << 8) + (buf[at + 2]! << 16) + ((buf[at + 3]! << 24) >>> 0);
}
