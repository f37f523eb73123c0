import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { analyzePhoto, DISPLAY_MAX_SIDE, THUMB_MAX_SIDE, type AnalyzedPhoto } from '../../electron/services/imaging/analyzePhoto';
import { DAMAGED_EXIF_WARNING } from '../../electron/services/imaging/photoExif';
import { withExifOrientation, withIrot } from '../fixtures/heifBoxes';
import {
  generateTestJpeg,
  ORIENTATION_MARKER_RGB,
  pdfFile,
  pngFile,
  realPhoto,
  truncated,
  withScrambledExif,
  type ExifOrientation,
} from '../fixtures/makePhotos';

async function expectRefused(bytes: Buffer, name: string, code: string, pattern: RegExp): Promise<void> {
  const err = await analyzePhoto(bytes, name).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  expect((err as AppError).message).toMatch(pattern);
}

async function expectPlainJpeg(photo: AnalyzedPhoto): Promise<void> {
  for (const [image, maxSide] of [
    [photo.display, DISPLAY_MAX_SIDE],
    [photo.thumb, THUMB_MAX_SIDE],
  ] as const) {
    const meta = await sharp(image).metadata();
    expect(meta.format).toBe('jpeg');
    expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(maxSide);
    // No EXIF at all: no Orientation to apply twice, no GPS to leak from a shared copy.
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
  }
  const displayMeta = await sharp(photo.display).metadata();
  expect([displayMeta.width, displayMeta.height]).toEqual([photo.width, photo.height]);
}

/** Mean colour of a small square in the display image, to find the "up" marker. */
async function cornerColour(jpeg: Buffer, corner: 'top-left' | 'bottom-right'): Promise<{ r: number; g: number; b: number }> {
  const { width, height } = await sharp(jpeg).metadata();
  const size = 4;
  const left = corner === 'top-left' ? 1 : width - size - 1;
  const top = corner === 'top-left' ? 1 : height - size - 1;
  const { data } = await sharp(jpeg).extract({ left, top, width: size, height: size }).raw().toBuffer({ resolveWithObject: true });
  const sum = { r: 0, g: 0, b: 0 };
  for (let i = 0; i < data.length; i += 3) {
    sum.r += data[i]!;
    sum.g += data[i + 1]!;
    sum.b += data[i + 2]!;
  }
  const n = data.length / 3;
  return { r: sum.r / n, g: sum.g / n, b: sum.b / n };
}

function isMarkerRed(c: { r: number; g: number; b: number }): boolean {
  return Math.abs(c.r - ORIENTATION_MARKER_RGB.r) < 30 && c.g < 70 && c.b < 70;
}

