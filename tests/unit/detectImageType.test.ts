import { describe, expect, it } from 'vitest';
import { describeFileKind, detectImageType, readFtypBrands } from '../../electron/services/imaging/detectImageType';
import { pdfFile, pngFile, realPhoto } from '../fixtures/makePhotos';

/** An ISO-BMFF file-type box with the given major and compatible brands, then filler. */
function ftyp(major: string, ...compatible: string[]): Buffer {
  const size = 16 + 4 * compatible.length;
  const box = Buffer.alloc(size + 32, 0);
  box.writeUInt32BE(size, 0);
  box.write('ftyp', 4, 'latin1');
  box.write(major, 8, 'latin1');
  compatible.forEach((brand, i) => box.write(brand, 16 + 4 * i, 'latin1'));
  return box;
}

describe('detectImageType', () => {
  it('recognises the real JPEG and HEIF fixtures', () => {
    expect(detectImageType(realPhoto('DSCN0010.jpg'))).toBe('image/jpeg');
    expect(detectImageType(realPhoto('samplefilehub.heif'))).toBe('image/heic');
    expect(readFtypBrands(realPhoto('samplefilehub.heif'))).toEqual(['heic', 'mif1', 'heic']);
  });

  it.each(['heic', 'heix', 'hevc', 'hevx', 'mif1', 'msf1', 'heim', 'heis'])('accepts HEIF major brand %s', (brand) => {
    expect(detectImageType(ftyp(brand, 'mif1'))).toBe('image/heic');
  });

  it('accepts a vendor major brand that lists heic as compatible', () => {
    expect(detectImageType(ftyp('MiHB', 'mif1', 'heic'))).toBe('image/heic');
  });

  it('does not call AVIF (AV1 in HEIF, also tagged mif1) a HEIC', () => {
    expect(detectImageType(ftyp('avif', 'mif1', 'miaf'))).toBeNull();
    expect(detectImageType(ftyp('mif1', 'avif', 'miaf'))).toBeNull();
    expect(describeFileKind(ftyp('avif', 'mif1'))).toBe('an AVIF image');
  });

  it('does not call an MP4 or MOV video a HEIC', () => {
    expect(detectImageType(ftyp('isom', 'iso2', 'mp41'))).toBeNull();
    expect(detectImageType(ftyp('qt  ', 'qt  '))).toBeNull();
    expect(describeFileKind(ftyp('mp42', 'isom'))).toBe('a video');
  });

  it('ignores the file name entirely and needs only the first bytes', () => {
    expect(detectImageType(Buffer.from([0xff, 0xd8, 0xff]))).toBe('image/jpeg');
    expect(detectImageType(Buffer.from([0xff, 0xd8]))).toBeNull();
    expect(detectImageType(Buffer.alloc(0))).toBeNull();
    expect(detectImageType(Buffer.from('....ftyp'))).toBeNull();
  });

  it('tolerates an ftyp box whose size claims more than the buffer holds', () => {
    const box = ftyp('mif1', 'heic').subarray(0, 20); // compatible list cut after one brand
    box.writeUInt32BE(4096, 0);
    expect(readFtypBrands(box)).toEqual(['mif1', 'heic']);
    expect(detectImageType(box)).toBe('image/heic');
  });
});

describe('describeFileKind', () => {
  it('names common non-photo files', async () => {
    expect(describeFileKind(pdfFile())).toBe('a PDF document');
    expect(describeFileKind(await pngFile())).toBe('a PNG image, such as a screenshot');
    expect(describeFileKind(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'))).toBe('a GIF image');
    expect(describeFileKind(Buffer.from('PK\x03\x04\x14\x00', 'latin1'))).toBe('a ZIP archive or an Office document');
    expect(describeFileKind(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('a WebP image');
    expect(describeFileKind(Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]))).toBe('a TIFF image or a camera RAW file');
    expect(describeFileKind(Buffer.from('Notes: porch roof.\r\nNext visit: Tuesday\n'))).toBe('a text file');
    expect(describeFileKind(Buffer.from('Straße – Café ✓\n'))).toBe('a text file');
  });

  it('says nothing for unrecognisable binary', () => {
    expect(describeFileKind(Buffer.from([0x00, 0x01, 0x02, 0x03]))).toBeNull();
    expect(describeFileKind(Buffer.from([0x41, 0x42, 0x07, 0x43]))).toBeNull(); // BEL is not text
    expect(describeFileKind(Buffer.from([0xc3, 0x28, 0x41]))).toBeNull(); // invalid UTF-8
    expect(describeFileKind(Buffer.alloc(0))).toBeNull();
  });
});
