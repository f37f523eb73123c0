/**
 * A JPEG's pixel size, read from its frame header (SOFn) without decoding it: Word needs the
 * display size up front, and the renderer must not depend on sharp (the PDF path does not either).
 */
import { AppError } from '../../../../../shared/errors';

export interface PixelSize {
  readonly width: number;
  readonly height: number;
}

/** SOF0..SOF15 carry the frame size; C4 (DHT), C8 (JPG extension) and CC (DAC) share the range but do not. */
const isFrameHeader = (marker: number): boolean => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
/** Markers with no length field after them: TEM and the restart markers. */
const isStandalone = (marker: number): boolean => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

/** Throws CORRUPT_FILE naming `what` when the bytes are not a JPEG with a readable frame size. */
export function jpegSize(bytes: Buffer, what: string): PixelSize {
  const fail = (why: string): never => {
    throw new AppError('CORRUPT_FILE', `${what} cannot be placed in the Word document: ${why}. Re-import the photo, then issue the document again.`);
  };
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) fail('it is not a JPEG');
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) fail(`its JPEG structure is damaged at byte ${at}`);
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte before a marker
      continue;
    }
    if (isStandalone(marker)) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) break; // end of image / start of scan before any frame header
    const length = bytes.readUInt16BE(at + 2);
    if (length < 2) fail(`its JPEG structure is damaged at byte ${at}`);
    if (isFrameHeader(marker)) {
      if (at + 9 > bytes.length) break;
      const height = bytes.readUInt16BE(at + 5);
      const width = bytes.readUInt16BE(at + 7);
      if (width === 0 || height === 0) fail('its JPEG frame header gives no size');
      return { width, height };
    }
    at += 2 + length;
  }
  return fail('it is truncated or has no JPEG frame header');
}