describe('real photos', () => {
  it('DSCN0010.jpg: GPS, NIKON camera and the camera’s wall-clock DateTimeOriginal', async () => {
    const photo = await analyzePhoto(realPhoto('DSCN0010.jpg'), 'DSCN0010.jpg');
    expect(photo.mediaType).toBe('image/jpeg');
    // Values checked with ExifTool 12.57: 2008:10:22 16:28:39, 43.4674483 N, 11.8851267 E.
    expect(photo.exif).toEqual({
      takenAt: '2008-10-22T16:28:39',
      gpsLatitude: 43.4674483,
      gpsLongitude: 11.8851267,
      make: 'NIKON',
      model: 'COOLPIX P6000',
      orientation: 1,
      exifWarning: null,
    });
    expect([photo.width, photo.height]).toEqual([640, 480]);
    await expectPlainJpeg(photo);
  });

  it('keeps the camera’s wall-clock time whatever this computer’s time zone is', async () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
        process.env.TZ = tz;
        const { exif } = await analyzePhoto(realPhoto('Canon_40D.jpg'), 'Canon_40D.jpg');
        expect(exif.takenAt).toBe('2008-05-30T15:56:01');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('landscape_6.jpg (Orientation 6) is physically rotated: width and height swap', async () => {
    const original = await sharp(realPhoto('landscape_6.jpg')).metadata();
    expect([original.width, original.height, original.orientation]).toEqual([450, 600, 6]);
    const photo = await analyzePhoto(realPhoto('landscape_6.jpg'), 'landscape_6.jpg');
    expect([photo.width, photo.height]).toEqual([600, 450]);
    expect(photo.exif.orientation).toBe(6);
    await expectPlainJpeg(photo);
    const thumb = await sharp(photo.thumb).metadata();
    expect([thumb.width, thumb.height]).toEqual([320, 240]);
  });

  it('samplefilehub.heif decodes (HEVC, which sharp alone cannot) to a JPEG display image', async () => {
    const photo = await analyzePhoto(realPhoto('samplefilehub.heif'), 'samplefilehub.heif');
    expect(photo.mediaType).toBe('image/heic');
    expect([photo.width, photo.height]).toEqual([640, 426]);
    expect(photo.exif.orientation).toBe(1);
    expect(photo.exif.exifWarning).toBeNull();
    await expectPlainJpeg(photo);
    // Real picture content, not a blank frame: a photo has many distinct tones.
    const stats = await sharp(photo.display).stats();
    expect(stats.channels[0]!.stdev).toBeGreaterThan(10);
  });

  it('libheif-base-offset.heic (written by libheif’s encoder) decodes with its EXIF', async () => {
    const photo = await analyzePhoto(realPhoto('libheif-base-offset.heic'), 'libheif.heic');
    expect([photo.mediaType, photo.width, photo.height]).toEqual(['image/heic', 320, 240]);
    expect(photo.exif.takenAt).toBe('2025-06-19T14:05:33');
    expect(isMarkerRed(await cornerColour(photo.display, 'top-left'))).toBe(true);
  });

  it('HEIF with an irot box (as iPhones write) is rotated exactly once, even with EXIF Orientation 6', async () => {
    // irot 3 = 270° counter-clockwise = 90° clockwise, which is what EXIF Orientation 6 also says.
    const iphoneLike = withExifOrientation(withIrot(realPhoto('samplefilehub.heif'), 3), 6);
    const photo = await analyzePhoto(iphoneLike, 'IMG_0412.HEIC');
    expect(photo.exif.orientation).toBe(6); // reported as written...
    expect([photo.width, photo.height]).toEqual([426, 640]); // ...but applied once, by libheif
    // Twice would be 180°: compare with the unrotated decode turned 90° clockwise by sharp.
    const plain = await analyzePhoto(realPhoto('samplefilehub.heif'), 'plain.heif');
    const expected = await sharp(plain.display).rotate(90).raw().toBuffer();
    const actual = await sharp(photo.display).raw().toBuffer();
    expect(meanAbsoluteDifference(actual, expected)).toBeLessThan(8);
  });
});

function meanAbsoluteDifference(a: Buffer, b: Buffer): number {
  expect(a.length).toBe(b.length);
  let total = 0;
  for (let i = 0; i < a.length; i += 1) total += Math.abs(a[i]! - b[i]!);
  return total / a.length;
}

describe('orientation and size of synthetic photos', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8] as ExifOrientation[])('orientation %i comes out upright (marker top-left)', async (orientation) => {
    const bytes = await generateTestJpeg({ width: 300, height: 200, orientation });
    const photo = await analyzePhoto(bytes, `o${orientation}.jpg`);
    expect([photo.width, photo.height]).toEqual([300, 200]);
    expect(photo.exif.orientation).toBe(orientation);
    expect(isMarkerRed(await cornerColour(photo.display, 'top-left'))).toBe(true);
    expect(isMarkerRed(await cornerColour(photo.display, 'bottom-right'))).toBe(false);
  });

  it('scales a large photo to 2000 px on the long side and a ~320 px thumbnail', async () => {
    const bytes = await generateTestJpeg({ width: 4032, height: 3024, orientation: 8 });
    const photo = await analyzePhoto(bytes, 'big.jpg');
    expect([photo.width, photo.height]).toEqual([2000, 1500]);
    const thumb = await sharp(photo.thumb).metadata();
    expect([thumb.width, thumb.height]).toEqual([320, 240]);
    await expectPlainJpeg(photo);
  });

  it('never enlarges a small photo', async () => {
    const photo = await analyzePhoto(realPhoto('Canon_40D.jpg'), 'Canon_40D.jpg');
    expect([photo.width, photo.height]).toEqual([100, 68]);
  });
});

