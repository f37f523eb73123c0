/**
 * Photo intake analysis: checks that the bytes really are a JPEG or HEIC photo, reads its EXIF,
 * and makes the two derived images the app shows: a display JPEG (upright, at most 2000 px on
 * the long side) and a thumbnail. The original bytes are never changed; the caller stores them
 * in the vault as they arrived and records the derived images' hashes next to the original's.
 *
 * Derived JPEGs carry no metadata: the pixels are physically rotated upright and the EXIF
 * Orientation tag (with GPS and everything else) is dropped, so every viewer shows them the same
 * way and a shared display copy cannot leak a location. The facts live in `exif` instead.
 */
import sharp, { type OutputInfo, type Sharp, type SharpOptions } from 'sharp';
import type { PhotoExif } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { describeFileKind, detectImageType, type PhotoMediaType } from './detectImageType';
import { decodeHeic, HeicDecodeError } from './heic';
import { readPhotoExif } from './photoExif';
import { sanitizeFileName } from './sanitizeFileName';

export const DISPLAY_MAX_SIDE = 2000;
export const THUMB_MAX_SIDE = 320;
const DISPLAY_QUALITY = 85;
const THUMB_QUALITY = 75;

export interface AnalyzedPhoto {
  readonly mediaType: PhotoMediaType;
  readonly exif: PhotoExif;
  /** JPEG, upright, long side at most DISPLAY_MAX_SIDE, no metadata. */
  readonly display: Buffer;
  /** JPEG, upright, long side at most THUMB_MAX_SIDE, no metadata. */
  readonly thumb: Buffer;
  /** Of the display image. */
  readonly width: number;
  readonly height: number;
}

/**
 * sharp input options for untrusted JPEGs. The default 'warning' level would refuse real phone
 * photos that libjpeg merely grumbles about (e.g. "extraneous bytes before marker"); 'truncated'
 * still refuses a cut-off file, which would otherwise decode with a grey bottom part and look
 * like a real (but false) picture of the property.
 */
const JPEG_INPUT: SharpOptions = { failOn: 'truncated' };

export async function analyzePhoto(bytes: Buffer, fileName: string): Promise<AnalyzedPhoto> {
  const name = sanitizeFileName(fileName);
  if (bytes.length === 0) {
    throw new AppError(
      'UNSUPPORTED_FILE',
      `"${name}" is empty (0 bytes), so there is no photo in it. The copy from the camera or phone probably failed: copy the photo again and re-import it.`,
    );
  }
  const mediaType = detectImageType(bytes);
  if (mediaType === null) {
    const kind = describeFileKind(bytes);
    throw new AppError(
      'UNSUPPORTED_FILE',
      `"${name}" is not a photo CaseReady can read (${kind ? `it looks like ${kind}` : 'it is not a JPEG or HEIC image'}). Use a JPEG or HEIC photo.`,
    );
  }

  const exif = await readPhotoExif(bytes, mediaType);
  const upright = mediaType === 'image/jpeg' ? jpegUpright(bytes) : await heicUpright(bytes, name);

  let display: { data: Buffer; info: OutputInfo };
  try {
    display = await upright
      .resize({ width: DISPLAY_MAX_SIDE, height: DISPLAY_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: DISPLAY_QUALITY })
      .toBuffer({ resolveWithObject: true });
  } catch (err) {
    throw decodeFailure(name, mediaType, err);
  }
  // The thumbnail is made from the display image: already upright and small, so this is cheap.
  const thumb = await sharp(display.data)
    .resize({ width: THUMB_MAX_SIDE, height: THUMB_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: THUMB_QUALITY })
    .toBuffer();

  return { mediaType, exif, display: display.data, thumb, width: display.info.width, height: display.info.height };
}

/** `.rotate()` without an angle applies EXIF Orientation (all 8 values, mirrors included). */
function jpegUpright(bytes: Buffer): Sharp {
  return sharp(bytes, JPEG_INPUT).rotate();
}

async function heicUpright(bytes: Buffer, name: string): Promise<Sharp> {
  let image;
  try {
    image = await decodeHeic(bytes);
  } catch (err) {
    throw decodeFailure(name, 'image/heic', err);
  }
  // No rotate(): libheif has already applied the HEIF irot/imir transforms (see heic.ts).
  // flatten() fills any transparent pixels with white, since JPEG has no alpha channel.
  return sharp(image.data, { raw: { width: image.width, height: image.height, channels: 4 } }).flatten({ background: '#ffffff' });
}

function decodeFailure(name: string, mediaType: PhotoMediaType, err: unknown): AppError {
  const detail = err instanceof Error ? err.message : String(err);
  const kind = mediaType === 'image/jpeg' ? 'JPEG' : 'HEIC';
  if (/pixel limit/i.test(detail)) {
    return new AppError('UNSUPPORTED_FILE', `"${name}" is too large for CaseReady to open (over 268 megapixels). Use the camera's normal photo size.`, { cause: err });
  }
  const truncated = err instanceof HeicDecodeError ? err.truncated : /premature end|truncated|end of file/i.test(detail);
  return new AppError(
    'CORRUPT_FILE',
    truncated
      ? `"${name}" is damaged or incomplete (the image data ends early), so CaseReady cannot show it. ` +
          'Copy the original again from the camera or phone and re-import it.'
      : `"${name}" looks like a ${kind} photo but is damaged (its image data cannot be decoded). ` +
          'Copy the original again from the camera or phone and re-import it.',
    { cause: err },
  );
}
