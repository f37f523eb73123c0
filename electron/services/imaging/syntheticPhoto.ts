/**
 * Synthetic "inspection photos" for the demo data, benchmarks and tests: a simple drawn scene
 * (sky, a house, ground) with a caption, written as a real camera-style JPEG with EXIF
 * (DateTimeOriginal, GPS, make, model, Orientation). Made with sharp alone, so no sample photo
 * of a real person's property ships with the app.
 *
 * The red square in the picture's top-left corner marks "up": with any EXIF orientation the
 * pixels are stored turned or mirrored so that a viewer that honours the tag shows the square
 * top-left, which is how the tests prove each of the 8 orientations is handled.
 */
import sharp, { type Exif, type OutputInfo, type Sharp } from 'sharp';

export type ExifOrientation = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export interface SyntheticPhotoOptions {
  /** Size of the picture as a person sees it (after the orientation is applied). */
  readonly width: number;
  readonly height: number;
  readonly orientation?: ExifOrientation;
  /** Camera wall-clock time, `YYYY-MM-DDTHH:mm:ss` (or EXIF's `YYYY:MM:DD HH:mm:ss`). */
  readonly dateTimeOriginal?: string;
  readonly gps?: { readonly latitude: number; readonly longitude: number };
  readonly make?: string;
  readonly model?: string;
  /** Caption drawn on the picture, e.g. "Porch roof, 412 Elm St". */
  readonly label?: string;
  readonly quality?: number;
}

export const ORIENTATION_MARKER_RGB = { r: 220, g: 30, b: 30 } as const;

export async function generateSyntheticJpeg(options: SyntheticPhotoOptions): Promise<Buffer> {
  const { width, height } = options;
  if (!(Number.isInteger(width) && Number.isInteger(height) && width >= 16 && height >= 16 && width <= 10_000 && height <= 10_000)) {
    throw new RangeError(`width and height must be whole numbers from 16 to 10000 (got ${width}x${height})`);
  }
  const orientation = options.orientation ?? 1;
  let pixels = await sharp(Buffer.from(sceneSvg(width, height, options.label ?? ''))).raw().toBuffer({ resolveWithObject: true });
  // Stored pixels = the upright picture with the inverse of what EXIF Orientation tells a viewer
  // to do. Rotation and mirroring run as separate passes because the order matters (transpose =
  // rotate then mirror) and sharp applies flip/flop *before* rotate within one pipeline.
  const { rotate, mirror } = STORE_STEPS[orientation];
  if (rotate) pixels = await fromRaw(pixels).rotate(rotate).raw().toBuffer({ resolveWithObject: true });
  if (mirror) pixels = await fromRaw(pixels)[mirror]().raw().toBuffer({ resolveWithObject: true });
  return fromRaw(pixels)
    .withExif(exifTags(options))
    .withMetadata({ orientation })
    .jpeg({ quality: options.quality ?? 85 })
    .toBuffer();
}

/** Clockwise rotation, then mirroring (flop = left-right, flip = top-bottom). */
const STORE_STEPS: Record<ExifOrientation, { rotate?: 90 | 180 | 270; mirror?: 'flip' | 'flop' }> = {
  1: {},
  2: { mirror: 'flop' }, // a viewer mirrors left-right
  3: { rotate: 180 },
  4: { mirror: 'flip' }, // a viewer mirrors top-bottom
  5: { rotate: 90, mirror: 'flop' }, // transpose, its own inverse
  6: { rotate: 270 }, // a viewer turns it 90° clockwise
  7: { rotate: 90, mirror: 'flip' }, // transverse, its own inverse
  8: { rotate: 90 }, // a viewer turns it 90° counter-clockwise
};

function fromRaw(pixels: { data: Buffer; info: OutputInfo }): Sharp {
  const { width, height, channels } = pixels.info;
  return sharp(pixels.data, { raw: { width, height, channels } });
}

function exifTags(options: SyntheticPhotoOptions): Exif {
  const ifd0: Record<string, string> = { Software: 'CaseReady synthetic photo' };
  if (options.make) ifd0.Make = options.make;
  if (options.model) ifd0.Model = options.model;
  const exif: Record<string, string> = {};
  if (options.dateTimeOriginal) exif.DateTimeOriginal = toExifDateTime(options.dateTimeOriginal);
  const gps: Record<string, string> = {};
  if (options.gps) {
    const { latitude, longitude } = options.gps;
    if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) throw new RangeError(`GPS position out of range: ${latitude}, ${longitude}`);
    gps.GPSLatitudeRef = latitude < 0 ? 'S' : 'N';
    gps.GPSLatitude = toDmsRational(latitude);
    gps.GPSLongitudeRef = longitude < 0 ? 'W' : 'E';
    gps.GPSLongitude = toDmsRational(longitude);
  }
  // libvips numbering: IFD0 = main image, IFD2 = Exif sub-IFD, IFD3 = GPS.
  return { IFD0: ifd0, IFD2: exif, IFD3: gps };
}