describe('bad input', () => {
  it('refuses a zero-byte file as UNSUPPORTED_FILE', async () => {
    await expectRefused(Buffer.alloc(0), 'IMG_0001.jpg', 'UNSUPPORTED_FILE', /"IMG_0001\.jpg" is empty \(0 bytes\)/);
  });

  it('refuses a PDF named .jpg, saying it looks like a PDF', async () => {
    await expectRefused(pdfFile(), 'porch.jpg', 'UNSUPPORTED_FILE', /"porch\.jpg" is not a photo CaseReady can read \(it looks like a PDF document\)\. Use a JPEG or HEIC photo\./);
  });

  it('refuses a PNG screenshot, saying so', async () => {
    await expectRefused(await pngFile(), 'screenshot.jpg', 'UNSUPPORTED_FILE', /looks like a PNG image/);
  });

  it('refuses a text file, saying so', async () => {
    await expectRefused(Buffer.from('Inspection notes: porch roof sagging.\n'), 'notes.heic', 'UNSUPPORTED_FILE', /looks like a text file/);
  });

  it('refuses unrecognisable bytes without guessing what they are', async () => {
    await expectRefused(Buffer.from([0x00, 0x13, 0x37, 0x00, 0xfe, 0x01]), 'x.jpg', 'UNSUPPORTED_FILE', /it is not a JPEG or HEIC image/);
  });

  it('refuses a truncated JPEG (first 60%) as CORRUPT_FILE instead of accepting a grey bottom', async () => {
    await expectRefused(truncated(realPhoto('DSCN0010.jpg')), 'DSCN0010.jpg', 'CORRUPT_FILE', /is damaged or incomplete \(the image data ends early\)/);
  });

  it('refuses a JPEG cut off inside its header as CORRUPT_FILE', async () => {
    await expectRefused(realPhoto('DSCN0010.jpg').subarray(0, 400), 'cut.jpg', 'CORRUPT_FILE', /"cut\.jpg" .*damaged/);
  });

  it('refuses a truncated HEIC as CORRUPT_FILE (ends early)', async () => {
    await expectRefused(truncated(realPhoto('samplefilehub.heif')), 'IMG_1.HEIC', 'CORRUPT_FILE', /is damaged or incomplete \(the image data ends early\)/);
  });

  it('refuses a HEIC whose image data is scrambled as CORRUPT_FILE', async () => {
    const heif = Buffer.from(realPhoto('samplefilehub.heif'));
    heif.fill(0x5a, 600, 20_000); // inside mdat: HEVC data destroyed, structure intact
    await expectRefused(heif, 'IMG_2.HEIC', 'CORRUPT_FILE', /^"IMG_2\.HEIC" looks like a HEIC photo but is damaged \(its image data cannot be decoded\)/);
  });

  it('accepts a photo whose EXIF is scrambled, with a warning and null fields', async () => {
    for (const name of ['DSCN0010.jpg', 'Canon_40D.jpg', 'landscape_6.jpg'] as const) {
      for (const from of [0, 8]) {
        const photo = await analyzePhoto(withScrambledExif(realPhoto(name), from), name);
        expect(photo.exif).toEqual({
          takenAt: null,
          gpsLatitude: null,
          gpsLongitude: null,
          make: null,
          model: null,
          orientation: null,
          exifWarning: DAMAGED_EXIF_WARNING,
        });
        expect(photo.display.length).toBeGreaterThan(0);
      }
    }
  });

  it('uses only a safe display name in messages', async () => {
    await expectRefused(Buffer.alloc(0), '../../etc/\u0000passwd\n.jpg', 'UNSUPPORTED_FILE', /^"passwd\.jpg" is empty/);
  });
});
