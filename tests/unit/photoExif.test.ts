import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DAMAGED_EXIF_WARNING, EMPTY_EXIF, hasJpegExifSegment, parseExifDateTime, readPhotoExif } from '../../electron/services/imaging/photoExif';
import { extractHeifExifTiff, HeifStructureError } from '../../electron/services/imaging/heifExif';
import { generateTestJpeg, realPhoto, withScrambledExif } from '../fixtures/makePhotos';

/** A big-endian TIFF block whose IFD0 holds one tag, Software = "Ed". */
function exifWithOnlySoftwareTag(): Buffer {
  const tiff = Buffer.alloc(8 + 2 + 12 + 4);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4); // IFD0 right after the header
  tiff.writeUInt16BE(1, 8); // one entry
  tiff.writeUInt16BE(0x0131, 10); // Software
  tiff.writeUInt16BE(2, 12); // ASCII
  tiff.writeUInt32BE(3, 14); // "Ed\0" fits in the value field
  tiff.write('Ed\0', 18, 'latin1');
  tiff.writeUInt32BE(0, 22); // no next IFD
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
}

/** Inserts an APP1 segment right after the JPEG's SOI marker. */
function withApp1(jpeg: Buffer, payload: Buffer): Buffer {
  const header = Buffer.from([0xff, 0xe1, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), header, payload, jpeg.subarray(2)]);
}

describe('parseExifDateTime', () => {
  it.each([
    ['2008:10:22 16:28:39', '2008-10-22T16:28:39'],
    ['2024:02:29 23:59:59', '2024-02-29T23:59:59'], // leap day
    ['2024-05-01T10:11:12', '2024-05-01T10:11:12'],
    ['2024:05:01 10:11:12\u0000', '2024-05-01T10:11:12'], // NUL-padded
    ['2024:05:01 10:11:12.345', '2024-05-01T10:11:12'], // sub-seconds dropped
  ])('%j -> %j', (input, expected) => {
    expect(parseExifDateTime(input)).toBe(expected);
  });

  it.each([undefined, null, '', '0000:00:00 00:00:00', '    :  :     :  :  '])('treats %j (no clock set) as absent', (input) => {
    expect(parseExifDateTime(input)).toBeNull();
  });

  it.each(['2023:02:29 10:00:00', '2024:13:01 10:00:00', '2024:04:31 10:00:00', '2024:05:01 24:00:00', 'yesterday', '2024:05:01', 20240501])(
    'flags %j as invalid',
    (input) => {
      expect(parseExifDateTime(input)).toBe('invalid');
    },
  );
});