function toExifDateTime(value: string): string {
  const match = /^(\d{4})[-:](\d{2})[-:](\d{2})[T ](\d{2}):(\d{2}):(\d{2})$/.exec(value);
  if (!match) throw new RangeError(`dateTimeOriginal must look like 2024-05-01T10:11:12 (got "${value}")`);
  return `${match[1]}:${match[2]}:${match[3]} ${match[4]}:${match[5]}:${match[6]}`;
}

/** Decimal degrees -> EXIF "deg/1 min/1 sec/10000" rationals (magnitude; the sign goes in the Ref). */
function toDmsRational(decimal: number): string {
  const tenThousandthsOfSecond = Math.round(Math.abs(decimal) * 3600 * 10_000);
  const degrees = Math.floor(tenThousandthsOfSecond / (3600 * 10_000));
  const minutes = Math.floor((tenThousandthsOfSecond % (3600 * 10_000)) / (60 * 10_000));
  const seconds = tenThousandthsOfSecond % (60 * 10_000);
  return `${degrees}/1 ${minutes}/1 ${seconds}/10000`;
}

function sceneSvg(width: number, height: number, label: string): string {
  // Colours vary with the label so a page of demo thumbnails is easy to tell apart.
  let seed = 0;
  for (const ch of label) seed = (seed * 31 + ch.codePointAt(0)!) >>> 0;
  const hue = seed % 360;
  const u = Math.min(width, height) / 100; // one "unit" of the drawing
  const groundY = height * 0.72;
  const houseW = width * 0.42;
  const houseH = height * 0.34;
  const houseX = (width - houseW) / 2;
  const houseY = groundY - houseH;
  const marker = Math.max(8, Math.round(u * 9));
  const fontSize = Math.max(10, Math.round(u * 6));
  const caption = label.trim()
    ? `<rect x="0" y="${height - fontSize * 2.2}" width="${width}" height="${fontSize * 2.2}" fill="rgba(0,0,0,0.6)"/>
       <text x="${fontSize}" y="${height - fontSize * 0.75}" font-family="DejaVu Sans, Arial, sans-serif" font-size="${fontSize}" fill="#ffffff">${escapeXml(label)}</text>`
    : '';
  const { r, g, b } = ORIENTATION_MARKER_RGB;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="hsl(${(hue + 200) % 360},55%,62%)"/><stop offset="1" stop-color="hsl(${(hue + 200) % 360},45%,85%)"/>
  </linearGradient></defs>
  <rect width="${width}" height="${height}" fill="url(#sky)"/>
  <rect y="${groundY}" width="${width}" height="${height - groundY}" fill="hsl(${(hue + 90) % 360},35%,38%)"/>
  <rect x="${houseX}" y="${houseY}" width="${houseW}" height="${houseH}" fill="hsl(${hue},40%,60%)" stroke="#3a3a3a" stroke-width="${u * 0.6}"/>
  <polygon points="${houseX - u * 3},${houseY} ${width / 2},${houseY - houseH * 0.55} ${houseX + houseW + u * 3},${houseY}" fill="hsl(${(hue + 20) % 360},30%,30%)"/>
  <rect x="${width / 2 - houseW * 0.1}" y="${groundY - houseH * 0.55}" width="${houseW * 0.2}" height="${houseH * 0.55}" fill="#5b3a1e"/>
  <rect x="${houseX + houseW * 0.1}" y="${houseY + houseH * 0.2}" width="${houseW * 0.2}" height="${houseH * 0.25}" fill="#dfe8f0" stroke="#3a3a3a"/>
  <rect x="${houseX + houseW * 0.7}" y="${houseY + houseH * 0.2}" width="${houseW * 0.2}" height="${houseH * 0.25}" fill="#dfe8f0" stroke="#3a3a3a"/>
  <rect x="0" y="0" width="${marker}" height="${marker}" fill="rgb(${r},${g},${b})"/>
  ${caption}
</svg>`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}
