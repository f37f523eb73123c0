import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { generateSyntheticJpeg } from '../../electron/services/imaging/syntheticPhoto';
import { generateTestJpeg } from '../fixtures/makePhotos';

describe('generateSyntheticJpeg', () => {
  it('is the same function the tests use (one implementation)', () => {
    expect(generateTestJpeg).toBe(generateSyntheticJpeg);
  });

  it('stores turned pixels for a sideways orientation and records the tag', async () => {
    const jpeg = await generateSyntheticJpeg({ width: 400, height: 300, orientation: 6, make: 'Apple', model: 'iPhone 13' });
    const meta = await sharp(jpeg).metadata();
    expect([meta.format, meta.width, meta.height, meta.orientation]).toEqual(['jpeg', 300, 400, 6]);
  });

  it('draws the label: a captioned photo differs from an uncaptioned one only at the bottom', async () => {
    const plain = await sharp(await generateSyntheticJpeg({ width: 400, height: 300 })).raw().toBuffer();
    const captioned = await sharp(await generateSyntheticJpeg({ width: 400, height: 300, label: 'Broken window, 12 Oak St' })).raw().toBuffer();
    const rowBytes = 400 * 3;
    const differs = (from: number, to: number): boolean => !plain.subarray(from * rowBytes, to * rowBytes).equals(captioned.subarray(from * rowBytes, to * rowBytes));
    expect(differs(0, 200)).toBe(false);
    expect(differs(260, 300)).toBe(true);
  });

  it.each([
    [{ width: 0, height: 100 }, /width and height/],
    [{ width: 100.5, height: 100 }, /width and height/],
    [{ width: 100, height: 20_000 }, /width and height/],
    [{ width: 100, height: 100, dateTimeOriginal: '14/03/2025' }, /dateTimeOriginal must look like/],
    [{ width: 100, height: 100, gps: { latitude: 91, longitude: 0 } }, /GPS position out of range/],
  ])('refuses bad options %j', async (options, message) => {
    await expect(generateSyntheticJpeg(options)).rejects.toThrow(message);
  });
});