describe('readPhotoExif', () => {
  it('reads Canon_40D.jpg (values checked with ExifTool)', async () => {
    expect(await readPhotoExif(realPhoto('Canon_40D.jpg'), 'image/jpeg')).toEqual({
      ...EMPTY_EXIF,
      takenAt: '2008-05-30T15:56:01',
      make: 'Canon',
      model: 'Canon EOS 40D',
      orientation: 1,
    });
  });

  it('reads the EXIF of a HEIF file', async () => {
    expect(await readPhotoExif(realPhoto('samplefilehub.heif'), 'image/heic')).toEqual({ ...EMPTY_EXIF, orientation: 1 });
  });

  it('round-trips what the synthetic generator writes, south and west included', async () => {
    const jpeg = await generateTestJpeg({
      width: 64,
      height: 48,
      orientation: 3,
      dateTimeOriginal: '2025-03-14T09:26:53',
      gps: { latitude: -33.8567844, longitude: -70.6482655 },
      make: 'Apple',
      model: 'iPhone 13',
    });
    const exif = await readPhotoExif(jpeg, 'image/jpeg');
    expect(exif).toEqual({
      takenAt: '2025-03-14T09:26:53',
      gpsLatitude: expect.closeTo(-33.8567844, 6),
      gpsLongitude: expect.closeTo(-70.6482655, 6),
      make: 'Apple',
      model: 'iPhone 13',
      orientation: 3,
      exifWarning: null,
    });
  });

  it('returns empty EXIF with no warning for a photo that has none', async () => {
    const plain = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } }).jpeg().toBuffer();
    expect(hasJpegExifSegment(plain)).toBe(false);
    expect(await readPhotoExif(plain, 'image/jpeg')).toEqual(EMPTY_EXIF);
  });

  it('returns no warning for EXIF that simply lacks the tags we use (as editors leave it)', async () => {
    const plain = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } }).jpeg().toBuffer();
    const edited = withApp1(plain, exifWithOnlySoftwareTag());
    expect(hasJpegExifSegment(edited)).toBe(true);
    expect(await readPhotoExif(edited, 'image/jpeg')).toEqual(EMPTY_EXIF);
    expect((await sharp(edited).metadata()).width).toBe(8); // still a valid JPEG
  });

  it('warns (and keeps nothing) when the EXIF block is scrambled, header included or not', async () => {
    for (const from of [0, 8, 40]) {
      const exif = await readPhotoExif(withScrambledExif(realPhoto('DSCN0010.jpg'), from), 'image/jpeg');
      expect(exif).toEqual({ ...EMPTY_EXIF, exifWarning: DAMAGED_EXIF_WARNING });
    }
  });

  it('warns about an impossible date but keeps the other fields', async () => {
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } })
      .withExif({ IFD0: { Make: 'Canon' }, IFD2: { DateTimeOriginal: '2024:02:30 10:00:00' } })
      .jpeg()
      .toBuffer();
    const exif = await readPhotoExif(jpeg, 'image/jpeg');
    expect(exif.takenAt).toBeNull();
    expect(exif.make).toBe('Canon');
    expect(exif.exifWarning).toMatch(/date taken .*"2024:02:30 10:00:00".* is not a valid date/);
  });

  it('ignores a GPS position without its N/S reference instead of guessing the hemisphere', async () => {
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } })
      .withExif({ IFD3: { GPSLatitude: '43/1 2/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '76/1 9/1 0/1' } })
      .jpeg()
      .toBuffer();
    const exif = await readPhotoExif(jpeg, 'image/jpeg');
    expect([exif.gpsLatitude, exif.gpsLongitude]).toEqual([null, null]);
    expect(exif.exifWarning).toMatch(/GPS position .* incomplete or out of range/);
  });

  it('treats 0,0 (a phone without a GPS fix) as no position, without a warning', async () => {
    const jpeg = await generateTestJpeg({ width: 32, height: 32, gps: { latitude: 0, longitude: 0 } });
    expect(await readPhotoExif(jpeg, 'image/jpeg')).toEqual({ ...EMPTY_EXIF, orientation: 1 });
  });
});

describe('EXIF inside HEIF files', () => {
  it('reads a libheif-written HEIC whose items use an iloc base offset (exifr alone cannot)', async () => {
    const heic = realPhoto('libheif-base-offset.heic');
    expect(await readPhotoExif(heic, 'image/heic')).toEqual({
      takenAt: '2025-06-19T14:05:33',
      gpsLatitude: 43.0481221,
      gpsLongitude: -76.1474244,
      make: 'CaseReady',
      model: 'heif-enc 1.15.1',
      orientation: 1,
      exifWarning: null,
    });
  });

  it('finds the TIFF block of both HEIF layouts', () => {
    for (const name of ['samplefilehub.heif', 'libheif-base-offset.heic'] as const) {
      const tiff = extractHeifExifTiff(realPhoto(name));
      expect(tiff).not.toBeNull();
      expect(['MM\0*', 'II*\0']).toContain(Buffer.from(tiff!.subarray(0, 4)).toString('latin1'));
    }
  });

  it('returns no EXIF and no warning for a HEIF without an EXIF item', async () => {
    const heif = Buffer.from(realPhoto('samplefilehub.heif'));
    const at = heif.indexOf('Exif', 0, 'latin1'); // the item type in iinf comes first
    heif.write('Exix', at, 'latin1');
    expect(extractHeifExifTiff(heif)).toBeNull();
    expect(await readPhotoExif(heif, 'image/heic')).toEqual(EMPTY_EXIF);
  });

  it('warns when the EXIF item lies outside the file', async () => {
    const cut = realPhoto('libheif-base-offset.heic').subarray(0, 2000); // meta intact, data gone
    expect(() => extractHeifExifTiff(cut)).toThrow(HeifStructureError);
    expect(await readPhotoExif(cut, 'image/heic')).toEqual({ ...EMPTY_EXIF, exifWarning: DAMAGED_EXIF_WARNING });
  });

  it('warns when the HEIF EXIF block itself is scrambled', async () => {
    const heic = Buffer.from(realPhoto('libheif-base-offset.heic'));
    const tiff = extractHeifExifTiff(heic)!;
    const start = heic.indexOf(Buffer.from(tiff.subarray(0, 16)));
    for (let i = start + 8; i < start + tiff.length; i += 1) heic[i] = (i * 7919) & 0xff;
    expect(await readPhotoExif(heic, 'image/heic')).toEqual({ ...EMPTY_EXIF, exifWarning: DAMAGED_EXIF_WARNING });
  });
});
